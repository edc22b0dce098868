/// Byte classes the tokenizer dispatches on. Every byte >= 0x80 may start or continue an
/// identifier, as CPython's `is_potential_identifier_start/char` decide (the real check on
/// non-ASCII names happens afterwards, see `Identifier`).
enum CharacterClass {
  /// Bit 0: identifier start (letters, `_`, >= 0x80). Bit 1: identifier character (also
  /// digits). Bit 2: hex digit.
  static let identifierStartBit: UInt8 = 1
  static let identifierCharBit: UInt8 = 2

  /// The class table, allocated once and never freed (the tokenizer keeps a pointer to it).
  static let table: UnsafePointer<UInt8> = {
    let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for c in 0..<256 {
      let b = UInt8(c)
      var v: UInt8 = 0
      if isLetter(b) || b == 0x5F || b >= 0x80 { v |= 1 | 2 }
      if isDigit(b) { v |= 2 }
      if isHexDigit(b) { v |= 4 }
      t[c] = v
    }
    return UnsafePointer(t)
  }()

  @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
  @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
    c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 6
  }
  @inline(__always) static func isIdentifierStart(_ c: UInt8) -> Bool {
    isLetter(c) || c == 0x5F || c >= 0x80
  }
  @inline(__always) static func isIdentifierChar(_ c: UInt8) -> Bool {
    isLetter(c) || c &- 0x30 < 10 || c == 0x5F || c >= 0x80
  }
}
