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
    text.withUnsafeBufferPointer { parseASCII($0) }
  }

  static func parseASCII(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    var lo = 0, hi = text.count
    while lo < hi && IntOps.isASCIISpace(text[lo]) { lo += 1 }
    while hi > lo + 1 && IntOps.isASCIISpace(text[hi - 1]) { hi -= 1 }
    let s = UnsafeBufferPointer(rebasing: text[lo..<hi])
    if s.contains(UInt8(ascii: "_")) {
      guard let stripped = removeUnderscores(Array(s)) else { return nil }
      return stripped.withUnsafeBufferPointer { parseStrict($0) }
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

  /// Whether `s[i...]` is `word` (lower case ASCII) ignoring case.
  @inline(__always)
  static func matchesIgnoringCase(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    if s.count - i != n { return false }
    let w = word.utf8Start
    for k in 0..<n where s[i + k] | 0x20 != w[k] { return false }
    return true
  }

  static func parseStrict(_ s: [UInt8]) -> Double? {
    s.withUnsafeBufferPointer { parseStrict($0) }
  }

  /// `[+-] (inf | infinity | nan | digits[.digits] | .digits) [(e|E)[+-]digits]`, exactly.
  static func parseStrict(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let n = s.count
    var negative = false
    if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
      negative = s[i] == UInt8(ascii: "-")
      i += 1
    }
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    if i < n && !isDigit(s[i]) && s[i] != UInt8(ascii: ".") {
      if matchesIgnoringCase(s, i, "inf") || matchesIgnoringCase(s, i, "infinity") {
        return negative ? -.infinity : .infinity
      }
      if matchesIgnoringCase(s, i, "nan") { return negative ? -Double.nan : .nan }
      return nil
    }
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
    // strtod needs a NUL-terminated copy (on the stack for usual lengths).
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf -> Double in
      for k in 0..<n { buf[k] = CChar(bitPattern: s[k]) }
      buf[n] = 0
      return strtod(buf.baseAddress!, nil)
    }
  }

  /// `float(s)` for a str (or bytes: `original` is shown in the error).
  static func parse(_ ts: ThreadState, _ text: [UInt8], original: Value) throws(PyError) -> Double {
    try text.withUnsafeBufferPointer { b throws(PyError) -> Double in try parse(ts, b, original: original) }
  }

  static func parse(_ ts: ThreadState, _ text: UnsafeBufferPointer<UInt8>, original: Value) throws(PyError) -> Double {
    if !text.contains(0), let d = parseASCII(text) { return d }
    throw PyError.valueError("could not convert string to float: \(try Protocols.repr(ts, original).string)")
  }

  /// `float(s)` for a str.
  public static func parse(_ ts: ThreadState, _ s: PyStr) throws(PyError) -> Double {
    return try IntOps.withNumberText(s) { b throws(PyError) -> Double in try parse(ts, b, original: Value(s)) }
  }
}
