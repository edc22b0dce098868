/// Substring search in strs (CPython's stringlib fastsearch, simplified): forward and backward
/// find and non-overlapping count. Latin-1 strings are searched as bytes (memchr for the first
/// character); wider ones code point by code point.
public enum StrSearch {
  /// First index of `sub` in `s[start..<end]` (bounds already adjusted), or -1.
  public static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
    let m = sub.count
    if end - start < m { return -1 }
    if m == 0 { return start }
    if sub.kind > s.kind { return -1 }
    if s.kind == 1 && sub.kind == 1 {
      return ByteSearch.find(s.storage.assumingMemoryBound(to: UInt8.self), start, end,
                             sub.storage.assumingMemoryBound(to: UInt8.self), m)
    }
    let first = sub[0]
    var i = start
    let last = end - m
    while i <= last {
      if s[i] == first {
        var j = 1
        while j < m && s[i + j] == sub[j] { j += 1 }
        if j == m { return i }
      }
      i += 1
    }
    return -1
  }

  /// Last index of `sub` in `s[start..<end]`, or -1.
  public static func rfind(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
    let m = sub.count
    if end - start < m { return -1 }
    if m == 0 { return end }
    if sub.kind > s.kind { return -1 }
    if s.kind == 1 && sub.kind == 1 {
      return ByteSearch.rfind(s.storage.assumingMemoryBound(to: UInt8.self), start, end,
                              sub.storage.assumingMemoryBound(to: UInt8.self), m)
    }
    var i = end - m
    let first = sub[0]
    while i >= start {
      if s[i] == first {
        var j = 1
        while j < m && s[i + j] == sub[j] { j += 1 }
        if j == m { return i }
      }
      i -= 1
    }
    return -1
  }

  /// Non-overlapping occurrences of `sub` in `s[start..<end]`, at most `limit`.
  public static func count(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, limit: Int = Int.max) -> Int {
    if end - start < sub.count { return 0 }
    if sub.count == 0 { return min(end - start + 1, limit) }
    var n = 0
    var i = start
    while n < limit {
      let j = find(s, sub, i, end)
      if j < 0 { break }
      n += 1
      i = j + sub.count
    }
    return n
  }

  /// Whether `s[at..<at+sub.count]` equals `sub`.
  @inline(__always)
  public static func matches(_ s: PyStr, _ sub: PyStr, at: Int) -> Bool {
    let m = sub.count
    if at < 0 || at + m > s.count { return false }
    if s.kind == sub.kind {
      return memcmp(s.storage + at * s.kind, sub.storage, m * s.kind) == 0
    }
    for j in 0..<m where s[at + j] != sub[j] { return false }
    return true
  }
}

/// Byte-string search shared by str (Latin-1 storage), bytes and bytearray.
public enum ByteSearch {
  /// First index of `needle[0..<m]` in `hay[start..<end]`, or -1 (m ≥ 1).
  public static func find(_ hay: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                          _ needle: UnsafePointer<UInt8>, _ m: Int) -> Int {
    if end - start < m { return -1 }
    let first = needle[0]
    var i = start
    let last = end - m
    while i <= last {
      guard let p = memchr(hay + i, Int32(first), last - i + 1) else { return -1 }
      i = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - hay
      if m == 1 || memcmp(hay + i + 1, needle + 1, m - 1) == 0 { return i }
      i += 1
    }
    return -1
  }

  /// Last index of `needle[0..<m]` in `hay[start..<end]`, or -1 (m ≥ 1).
  public static func rfind(_ hay: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                           _ needle: UnsafePointer<UInt8>, _ m: Int) -> Int {
    if end - start < m { return -1 }
    var i = end - m
    let first = needle[0]
    while i >= start {
      if hay[i] == first && (m == 1 || memcmp(hay + i + 1, needle + 1, m - 1) == 0) { return i }
      i -= 1
    }
    return -1
  }
}

@_silgen_name("memchr")
func memchr(_ s: UnsafeRawPointer, _ c: Int32, _ n: Int) -> UnsafeMutableRawPointer?
