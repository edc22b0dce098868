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
    if a.count == 0 && a.isExactStr { return b }
    if b.count == 0 && b.isExactStr { return a }
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

  public static func repeated(_ s: PyStr, _ n: Int) -> PyStr {
    if n <= 0 || s.count == 0 { return PyStr.intern("") }
    if n == 1 && s.isExactStr { return s }
    return join(PyStr.intern(""), Array(repeating: s, count: n))
  }

  /// Index of the first occurrence of `sub` in `s` at or after `from`, or -1.
  public static func find(_ s: PyStr, _ sub: PyStr, from: Int, to: Int? = nil) -> Int {
    let end = min(to ?? s.count, s.count)
    let m = sub.count
    if m == 0 { return from <= end ? from : -1 }
    if from + m > end { return -1 }
    var i = from
    let first = sub[0]
    while i + m <= end {
      if s[i] == first {
        var j = 1
        while j < m && s[i + j] == sub[j] { j += 1 }
        if j == m { return i }
      }
      i += 1
    }
    return -1
  }

  /// A substring by code point range.
  public static func substring(_ s: PyStr, _ start: Int, _ end: Int) -> PyStr {
    if start == 0 && end == s.count && s.isExactStr { return s }
    if end - start == 1 { return character(s[start]) }
    var cps: [UInt32] = []
    cps.reserveCapacity(max(end - start, 0))
    var i = start
    while i < end { cps.append(s[i]); i += 1 }
    return PyStr(codePoints: cps)
  }

  /// `s[key]` for an index or a slice.
  public static func getItem(_ ts: ThreadState, _ s: PyStr, _ key: Value) throws(PyError) -> Value {
    if let sl = key.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: s.count)
      if r.step == 1 { return .object(substring(s, r.start, r.start + r.count)) }
      var cps: [UInt32] = []
      var i = r.start
      for _ in 0..<r.count { cps.append(s[i]); i += r.step }
      return .object(PyStr(codePoints: cps))
    }
    let i = try SequenceSupport.index(ts, key, typeName: "string")
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

/// Lexicographic comparison of sequences (lists, tuples), as CPython's `list_richcompare`.
enum SequenceCompare {
  static func compare(_ ts: ThreadState, _ a: [Value], _ b: [Value], _ op: CompareOp) throws(PyError) -> Bool {
    if (op == .eq || op == .ne) && a.count != b.count { return op == .ne }
    var i = 0
    while i < a.count && i < b.count {
      if !(try Protocols.richCompareBool(ts, a[i], b[i], .eq)) { break }
      i += 1
    }
    if i >= a.count || i >= b.count {
      return Protocols.compare(a.count, b.count, op)
    }
    if op == .eq { return false }
    if op == .ne { return true }
    return try Protocols.richCompareBool(ts, a[i], b[i], op)
  }
}

/// Tuple hashing (CPython 3.11's xxHash-based `tuplehash`).
enum TupleOps {
  static func hash(_ ts: ThreadState, _ t: PyTuple) throws(PyError) -> Int {
    let prime1: UInt64 = 11400714785074694791
    let prime2: UInt64 = 14029467366897019727
    let prime5: UInt64 = 2870177450012600261
    var acc: UInt64 = prime5
    for item in t.items {
      let lane = UInt64(bitPattern: Int64(try Protocols.hash(ts, item)))
      acc = acc &+ lane &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
    }
    acc = acc &+ (UInt64(t.items.count) ^ (prime5 ^ 3527539))
    if acc == UInt64.max { return 1546275796 }
    return Int(bitPattern: UInt(acc))
  }
}

/// `dict.update` and friends.
enum DictOps {
  static func update(_ ts: ThreadState, _ d: PyDict, _ other: Value) throws(PyError) {
    if let o = other.as(PyDict.self) {
      for (k, v) in o.items { try d.setItem(ts, k, v) }
      return
    }
    if let keys = try Protocols.getAttrOptional(ts, other, PyStr.intern("keys")) {
      for k in try Protocols.toArray(ts, try Protocols.call(ts, keys, [])) {
        try d.setItem(ts, k, try Protocols.getItem(ts, other, k))
      }
      return
    }
    let it: Value
    do throws(PyError) {
      it = try Protocols.getIter(ts, other)
    } catch {
      throw PyError.typeError("'\(Protocols.typeName(other))' object is not iterable")
    }
    var i = 0
    while let item = try Protocols.next(ts, it) {
      let pair = try Protocols.toArray(ts, item)
      if pair.count != 2 {
        throw PyError.valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
      }
      try d.setItem(ts, pair[0], pair[1])
      i += 1
    }
  }
}

/// Recursion guard for reprs of containers that may contain themselves (`Py_ReprEnter`):
/// a self-reference prints as `[...]`.
enum ReprGuard {
  static func guarded(_ ts: ThreadState, _ v: Value, _ placeholder: String,
                      _ body: () throws(PyError) -> Value) throws(PyError) -> Value {
    let id = Protocols.identity(v)
    if ts.reprInProgress.contains(id) { return .object(PyStr(placeholder)) }
    ts.reprInProgress.insert(id)
    defer { ts.reprInProgress.remove(id) }
    return try body()
  }
}
