/// The `set` and `frozenset` types' slots and methods (CPython Objects/setobject.c), and
/// `set_iterator`. The table lives in PySet.swift, the combining algorithms in SetAlgebra.swift.
extension BuiltinTypes {
  static func installSetTypes() {
    let st = set, ft = frozenset
    // Shared slots: one implementation per operator, as both types use set_or … in CPython.
    let orSlot = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in try SetAlgebra.or(ts, a, b) }
    let andSlot = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in try SetAlgebra.and(ts, a, b) }
    let subSlot = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in try SetAlgebra.sub(ts, a, b) }
    let xorSlot = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in try SetAlgebra.xor(ts, a, b) }

    for t in [st, ft] {
      let frozen = t === ft
      t.slots.binary[BinaryOp.or.rawValue] = orSlot
      t.slots.binary[BinaryOp.and.rawValue] = andSlot
      t.slots.binary[BinaryOp.sub.rawValue] = subSlot
      t.slots.binary[BinaryOp.xor.rawValue] = xorSlot
      t.slots.repr = { ts, v throws(PyError) in try SetMethods.repr(ts, v.unsafeAs(PySet.self)) }
      t.slots.length = { _, v in v.unsafeAs(PySet.self).used }
      t.slots.contains = { ts, v, x throws(PyError) in try SetAlgebra.contains(ts, v.unsafeAs(PySet.self), x) }
      t.slots.iter = { _, v in .object(SetIterator(v.unsafeAs(PySet.self))) }
      t.slots.richCompare = { ts, a, b, op throws(PyError) in try SetAlgebra.richCompare(ts, a, b, op) }
      if frozen {
        t.slots.hash = { _, v in v.unsafeAs(PySet.self).frozensetHash() }
      } else {
        t.slots.hashIsNone = true
      }
      let name = frozen ? "frozenset" : "set"
      t.addMethod("copy") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).copy", min: 0, max: 0)
        let s = v.unsafeAs(PySet.self)
        if frozen && s.type === BuiltinTypes.frozenset { return v }
        return .object(try SetAlgebra.copy(ts, s))
      }
      t.addMethod("union") { ts, v, a throws(PyError) in
        try ArgParser.noKeywords(a, "\(name).union")
        return .object(try SetAlgebra.union(ts, v.unsafeAs(PySet.self), a.positional))
      }
      t.addMethod("intersection") { ts, v, a throws(PyError) in
        try ArgParser.noKeywords(a, "\(name).intersection")
        return .object(try SetAlgebra.intersection(ts, v.unsafeAs(PySet.self), a.positional))
      }
      t.addMethod("difference") { ts, v, a throws(PyError) in
        try ArgParser.noKeywords(a, "\(name).difference")
        return .object(try SetAlgebra.difference(ts, v.unsafeAs(PySet.self), a.positional))
      }
      t.addMethod("symmetric_difference") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).symmetric_difference", min: 1, max: 1)
        return .object(try SetAlgebra.symmetricDifference(ts, v.unsafeAs(PySet.self), a[0]))
      }
      t.addMethod("isdisjoint") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).isdisjoint", min: 1, max: 1)
        return .bool(try SetAlgebra.isDisjoint(ts, v.unsafeAs(PySet.self), a[0]))
      }
      t.addMethod("issubset") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).issubset", min: 1, max: 1)
        return .bool(try SetAlgebra.isSubset(ts, v.unsafeAs(PySet.self), a[0]))
      }
      t.addMethod("issuperset") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).issuperset", min: 1, max: 1)
        return .bool(try SetAlgebra.isSuperset(ts, v.unsafeAs(PySet.self), a[0]))
      }
      t.addMethod("__reduce__") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).__reduce__", min: 0, max: 0)
        let s = v.unsafeAs(PySet.self)
        let state: Value = s.extra?.dict.map { .object($0) } ?? .none
        return .object(PyTuple([Value(s.type), .object(PyTuple([.object(PyList(s.elements))])), state]))
      }
      t.addMethod("__sizeof__") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).__sizeof__", min: 0, max: 0)
        return .int(v.unsafeAs(PySet.self).sizeInBytes)
      }
      t.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
        try ArgParser.positional(a, "\(name).__class_getitem__", min: 1, max: 1)
        return .object(PyGenericAlias(origin: cls, argument: a[0]))
      }
    }

    // set only: construction in two steps and the mutating methods.
    st.slots.new = { _, cls, a throws(PyError) in
      if cls === BuiltinTypes.set { try ArgParser.noKeywords(a, "set") }
      let s = PySet(type: cls)
      ObjectSupport.prepareInstance(s, cls)
      return .object(s)
    }
    st.slots.initialize = { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "set")
      let s = v.unsafeAs(PySet.self)
      try ArgParser.positional(a, s.type.name, min: 0, max: 1)
      if s.fill > 0 { s.clear() }
      s.cachedHash = -1
      if a.count == 1 { try s.update(ts, a[0]) }
    }
    ft.slots.new = { ts, cls, a throws(PyError) in
      // Keywords are refused unless a subclass brings its own __init__ to take them.
      let initName = PyStr.intern("__init__")
      if cls === BuiltinTypes.frozenset
          || cls.lookup(initName)?.isIdentical(to: BuiltinTypes.frozenset.lookup(initName) ?? .none) == true {
        try ArgParser.noKeywords(a, "frozenset")
      }
      try ArgParser.positional(Args(base: a.base, count: a.positionalCount), cls.name, min: 0, max: 1)
      if cls === BuiltinTypes.frozenset && a.positionalCount == 1, let f = a[0].as(PySet.self), f.type === BuiltinTypes.frozenset {
        return a[0]
      }
      let s = PySet(type: cls)
      ObjectSupport.prepareInstance(s, cls)
      if a.positionalCount == 1 { try s.update(ts, a[0]) }
      return .object(s)
    }

    st.setInplace(.or) { ts, a, b throws(PyError) in
      guard SetAlgebra.anySet(b) != nil else { return .notImplemented }
      try a.unsafeAs(PySet.self).update(ts, b)
      return a
    }
    st.setInplace(.and) { ts, a, b throws(PyError) in
      guard SetAlgebra.anySet(b) != nil else { return .notImplemented }
      try SetAlgebra.intersectionUpdate(ts, a.unsafeAs(PySet.self), [b])
      return a
    }
    st.setInplace(.sub) { ts, a, b throws(PyError) in
      guard SetAlgebra.anySet(b) != nil else { return .notImplemented }
      try SetAlgebra.differenceUpdate(ts, a.unsafeAs(PySet.self), b)
      return a
    }
    st.setInplace(.xor) { ts, a, b throws(PyError) in
      guard SetAlgebra.anySet(b) != nil else { return .notImplemented }
      try SetAlgebra.symmetricDifferenceUpdate(ts, a.unsafeAs(PySet.self), b)
      return a
    }
    st.addMethod("add") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "set.add", min: 1, max: 1)
      try v.unsafeAs(PySet.self).add(ts, a[0])
      return .none
    }
    st.addMethod("discard") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "set.discard", min: 1, max: 1)
      let s = v.unsafeAs(PySet.self)
      try s.discardEntry(ts, a[0], hash: try SetAlgebra.lookupHash(ts, a[0]))
      return .none
    }
    st.addMethod("remove") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "set.remove", min: 1, max: 1)
      let s = v.unsafeAs(PySet.self)
      if !(try s.discardEntry(ts, a[0], hash: try SetAlgebra.lookupHash(ts, a[0]))) {
        throw PyError.keyError(a[0])
      }
      return .none
    }
    st.addMethod("pop") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "set.pop", min: 0, max: 0)
      guard let r = v.unsafeAs(PySet.self).pop() else {
        throw PyError.make(BuiltinTypes.exceptions.keyError, "pop from an empty set")
      }
      return r
    }
    st.addMethod("clear") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "set.clear", min: 0, max: 0)
      v.unsafeAs(PySet.self).clear()
      return .none
    }
    st.addMethod("update") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "set.update")
      let s = v.unsafeAs(PySet.self)
      for i in 0..<a.count { try s.update(ts, a[i]) }
      return .none
    }
    st.addMethod("intersection_update") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "set.intersection_update")
      try SetAlgebra.intersectionUpdate(ts, v.unsafeAs(PySet.self), a.positional)
      return .none
    }
    st.addMethod("difference_update") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "set.difference_update")
      let s = v.unsafeAs(PySet.self)
      for i in 0..<a.count { try SetAlgebra.differenceUpdate(ts, s, a[i]) }
      return .none
    }
    st.addMethod("symmetric_difference_update") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "set.symmetric_difference_update", min: 1, max: 1)
      try SetAlgebra.symmetricDifferenceUpdate(ts, v.unsafeAs(PySet.self), a[0])
      return .none
    }
  }
}

