/// Accumulates code points for a new str (CPython's `_PyUnicodeWriter`): Latin-1 text stays in a
/// byte buffer; the first wider code point switches to 32-bit storage. `build()` makes a `PyStr`
/// of the narrowest width.
public struct StrBuilder {
  @usableFromInline var narrow: [UInt8] = []
  @usableFromInline var wide: [UInt32] = []
  @usableFromInline var isWide = false
  @usableFromInline var maxCP: UInt32 = 0

  public init() {}

  public init(capacity: Int) { narrow.reserveCapacity(capacity) }

  public var count: Int { isWide ? wide.count : narrow.count }

  @inline(__always)
  public mutating func append(_ cp: UInt32) {
    if cp > maxCP { maxCP = cp }
    if !isWide {
      if cp < 256 { narrow.append(UInt8(truncatingIfNeeded: cp)); return }
      widen()
    }
    wide.append(cp)
  }

  @usableFromInline mutating func widen() {
    isWide = true
    wide.reserveCapacity(narrow.count * 2 + 16)
    for b in narrow { wide.append(UInt32(b)) }
    narrow = []
  }

  /// Appends ASCII/Latin-1 bytes.
  public mutating func append<C: Collection>(latin1 bytes: C) where C.Element == UInt8 {
    if !isWide {
      narrow.append(contentsOf: bytes)
      for b in bytes where UInt32(b) > maxCP { maxCP = UInt32(b) }
      return
    }
    for b in bytes { append(UInt32(b)) }
  }

  /// Appends the characters of a Swift string.
  public mutating func append(_ s: String) {
    var s = s
    let done: Bool = s.withUTF8 { u in
      var ascii = true
      for b in u where b >= 0x80 { ascii = false; break }
      if ascii { append(latin1: u); return true }
      return false
    }
    if !done { for u in s.unicodeScalars { append(u.value) } }
  }

  /// Appends `s[start..<end]`.
  public mutating func append(_ s: PyStr, from start: Int = 0, to end: Int? = nil) {
    let end = end ?? s.count
    if start >= end { return }
    if s.kind == 1 && !isWide {
      let p = s.storage.assumingMemoryBound(to: UInt8.self)
      narrow.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
      // Only `maxCP < 0x80` matters for narrow text (the ASCII flag).
      if !s.isASCII && maxCP < 0x80 {
        for i in start..<end where p[i] >= 0x80 { maxCP = 0x80; break }
      }
      return
    }
    var i = start
    while i < end { append(s[i]); i += 1 }
  }

  /// Appends `cp` `n` times.
  public mutating func append(repeating cp: UInt32, count n: Int) {
    if n <= 0 { return }
    if !isWide && cp < 256 {
      if cp > maxCP { maxCP = cp }
      narrow.append(contentsOf: repeatElement(UInt8(cp), count: n))
      return
    }
    for _ in 0..<n { append(cp) }
  }

  /// The str built so far.
  public func build(type: PyType = BuiltinTypes.str) -> PyStr {
    if !isWide {
      let n = narrow.count
      if n == 0 && type === BuiltinTypes.str { return StrOps.empty }
      if n == 1 && type === BuiltinTypes.str { return StrOps.character(UInt32(narrow[0])) }
      let p = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 4)
      narrow.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: n) }
      return PyStr(type: type, storage: p, count: n, kind: 1, isASCII: maxCP < 0x80)
    }
    if wide.count == 1 && type === BuiltinTypes.str { return StrOps.character(wide[0]) }
    return PyStr(codePoints: wide, type: type)
  }
}
