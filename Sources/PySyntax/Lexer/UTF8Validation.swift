/// One pass over raw source bytes, 8 at a time: does it contain `\r`, NUL, or bytes >= 0x80?
/// (Decides which of the costlier steps — newline translation, NUL error, UTF-8 validation —
/// a source needs.)
enum ByteScan {
  struct Flags {
    var hasCR = false
    var hasNUL = false
    var hasHigh = false
  }

  static func scan(_ p: UnsafeBufferPointer<UInt8>) -> Flags {
    let n = p.count
    guard let base = p.baseAddress else { return Flags() }
    var high: UInt64 = 0
    var zero: UInt64 = 0
    var cr: UInt64 = 0
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let crs: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
    var i = 0
    while i + 8 <= n {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      high |= w
      zero |= (w &- ones) & ~w
      let x = w ^ crs
      cr |= (x &- ones) & ~x
      i += 8
    }
    var f = Flags()
    f.hasHigh = high & highs != 0
    // The zero-byte tests can report false positives only next to bytes >= 0x80; confirm then.
    f.hasNUL = zero & highs != 0
    f.hasCR = cr & highs != 0
    if f.hasNUL || f.hasCR {
      f.hasNUL = false
      f.hasCR = false
      for k in 0..<i {
        if base[k] == 0 { f.hasNUL = true } else if base[k] == 0x0D { f.hasCR = true }
      }
    }
    while i < n {
      let b = base[i]
      if b >= 0x80 { f.hasHigh = true } else if b == 0 { f.hasNUL = true } else if b == 0x0D { f.hasCR = true }
      i += 1
    }
    return f
  }
}

/// UTF-8 checks with CPython's error semantics (Objects/stringlib/codecs.h `utf8_decode` and
/// the "replace" error handler): which bytes form one error, the reason CPython gives, and how
/// many code points a byte range decodes to.
public enum UTF8Validation {
  /// One decoding error: bytes `start..<end` (relative to the decoded range) and CPython's reason.
  public struct DecodeError: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var reason: String

    /// CPython's `UnicodeDecodeError` text for the 'utf-8' codec.
    public func message(bytes: UnsafeBufferPointer<UInt8>) -> String {
      if end - start == 1 {
        return "'utf-8' codec can't decode byte 0x\(SourceBuffer.hex2(bytes[start])) in position \(start): \(reason)"
      }
      return "'utf-8' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
    }
  }

  /// Classifies the sequence starting at `i`: its length if valid, or the error.
  @inline(__always)
  static func sequence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (length: Int, reason: StaticString?) {
    let n = p.count
    let b0 = p[i]
    if b0 < 0x80 { return (1, nil) }
    if b0 < 0xC2 || b0 > 0xF4 { return (1, "invalid start byte") }
    let need: Int
    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
    if b0 < 0xE0 {
      need = 1
    } else if b0 < 0xF0 {
      need = 2
      if b0 == 0xE0 { lo = 0xA0 } else if b0 == 0xED { hi = 0x9F }
    } else {
      need = 3
      if b0 == 0xF0 { lo = 0x90 } else if b0 == 0xF4 { hi = 0x8F }
    }
    // Second byte has the restricted range, the rest 80..BF.
    var k = 1
    while k <= need {
      if i + k >= n {
        return (k, "unexpected end of data")
      }
      let b = p[i + k]
      let ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF)
      if !ok { return (k, "invalid continuation byte") }
      k += 1
    }
    return (need + 1, nil)
  }

  /// The first decoding error in `p`, nil if it is valid UTF-8.
  public static func firstError(_ p: UnsafeBufferPointer<UInt8>) -> DecodeError? {
    var i = 0
    let n = p.count
    while i < n {
      if p[i] < 0x80 { i += 1; continue }
      let (len, reason) = sequence(p, i)
      if let reason = reason {
        return DecodeError(start: i, end: i + len, reason: reason.description)
      }
      i += len
    }
    return nil
  }

  /// Offset of the first invalid byte of `bytes`, nil if all valid.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    return bytes.withUnsafeBufferPointer { p -> Int? in
      var i = 0
      let n = p.count
      // ASCII fast path, 8 bytes at a time.
      while i < n {
        if i + 8 <= n {
          let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
          if w & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
        }
        if p[i] < 0x80 { i += 1; continue }
        let (len, reason) = sequence(p, i)
        if reason != nil { return i }
        i += len
      }
      return nil
    }
  }

  /// Number of code points `p` decodes to with the "replace" handler (each error range → one
  /// U+FFFD).
  public static func decodedLength(_ p: UnsafeBufferPointer<UInt8>) -> Int {
    var i = 0
    var count = 0
    let n = p.count
    while i < n {
      if p[i] < 0x80 { i += 1; count += 1; continue }
      i += sequence(p, i).length
      count += 1
    }
    return count
  }
}
