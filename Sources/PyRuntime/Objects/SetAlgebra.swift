/// The operations that combine sets — union, intersection, difference, symmetric difference,
/// subset tests, comparisons — written as CPython 3.11's Objects/setobject.c does them (which
/// operand is iterated, when a table is presized, when a temporary is swapped in), because
/// those choices decide the iteration order of the result.
enum SetAlgebra {
  /// `PyAnySet_Check`: a set, a frozenset, or an instance of a subclass of either.
  @inline(__always)
  static func anySet(_ v: Value) -> PySet? { v.as(PySet.self) }

  /// `PyAnySet_CheckExact`.
  @inline(__always)
  static func exactAnySet(_ v: Value) -> PySet? {
    guard let s = v.as(PySet.self), s.type === BuiltinTypes.set || s.type === BuiltinTypes.frozenset else { return nil }
    return s
  }

  /// A new empty set of `s`'s builtin base type (`make_new_set_basetype`): results of set
  /// operations on subclass instances are plain sets or frozensets.
  static func newLike(_ s: PySet) -> PySet {
    let t = s.type
    if t === BuiltinTypes.set || t === BuiltinTypes.frozenset { return PySet(type: t) }
    return PySet(type: t.isSubtype(of: BuiltinTypes.set) ? BuiltinTypes.set : BuiltinTypes.frozenset)
  }

  /// `s.copy()` for a set (a new set of the base type with the same table).
  static func copy(_ ts: ThreadState, _ s: PySet) throws(PyError) -> PySet {
    let r = newLike(s)
    try r.merge(ts, s)
    return r
  }

  // MARK: Membership with the set-as-frozenset fallback

