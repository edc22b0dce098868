/// The behaviour of `type` itself: calling a class, attribute lookup on classes (metaclass
/// descriptors, then the class's MRO), attribute assignment (which keeps slots in sync), and
/// the class attributes every class has.
extension BuiltinTypes {
  static func installType() {
    let t = type
    t.slots.call = { ts, v, args throws(PyError) in try TypeSupport.call(ts, v.unsafeAs(PyType.self), args) }
    t.slots.repr = { _, v in
      let c = v.unsafeAs(PyType.self)
      let module = TypeSupport.moduleName(c)
      if module == "builtins" { return .object(PyStr("<class '\(c.qualname)'>")) }
      return .object(PyStr("<class '\(module).\(c.qualname)'>"))
    }
    t.slots.getAttribute = { ts, v, n throws(PyError) in try TypeSupport.getAttribute(ts, v.unsafeAs(PyType.self), n) }
    t.slots.setAttribute = { ts, v, n, value throws(PyError) in try TypeSupport.setAttribute(ts, v.unsafeAs(PyType.self), n, value) }
    t.slots.new = { ts, meta, args throws(PyError) in try TypeCreation.typeNew(ts, meta, args) }
    t.slots.initialize = { _, _, args throws(PyError) in
      let n = args.positionalCount
      if n != 1 && n != 3 { throw PyError.typeError("type.__init__() takes 1 or 3 arguments") }
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try TypeSupport.unionOr(ts, a, b)
    }
    t.addProperty("__name__", get: { _, v in .object(PyStr(String(v.unsafeAs(PyType.self).shortName))) },
                  set: { _, v, nv throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      try TypeSupport.checkMutable(c, "__name__")
      guard let s = nv?.as(PyStr.self) else {
        throw PyError.typeError("can only assign string to \(c.name).__name__, not '\(nv.map(Protocols.typeName) ?? "NoneType")'")
      }
      c.name = s.string
    })
    t.addProperty("__qualname__", get: { _, v in .object(PyStr(v.unsafeAs(PyType.self).qualname)) },
                  set: { _, v, nv throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      try TypeSupport.checkMutable(c, "__qualname__")
      guard let s = nv?.as(PyStr.self) else {
        throw PyError.typeError("can only assign string to \(c.name).__qualname__, not '\(nv.map(Protocols.typeName) ?? "NoneType")'")
      }
      c.qualname = s.string
    })
    t.addProperty("__module__", get: { _, v in
      let c = v.unsafeAs(PyType.self)
      if c.typeFlags.contains(.heapType), let m = c.dict.get("__module__") { return m }
      return .object(PyStr.intern(TypeSupport.moduleName(c)))
    }, set: { _, v, nv throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      try TypeSupport.checkMutable(c, "__module__")
      c.dict.set("__module__", nv ?? .none)
    })
    t.addProperty("__bases__", get: { _, v in .object(PyTuple(v.unsafeAs(PyType.self).bases.map { Value($0) })) },
                  set: { ts, v, nv throws(PyError) in try TypeBasesAssignment.set(ts, v.unsafeAs(PyType.self), nv) })
    t.addProperty("__base__", get: { _, v in v.unsafeAs(PyType.self).base.map { Value($0) } ?? .none })
    t.addProperty("__mro__", get: { _, v in .object(PyTuple(v.unsafeAs(PyType.self).mro.map { Value($0) })) })
    t.addProperty("__dict__", get: { _, v in .object(MappingProxy(v.unsafeAs(PyType.self).dict)) })
    t.addProperty("__doc__", get: { ts, v throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      guard let d = c.dict.get("__doc__") else { return .none }
      return try Protocols.bindDescriptor(ts, d, instance: nil, owner: v)
    }, set: { _, v, nv throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      try TypeSupport.checkMutable(c, "__doc__")
      c.dict.set("__doc__", nv ?? .none)
    })
    t.addProperty("__abstractmethods__", get: { _, v throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      if c !== BuiltinTypes.type, let a = c.dict.get("__abstractmethods__") { return a }
      throw PyError.attributeError("__abstractmethods__")
    }, set: { ts, v, nv throws(PyError) in
      let c = v.unsafeAs(PyType.self)
      if let nv {
        c.dict.set("__abstractmethods__", nv)
        let abstract = try Protocols.isTrue(ts, nv)
        if abstract { c.typeFlags.insert(.isAbstract) } else { c.typeFlags.remove(.isAbstract) }
      } else {
        c.dict.remove(PyStr.intern("__abstractmethods__"))
        c.typeFlags.remove(.isAbstract)
      }
      c.modified()
    })
    t.addMethod("mro") { _, v, _ throws(PyError) in
      .object(PyList(try TypeCreation.c3(v.unsafeAs(PyType.self)).map { Value($0) }))
    }
    t.addMethod("__subclasses__") { _, v, _ in
      .object(PyList(v.unsafeAs(PyType.self).subclassRefs.compactMap { $0.type.map { Value($0) } }))
    }
    t.addMethod("__instancecheck__") { ts, v, a throws(PyError) in
      .bool(try TypeSupport.isInstanceDefault(ts, a[0], v.unsafeAs(PyType.self)))
    }
    t.addMethod("__subclasscheck__") { ts, v, a throws(PyError) in
      .bool(try TypeSupport.isSubclassDefault(ts, a[0], v.unsafeAs(PyType.self)))
    }
    t.addClassMethod("__prepare__") { _, _, _ in .object(PyDict()) }
    t.addMethod("__dir__") { ts, v, _ throws(PyError) in try TypeSupport.dir(ts, v.unsafeAs(PyType.self)) }
    t.addMethod("__sizeof__") { _, _, _ in .int(880) }
  }
}
