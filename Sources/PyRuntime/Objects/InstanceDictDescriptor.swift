/// The `__dict__` attribute of instances of Python classes: the instance's attribute dict,
/// replaceable by assignment (CPython's `subtype_dict`/`subtype_setdict`).
enum InstanceDictDescriptor {
  static func make(_ cls: PyType) -> Value {
    return Value(PyGetSetDescriptor(
      name: "__dict__", owner: cls, doc: "dictionary for instance variables (if defined)",
      get: { _, v throws(PyError) in
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
        if let d = Protocols.instanceDict(v) { return .object(d) }
        throw PyError.attributeError("This object has no __dict__")
      },
      set: { _, v, nv throws(PyError) in
        guard let o = v.object else { throw PyError.attributeError("This object has no __dict__") }
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
