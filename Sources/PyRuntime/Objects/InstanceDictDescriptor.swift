/// The `__dict__` attribute of instances of Python classes: the instance's attribute dict,
/// replaceable by assignment (CPython's `subtype_dict`/`subtype_setdict`). Instances of
/// classes derived from a builtin type with its own dict (metaclasses, module and exception
/// subclasses) use that type's `__dict__` descriptor instead (`get_builtin_base_with_dict`):
/// a class's dict stays read-only even through `Base.__dict__["__dict__"]`.
enum InstanceDictDescriptor {
  /// The `__dict__` descriptor of the first builtin type on `t`'s base chain, when it has one.
  static func builtinDictDescriptor(_ t: PyType) -> Value? {
    var c: PyType? = t
    while let cur = c {
      if !cur.typeFlags.contains(.heapType) { return cur.lookup(PyStr.intern("__dict__")) }
      c = cur.base
    }
    return nil
  }

  static func make(_ cls: PyType) -> Value {
    return Value(PyGetSetDescriptor(
      name: "__dict__", owner: cls, doc: "dictionary for instance variables (if defined)",
      get: { ts, v throws(PyError) in
        guard let o = v.object else { throw PyError.attributeError("This object has no __dict__") }
        if let i = o as? PyInstance {
          if let d = i.dict { return .object(d) }
          let d = PyDict()
          i.dict = d
          return .object(d)
        }
        if let extra = o.extra {
          if let d = extra.dict { return .object(d) }
          let d = PyDict()
          extra.dict = d
          return .object(d)
        }
        if let descr = builtinDictDescriptor(o.type) {
          return try Protocols.bindDescriptor(ts, descr, instance: v, owner: Value(o.type))
        }
        if let d = Protocols.instanceDict(v) { return .object(d) }
        throw PyError.attributeError("This object has no __dict__")
      },
      set: { ts, v, nv throws(PyError) in
        guard let o = v.object else { throw PyError.attributeError("This object has no __dict__") }
        if !(o is PyInstance), let descr = builtinDictDescriptor(o.type) {
          guard let set = Protocols.typeOf(descr).slots.descrSet else {
            throw PyError.attributeError("This object has no __dict__")
          }
          return try set(ts, descr, v, nv)
        }
        guard let nv else {
          // subtype_setdict with NULL: a fresh dict appears on the next use.
          if let i = o as? PyInstance { i.dict = nil; return }
          if let extra = o.extra { extra.dict = nil; return }
          throw PyError.typeError("cannot delete __dict__")
        }
        guard let d = nv.as(PyDict.self) else {
          throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(Protocols.typeName(nv))'")
        }
        if let i = o as? PyInstance { i.dict = d; return }
        if let extra = o.extra { extra.dict = d; return }
        o.extra = InstanceExtras(dict: d, slotCount: o.type.instanceSlotCount)
      }))
  }
}
