#if canImport(Glibc)
import Glibc
#endif

/// float → decimal text: the digit generation of CPython's Python/dtoa.c (`_Py_dg_dtoa` modes
/// 0, 2 and 3) and the layout of Python/pystrtod.c `format_float_short` /
/// `PyOS_double_to_string`, which every float and complex repr, `%`-format and `__format__`
/// goes through.
///
/// Digits come from exactly rounded conversions: the shortest round-tripping digits from
/// Swift's `description` (mode 0), and glibc's `printf` `%e`/`%f` (exact, ties to even) for a
/// given number of significant digits (mode 2) or digits after the point (mode 3).
public enum FloatDigits {
  /// Decimal digits of |x| (ASCII, no leading zeros, trailing zeros stripped; may be empty
  /// when mode 3 rounds to zero) with the decimal point position:
  /// |x| ≈ 0.DIGITS × 10**decpt.
  public struct Decimal {
    public var digits: [UInt8]
    public var decpt: Int
  }

  /// Shortest digits that round-trip (dtoa mode 0). `x` finite.
  public static func shortest(_ x: Double) -> Decimal {
    let a = Swift.abs(x)
    if a == 0 { return Decimal(digits: [UInt8(ascii: "0")], decpt: 1) }
    var mantissa: [UInt8] = []
    var exp = 0
    var pointAt: Int? = nil
    var text = Array(a.description.utf8)
    if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      var sign = 1, k = e + 1
      if text[k] == UInt8(ascii: "-") { sign = -1; k += 1 } else if text[k] == UInt8(ascii: "+") { k += 1 }
      var v = 0
      while k < text.count { v = v * 10 + Int(text[k] - 48); k += 1 }
      exp = sign * v
      text.removeSubrange(e...)
    }
    for c in text {
      if c == UInt8(ascii: ".") { pointAt = mantissa.count } else { mantissa.append(c) }
    }
    return normalized(mantissa, decpt: (pointAt ?? mantissa.count) + exp)
  }

  /// `ndigits` significant digits, correctly rounded (dtoa mode 2). `x` finite, ndigits >= 1.
  public static func significant(_ x: Double, _ ndigits: Int) -> Decimal {
    let a = Swift.abs(x)
    if a == 0 { return Decimal(digits: [UInt8(ascii: "0")], decpt: 1) }
    let text = cFormat("%.*e", ndigits - 1, a)
    guard let e = text.firstIndex(of: UInt8(ascii: "e")) else { return Decimal(digits: [], decpt: 0) }
    var mantissa: [UInt8] = []
    for c in text[..<e] where c != UInt8(ascii: ".") { mantissa.append(c) }
    var k = e + 1, sign = 1, v = 0
    if text[k] == UInt8(ascii: "-") { sign = -1; k += 1 } else if text[k] == UInt8(ascii: "+") { k += 1 }
    while k < text.count { v = v * 10 + Int(text[k] - 48); k += 1 }
    return normalized(mantissa, decpt: 1 + sign * v)
  }

  /// Digits up to `ndigits` places after the point, correctly rounded (dtoa mode 3).
  /// `x` finite, ndigits >= 0.
  public static func fixed(_ x: Double, _ ndigits: Int) -> Decimal {
    let a = Swift.abs(x)
    if a == 0 { return Decimal(digits: [UInt8(ascii: "0")], decpt: 1) }
    let text = cFormat("%.*f", ndigits, a)
    var mantissa: [UInt8] = []
    var pointAt: Int? = nil
    for c in text {
      if c == UInt8(ascii: ".") { pointAt = mantissa.count } else { mantissa.append(c) }
    }
    let d = normalized(mantissa, decpt: pointAt ?? mantissa.count)
    if d.digits.isEmpty { return Decimal(digits: [], decpt: -ndigits) }
    return d
  }

  /// Strips leading zeros (moving the point) and trailing zeros.
  static func normalized(_ mantissa: [UInt8], decpt: Int) -> Decimal {
    var start = 0, decpt = decpt
    while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
      start += 1
      decpt -= 1
    }
    var end = mantissa.count
    while end > start && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
    return Decimal(digits: Array(mantissa[start..<end]), decpt: decpt)
  }

  /// C `snprintf(fmt, precision, x)` in the C locale.
  static func cFormat(_ fmt: String, _ precision: Int, _ x: Double) -> [UInt8] {
    var size = 64 + Swift.max(precision, 0) + (Swift.abs(x) >= 1e17 ? 310 : 0)
    while true {
      var buf = [CChar](repeating: 0, count: size)
      let n = withVaList([Int32(clamping: precision), x]) { va in
        buf.withUnsafeMutableBufferPointer { p in vsnprintf(p.baseAddress, size, fmt, va) }
      }
      if Int(n) < size {
        return buf[0..<Int(n)].map { UInt8(bitPattern: $0) }
      }
      size = Int(n) + 1
    }
  }

  // MARK: Layout (pystrtod.c)

  /// Options of `PyOS_double_to_string`.
  public struct Flags: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Always show a sign (`Py_DTSF_SIGN`).
    public static let sign = Flags(rawValue: 1)
    /// Add ".0" to integral values in non-exponent form (`Py_DTSF_ADD_DOT_0`).
    public static let addDot0 = Flags(rawValue: 2)
    /// Alternate form: keep the point and trailing zeros (`Py_DTSF_ALT`).
    public static let alt = Flags(rawValue: 4)
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`, the `z` option).
    public static let noNegativeZero = Flags(rawValue: 8)
  }

  /// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of e E f F g G r.
  public static func toString(_ x: Double, code: UInt8, precision: Int, flags: Flags = []) -> [UInt8] {
    var upper = false
    var format = code
    var precision = precision
    switch code {
    case UInt8(ascii: "E"): upper = true; format = UInt8(ascii: "e"); precision += 1
    case UInt8(ascii: "e"): precision += 1
    case UInt8(ascii: "F"): upper = true; format = UInt8(ascii: "f")
    case UInt8(ascii: "G"): upper = true; format = UInt8(ascii: "g"); if precision == 0 { precision = 1 }
    case UInt8(ascii: "g"): if precision == 0 { precision = 1 }
    default: break
    }
    var out = formatShort(x, format: format, precision: precision, flags: flags)
    if upper {
      for i in out.indices where out[i] >= UInt8(ascii: "a") && out[i] <= UInt8(ascii: "z") { out[i] -= 32 }
    }
    return out
  }

  /// `format_float_short`: digits from dtoa laid out for the format code (e, f, g or r).
  static func formatShort(_ x: Double, format: UInt8, precision: Int, flags: Flags) -> [UInt8] {
    var out: [UInt8] = []
    var negative = x.sign == .minus
    if x.isNaN || x.isInfinite {
      if x.isNaN { negative = false }
      if negative { out.append(UInt8(ascii: "-")) } else if flags.contains(.sign) { out.append(UInt8(ascii: "+")) }
      out.append(contentsOf: x.isNaN ? Array("nan".utf8) : Array("inf".utf8))
      return out
    }
    let d: Decimal
    switch format {
    case UInt8(ascii: "r"): d = shortest(x)
    case UInt8(ascii: "f"): d = fixed(x, precision)
    default: d = significant(x, precision)
    }
    let digits = d.digits
    var decpt = d.decpt
    if flags.contains(.noNegativeZero) && negative && (digits.isEmpty || (digits.count == 1 && digits[0] == UInt8(ascii: "0"))) {
      negative = false
    }
    let addDot0 = flags.contains(.addDot0)
    let alt = flags.contains(.alt)
    var vdigitsEnd = digits.count
    var useExp = false
    switch format {
    case UInt8(ascii: "e"):
      useExp = true
      vdigitsEnd = precision
    case UInt8(ascii: "f"):
      vdigitsEnd = decpt + precision
    case UInt8(ascii: "g"):
      if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
      if alt { vdigitsEnd = precision }
    default:  // r
      if decpt <= -4 || decpt > 16 { useExp = true }
    }
    var exp = 0
    if useExp {
      exp = decpt - 1
      decpt = 1
    }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
      vdigitsEnd = Swift.max(vdigitsEnd, decpt + 1)
    } else {
      vdigitsEnd = Swift.max(vdigitsEnd, decpt)
    }
    out.reserveCapacity(vdigitsEnd - vdigitsStart + 8)
    if negative { out.append(UInt8(ascii: "-")) } else if flags.contains(.sign) { out.append(UInt8(ascii: "+")) }
    let zero = UInt8(ascii: "0"), point = UInt8(ascii: ".")
    if decpt <= 0 {
      out.append(contentsOf: repeatElement(zero, count: decpt - vdigitsStart))
      out.append(point)
      out.append(contentsOf: repeatElement(zero, count: -decpt))
    } else {
      out.append(contentsOf: repeatElement(zero, count: -vdigitsStart))
    }
    if decpt > 0 && decpt <= digits.count {
      out.append(contentsOf: digits[0..<decpt])
      out.append(point)
      out.append(contentsOf: digits[decpt...])
    } else {
      out.append(contentsOf: digits)
    }
    if digits.count < decpt {
      out.append(contentsOf: repeatElement(zero, count: decpt - digits.count))
      out.append(point)
      out.append(contentsOf: repeatElement(zero, count: vdigitsEnd - decpt))
    } else {
      out.append(contentsOf: repeatElement(zero, count: vdigitsEnd - digits.count))
    }
    if out.last == point && !alt { out.removeLast() }
    if useExp {
      out.append(UInt8(ascii: "e"))
      out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      let ae = Swift.abs(exp)
      if ae < 10 { out.append(zero) }
      out.append(contentsOf: Array(String(ae).utf8))
    }
    return out
  }

  /// `repr(x)` as CPython 3.11 (`float_repr`: 'r' format with ".0" for integral values).
  public static func repr(_ x: Double) -> String {
    String(decoding: toString(x, code: UInt8(ascii: "r"), precision: 0, flags: .addDot0), as: UTF8.self)
  }

  static let nanStr = PyStr.intern("nan")
  static let infStr = PyStr.intern("inf")
  static let negativeInfStr = PyStr.intern("-inf")

  /// `repr(x)` as a str, without intermediate allocations (the hot path of `str(float)`):
  /// the shortest digits from Swift's `description`, laid out as `format_float_short` in 'r'
  /// mode with ".0" for integral values.
  public static func reprStr(_ x: Double) -> PyStr {
    if x.isNaN { return nanStr }
    if x.isInfinite { return x < 0 ? negativeInfStr : infStr }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf -> PyStr in
      var n = 0
      if x.sign == .minus { buf[n] = UInt8(ascii: "-"); n += 1 }
      if x == 0 {
        buf[n] = 48; buf[n + 1] = 46; buf[n + 2] = 48  // 0.0
        return PyStr(latin1: UnsafeBufferPointer(rebasing: buf[0..<(n + 3)]))
      }
      // Digits (at most 17) and the decimal point position from the description.
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of digit storage
      return withUnsafeMutableBytes(of: &digits) { raw -> PyStr in
        let d = raw.bindMemory(to: UInt8.self)
        var count = 0, pointAt = -1, exp = 0
        var sawNonZero = false, leadingZeros = 0
        var text = Swift.abs(x).description
        text.withUTF8 { u in
          var i = 0
          while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
              var k = i + 1, sign = 1, v = 0
              if u[k] == UInt8(ascii: "-") { sign = -1; k += 1 } else if u[k] == UInt8(ascii: "+") { k += 1 }
              while k < u.count { v = v * 10 + Int(u[k] &- 48); k += 1 }
              exp = sign * v
              break
            }
            if c == UInt8(ascii: ".") {
              pointAt = count + leadingZeros
            } else if c == 48 && !sawNonZero {
              leadingZeros += 1
            } else {
              sawNonZero = true
              if count < 24 { d[count] = c; count += 1 }
            }
            i += 1
          }
        }
        // decpt: position of the point relative to the first significant digit.
        let intDigits = pointAt < 0 ? count + leadingZeros : pointAt
        var decpt = intDigits - leadingZeros + exp
        while count > 1 && d[count - 1] == 48 { count -= 1 }
        let zero = UInt8(ascii: "0")
        if decpt <= -4 || decpt > 16 {
          let e = decpt - 1
          buf[n] = d[0]; n += 1
          if count > 1 {
            buf[n] = UInt8(ascii: "."); n += 1
            for k in 1..<count { buf[n] = d[k]; n += 1 }
          }
          buf[n] = UInt8(ascii: "e"); n += 1
          buf[n] = e < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"); n += 1
          var ae = e < 0 ? -e : e
          if ae >= 100 { buf[n] = zero + UInt8(ae / 100); n += 1; ae %= 100; buf[n] = zero + UInt8(ae / 10); n += 1 }
          else { buf[n] = zero + UInt8(ae / 10); n += 1 }
          buf[n] = zero + UInt8(ae % 10); n += 1
        } else if decpt <= 0 {
          buf[n] = zero; buf[n + 1] = UInt8(ascii: "."); n += 2
          while decpt < 0 { buf[n] = zero; n += 1; decpt += 1 }
          for k in 0..<count { buf[n] = d[k]; n += 1 }
        } else {
          for k in 0..<decpt { buf[n] = k < count ? d[k] : zero; n += 1 }
          buf[n] = UInt8(ascii: "."); n += 1
          if count > decpt {
            for k in decpt..<count { buf[n] = d[k]; n += 1 }
          } else {
            buf[n] = zero; n += 1
          }
        }
        return PyStr(latin1: UnsafeBufferPointer(rebasing: buf[0..<n]))
      }
    }
  }
}
