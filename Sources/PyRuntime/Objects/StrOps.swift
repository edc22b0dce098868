/// Core operations on str values shared by the runtime (the full `str` method set builds on
/// these).
public enum StrOps {
  /// The one-character str for code point `cp` (Latin-1 characters are cached).
  public static func character(_ cp: UInt32) -> PyStr {
    if cp < 256 { return latin1Chars[Int(cp)] }
    return PyStr(codePoints: CollectionOfOne(cp))
  }

  static let latin1Chars: [PyStr] = (0..<256).map { PyStr.intern(String(Unicode.Scalar(UInt8($0)))) }

  public static func concat(_ a: PyStr, _ b: PyStr) -> PyStr {
    // PyUnicode_Concat: with an empty operand, the other one as an exact str.
    if a.count == 0 { return exact(b) }
    if b.count == 0 { return exact(a) }
    let kind = max(a.kind, b.kind)
    let n = a.count + b.count
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n * kind, 1), alignment: 4)
    copy(a, into: p, at: 0, kind: kind)
    copy(b, into: p, at: a.count, kind: kind)
    return PyStr(type: BuiltinTypes.str, storage: p, count: n, kind: kind, isASCII: a.isASCII && b.isASCII)
  }

  /// Copies `s`'s code points into `p` (of width `kind`) starting at code point `at`.
  static func copy(_ s: PyStr, into p: UnsafeMutableRawPointer, at: Int, kind: Int) {
    if s.kind == kind {
      (p + at * kind).copyMemory(from: s.storage, byteCount: s.count * kind)
      return
    }
    switch kind {
    case 2:
      let d = p.assumingMemoryBound(to: UInt16.self) + at
      for i in 0..<s.count { d[i] = UInt16(s[i]) }
    default:
      let d = p.assumingMemoryBound(to: UInt32.self) + at
      for i in 0..<s.count { d[i] = s[i] }
    }
  }

  public static func join(_ sep: PyStr, _ parts: [PyStr]) -> PyStr {
    if parts.isEmpty { return PyStr.intern("") }
    if parts.count == 1 && parts[0].isExactStr { return parts[0] }
    var kind = sep.kind, n = sep.count * (parts.count - 1), ascii = sep.isASCII
    for p in parts {
      kind = max(kind, p.kind)
      n += p.count
      ascii = ascii && p.isASCII
    }
    let buf = UnsafeMutableRawPointer.allocate(byteCount: max(n * kind, 1), alignment: 4)
    var at = 0
    for (i, p) in parts.enumerated() {
      if i > 0 {
        copy(sep, into: buf, at: at, kind: kind)
        at += sep.count
      }
      copy(p, into: buf, at: at, kind: kind)
      at += p.count
    }
    return PyStr(type: BuiltinTypes.str, storage: buf, count: n, kind: kind, isASCII: ascii)
  }

  public static func repeated(_ s: PyStr, _ n: Int) throws(PyError) -> PyStr {
    if n <= 0 || s.count == 0 { return empty }
    if n == 1 && s.isExactStr { return s }
    if s.count > Int.max / s.kind / n { throw PyError.make(BuiltinTypes.exceptions.memoryError, "") }
    let total = s.count * n
    let bytes = s.count * s.kind
    let p = UnsafeMutableRawPointer.allocate(byteCount: total * s.kind, alignment: 4)
    if bytes == 1 {
      p.initializeMemory(as: UInt8.self, repeating: s.storage.load(as: UInt8.self), count: total)
    } else {
      // Doubling copies, as CPython's `_PyBytes_Repeat`.
      p.copyMemory(from: s.storage, byteCount: bytes)
      var done = bytes
      let all = total * s.kind
      while done < all {
        let chunk = min(done, all - done)
        (p + done).copyMemory(from: p, byteCount: chunk)
        done += chunk
      }
    }
    return PyStr(type: BuiltinTypes.str, storage: p, count: total, kind: s.kind, isASCII: s.isASCII)
  }

  /// Index of the first occurrence of `sub` in `s[from..<to]`, or -1.
  public static func find(_ s: PyStr, _ sub: PyStr, from: Int, to: Int? = nil) -> Int {
    return StrSearch.find(s, sub, from, min(to ?? s.count, s.count))
  }

  /// A substring by code point range (kept in the narrowest width, as PEP 393 requires).
  public static func substring(_ s: PyStr, _ start: Int, _ end: Int) -> PyStr {
    if start == 0 && end == s.count && s.isExactStr { return s }
    let n = end - start
    if n <= 0 { return empty }
    if n == 1 { return character(s[start]) }
    if s.kind == 1 {
      let src = s.storage.assumingMemoryBound(to: UInt8.self) + start
      var ascii = s.isASCII
      if !ascii {
        ascii = true
        for i in 0..<n where src[i] >= 0x80 { ascii = false; break }
      }
      let p = UnsafeMutableRawPointer.allocate(byteCount: n, alignment: 4)
      p.copyMemory(from: src, byteCount: n)
      return PyStr(type: BuiltinTypes.str, storage: p, count: n, kind: 1, isASCII: ascii)
    }
    var maxCP: UInt32 = 0
    for i in start..<end { let c = s[i]; if c > maxCP { maxCP = c } }
    let kind = maxCP < 0x100 ? 1 : maxCP < 0x10000 ? 2 : 4
    let p = UnsafeMutableRawPointer.allocate(byteCount: n * kind, alignment: 4)
    if kind == s.kind {
      p.copyMemory(from: s.storage + start * kind, byteCount: n * kind)
    } else if kind == 1 {
      let d = p.assumingMemoryBound(to: UInt8.self)
      for i in 0..<n { d[i] = UInt8(truncatingIfNeeded: s[start + i]) }
    } else {
      let d = p.assumingMemoryBound(to: UInt16.self)
      for i in 0..<n { d[i] = UInt16(truncatingIfNeeded: s[start + i]) }
    }
    return PyStr(type: BuiltinTypes.str, storage: p, count: n, kind: kind, isASCII: maxCP < 0x80)
  }

  /// The empty str (interned).
  public static let empty: PyStr = PyStr.intern("")

  /// An exact-`str` copy of a str subclass instance (or `s` itself when exact).
  public static func exact(_ s: PyStr) -> PyStr {
    if s.isExactStr { return s }
    let n = s.count * s.kind
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 4)
    p.copyMemory(from: s.storage, byteCount: n)
    return PyStr(type: BuiltinTypes.str, storage: p, count: s.count, kind: s.kind, isASCII: s.isASCII)
  }

  /// `s[key]` for an index or a slice.
  public static func getItem(_ ts: ThreadState, _ s: PyStr, _ key: Value) throws(PyError) -> Value {
    if let sl = key.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: s.count)
      if r.step == 1 { return .object(substring(s, r.start, r.start + r.count)) }
      var b = StrBuilder(capacity: r.count)
      var i = r.start
      for _ in 0..<r.count { b.append(s[i]); i += r.step }
      return .object(b.build())
    }
    let i: Int
    if case .int(let k) = key { i = k } else {
      guard Protocols.hasIndex(key) else {
        throw PyError.typeError("string indices must be integers, not '\(Protocols.typeName(key))'")
      }
      i = try SequenceSupport.index(ts, key, typeName: "string")
    }
    guard let j = SequenceSupport.normalize(i, count: s.count) else { throw PyError.indexError("string index out of range") }
    return .object(character(s[j]))
  }
}

/// Ordering of strs by code points.
enum StrCompare {
  static func compare(_ a: PyStr, _ b: PyStr, _ op: CompareOp) -> Bool {
    if op == .eq { return a.equals(b) }
    if op == .ne { return !a.equals(b) }
    let n = min(a.count, b.count)
    var c = 0
    var i = 0
    while i < n {
      let x = a[i], y = b[i]
      if x != y { c = x < y ? -1 : 1; break }
      i += 1
    }
    if c == 0 { c = a.count < b.count ? -1 : (a.count > b.count ? 1 : 0) }
    return Protocols.compare(c, 0, op)
  }
}
