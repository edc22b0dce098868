/// Per-character Unicode properties and case mappings as CPython 3.11 sees them (Unicode 14,
/// Objects/unicodectype.c), read from the generated `StrUnicodeData` tables. ASCII characters
/// take table-free fast paths.
public enum StrUnicode {
  /// Predicate bits of a character record (the generator's order).
  public struct Flag: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let alpha = Flag(rawValue: 1 << 0)
    public static let decimal = Flag(rawValue: 1 << 1)
    public static let digit = Flag(rawValue: 1 << 2)
    public static let numeric = Flag(rawValue: 1 << 3)
    public static let space = Flag(rawValue: 1 << 4)
    public static let lineBreak = Flag(rawValue: 1 << 5)
    public static let lower = Flag(rawValue: 1 << 6)
    public static let upper = Flag(rawValue: 1 << 7)
    public static let title = Flag(rawValue: 1 << 8)
    public static let cased = Flag(rawValue: 1 << 9)
    public static let caseIgnorable = Flag(rawValue: 1 << 10)
  }

  /// The record number of code point `cp`.
  @inline(__always)
  static func record(_ cp: UInt32) -> Int {
    if cp >= 0x110000 { return 0 }
    let shift = UInt32(StrUnicodeData.shift)
    let block = Int(StrUnicodeData.recordIndex1[Int(cp >> shift)])
    return Int(StrUnicodeData.recordIndex2[(block << Int(shift)) | Int(cp & ((1 << shift) - 1))])
  }

  @inline(__always)
  public static func flags(_ cp: UInt32) -> Flag {
    return Flag(rawValue: StrUnicodeData.flags[record(cp)])
  }

  @inline(__always)
  public static func has(_ cp: UInt32, _ f: Flag) -> Bool { flags(cp).contains(f) }

  // MARK: Predicates (ASCII fast paths)

  @inline(__always)
  public static func isSpace(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) }
    return has(cp, .space)
  }

  @inline(__always)
  public static func isLineBreak(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp == 0x0A || cp == 0x0D || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E) }
    return has(cp, .lineBreak)
  }

  @inline(__always)
  public static func isAlpha(_ cp: UInt32) -> Bool {
    if cp < 128 { return (cp | 0x20) &- 0x61 < 26 }
    return has(cp, .alpha)
  }

  @inline(__always)
  public static func isDecimal(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp &- 0x30 < 10 }
    return has(cp, .decimal)
  }

  @inline(__always)
  public static func isDigit(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp &- 0x30 < 10 }
    return has(cp, .digit)
  }

  @inline(__always)
  public static func isNumeric(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp &- 0x30 < 10 }
    return has(cp, .numeric)
  }

  @inline(__always)
  public static func isAlnum(_ cp: UInt32) -> Bool {
    if cp < 128 { return (cp | 0x20) &- 0x61 < 26 || cp &- 0x30 < 10 }
    return !flags(cp).isDisjoint(with: [.alpha, .decimal, .digit, .numeric])
  }

  @inline(__always)
  public static func isLower(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp &- 0x61 < 26 }
    return has(cp, .lower)
  }

  @inline(__always)
  public static func isUpper(_ cp: UInt32) -> Bool {
    if cp < 128 { return cp &- 0x41 < 26 }
    return has(cp, .upper)
  }

  @inline(__always)
  public static func isTitle(_ cp: UInt32) -> Bool { cp >= 128 && has(cp, .title) }

  @inline(__always)
  public static func isCased(_ cp: UInt32) -> Bool {
    if cp < 128 { return (cp | 0x20) &- 0x61 < 26 }
    return has(cp, .cased)
  }

  @inline(__always)
  public static func isCaseIgnorable(_ cp: UInt32) -> Bool { has(cp, .caseIgnorable) }

  /// `Py_UNICODE_TODECIMAL`: 0…9, or -1.
  @inline(__always)
  public static func decimalValue(_ cp: UInt32) -> Int {
    if cp < 128 { return cp &- 0x30 < 10 ? Int(cp) - 0x30 : -1 }
    return Int(StrUnicodeData.decimal[record(cp)])
  }

  /// `Py_UNICODE_TODIGIT`: 0…9, or -1.
  @inline(__always)
  public static func digitValue(_ cp: UInt32) -> Int {
    if cp < 128 { return cp &- 0x30 < 10 ? Int(cp) - 0x30 : -1 }
    return Int(StrUnicodeData.digit[record(cp)])
  }

  // MARK: Case mappings

  /// Which full case mapping.
  public enum CaseMapping {
    case lower, upper, title, fold
  }

  /// Appends the full `mapping` of `cp` to `out`.
  @inline(__always)
  public static func map(_ cp: UInt32, _ mapping: CaseMapping, into out: inout [UInt32]) {
    if cp < 128 {
      switch mapping {
      case .lower, .fold: out.append(cp &- 0x41 < 26 ? cp + 32 : cp)
      case .upper, .title: out.append(cp &- 0x61 < 26 ? cp - 32 : cp)
      }
      return
    }
    let r = record(cp)
    let v: Int32
    switch mapping {
    case .lower: v = StrUnicodeData.lower[r]
    case .upper: v = StrUnicodeData.upper[r]
    case .title: v = StrUnicodeData.title[r]
    case .fold: v = StrUnicodeData.fold[r]
    }
    if v >= 0x40000000 {
      let index = Int((v & 0x3FFF_FFFF) >> 2), count = Int(v & 3)
      for k in 0..<count { out.append(StrUnicodeData.extended[index + k]) }
    } else {
      out.append(UInt32(Int32(bitPattern: cp) &+ v))
    }
  }
}
