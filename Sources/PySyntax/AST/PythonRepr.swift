/// `repr()` of the values a literal can produce, exactly as CPython 3.11 writes them
/// (Objects/unicodeobject.c `unicode_repr`, Objects/bytesobject.c, Python/pystrtod.c for floats).
/// The AST dumper needs them; the runtime has its own object-level versions.
public enum PythonRepr {
  /// `repr(x)` of a float: the shortest digits that round-trip, in fixed notation for
  /// 1e-4 <= |x| < 1e16 and scientific otherwise, as CPython's `float_repr` ('r' mode).
  public static func float(_ x: Double) -> String {
    return formatShortest(x, addDotZero: true)
  }

  /// Shortest round-trip formatting shared by float and complex reprs. `addDotZero` appends
  /// ".0" to integral values in fixed notation (float repr does, complex components don't).
  public static func formatShortest(_ x: Double, addDotZero: Bool) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let (negative, digits, decpt) = shortestDigits(x)
    var out = negative ? "-" : ""
    if decpt > 16 || decpt < -3 {
      // Scientific: d[.ddd]e±XX
      out.append(digits.first!)
      if digits.count > 1 {
        out.append(".")
        out.append(contentsOf: digits.dropFirst())
      }
      let e = decpt - 1
      out.append(e < 0 ? "e-" : "e+")
      let ae = e < 0 ? -e : e
      if ae < 10 { out.append("0") }
      out.append(String(ae))
    } else if decpt <= 0 {
      out.append("0.")
      out.append(String(repeating: "0", count: -decpt))
      out.append(digits)
    } else if decpt >= digits.count {
      out.append(digits)
      out.append(String(repeating: "0", count: decpt - digits.count))
      if addDotZero { out.append(".0") }
    } else {
      let idx = digits.index(digits.startIndex, offsetBy: decpt)
      out.append(contentsOf: digits[..<idx])
      out.append(".")
      out.append(contentsOf: digits[idx...])
    }
    return out
  }

  /// The shortest decimal digits of a finite double (no leading/trailing zeros, "0" for zero) and
  /// the decimal point position: value = 0.DIGITS × 10^decpt. Built on Swift's `description`,
  /// which prints the shortest round-tripping digits.
  static func shortestDigits(_ x: Double) -> (negative: Bool, digits: String, decpt: Int) {
    let negative = x.sign == .minus
    if x == 0 { return (negative, "0", 1) }
    let text = Array((negative ? -x : x).description.utf8)
    var mantissa: [UInt8] = []
    var exp = 0
    var pointAt: Int? = nil
    var i = 0
    while i < text.count {
      let c = text[i]
      if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        exp = Int(String(decoding: text[(i + 1)...], as: UTF8.self))!
        break
      }
      if c == UInt8(ascii: ".") { pointAt = mantissa.count } else { mantissa.append(c) }
      i += 1
    }
    var decpt = (pointAt ?? mantissa.count) + exp
    // Strip leading zeros (moving the point) and trailing zeros.
    var start = 0
    while start < mantissa.count - 1 && mantissa[start] == UInt8(ascii: "0") {
      start += 1
      decpt -= 1
    }
    var end = mantissa.count
    while end > start + 1 && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
    return (negative, String(decoding: mantissa[start..<end], as: UTF8.self), decpt)
  }

  /// `repr(complex(real, imag))` as CPython's `complex_repr`.
  public static func complex(real: Double, imag: Double) -> String {
    let im = formatShortest(imag, addDotZero: false)
    if real == 0 && real.sign == .plus {
      return im + "j"
    }
    let re = formatShortest(real, addDotZero: false)
    let sign = (imag.sign == .minus || imag.isNaN && false) ? "" : "+"
    return "(" + re + (im.hasPrefix("-") ? "" : sign) + im + "j)"
  }

  /// `repr(s)` of a str given as code points: CPython's quote choice and escaping; printable
  /// non-ASCII characters are kept, others escaped as \xhh, \uhhhh or \Uhhhhhhhh.
  public static func string(_ codePoints: [UInt32]) -> String {
    var hasSingle = false, hasDouble = false
    for cp in codePoints {
      if cp == 0x27 { hasSingle = true } else if cp == 0x22 { hasDouble = true }
    }
    let quote: UInt32 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var out = String.UnicodeScalarView()
    out.append(Unicode.Scalar(quote)!)
    for cp in codePoints {
      switch cp {
      case quote, 0x5C:
        out.append("\\"); out.append(Unicode.Scalar(cp)!)
      case 0x09: out.append("\\"); out.append("t")
      case 0x0A: out.append("\\"); out.append("n")
      case 0x0D: out.append("\\"); out.append("r")
      case 0x20..<0x7F:
        out.append(Unicode.Scalar(cp)!)
      default:
        if cp >= 0x80, let s = Unicode.Scalar(cp), isPrintable(codePoint: cp) {
          out.append(s)
        } else {
          appendEscape(&out, cp)
        }
      }
    }
    out.append(Unicode.Scalar(quote)!)
    return String(out)
  }

  public static func string(_ s: String) -> String {
    return string(s.unicodeScalars.map { $0.value })
  }

  private static func appendEscape(_ out: inout String.UnicodeScalarView, _ cp: UInt32) {
    let (prefix, width): (Unicode.Scalar, Int) = cp < 0x100 ? ("x", 2) : cp < 0x10000 ? ("u", 4) : ("U", 8)
    out.append("\\")
    out.append(prefix)
    for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
      out.append(hexDigit((cp >> UInt32(shift)) & 0xF))
    }
  }

  private static func hexDigit(_ v: UInt32) -> Unicode.Scalar {
    return Unicode.Scalar(UInt8(v < 10 ? 48 + v : 87 + v))
  }

  /// CPython's `Py_UNICODE_ISPRINTABLE`: everything except categories Cc, Cf, Cs, Co, Cn, Zl, Zp
  /// and Zs — but the ASCII space is printable. Decided by the ranges generated from CPython
  /// 3.11's own tables (Unicode 14.0), not by Swift's newer Unicode data.
  public static func isPrintable(_ s: Unicode.Scalar) -> Bool {
    return isPrintable(codePoint: s.value)
  }

  public static func isPrintable(codePoint cp: UInt32) -> Bool {
    if cp < 0x7F { return cp >= 0x20 }
    // Binary search for the last range starting at or before `cp`.
    var low = 0
    var high = printableRanges.count / 2
    while low < high {
      let mid = (low + high) / 2
      if printableRanges[2 * mid] <= cp { low = mid + 1 } else { high = mid }
    }
    return low > 0 && cp <= printableRanges[2 * (low - 1) + 1]
  }

  /// `repr(b)` of a bytes value, as CPython's `bytes_repr`.
  public static func bytes(_ b: [UInt8]) -> String {
    var hasSingle = false, hasDouble = false
    for c in b {
      if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
    }
    let quote: UInt8 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var out: [UInt8] = [UInt8(ascii: "b"), quote]
    for c in b {
      switch c {
      case quote, 0x5C: out.append(0x5C); out.append(c)
      case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
      case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
      case 0x20..<0x7F: out.append(c)
      default:
        out.append(0x5C); out.append(UInt8(ascii: "x"))
        out.append(UInt8(hexDigit(UInt32(c >> 4)).value))
        out.append(UInt8(hexDigit(UInt32(c & 0xF)).value))
      }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// `repr()` of any literal constant.
  public static func constant(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigInt(let digits): return digits
    case .float(let d): return float(d)
    case .complex(let re, let im): return complex(real: re, imag: im)
    case .str(let s): return string(s.codePoints)
    case .bytes(let b): return bytes(b)
    }
  }
}
