import CSupport
import PySyntax

/// text → int: `int(s, base)` with CPython's rules (Objects/longobject.c `PyLong_FromString`):
/// surrounding whitespace, a sign, base prefixes (`0x`, `0o`, `0b`, base 0 deduction), single
/// underscores between digits, non-ASCII decimal digits and spaces
/// (`_PyUnicode_TransformDecimalAndSpaceToASCII`), and the interpreter's digit limit.
extension IntOps {
  /// The ASCII form of a str for number parsing: code points < 127 kept, other whitespace
  /// becomes ' ', other decimal digits their ASCII digit; anything else ends the text with '?'
  /// (which no number accepts).
  static func asciiNumberText(_ s: PyStr) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(s.count)
    for i in 0..<s.count {
      let c = s[i]
      if c < 127 { out.append(UInt8(c)); continue }
      if let u = Unicode.Scalar(c) {
        if isUnicodeSpace(u) { out.append(UInt8(ascii: " ")); continue }
        if u.properties.numericType == .decimal, let v = u.properties.numericValue {
          out.append(UInt8(ascii: "0") + UInt8(v))
          continue
        }
      }
      out.append(UInt8(ascii: "?"))
      break
    }
    return out
  }

  /// `str.isspace()` for a non-ASCII code point (White_Space, as CPython's
  /// `Py_UNICODE_ISSPACE` for the characters Unicode 14 defines).
  static func isUnicodeSpace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// ASCII whitespace as C's `isspace` in the C locale (`Py_ISSPACE`).
  @inline(__always)
  static func isASCIISpace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  /// The value of an ASCII digit in bases up to 36, or 99.
  @inline(__always)
  static func digitValue(_ c: UInt8) -> Int {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c) - 48
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c) - 87
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c) - 55
    default: return 99
    }
  }

  /// Why a text is not an int.
  enum ParseFailure: Error {
    case invalid
    /// More decimal digits than the limit (the count of digits found).
    case tooManyDigits(Int)
  }

  /// Parses ASCII text as an int in `base` (0 or 2…36) following `PyLong_FromString`.
  /// `limit` is the digit limit for non-power-of-two bases (0 = none).
  static func parseASCII(_ text: [UInt8], base inputBase: Int, limit: Int) -> Result<Value, ParseFailure> {
    text.withUnsafeBufferPointer { parseASCII($0, base: inputBase, limit: limit) }
  }

  static func parseASCII(_ text: UnsafeBufferPointer<UInt8>, base inputBase: Int, limit: Int) -> Result<Value, ParseFailure> {
    var i = 0
    let n = text.count
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? text[k] : 0 }
    while i < n && isASCIISpace(text[i]) { i += 1 }
    var negative = false
    if at(i) == UInt8(ascii: "+") { i += 1 } else if at(i) == UInt8(ascii: "-") { negative = true; i += 1 }
    var base = inputBase
    var errorIfNonzero = false
    if base == 0 {
      let c1 = at(i + 1) | 0x20
      if at(i) != UInt8(ascii: "0") { base = 10 }
      else if c1 == UInt8(ascii: "x") { base = 16 }
      else if c1 == UInt8(ascii: "o") { base = 8 }
      else if c1 == UInt8(ascii: "b") { base = 2 }
      else { errorIfNonzero = true; base = 10 }
    }
    if at(i) == UInt8(ascii: "0") {
      let c1 = at(i + 1) | 0x20
      if (base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o"))
          || (base == 2 && c1 == UInt8(ascii: "b")) {
        i += 2
        if at(i) == UInt8(ascii: "_") { i += 1 }
      }
    }
    if at(i) == UInt8(ascii: "_") { return .failure(.invalid) }
    // Digits with single underscores between them; the value accumulates in a machine word
    // while it fits.
    let start = i
    var count = 0
    var value = 0
    var fits = true
    var prevUnderscore = false
    while i < n {
      let c = text[i]
      if c == UInt8(ascii: "_") {
        if prevUnderscore { return .failure(.invalid) }
        prevUnderscore = true
      } else {
        let d = digitValue(c)
        if d >= base { break }
        count += 1
        prevUnderscore = false
        if fits {
          let (m, o1) = value.multipliedReportingOverflow(by: base)
          let (a, o2) = m.addingReportingOverflow(d)
          if o1 || o2 { fits = false } else { value = a }
        }
      }
      i += 1
    }
    let end = i
    if prevUnderscore { return .failure(.invalid) }
    if limit > 0 && base & (base - 1) != 0 && count > limit {
      return .failure(.tooManyDigits(count))
    }
    if count == 0 { return .failure(.invalid) }
    while i < n && isASCIISpace(text[i]) { i += 1 }
    if i != n { return .failure(.invalid) }
    if errorIfNonzero && !(fits && value == 0) { return .failure(.invalid) }
    if fits { return .success(.int(negative ? -value : value)) }
    var digits = [UInt8]()
    digits.reserveCapacity(count)
    for k in start..<end where text[k] != UInt8(ascii: "_") { digits.append(text[k]) }
    return .success(digitsValue(digits, base: base, negative: negative))
  }

  /// Calls `body` with the ASCII number text of `s` (see `asciiNumberText`): the string's own
  /// storage when it is ASCII, without copying.
  @inline(__always)
  static func withNumberText<R>(_ s: PyStr, _ body: (UnsafeBufferPointer<UInt8>) throws(PyError) -> R) throws(PyError) -> R {
    if s.isASCII && s.kind == 1 {
      return try body(UnsafeBufferPointer(start: s.storage.assumingMemoryBound(to: UInt8.self), count: s.count))
    }
    let text = asciiNumberText(s)
    return try text.withUnsafeBufferPointer { b throws(PyError) -> R in try body(b) }
  }

  /// The int value of valid ASCII digits in `base`.
  static func digitsValue(_ digits: [UInt8], base: Int, negative: Bool) -> Value {
    // Fast path: fits a machine word for sure.
    let safeCount = base <= 10 ? 18 : (base <= 16 ? 15 : 12)
    if digits.count <= safeCount {
      var v = 0
      for c in digits { v = v * base + digitValue(c) }
      return .int(negative ? -v : v)
    }
    let l = PyLong()
    var buf = digits
    buf.append(0)
    buf.withUnsafeBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { c in
        _ = __gmpz_set_str(l.z, c, Int32(base))
      }
    }
    if negative { __gmpz_neg(l.z, l.z) }
    return normalize(l)
  }

  /// `int(text, base)` for a str/bytes operand `original` whose ASCII form is `text`, raising
  /// CPython's ValueErrors.
  static func parse(_ ts: ThreadState, _ text: [UInt8], base: Int, original: Value) throws(PyError) -> Value {
    try text.withUnsafeBufferPointer { b throws(PyError) -> Value in try parse(ts, b, base: base, original: original) }
  }

  static func parse(_ ts: ThreadState, _ text: UnsafeBufferPointer<UInt8>, base: Int, original: Value) throws(PyError) -> Value {
    let limit = text.count > 640 ? SysModule.intMaxStrDigits(ts) : 0
    switch parseASCII(text, base: base, limit: limit) {
    case .success(let v): return v
    case .failure(.tooManyDigits(let count)):
      throw PyError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit")
    case .failure(.invalid):
      var r = try Protocols.repr(ts, original).codePoints
      if r.count > 200 { r.removeSubrange(200...) }
      throw PyError.valueError("invalid literal for int() with base \(base): \(String(PyStr(codePoints: r).string))")
    }
  }

  /// Parses a str as `int(s, base)`.
  public static func parse(_ ts: ThreadState, _ s: PyStr, base: Int) throws(PyError) -> Value {
    return try withNumberText(s) { text throws(PyError) -> Value in
      if text.contains(0) { return try parse(ts, [UInt8(ascii: "?")], base: base, original: Value(s)) }
      return try parse(ts, text, base: base, original: Value(s))
    }
  }
}
