#if canImport(Glibc)
import Glibc
#endif
import PySyntax

/// text → float: `float(s)` with CPython's rules (Objects/floatobject.c `PyFloat_FromString`,
/// Python/pystrtod.c `_PyOS_ascii_strtod`, `_Py_string_to_number_with_underscores`): surrounding
/// whitespace, a sign, `inf`/`infinity`/`nan` in any case, decimal mantissa and exponent,
/// single underscores between digits, non-ASCII decimal digits and spaces. No hex floats.
extension FloatOps {
  /// Parses ASCII number text (the whole text must be a float); nil when invalid.
  /// Overflow gives ±inf, underflow ±0 (as `float()`).
  public static func parseASCII(_ text: [UInt8]) -> Double? {
    var lo = 0, hi = text.count
    while lo < hi && IntOps.isASCIISpace(text[lo]) { lo += 1 }
    while hi > lo + 1 && IntOps.isASCIISpace(text[hi - 1]) { hi -= 1 }
    var s = Array(text[lo..<hi])
    if s.contains(UInt8(ascii: "_")) {
      guard let stripped = removeUnderscores(s) else { return nil }
      s = stripped
    }
    return parseStrict(s)
  }

  /// Removes underscores, each of which must stand between two digits.
  static func removeUnderscores(_ s: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var prev: UInt8 = 0
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    for c in s {
      if c == UInt8(ascii: "_") {
        if !isDigit(prev) { return nil }
      } else {
        if prev == UInt8(ascii: "_") && !isDigit(c) { return nil }
        out.append(c)
      }
      prev = c
    }
    if prev == UInt8(ascii: "_") { return nil }
    return out
  }

  /// `[+-] (inf | infinity | nan | digits[.digits] | .digits) [(e|E)[+-]digits]`, exactly.
  static func parseStrict(_ s: [UInt8]) -> Double? {
    var i = 0
    let n = s.count
    var negative = false
    if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
      negative = s[i] == UInt8(ascii: "-")
      i += 1
    }
    // inf / infinity / nan, case-insensitive.
    let rest = s[i...].map { $0 | 0x20 }
    if rest.elementsEqual("inf".utf8) || rest.elementsEqual("infinity".utf8) {
      return negative ? -.infinity : .infinity
    }
    if rest.elementsEqual("nan".utf8) { return negative ? -Double.nan : .nan }
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    let mantissaStart = i
    var sawDigit = false
    while i < n && isDigit(s[i]) { i += 1; sawDigit = true }
    if i < n && s[i] == UInt8(ascii: ".") {
      i += 1
      while i < n && isDigit(s[i]) { i += 1; sawDigit = true }
    }
    if !sawDigit { return nil }
    if i < n && (s[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
      var expDigits = false
      while i < n && isDigit(s[i]) { i += 1; expDigits = true }
      if !expDigits { return nil }
    }
    if i != n { return nil }
    _ = mantissaStart
    var buf = s.map { CChar(bitPattern: $0) }
    buf.append(0)
    return buf.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
  }

  /// `float(s)` for a str (or bytes: `original` is shown in the error).
  static func parse(_ ts: ThreadState, _ text: [UInt8], original: Value) throws(PyError) -> Double {
    if !text.contains(0), let d = parseASCII(text) { return d }
    throw PyError.valueError("could not convert string to float: \(try Protocols.repr(ts, original).string)")
  }

  /// `float(s)` for a str.
  public static func parse(_ ts: ThreadState, _ s: PyStr) throws(PyError) -> Double {
    return try parse(ts, IntOps.asciiNumberText(s), original: Value(s))
  }
}
