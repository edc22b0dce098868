/// Non-ASCII identifiers (PEP 3131): the XID_Start / XID_Continue check CPython's tokenizer makes
/// (`verify_identifier` + `_PyUnicode_ScanIdentifier`) and the NFKC normalisation the parser
/// applies to every non-ASCII name (`_PyPegen_new_identifier`).
///
/// All Unicode properties come from CPython 3.11's database (`UnicodeTables`, generated), not
/// from the Swift runtime, so both agree on which names are valid.
public enum Identifier {
  /// The result of checking a candidate identifier's bytes.
  enum Check {
    case valid
    /// Not UTF-8: the decoding error (relative to the checked bytes).
    case undecodable(UTF8Validation.DecodeError)
    /// Code point `codePoint` is not allowed; `endOffset` is the byte offset (relative to the
    /// checked bytes) just after it.
    case invalidCharacter(codePoint: UInt32, endOffset: Int)
  }

  /// Checks `bytes` (a maximal run of identifier-ish bytes, at least one non-ASCII).
  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Check {
    if let err = UTF8Validation.firstError(bytes) { return .undecodable(err) }
    var i = 0
    var first = true
    while i < bytes.count {
      let (cp, len) = decodeScalar(bytes, i)
      let ok: Bool
      if first {
        ok = cp < 0x80 ? CharacterClass.isIdentifierStart(UInt8(cp)) && !CharacterClass.isDigit(UInt8(cp))
                       : isXIDStart(cp)
      } else {
        ok = cp < 0x80 ? CharacterClass.isIdentifierChar(UInt8(cp)) : isXIDContinue(cp)
      }
      if !ok { return .invalidCharacter(codePoint: cp, endOffset: i + len) }
      first = false
      i += len
    }
    return .valid
  }

