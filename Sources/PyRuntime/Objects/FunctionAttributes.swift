/// The attributes of Python functions (`__name__`, `__defaults__`, `__code__` …) with
/// CPython's type checks on assignment.
enum FunctionAttributes {
  static func install(_ t: PyType) {
    func fn(_ v: Value) -> PyFunction { v.unsafeAs(PyFunction.self) }
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
    t.addProperty("__code__") { _, v in Value(fn(v).code) }
    t.addProperty("__globals__") { _, v in .object(fn(v).globals) }
    t.addProperty("__builtins__") { _, v in .object(fn(v).builtins) }
    t.addProperty("__closure__") { _, v in fn(v).closure.map { .object($0) } ?? .none }
    t.addProperty("__dict__", get: { _, v in
      let f = fn(v)
      if let d = f.dict { return .object(d) }
      let d = PyDict()
      f.dict = d
      return .object(d)
    }, set: { _, v, nv throws(PyError) in
      guard let d = nv?.as(PyDict.self) else { throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(nv.map(Protocols.typeName) ?? "NoneType")'") }
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

/// `property`: `fget`/`fset`/`fdel`, `getter`/`setter`/`deleter`, and its error messages.
enum PropertyType {
  static func install(_ t: PyType) {
    func prop(_ v: Value) -> PyProperty { v.unsafeAs(PyProperty.self) }
    t.slots.new = { _, cls, _ in .object(PyProperty(type: cls)) }
    t.slots.initialize = { ts, v, args throws(PyError) in
      let p = prop(v)
      let parsed = try ArgParser.parse(args, fname: "property", names: ["fget", "fset", "fdel", "doc"], required: 0)
      p.fget = parsed[0] ?? .none
      p.fset = parsed[1] ?? .none
      p.fdel = parsed[2] ?? .none
      p.doc = parsed[3] ?? .none
      if p.doc.isNone, !p.fget.isNone, let d = try Protocols.getAttrOptional(ts, p.fget, PyStr.intern("__doc__")) {
        p.doc = d
      }
    }
    t.slots.descrGet = { ts, v, inst, _ throws(PyError) in
      guard let inst else { return v }
      let p = prop(v)
      if p.fget.isNone {
        throw PyError.attributeError(p.name.isNone ? "unreadable attribute" : "property \(try Protocols.reprString(ts, p.name)) of '\(Protocols.typeName(inst))' object has no getter")
      }
      return try Protocols.call(ts, p.fget, [inst])
    }
    t.slots.descrSet = { ts, v, inst, value throws(PyError) in
      let p = prop(v)
      if let value {
        if p.fset.isNone {
          throw PyError.attributeError(p.name.isNone ? "can't set attribute" : "property \(try Protocols.reprString(ts, p.name)) of '\(Protocols.typeName(inst))' object has no setter")
        }
        _ = try Protocols.call(ts, p.fset, [inst, value])
      } else {
        if p.fdel.isNone {
          throw PyError.attributeError(p.name.isNone ? "can't delete attribute" : "property \(try Protocols.reprString(ts, p.name)) of '\(Protocols.typeName(inst))' object has no deleter")
        }
        _ = try Protocols.call(ts, p.fdel, [inst])
      }
    }
    t.addProperty("fget") { _, v in prop(v).fget }
    t.addProperty("fset") { _, v in prop(v).fset }
    t.addProperty("fdel") { _, v in prop(v).fdel }
    t.addProperty("__doc__", get: { _, v in prop(v).doc }, set: { _, v, nv in prop(v).doc = nv ?? .none })
    t.addProperty("__isabstractmethod__") { ts, v throws(PyError) in
      let p = prop(v)
      for f in [p.fget, p.fset, p.fdel] where !f.isNone {
        if let a = try Protocols.getAttrOptional(ts, f, PyStr.intern("__isabstractmethod__")), try Protocols.isTrue(ts, a) {
          return .bool(true)
        }
      }
      return .bool(false)
    }
    t.addMethod("__set_name__") { _, v, a in
      prop(v).name = a.count > 1 ? a[1] : .none
      return .none
    }
    func copy(_ v: Value, fget: Value? = nil, fset: Value? = nil, fdel: Value? = nil) -> (ThreadState) throws(PyError) -> Value {
      return { ts throws(PyError) in
        let p = prop(v)
        let cls = Value(p.type)
        let doc: Value = (fget != nil && !p.doc.isNone && p.fget.isNone == false) ? .none : p.doc
        let n = try Protocols.call(ts, cls, [fget ?? p.fget, fset ?? p.fset, fdel ?? p.fdel, doc])
        if let np = n.as(PyProperty.self) { np.name = p.name }
        return n
      }
    }
    t.addMethod("getter") { ts, v, a throws(PyError) in try copy(v, fget: a[0])(ts) }
    t.addMethod("setter") { ts, v, a throws(PyError) in try copy(v, fset: a[0])(ts) }
    t.addMethod("deleter") { ts, v, a throws(PyError) in try copy(v, fdel: a[0])(ts) }
  }
}
