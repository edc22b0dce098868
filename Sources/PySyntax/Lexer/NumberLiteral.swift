/// The value of a NUMBER token (CPython's `parsenumber` in Parser/pegen.c, which uses
/// `PyLong_FromString` / `PyOS_string_to_double`): integers of any base and size, floats,
/// imaginary numbers. The tokenizer has already checked the syntax; underscores are dropped.
public enum NumberLiteral {
  /// The constant for the text of a NUMBER token.
  public static func value(of text: UnsafeBufferPointer<UInt8>) throws(PySyntaxError) -> Constant {
    let n = text.count
    guard n > 0 else { throw invalid(text) }
    let last = text[n - 1] | 0x20
    if last == UInt8(ascii: "j") {
      let d = try parseFloat(UnsafeBufferPointer(rebasing: text[0..<(n - 1)]))
      return .complex(real: 0, imag: d)
    }
    // Integer?
    var isFloat = false
    if n >= 2 && text[0] == UInt8(ascii: "0") {
      let p = text[1] | 0x20
      if p == UInt8(ascii: "x") { return try parseInt(text, from: 2, radix: 16) }
      if p == UInt8(ascii: "o") { return try parseInt(text, from: 2, radix: 8) }
      if p == UInt8(ascii: "b") { return try parseInt(text, from: 2, radix: 2) }
    }
    for c in text where c == UInt8(ascii: ".") || (c | 0x20) == UInt8(ascii: "e") {
      isFloat = true
      break
    }
    if isFloat { return .float(try parseFloat(text)) }
    return try parseInt(text, from: 0, radix: 10)
  }

  /// Convenience over an array / slice of bytes.
  public static func value<C: Collection>(of text: C) throws(PySyntaxError) -> Constant where C.Element == UInt8 {
    let a = Array(text)
    do {
      return try a.withUnsafeBufferPointer { (p) throws(PySyntaxError) -> Constant in try value(of: p) }
    }
  }

  static func invalid(_ text: UnsafeBufferPointer<UInt8>) -> PySyntaxError {
    return PySyntaxError(.syntaxError, "invalid number literal '\(String(decoding: text, as: UTF8.self))'",
                         filename: "", lineno: 0, offset: 0, text: nil)
  }

  /// Digits (underscores skipped) in `radix`: `.int` when it fits in 64 bits, else `.bigInt`
  /// with the decimal digits.
  static func parseInt(_ text: UnsafeBufferPointer<UInt8>, from: Int, radix: UInt64) throws(PySyntaxError) -> Constant {
    var value: UInt64 = 0
    var overflow = false
    var digits: [UInt8] = []
    for i in from..<text.count {
      let c = text[i]
      if c == UInt8(ascii: "_") { continue }
      let d: UInt64
      if c &- 0x30 < 10 { d = UInt64(c &- 0x30) } else if (c | 0x20) &- 0x61 < 6 { d = UInt64((c | 0x20) &- 0x61 + 10) } else {
        throw invalid(text)
      }
      guard d < radix else { throw invalid(text) }
      digits.append(UInt8(d))
      if !overflow {
        let (m, o1) = value.multipliedReportingOverflow(by: radix)
        let (a, o2) = m.addingReportingOverflow(d)
        if o1 || o2 || a > UInt64(Int.max) { overflow = true } else { value = a }
      }
    }
    if !overflow { return .int(Int(value)) }
    return .bigInt(BigDigits.decimalString(digits: digits, radix: radix))
  }

  /// A float from decimal text (underscores removed), correctly rounded.
  static func parseFloat(_ text: UnsafeBufferPointer<UInt8>) throws(PySyntaxError) -> Double {
    var clean = ""
    clean.reserveCapacity(text.count)
    for c in text where c != UInt8(ascii: "_") { clean.unicodeScalars.append(Unicode.Scalar(c)) }
    guard let d = Double(clean) else { throw invalid(text) }
    return d
  }
}

/// Conversion of arbitrarily long digit strings between radices (for big integer literals).
enum BigDigits {
  /// The decimal representation of the number with `digits` (most significant first) in `radix`.
  static func decimalString(digits: [UInt8], radix: UInt64) -> String {
    if radix == 10 {
      var s = ""
      var leading = true
      for d in digits {
        if leading && d == 0 { continue }
        leading = false
        s.unicodeScalars.append(Unicode.Scalar(d + 0x30))
      }
      return s.isEmpty ? "0" : s
    }
    // Accumulate into base-1e18 limbs (little endian).
    let base: UInt64 = 1_000_000_000_000_000_000
    var limbs: [UInt64] = [0]
    for d in digits {
      var carry = UInt64(d)
      for i in 0..<limbs.count {
        let (hi, lo) = limbs[i].multipliedFullWidth(by: radix)
        let (sum, o) = lo.addingReportingOverflow(carry)
        let full = (UInt64(hi) &+ (o ? 1 : 0), sum)
        // full / base, full % base
        let (q, r) = base.dividingFullWidth((full.0, full.1))
        limbs[i] = r
        carry = q
      }
      if carry > 0 { limbs.append(carry) }
    }
    var s = String(limbs[limbs.count - 1])
    var i = limbs.count - 2
    while i >= 0 {
      let part = String(limbs[i])
      s += String(repeating: "0", count: 18 - part.count) + part
      i -= 1
    }
    return s
  }
}