/// Helpers of the set types' slots.
enum SetMethods {
  /// `repr(s)`: `{1, 2}`, `frozenset({1, 2})`, `set()`, `Sub({1})`; `set(...)` on recursion.
  static func repr(_ ts: ThreadState, _ s: PySet) throws(PyError) -> Value {
    let name = s.type.name
    let exactSet = s.type === BuiltinTypes.set
    return try ReprGuard.guarded(ts, .object(s), "\(name)(...)") { () throws(PyError) in
      if s.used == 0 { return .object(PyStr("\(name)()")) }
      var parts: [String] = []
      for x in s.elements { parts.append(try Protocols.reprString(ts, x)) }
      let body = "{" + parts.joined(separator: ", ") + "}"
      return .object(PyStr(exactSet ? body : "\(name)(\(body))"))
    }
  }
}

/// The iterator of a set or frozenset (`set_iterator`): walks the table, raising
/// "Set changed size during iteration" when the set's size changes.
public final class SetIterator: PyObject {
  var set: PySet?
  var expectedUsed: Int
  var position = 0
  var remaining: Int

  init(_ set: PySet) {
    self.set = set
    expectedUsed = set.used
    remaining = set.used
    super.init(type: BuiltinTypes.setIterator)
  }

  func next() throws(PyError) -> Value? {
    guard let s = set, position != Int.max else { return nil }
    if expectedUsed != s.used {
      expectedUsed = -1
      throw PyError.runtimeError("Set changed size during iteration")
    }
    guard let (n, k, _) = s.entry(from: position) else {
      // Once threads exist the set is kept (another thread may be reading `set`).
      if !containersAreShared { set = nil } else { position = Int.max }
      return nil
    }
    position = n
    remaining -= 1
    return k
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let set { visit(.object(set)) }
  }
}

extension BuiltinTypes {
  public static let setIterator: PyType = PyType.builtin("set_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v throws(PyError) in try v.unsafeAs(SetIterator.self).next() }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "set_iterator.__length_hint__", min: 0, max: 0)
      let it = v.unsafeAs(SetIterator.self)
      if let s = it.set, it.expectedUsed == s.used { return .int(it.remaining) }
      return .int(0)
    }
  }
}