  /// Decodes one scalar of valid UTF-8 at `i`.
  @inline(__always)
  static func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
    if b0 < 0xF0 {
      return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
    }
    return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
              | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F), 4)
  }

  /// Binary search in a flat table of inclusive (low, high) pairs.
  static func inRanges(_ cp: UInt32, _ table: [UInt32]) -> Bool {
    var lo = 0
    var hi = table.count / 2 - 1
    while lo <= hi {
      let mid = (lo + hi) >> 1
      if cp < table[2 * mid] {
        hi = mid - 1
      } else if cp > table[2 * mid + 1] {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// XID_Start (code points >= 0x80; ASCII letters and `_` are handled by the caller).
  public static func isXIDStart(_ cp: UInt32) -> Bool { inRanges(cp, UnicodeTables.xidStart) }
  /// XID_Continue (code points >= 0x80).
  public static func isXIDContinue(_ cp: UInt32) -> Bool { inRanges(cp, UnicodeTables.xidContinue) }
  /// CPython's `Py_UNICODE_ISPRINTABLE`.
  public static func isPrintable(_ cp: UInt32) -> Bool { inRanges(cp, UnicodeTables.printable) }

  // MARK: - NFKC

  /// The name a NAME token's text stands for: the text itself when ASCII, its NFKC form
  /// otherwise (as CPython's parser interns identifiers).
  public static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var ascii = true
    for b in bytes where b >= 0x80 { ascii = false; break }
    if ascii { return String(decoding: bytes, as: UTF8.self) }
    var cps: [UInt32] = []
    var i = 0
    while i < bytes.count {
      let (cp, len) = decodeScalar(bytes, i)
      cps.append(cp)
      i += len
    }
    var s = String.UnicodeScalarView()
    for cp in nfkc(cps) { s.append(Unicode.Scalar(cp) ?? "\u{FFFD}") }
    return String(s)
  }

  /// NFKC of a code point sequence (Unicode Standard Annex #15): full compatibility
  /// decomposition, canonical ordering, canonical composition.
  public static func nfkc(_ input: [UInt32]) -> [UInt32] {
    // Decompose.
    var d: [UInt32] = []
    d.reserveCapacity(input.count + 4)
    for cp in input {
      if cp >= hangulSBase && cp < hangulSBase + hangulSCount {
        let sIndex = cp - hangulSBase
        d.append(hangulLBase + sIndex / hangulNCount)
        d.append(hangulVBase + (sIndex % hangulNCount) / hangulTCount)
        let t = sIndex % hangulTCount
        if t != 0 { d.append(hangulTBase + t) }
      } else if cp >= 0xA0, let k = searchSorted(UnicodeTables.decompositionKeys, cp) {
        let a = Int(UnicodeTables.decompositionOffsets[k])
        let b = Int(UnicodeTables.decompositionOffsets[k + 1])
        d.append(contentsOf: UnicodeTables.decompositionValues[a..<b])
      } else {
        d.append(cp)
      }
    }
    // Canonical ordering: stable insertion sort of each run of non-starters.
    var i = 1
    while i < d.count {
      let cc = combiningClass(d[i])
      if cc != 0 {
        var j = i
        while j > 0 {
          let pc = combiningClass(d[j - 1])
          if pc <= cc { break }
          d.swapAt(j, j - 1)
          j -= 1
        }
      }
      i += 1
    }
    // Compose.
    var out: [UInt32] = []
    out.reserveCapacity(d.count)
    var starter = -1
    var lastClass = -1  // class of the last character kept after the starter; -1: none
    for ch in d {
      let cc = Int(combiningClass(ch))
      if starter >= 0 && (lastClass == -1 || (lastClass != 0 && lastClass < cc)),
         let composite = compose(out[starter], ch)
      {
        out[starter] = composite
        continue
      }
      if cc == 0 {
        starter = out.count
        lastClass = -1
      } else {
        lastClass = cc
      }
      out.append(ch)
    }
    return out
  }

  static let hangulSBase: UInt32 = 0xAC00, hangulLBase: UInt32 = 0x1100
  static let hangulVBase: UInt32 = 0x1161, hangulTBase: UInt32 = 0x11A7
  static let hangulLCount: UInt32 = 19, hangulVCount: UInt32 = 21, hangulTCount: UInt32 = 28
  static let hangulNCount: UInt32 = 21 * 28, hangulSCount: UInt32 = 19 * 21 * 28

  static func combiningClass(_ cp: UInt32) -> UInt8 {
    if cp < 0x300 { return 0 }
    if let k = searchSorted(UnicodeTables.combiningClassKeys, cp) {
      return UnicodeTables.combiningClassValues[k]
    }
    return 0
  }

  static func compose(_ a: UInt32, _ b: UInt32) -> UInt32? {
    // Hangul L+V and LV+T.
    if a >= hangulLBase && a < hangulLBase + hangulLCount && b >= hangulVBase && b < hangulVBase + hangulVCount {
      return hangulSBase + ((a - hangulLBase) * hangulVCount + (b - hangulVBase)) * hangulTCount
    }
    if a >= hangulSBase && a < hangulSBase + hangulSCount && (a - hangulSBase) % hangulTCount == 0
      && b > hangulTBase && b < hangulTBase + hangulTCount
    {
      return a + (b - hangulTBase)
    }
    let key = (UInt64(a) << 21) | UInt64(b)
    let keys = UnicodeTables.compositionKeys
    var lo = 0, hi = keys.count - 1
    while lo <= hi {
      let mid = (lo + hi) >> 1
      if keys[mid] < key { lo = mid + 1 } else if keys[mid] > key { hi = mid - 1 } else {
        return UnicodeTables.compositionValues[mid]
      }
    }
    return nil
  }

  static func searchSorted(_ keys: [UInt32], _ cp: UInt32) -> Int? {
    var lo = 0, hi = keys.count - 1
    while lo <= hi {
      let mid = (lo + hi) >> 1
      if keys[mid] < cp { lo = mid + 1 } else if keys[mid] > cp { hi = mid - 1 } else { return mid }
    }
    return nil
  }
}
