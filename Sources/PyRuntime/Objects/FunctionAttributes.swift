/// The attributes of Python functions (`__name__`, `__defaults__`, `__code__` …) with
/// CPython's type checks and messages on assignment (Objects/funcobject.c `func_getsetlist`,
/// `func_memberlist`).
enum FunctionAttributes {
  static func install(_ t: PyType) {
    func fn(_ v: Value) -> PyFunction { v.unsafeAs(PyFunction.self) }
    t.slots.new = FunctionConstructors.newFunction
    t.addProperty("__name__", get: { _, v in .object(fn(v).name) }, set: { _, v, nv throws(PyError) in
      guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__name__ must be set to a string object") }
      fn(v).name = s
    })
    t.addProperty("__qualname__", get: { _, v in .object(fn(v).qualname) }, set: { _, v, nv throws(PyError) in
      guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__qualname__ must be set to a string object") }
      fn(v).qualname = s
    })
    t.addProperty("__doc__", get: { _, v in fn(v).doc }, set: { _, v, nv in fn(v).doc = nv ?? .none })
    t.addProperty("__module__", get: { _, v in fn(v).module }, set: { _, v, nv in fn(v).module = nv ?? .none })
    t.addProperty("__defaults__", get: { _, v in fn(v).defaults.map { .object($0) } ?? .none }, set: { _, v, nv throws(PyError) in
      guard let nv, !nv.isNone else { fn(v).defaults = nil; return }
      guard let tup = nv.as(PyTuple.self) else { throw PyError.typeError("__defaults__ must be set to a tuple object") }
      fn(v).defaults = tup
    })
    t.addProperty("__kwdefaults__", get: { _, v in fn(v).kwdefaults.map { .object($0) } ?? .none }, set: { _, v, nv throws(PyError) in
      guard let nv, !nv.isNone else { fn(v).kwdefaults = nil; return }
      guard let d = nv.as(PyDict.self) else { throw PyError.typeError("__kwdefaults__ must be set to a dict object") }
      fn(v).kwdefaults = d
    })
    t.addProperty("__code__", get: { _, v in Value(fn(v).code) }, set: { _, v, nv throws(PyError) in
      guard let c = nv?.as(PyCode.self) else { throw PyError.typeError("__code__ must be set to a code object") }
      let f = fn(v)
      let have = f.closure?.items.count ?? 0
      if c.freevars.count != have {
        throw PyError.valueError("\(f.name.string)() requires a code object with \(have) free vars, not \(c.freevars.count)")
      }
      f.replaceCode(c)
    })
    t.addReadOnlyMember("__globals__") { _, v in .object(fn(v).globals) }
    t.addReadOnlyMember("__builtins__") { _, v in .object(fn(v).builtins) }
    t.addReadOnlyMember("__closure__") { _, v in fn(v).closure.map { .object($0) } ?? .none }
    t.addProperty("__dict__", get: { _, v in
      let f = fn(v)
      if let d = f.dict { return .object(d) }
      let d = PyDict()
      f.dict = d
      return .object(d)
    }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("cannot delete __dict__") }
      guard let d = nv.as(PyDict.self) else { throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(Protocols.typeName(nv))'") }
      fn(v).dict = d
    })
    t.addProperty("__annotations__", get: { ts, v throws(PyError) in
      let f = fn(v)
      if f.annotations.isUnbound || f.annotations.isNone {
        f.annotations = .object(PyDict())
      } else if let tup = f.annotations.as(PyTuple.self) {
        // Compact form from the compiler: alternating names and values.
        let d = PyDict()
        var i = 0
        while i + 1 < tup.items.count {
          try d.setItem(ts, tup.items[i], tup.items[i + 1])
          i += 2
        }
        f.annotations = .object(d)
      }
      return f.annotations
    }, set: { _, v, nv throws(PyError) in
      guard let nv, !nv.isNone else { fn(v).annotations = .unbound; return }
      guard nv.as(PyDict.self) != nil else { throw PyError.typeError("__annotations__ must be set to a dict object") }
      fn(v).annotations = nv
    })
  }
}
