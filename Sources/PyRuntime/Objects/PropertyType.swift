/// `property` (CPython 3.11's Objects/descrobject.c): `fget`/`fset`/`fdel`/`__doc__`, the doc
/// taken from the getter, `getter`/`setter`/`deleter` copies that keep the subclass and the
/// `__set_name__` name, and the "property 'x' of 'A' object has no setter" messages.
enum PropertyType {
  static func install(_ t: PyType) {
    func prop(_ v: Value) -> PyProperty { v.unsafeAs(PyProperty.self) }
    t.slots.new = { _, cls, _ in
      let p = PyProperty(type: cls)
      ObjectSupport.prepareInstance(p, cls)
      return .object(p)
    }
    t.slots.initialize = { ts, v, args throws(PyError) in
      let p = prop(v)
      if args.positionalCount > 4 {
        throw PyError.typeError("property() takes at most 4 arguments (\(args.positionalCount) given)")
      }
      let parsed = try ArgParser.parse(args, fname: "property", names: ["fget", "fset", "fdel", "doc"], required: 0)
      func orNone(_ v: Value?) -> Value { (v == nil || v!.isNone) ? .none : v! }
      p.fget = orNone(parsed[0])
      p.fset = orNone(parsed[1])
      p.fdel = orNone(parsed[2])
      var doc = orNone(parsed[3])
      p.getterDoc = false
      if doc.isNone && !p.fget.isNone {
        if let d = try Protocols.getAttrOptional(ts, p.fget, PyStr.intern("__doc__")), !d.isNone {
          doc = d
          p.getterDoc = true
        }
      }
      if p.type === BuiltinTypes.property {
        p.doc = doc
      } else {
        // A subclass keeps __doc__ in the instance dict, or its class's __doc__ would shadow it.
        try Protocols.setAttr(ts, v, PyStr.intern("__doc__"), doc)
      }
    }
    t.slots.descrGet = { ts, v, inst, _ throws(PyError) in
      guard let inst, !inst.isNone else { return v }
      let p = prop(v)
      if p.fget.isNone {
        throw PyError.attributeError(try message(ts, p, inst, "getter"))
      }
      return try Protocols.call(ts, p.fget, [inst])
    }
    t.slots.descrSet = { ts, v, inst, value throws(PyError) in
      let p = prop(v)
      let f = value == nil ? p.fdel : p.fset
      if f.isNone {
        throw PyError.attributeError(try message(ts, p, inst, value == nil ? "deleter" : "setter"))
      }
      if let value {
        _ = try Protocols.call(ts, f, [inst, value])
      } else {
        _ = try Protocols.call(ts, f, [inst])
      }
    }
    t.addReadOnlyMember("fget") { _, v in prop(v).fget }
    t.addReadOnlyMember("fset") { _, v in prop(v).fset }
    t.addReadOnlyMember("fdel") { _, v in prop(v).fdel }
    t.addProperty("__doc__", get: { _, v in prop(v).doc }, set: { _, v, nv in prop(v).doc = nv ?? .none })
    t.addProperty("__isabstractmethod__") { ts, v throws(PyError) in
      let p = prop(v)
      for f in [p.fget, p.fset, p.fdel] where !f.isNone {
        if try StaticAndClassMethods.isAbstract(ts, f) { return .bool(true) }
      }
      return .bool(false)
    }
    t.addMethod("__set_name__") { _, v, a throws(PyError) in
      guard a.count == 2 else {
        throw PyError.typeError("__set_name__() takes 2 positional arguments but \(a.count) were given")
      }
      prop(v).name = a[1]
      return .none
    }
    t.addMethod("getter") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "getter", min: 1, max: 1)
      return try copy(ts, v, fget: a[0])
    }
    t.addMethod("setter") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "setter", min: 1, max: 1)
      return try copy(ts, v, fset: a[0])
    }
    t.addMethod("deleter") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deleter", min: 1, max: 1)
      return try copy(ts, v, fdel: a[0])
    }
  }

  /// "property 'x' of 'A' object has no setter" (without the name before `__set_name__`).
  static func message(_ ts: ThreadState, _ p: PyProperty, _ inst: Value, _ what: String) throws(PyError) -> String {
    let t = Protocols.typeOf(inst)
    let qualname = try Protocols.reprString(ts, .object(PyStr(t.typeFlags.contains(.heapType) ? t.qualname : String(t.shortName))))
    if !p.name.isNone {
      return "property \(try Protocols.reprString(ts, p.name)) of \(qualname) object has no \(what)"
    }
    return "property of \(qualname) object has no \(what)"
  }

  /// `property_copy`: a new property of the same type with one function replaced.
  static func copy(_ ts: ThreadState, _ v: Value, fget: Value? = nil, fset: Value? = nil, fdel: Value? = nil) throws(PyError) -> Value {
    let p = v.unsafeAs(PyProperty.self)
    func pick(_ new: Value?, _ old: Value) -> Value { (new == nil || new!.isNone) ? old : new! }
    let get = pick(fget, p.fget)
    let doc: Value = (p.getterDoc && !get.isNone) ? .none : p.doc
    let n = try Protocols.call(ts, Value(Protocols.typeOf(v)), [get, pick(fset, p.fset), pick(fdel, p.fdel), doc])
    if let np = n.as(PyProperty.self) { np.name = p.name }
    return n
  }
}
