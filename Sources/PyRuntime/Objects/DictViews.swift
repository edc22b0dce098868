/// `dict_keys`, `dict_values` and `dict_items`: live views of a dict (CPython
/// Objects/dictobject.c). Keys and items views are set-like: comparisons, `& | - ^` and
/// `isdisjoint` work as CPython's `dictviews_*` functions do (results are sets; the operand
/// that is turned into a set, and the one that is iterated, are CPython's).
public final class DictView: PyObject {
  public let dict: PyDict
  public let kind: DictIterator.Kind

  init(_ dict: PyDict, kind: DictIterator.Kind) {
    self.dict = dict
    self.kind = kind
    super.init(type: DictView.type(kind))
  }

  static func type(_ kind: DictIterator.Kind) -> PyType {
    switch kind {
    case .keys: return BuiltinTypes.dictKeys
    case .values: return BuiltinTypes.dictValues
    case .items: return BuiltinTypes.dictItems
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(dict))
  }

  /// `x in view` for keys and items views.
  func contains(_ ts: ThreadState, _ x: Value) throws(PyError) -> Bool {
    switch kind {
    case .keys:
      return try dict.getItem(ts, x) != nil
    case .items:
      guard let t = x.as(PyTuple.self), t.count == 2 else { return false }
      guard let found = try dict.getItem(ts, t.items[0]) else { return false }
      return try ContainerEq.equal(ts, found, t.items[1])
    case .values:
      let it = DictIterator(dict, kind: .values, reversed: false)
      while let v = try it.next() {
        if try ContainerEq.equal(ts, v, x) { return true }
      }
      return false
    }
  }
}

extension BuiltinTypes {
  static func dictViewType(_ name: String, _ kind: DictIterator.Kind) -> PyType {
    PyType.builtin(name) { t in
      t.slots.length = { _, v in v.unsafeAs(DictView.self).dict.count }
      t.slots.iter = { _, v in
        let view = v.unsafeAs(DictView.self)
        return .object(DictIterator(view.dict, kind: view.kind, reversed: false))
      }
      t.slots.contains = { ts, v, x throws(PyError) in try v.unsafeAs(DictView.self).contains(ts, x) }
      t.slots.repr = { ts, v throws(PyError) in
        let view = v.unsafeAs(DictView.self)
        return try ReprGuard.guarded(ts, v, "...") { () throws(PyError) in
          let items = try Protocols.toArray(ts, v)
          let inner = try Protocols.reprString(ts, .object(PyList(items)))
          return .object(PyStr("\(view.type.name)(\(inner))"))
        }
      }
      t.addMethod("__reversed__") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).__reversed__", min: 0, max: 0)
        let view = v.unsafeAs(DictView.self)
        return .object(DictIterator(view.dict, kind: view.kind, reversed: true))
      }
      t.addProperty("mapping") { _, v in .object(MappingProxy(v.unsafeAs(DictView.self).dict)) }
      guard kind != .values else { return }
      // Set-like views.
      t.slots.hashIsNone = true
      t.slots.richCompare = { ts, a, b, op throws(PyError) in try DictViewSets.compare(ts, a, b, op) }
      t.setBinary(.sub) { ts, a, b throws(PyError) in
        let r = try DictViewSets.toSet(ts, a)
        try SetAlgebra.differenceUpdate(ts, r, b)
        return .object(r)
      }
      t.setBinary(.or) { ts, a, b throws(PyError) in
        let r = try DictViewSets.toSet(ts, a)
        try r.update(ts, b)
        return .object(r)
      }
      t.setBinary(.xor) { ts, a, b throws(PyError) in
        if let x = a.as(DictView.self), x.kind == .items, let y = b.as(DictView.self), y.kind == .items {
          return .object(try DictViewSets.itemsXor(ts, x.dict, y.dict))
        }
        let r = try DictViewSets.toSet(ts, a)
        try SetAlgebra.symmetricDifferenceUpdate(ts, r, b)
        return .object(r)
      }
      t.setBinary(.and) { ts, a, b throws(PyError) in try DictViewSets.intersect(ts, a, b) }
      t.addMethod("isdisjoint") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).isdisjoint", min: 1, max: 1)
        return .bool(try DictViewSets.isDisjoint(ts, v, a[0]))
      }
    }
  }

  public static let dictKeys = dictViewType("dict_keys", .keys)
  public static let dictValues = dictViewType("dict_values", .values)
  public static let dictItems = dictViewType("dict_items", .items)
}

