/// `set` and `frozenset`. (Placeholder storage: a dict of keys. To be replaced by CPython's
/// set algorithm — Objects/setobject.c — so iteration order matches CPython's.)
public final class PySet: PyObject {
  public let storage: PyDict

  public override init(type: PyType) {
    self.storage = PyDict()
    super.init(type: type)
  }

  public static func make(_ ts: ThreadState, _ values: [Value], frozen: Bool) throws(PyError) -> PySet {
    let s = PySet(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    for v in values { try s.storage.setItem(ts, v, .none) }
    return s
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(storage))
  }
}

extension PySet {
  /// `s.add(item)`.
  public func add(_ ts: ThreadState, _ item: Value) throws(PyError) {
    try storage.setItem(ts, item, .none)
  }
}
