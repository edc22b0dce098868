import CSupport
import PySyntax

/// int → text: decimal `str()`/`repr()` under the interpreter's digit limit
/// (`sys.set_int_max_str_digits`, CPython 3.11's CVE-2020-10735 guard), and digit strings in
/// any base for `bin`/`oct`/`hex`/`format`.
extension IntOps {
  /// The digits of |z| in `base` (2…36), lower case, no sign.
  static func magnitudeDigits(_ z: UnsafePointer<__mpz_struct>, base: Int) -> [UInt8] {
    if z.pointee._mp_size == 0 { return [UInt8(ascii: "0")] }
    let n = __gmpz_sizeinbase(z, Int32(base)) + 2
    var buf = [UInt8](repeating: 0, count: n)
    let abs = PyLong()
    __gmpz_abs(abs.z, z)
    buf.withUnsafeMutableBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: n) { c in
        _ = __gmpz_get_str(c, Int32(base), abs.z)
      }
    }
    let len = buf.firstIndex(of: 0) ?? n
    buf.removeSubrange(len...)
    return buf
  }

  /// The digits of |v| in `base`, lower case, no sign.
  static func magnitudeDigits(_ v: Value, base: Int) -> [UInt8] {
    if case .int(let i) = v {
      return Array(String(i.magnitude, radix: base).utf8)
    }
    return viewMpz(v) { magnitudeDigits($0, base: base) }
  }

  /// Signed digit string (no limit).
  static func digitString(_ z: UnsafePointer<__mpz_struct>, base: Int) -> String {
    var d = magnitudeDigits(z, base: base)
    if z.pointee._mp_size < 0 { d.insert(UInt8(ascii: "-"), at: 0) }
    return String(decoding: d, as: UTF8.self)
  }

  static func limitError(_ limit: Int) -> PyError {
    PyError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
  }

  /// The decimal digits of |v| (no sign), checking the interpreter's digit limit.
  static func decimalMagnitude(_ ts: ThreadState, _ v: Value) throws(PyError) -> [UInt8] {
    if case .int(let i) = v { return Array(String(i.magnitude).utf8) }
    if case .bool(let b) = v { return [b ? UInt8(ascii: "1") : UInt8(ascii: "0")] }
    let limit = SysModule.intMaxStrDigits(ts)
    let bits = bitLength(v)
    // log10(2) = 0.30103: more than `limit` digits for sure beyond this many bits.
    if limit > 0 && Double(bits - 1) * 0.30102999566398120 >= Double(limit) + 1 { throw limitError(limit) }
    let digits = magnitudeDigits(v, base: 10)
    if limit > 0 && digits.count > limit { throw limitError(limit) }
    return digits
  }

  /// `str(v)` / `repr(v)` of an int value, checking the digit limit.
  public static func decimalString(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    switch v {
    case .int(let i): return String(i)
    case .bool(let b): return b ? "1" : "0"
    default:
      var d = try decimalMagnitude(ts, v)
      if signum(v) < 0 { d.insert(UInt8(ascii: "-"), at: 0) }
      return String(decoding: d, as: UTF8.self)
    }
  }

  /// `repr(int)` without the digit limit (for internal messages).
  public static func repr(_ v: Value) -> String {
    switch v {
    case .int(let i): return String(i)
    case .bool(let b): return b ? "1" : "0"
    default: return v.as(PyLong.self)?.decimalString ?? "?"
    }
  }

  /// `bin(v)`, `oct(v)`, `hex(v)`: `[-]0b…` (CPython's `_PyLong_Format`).
  public static func prefixedString(_ v: Value, base: Int) -> String {
    var out: [UInt8] = signum(v) < 0 ? [UInt8(ascii: "-")] : []
    out.append(UInt8(ascii: "0"))
    switch base {
    case 2: out.append(UInt8(ascii: "b"))
    case 8: out.append(UInt8(ascii: "o"))
    default: out.append(UInt8(ascii: "x"))
    }
    out.append(contentsOf: magnitudeDigits(v, base: base))
    return String(decoding: out, as: UTF8.self)
  }
}
