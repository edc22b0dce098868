/// Character-name lookup for `\N{...}` escapes, with the semantics of CPython 3.11's
/// `unicodedata` `_getcode` (Modules/unicodedata.c, used by the 'unicodeescape' codec):
///
/// - Hangul syllables ("HANGUL SYLLABLE GAG"; exact case)
///   and CJK unified ideographs ("CJK UNIFIED IDEOGRAPH-4E00"; exact case, 4 or 5 upper-case hex
///   digits, only inside the ideograph blocks) are computed;
/// - other names and the formal aliases of NameAliases.txt match case-insensitively;
/// - named sequences are not accepted.
///
/// The set of names is CPython's (Unicode 14.0, generated into `UnicodeTables`); the spelling of
/// each name is read from the Swift runtime's `Unicode.Scalar.Properties.name` while binary
/// searching `UnicodeTables.namedCodePoints` (sorted by name), so no name text is stored.
public enum UnicodeNames {
  /// The code point named `name` (bytes between the braces), nil if there is none.
  public static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    if name.isEmpty { return nil }
    for b in name where b >= 0x80 { return nil }
    if let h = hangulSyllable(name) { return h }
    if let c = cjkIdeograph(name) { return c }
    var upper = [UInt8](name)
    for i in 0..<upper.count where upper[i] &- 0x61 < 26 { upper[i] -= 32 }
    if let a = aliasLookup(upper) { return a }
    return nameLookup(upper)
  }

  /// Convenience for a Swift string.
  public static func lookup(_ name: String) -> UInt32? {
    let bytes = Array(name.utf8)
    return bytes.withUnsafeBufferPointer { lookup($0) }
  }

  /// Self-check (for tests): how many entries of the generated name table are missing a Swift
  /// name or out of order with the Swift names the binary search reads. Must be 0.
  public static func tableOrderViolations() -> Int {
    var previous = ""
    var bad = 0
    for cp in UnicodeTables.namedCodePoints {
      guard let name = Unicode.Scalar(cp)?.properties.name else { bad += 1; continue }
      if !previous.isEmpty && !(Array(previous.utf8).lexicographicallyPrecedes(Array(name.utf8))) { bad += 1 }
      previous = name
    }
    return bad
  }

  static func compare(_ a: [UInt8], _ b: String) -> Int {
    var i = 0
    for c in b.utf8 {
      if i >= a.count { return -1 }
      if a[i] != c { return a[i] < c ? -1 : 1 }
      i += 1
    }
    return i == a.count ? 0 : 1
  }

  static func nameLookup(_ upper: [UInt8]) -> UInt32? {
    let table = UnicodeTables.namedCodePoints
    var lo = 0, hi = table.count - 1
    while lo <= hi {
      let mid = (lo + hi) >> 1
      guard let scalar = Unicode.Scalar(table[mid]), let n = scalar.properties.name else { return nil }
      let r = compare(upper, n)
      if r == 0 { return table[mid] }
      if r < 0 { hi = mid - 1 } else { lo = mid + 1 }
    }
    return nil
  }

  static func aliasLookup(_ upper: [UInt8]) -> UInt32? {
    let names = UnicodeTables.aliasNames
    var lo = 0, hi = names.count - 1
    while lo <= hi {
      let mid = (lo + hi) >> 1
      let r = compare(upper, names[mid])
      if r == 0 { return UnicodeTables.aliasCodePoints[mid] }
      if r < 0 { hi = mid - 1 } else { lo = mid + 1 }
    }
    return nil
  }

  static let jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
  static let jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
                      "YU", "EU", "YI", "I"]
  static let jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
                      "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]

  /// "HANGUL SYLLABLE " + L + V + T jamo short names (longest match each, as
  /// CPython's `find_syllable`).
  static func hangulSyllable(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let prefix = Array("HANGUL SYLLABLE ".utf8)
    guard name.count >= prefix.count else { return nil }
    for i in 0..<prefix.count where name[i] != prefix[i] { return nil }
    var pos = prefix.count
    func find(_ table: [String]) -> Int {
      var best = -1, bestLen = -1
      for (i, s) in table.enumerated() {
        let u = Array(s.utf8)
        if u.count <= bestLen { continue }
        if pos + u.count <= name.count && Array(name[pos..<(pos + u.count)]) == u {
          best = i
          bestLen = u.count
        }
      }
      if bestLen > 0 { pos += bestLen }
      return best
    }
    let l = find(jamoL), v = find(jamoV), t = find(jamoT)
    guard l >= 0, v >= 0, t >= 0, pos == name.count else { return nil }
    return 0xAC00 + UInt32((l * 21 + v) * 28 + t)
  }

  /// "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits inside a unified-ideograph block.
  static func cjkIdeograph(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let prefix = Array("CJK UNIFIED IDEOGRAPH-".utf8)
    guard name.count == prefix.count + 4 || name.count == prefix.count + 5 else { return nil }
    for i in 0..<prefix.count where name[i] != prefix[i] { return nil }
    var v: UInt32 = 0
    for i in prefix.count..<name.count {
      let c = name[i]
      v <<= 4
      if c &- 0x30 < 10 { v += UInt32(c - 0x30) } else if c &- 0x41 < 6 { v += UInt32(c - 0x41 + 10) } else { return nil }
    }
    return Identifier.inRanges(v, UnicodeTables.cjkUnifiedIdeographs) ? v : nil
  }
}
