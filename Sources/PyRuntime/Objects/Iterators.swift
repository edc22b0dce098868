/// The iterators of the sequence containers — `list_iterator`, `tuple_iterator`,
/// `list_reverseiterator` — and `operator.length_hint` (IteratorSupport).

/// Iterator over a list or tuple (`list_iterator`, `tuple_iterator`). The VM's FOR_ITER fast
/// path calls `next()` directly for lists.
///
/// Threads: each step reads the list under its lock, bounds-checked, so a list mutated by
/// another thread is seen in one state or the other. Once threads exist an exhausted iterator
/// keeps its sequence (index -1) instead of dropping it, as free-threaded CPython's does: a
/// reference that another thread may be reading is never released.
public final class ArrayIterator: PyObject {
  var list: PyList?
  var tuple: PyTuple?
  var index = 0

  init(list: PyList) {
    self.list = list
    super.init(type: BuiltinTypes.listIterator)
  }

  init(tuple: PyTuple) {
    self.tuple = tuple
    super.init(type: BuiltinTypes.tupleIterator)
  }

  @inline(__always)
  func next() -> Value? {
    if let l = list {
      let i = index
      if i >= 0, let v = l.get(i) {
        index = i + 1
        return v
      }
      index = -1
      if !containersAreShared { list = nil }
      return nil
    }
    if let t = tuple {
      let i = index
      if i >= 0 && i < t.items.count {
        index = i + 1
        return t.items[i]
      }
      index = -1
      if !containersAreShared { tuple = nil }
    }
    return nil
  }

  /// Items left (`__length_hint__`).
  var remaining: Int {
    if index < 0 { return 0 }
    if let l = list { return max(l.count - index, 0) }
    if let t = tuple { return max(t.items.count - index, 0) }
    return 0
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let list { visit(.object(list)) }
    if let tuple { visit(.object(tuple)) }
  }
}

/// `reversed(list)` / `list.__reversed__()` (`list_reverseiterator`): walks down from the end,
/// stopping (for good) when the index falls outside the list.
public final class ListReverseIterator: PyObject {
  var list: PyList?
  var index: Int

  init(_ list: PyList) {
    self.list = list
    self.index = list.count - 1
    super.init(type: BuiltinTypes.listReverseIterator)
  }

  func next() -> Value? {
    let i = index
    if let l = list, i >= 0, let v = l.get(i) {
      index = i - 1
      return v
    }
    index = -1
    if !containersAreShared { list = nil }
    return nil
  }

  var remaining: Int {
    guard let l = list, index >= 0, l.count >= index + 1 else { return 0 }
    return index + 1
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let list { visit(.object(list)) }
  }
}

/// `operator.length_hint` (`PyObject_LengthHint`): `len(o)` when `o` has a length, else its
/// `__length_hint__()`, else `defaultValue`.
public enum IteratorSupport {
  public static func lengthHint(_ ts: ThreadState, _ o: Value, default defaultValue: Int) throws(PyError) -> Int {
    if Protocols.typeOf(o).slots.length != nil {
      do throws(PyError) {
        return try Protocols.length(ts, o)
      } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      }
    }
    let r: Value
    do throws(PyError) {
      guard let hint = try Protocols.callSpecial(ts, o, PyStr.intern("__length_hint__"), []) else { return defaultValue }
      r = hint
    } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      return defaultValue
    }
    if r.isNotImplemented { return defaultValue }
    guard Protocols.typeOf(r).isSubtype(of: BuiltinTypes.int) else {
      throw PyError.typeError("__length_hint__ must be an integer, not \(Protocols.typeName(r))")
    }
    let n = try Protocols.indexAsInt(ts, r, overflowMessage: nil)
    if n < 0 { throw PyError.valueError("__length_hint__() should return >= 0") }
    return n
  }
}

extension BuiltinTypes {
  public static let listIterator: PyType = PyType.builtin("list_iterator") { t in
    t.kind = .listIterator
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list_iterator.__length_hint__", min: 0, max: 0)
      return .int(v.unsafeAs(ArrayIterator.self).remaining)
    }
  }
  public static let tupleIterator: PyType = PyType.builtin("tuple_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "tuple_iterator.__length_hint__", min: 0, max: 0)
      return .int(v.unsafeAs(ArrayIterator.self).remaining)
    }
  }
  public static let listReverseIterator: PyType = PyType.builtin("list_reverseiterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ListReverseIterator.self).next() }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list_reverseiterator.__length_hint__", min: 0, max: 0)
      return .int(v.unsafeAs(ListReverseIterator.self).remaining)
    }
  }
}