/// The set operations of keys and items views (`dictviews_sub`, `_PyDictView_Intersect`, …).
enum DictViewSets {
  /// A keys or items view.
  static func setLikeView(_ v: Value) -> DictView? {
    guard let view = v.as(DictView.self), view.kind != .values else { return nil }
    return view
  }

  /// `dictviews_to_set`: a new set of the operand (a keys view of an exact dict is read
  /// through the dict, with its stored hashes).
  static func toSet(_ ts: ThreadState, _ v: Value) throws(PyError) -> PySet {
    let s = PySet(type: BuiltinTypes.set)
    if let view = v.as(DictView.self), view.kind == .keys, view.dict.type === BuiltinTypes.dict {
      try s.update(ts, .object(view.dict))
    } else {
      try s.update(ts, v)
    }
    return s
  }

  static func intersect(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    var selfValue = a, other = b
    if setLikeView(selfValue) == nil { swap(&selfValue, &other) }
    var view = setLikeView(selfValue)!
    let lenSelf = view.dict.count
    if let s = other.as(PySet.self), s.type === BuiltinTypes.set, lenSelf <= s.count {
      return .object(try SetAlgebra.intersection(ts, s, selfValue))
    }
    if let o = setLikeView(other), o.dict.count > lenSelf {
      other = selfValue
      view = o
    }
    let result = PySet(type: BuiltinTypes.set)
    let it = try Protocols.getIter(ts, other)
    while let x = try Protocols.next(ts, it) {
      if try view.contains(ts, x) { try result.add(ts, x) }
    }
    return .object(result)
  }

  /// `dictitems_xor`: pairs of either dict that the other does not have with an equal value.
  static func itemsXor(_ ts: ThreadState, _ d1: PyDict, _ d2: PyDict) throws(PyError) -> PySet {
    let temp = d1.copy()
    let result = PySet(type: BuiltinTypes.set)
    var pos = 0
    while let (next, k, v2, h) = d2.fullEntry(from: pos) {
      var toDelete = false
      if let v1 = try temp.getItem(ts, k, hash: h) {
        toDelete = try ContainerEq.equal(ts, v1, v2)
      }
      if toDelete {
        try temp.delItem(ts, k, hash: h)
      } else {
        try result.add(ts, .object(PyTuple([k, v2])))
      }
      pos = next
    }
    try result.update(ts, .object(DictView(temp, kind: .items)))
    return result
  }

  static func isDisjoint(_ ts: ThreadState, _ v: Value, _ otherIn: Value) throws(PyError) -> Bool {
    if v.isIdentical(to: otherIn) { return v.unsafeAs(DictView.self).dict.count == 0 }
    var selfValue = v, other = otherIn
    if other.as(PySet.self) != nil || setLikeView(other) != nil {
      let lenSelf = v.unsafeAs(DictView.self).dict.count
      let lenOther = try Protocols.length(ts, other)
      if lenOther > lenSelf { swap(&selfValue, &other) }
    }
    let it = try Protocols.getIter(ts, other)
    while let x = try Protocols.next(ts, it) {
      if try Protocols.contains(ts, selfValue, x) { return false }
    }
    return true
  }

  /// `dictview_richcompare`: set comparisons against sets and set-like views.
  static func compare(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
    guard b.as(PySet.self) != nil || setLikeView(b) != nil else { return .notImplemented }
    let lenSelf = try Protocols.length(ts, a)
    let lenOther = try Protocols.length(ts, b)
    var ok = false
    switch op {
    case .eq, .ne:
      if lenSelf == lenOther { ok = try allContained(ts, a, in: b) }
      if op == .ne { ok = !ok }
    case .lt:
      if lenSelf < lenOther { ok = try allContained(ts, a, in: b) }
    case .le:
      if lenSelf <= lenOther { ok = try allContained(ts, a, in: b) }
    case .gt:
      if lenSelf > lenOther { ok = try allContained(ts, b, in: a) }
    case .ge:
      if lenSelf >= lenOther { ok = try allContained(ts, b, in: a) }
    }
    return .bool(ok)
  }

  static func allContained(_ ts: ThreadState, _ a: Value, in b: Value) throws(PyError) -> Bool {
    let it = try Protocols.getIter(ts, a)
    while let x = try Protocols.next(ts, it) {
      if !(try Protocols.contains(ts, b, x)) { return false }
    }
    return true
  }
}
