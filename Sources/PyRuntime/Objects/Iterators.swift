/// The iterators of the core containers: `list_iterator`, `tuple_iterator`, `dict_keyiterator`.

/// Iterator over a list or tuple (`list_iterator`, `tuple_iterator`).
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
      if index < l.items.count { index += 1; return l.items[index - 1] }
      list = nil
      return nil
    }
    if let t = tuple {
      if index < t.items.count { index += 1; return t.items[index - 1] }
      tuple = nil
    }
    return nil
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let list { visit(.object(list)) }
    if let tuple { visit(.object(tuple)) }
  }
}

/// Iterator over a dict's keys, raising on size changes.
public final class DictKeyIterator: PyObject {
  let dict: PyDict
  var position = 0
  let initialCount: Int

  init(_ dict: PyDict) {
    self.dict = dict
    self.initialCount = dict.count
    super.init(type: BuiltinTypes.dictKeyIterator)
  }

  func next() throws(PyError) -> Value? {
    if dict.count != initialCount {
      throw PyError.runtimeError("dictionary changed size during iteration")
    }
    guard let (n, k, _) = dict.entry(from: position) else { return nil }
    position = n
    return k
  }
}

extension BuiltinTypes {
  public static let listIterator: PyType = PyType.builtin("list_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
  }
  public static let tupleIterator: PyType = PyType.builtin("tuple_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
  }
  public static let dictKeyIterator: PyType = PyType.builtin("dict_keyiterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v throws(PyError) in try v.unsafeAs(DictKeyIterator.self).next() }
  }
}
