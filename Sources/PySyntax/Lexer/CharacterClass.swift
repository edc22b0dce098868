/// Byte classes the tokenizer dispatches on. Every byte >= 0x80 may start or continue an
/// identifier, as CPython's `is_potential_identifier_start/char` decide (the real check on
/// non-ASCII names happens afterwards, see `Identifier`).
enum CharacterClass {
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