  /// The hash used to look `key` up: a `set` key that is unhashable is looked up as the
  /// equivalent frozenset (`set_contains`, `set_remove`, `set_discard`).
  static func lookupHash(_ ts: ThreadState, _ key: Value) throws(PyError) -> Int {
    do throws(PyError) {
      return try Protocols.hash(ts, key)
    } catch {
      if let k = key.as(PySet.self), k.type.isSubtype(of: BuiltinTypes.set),
         error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
        return k.frozensetHash()
      }
      throw error
    }
  }

  static func contains(_ ts: ThreadState, _ s: PySet, _ key: Value) throws(PyError) -> Bool {
    try s.contains(ts, key, hash: try lookupHash(ts, key))
  }

  // MARK: Union

  static func union(_ ts: ThreadState, _ s: PySet, _ others: [Value]) throws(PyError) -> PySet {
    let r = try copy(ts, s)
    for o in others where !(o.as(PySet.self) === s) {
      try r.update(ts, o)
    }
    return r
  }

  static func or(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard let x = anySet(a), let y = anySet(b) else { return .notImplemented }
    let r = try copy(ts, x)
    if x === y { return .object(r) }
    try r.update(ts, b)
    _ = y
    return .object(r)
  }

  // MARK: Intersection

  static func intersection(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> PySet {
    if other.as(PySet.self) === s { return try copy(ts, s) }
    let r = newLike(s)
    if let o = anySet(other) {
      var big = s, small = o
      if small.used > big.used { swap(&big, &small) }
      var pos = 0
      while let (next, k, h) = small.entry(from: pos) {
        if try big.contains(ts, k, hash: h) { try r.addEntry(ts, k, hash: h) }
        pos = next
      }
      return r
    }
    let it = try Protocols.getIter(ts, other)
    while let k = try Protocols.next(ts, it) {
      let h = try Protocols.hash(ts, k)
      if try s.contains(ts, k, hash: h) {
        try r.addEntry(ts, k, hash: h)
        if r.used >= s.used { break }
      }
    }
    return r
  }

  static func intersection(_ ts: ThreadState, _ s: PySet, _ others: [Value]) throws(PyError) -> PySet {
    if others.isEmpty { return try copy(ts, s) }
    var r = s
    for o in others { r = try intersection(ts, r, o) }
    return r
  }

  static func intersectionUpdate(_ ts: ThreadState, _ s: PySet, _ others: [Value]) throws(PyError) {
    let tmp = try intersection(ts, s, others)
    if tmp !== s { s.swapBodies(with: tmp) }
  }

  static func and(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard let x = anySet(a), anySet(b) != nil else { return .notImplemented }
    return .object(try intersection(ts, x, b))
  }

  static func isDisjoint(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> Bool {
    if other.as(PySet.self) === s { return s.used == 0 }
    if let o = exactAnySet(other) {
      var big = s, small = o
      if small.used > big.used { swap(&big, &small) }
      var pos = 0
      while let (next, k, h) = small.entry(from: pos) {
        if try big.contains(ts, k, hash: h) { return false }
        pos = next
      }
      return true
    }
    let it = try Protocols.getIter(ts, other)
    while let k = try Protocols.next(ts, it) {
      if try s.contains(ts, k) { return false }
    }
    return true
  }

  // MARK: Difference

  static func differenceUpdate(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) {
    if other.as(PySet.self) === s {
      s.clear()
      return
    }
    if var o = anySet(other) {
      if (o.used >> 3) > s.used { o = try intersection(ts, s, other) }
      var pos = 0
      while let (next, k, h) = o.entry(from: pos) {
        try s.discardEntry(ts, k, hash: h)
        pos = next
      }
    } else {
      let it = try Protocols.getIter(ts, other)
      while let k = try Protocols.next(ts, it) {
        try s.discardEntry(ts, k, hash: try Protocols.hash(ts, k))
      }
    }
    s.compactAfterRemovals()
  }

  static func copyAndDifference(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> PySet {
    let r = try copy(ts, s)
    try differenceUpdate(ts, r, other)
    return r
  }

  static func difference(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> PySet {
    let otherSize: Int
    let otherDict = other.as(PyDict.self).flatMap { $0.type === BuiltinTypes.dict ? $0 : nil }
    if let o = anySet(other) {
      otherSize = o.used
    } else if let d = otherDict {
      otherSize = d.count
    } else {
      return try copyAndDifference(ts, s, other)
    }
    if (s.used >> 2) > otherSize { return try copyAndDifference(ts, s, other) }
    let r = newLike(s)
    var pos = 0
    if let d = otherDict {
      while let (next, k, h) = s.entry(from: pos) {
        if try d.getItem(ts, k, hash: h) == nil { try r.addEntry(ts, k, hash: h) }
        pos = next
      }
      return r
    }
    let o = anySet(other)!
    while let (next, k, h) = s.entry(from: pos) {
      if !(try o.contains(ts, k, hash: h)) { try r.addEntry(ts, k, hash: h) }
      pos = next
    }
    return r
  }

  static func difference(_ ts: ThreadState, _ s: PySet, _ others: [Value]) throws(PyError) -> PySet {
    if others.isEmpty { return try copy(ts, s) }
    let r = try difference(ts, s, others[0])
    for o in others.dropFirst() { try differenceUpdate(ts, r, o) }
    return r
  }

  static func sub(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard let x = anySet(a), anySet(b) != nil else { return .notImplemented }
    return .object(try difference(ts, x, b))
  }

  // MARK: Symmetric difference

  static func symmetricDifferenceUpdate(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) {
    if other.as(PySet.self) === s {
      s.clear()
      return
    }
    if let d = other.as(PyDict.self), d.type === BuiltinTypes.dict {
      var pos = 0
      while let (next, k, h) = d.keyAndHash(from: pos) {
        if !(try s.discardEntry(ts, k, hash: h)) { try s.addEntry(ts, k, hash: h) }
        pos = next
      }
      return
    }
    let o: PySet
    if let x = anySet(other) {
      o = x
    } else {
      o = newLike(s)
      try o.update(ts, other)
    }
    var pos = 0
    while let (next, k, h) = o.entry(from: pos) {
      if !(try s.discardEntry(ts, k, hash: h)) { try s.addEntry(ts, k, hash: h) }
      pos = next
    }
  }

  static func symmetricDifference(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> PySet {
    let r = newLike(s)
    try r.update(ts, other)
    try symmetricDifferenceUpdate(ts, r, .object(s))
    return r
  }

  static func xor(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard let x = anySet(a), anySet(b) != nil else { return .notImplemented }
    return .object(try symmetricDifference(ts, x, b))
  }

  // MARK: Subsets and comparison

  static func isSubset(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> Bool {
    guard let o = anySet(other) else {
      let tmp = PySet(type: BuiltinTypes.set)
      try tmp.update(ts, other)
      return try isSubset(ts, s, .object(tmp))
    }
    if s.used > o.used { return false }
    var pos = 0
    while let (next, k, h) = s.entry(from: pos) {
      if !(try o.contains(ts, k, hash: h)) { return false }
      pos = next
    }
    return true
  }

  static func isSuperset(_ ts: ThreadState, _ s: PySet, _ other: Value) throws(PyError) -> Bool {
    if let o = anySet(other) { return try isSubset(ts, o, .object(s)) }
    let it = try Protocols.getIter(ts, other)
    while let k = try Protocols.next(ts, it) {
      if !(try s.contains(ts, k)) { return false }
    }
    return true
  }

  static func richCompare(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
    guard let v = anySet(a), let w = anySet(b) else { return .notImplemented }
    switch op {
    case .eq, .ne:
      var equal: Bool
      if v.used != w.used {
        equal = false
      } else if v.cachedHash != -1 && w.cachedHash != -1 && v.cachedHash != w.cachedHash {
        equal = false
      } else {
        equal = try isSubset(ts, v, b)
      }
      return .bool(op == .eq ? equal : !equal)
    case .le:
      return .bool(try isSubset(ts, v, b))
    case .ge:
      return .bool(try isSuperset(ts, v, b))
    case .lt:
      if v.used >= w.used { return .bool(false) }
      return .bool(try isSubset(ts, v, b))
    case .gt:
      if v.used <= w.used { return .bool(false) }
      return .bool(try isSuperset(ts, v, b))
    }
  }
}
