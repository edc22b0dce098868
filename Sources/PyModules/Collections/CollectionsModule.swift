import PyRuntime

/// The `_collections` module (CPython Modules/_collectionsmodule.c): `deque` and its
/// iterators (PyDeque.swift, DequeType.swift), the `_tuplegetter` descriptor behind
/// namedtuple fields, and `_count_elements` (Counter's counting loop). `defaultdict` and
/// `OrderedDict` are written in Python in collections/__init__.py.
public enum CollectionsModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_collections")
    let d = m.dict
    d.set("__doc__", .object(PyStr("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")))
    d.set("deque", Value(BuiltinTypes.deque))
    d.set("_deque_iterator", Value(BuiltinTypes.dequeIterator))
    d.set("_deque_reverse_iterator", Value(BuiltinTypes.dequeReverseIterator))
    d.set("_tuplegetter", Value(BuiltinTypes.tupleGetter))
    let count = PyBuiltinFunction(name: "_count_elements", module: "_collections",
                                  doc: "Count elements in the iterable, updating the mapping") { ts, a throws(PyError) in
      try PositionalCheck.check(a, "_count_elements", qualname: "_count_elements", min: 2, max: 2)
      try countElements(ts, a[0], a[1])
      return .none
    }
    Deferral.retain(count)
    d.set("_count_elements", Value(count))
    // Gives a class written in Python the tp_name CPython's C version has
    // ("collections.OrderedDict"), as error messages show it.
    let rename = PyBuiltinFunction(name: "_set_type_name", module: "_collections", doc: nil) { _, a throws(PyError) in
      try ArgParser.positional(a, "_set_type_name", min: 2, max: 2)
      guard let t = a[0].as(PyType.self), let n = a[1].as(PyStr.self) else {
        throw PyError.typeError("_set_type_name(class, name)")
      }
      t.name = n.string
      return .none
    }
    Deferral.retain(rename)
    d.set("_set_type_name", Value(rename))
    return m
  }

  /// `mapping[x] = mapping.get(x, 0) + 1` for every `x` of `iterable`.
  static func countElements(_ ts: ThreadState, _ mapping: Value, _ iterable: Value) throws(PyError) {
    let it = try Protocols.getIter(ts, iterable)
    let get = try Protocols.getAttr(ts, mapping, PyStr.intern("get"))
    while let x = try Protocols.next(ts, it) {
      let old = try Protocols.call(ts, get, [x, .int(0)])
      try Protocols.setItem(ts, mapping, x, try Protocols.binaryOp(ts, old, .int(1), .add))
    }
  }
}

/// `_collections._tuplegetter(index, doc)`: the read-only field descriptor of namedtuple
/// classes (`obj[index]` for tuple instances).
public final class TupleGetter: PyObject {
  let index: Int
  var doc: Value

  init(index: Int, doc: Value) {
    self.index = index
    self.doc = doc
    super.init(type: BuiltinTypes.tupleGetter)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(doc)
  }
}

extension BuiltinTypes {
  public static let tupleGetter: PyType = PyType.builtin("_collections._tuplegetter") { t in
    t.qualname = "_tuplegetter"
    t.slots.new = { ts, _, a throws(PyError) in
      try PositionalCheck.check(a, "_tuplegetter", qualname: "_tuplegetter", min: 2, max: 2)
      let i = try Protocols.indexAsInt(ts, a[0])
      return .object(TupleGetter(index: i, doc: a[1]))
    }
    t.slots.descrGet = { _, v, instance, _ throws(PyError) in
      let g = v.unsafeAs(TupleGetter.self)
      guard let instance, !instance.isNone else { return v }
      guard let tup = instance.as(PyTuple.self) else {
        throw PyError.typeError("descriptor for index '\(g.index)' for tuple subclasses doesn't apply to '\(Protocols.typeName(instance))' object")
      }
      guard g.index >= 0 && g.index < tup.count else { throw PyError.indexError("tuple index out of range") }
      return tup.items[g.index]
    }
    t.slots.descrSet = { _, _, _, value throws(PyError) in
      throw PyError.attributeError(value == nil ? "can't delete attribute" : "can't set attribute")
    }
    t.slots.repr = { ts, v throws(PyError) in
      let g = v.unsafeAs(TupleGetter.self)
      return .object(PyStr("_tuplegetter(\(g.index), \(try Protocols.reprString(ts, g.doc)))"))
    }
    t.addProperty("__doc__", get: { _, v in v.unsafeAs(TupleGetter.self).doc },
                  set: { _, v, nv in v.unsafeAs(TupleGetter.self).doc = nv ?? .none })
    t.addMethod("__reduce__") { _, v, _ in
      let g = v.unsafeAs(TupleGetter.self)
      return .object(PyTuple([Value(BuiltinTypes.tupleGetter), .object(PyTuple([.int(g.index), g.doc]))]))
    }
  }
}
