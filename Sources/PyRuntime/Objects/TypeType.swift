/// The behaviour of `type` itself: calling a class, attribute lookup on classes (metaclass
/// descriptors, then the class's MRO), attribute assignment (which keeps slots in sync), and
/// the attributes every class has (CPython's `type_getsets`, `type_members`, `type_methods`).
extension BuiltinTypes {
  static func installType() {
    let t = type
    t.slots.call = { ts, v, args throws(PyError) in try TypeSupport.call(ts, v.unsafeAs(PyType.self), args) }
    t.slots.repr = { _, v in .object(PyStr(TypeSupport.repr(v.unsafeAs(PyType.self)))) }
    t.slots.getAttribute = { ts, v, n throws(PyError) in try TypeSupport.getAttribute(ts, v.unsafeAs(PyType.self), n) }
    t.slots.setAttribute = { ts, v, n, value throws(PyError) in try TypeSupport.setAttribute(ts, v.unsafeAs(PyType.self), n, value) }
    t.slots.new = { ts, meta, args throws(PyError) in try TypeCreation.typeNew(ts, meta, args) }
    t.slots.initialize = { _, _, args throws(PyError) in
      let n = args.positionalCount
      if n == 1 && args.count > 1 { throw PyError.typeError("type.__init__() takes no keyword arguments") }
      if n != 1 && n != 3 { throw PyError.typeError("type.__init__() takes 1 or 3 arguments") }
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try TypeSupport.unionOr(ts, a, b)
    }
    func cls(_ v: Value) -> PyType { v.unsafeAs(PyType.self) }

    t.addProperty("__name__", get: { _, v in
      let c = cls(v)
      if let n = c.nameObject { return .object(n) }
      return .object(PyStr(String(c.shortName)))
    },
                  set: { _, v, nv throws(PyError) in
      let c = cls(v)
      try TypeSupport.checkSpecialSet(c, nv, "__name__")
      guard let s = nv!.as(PyStr.self) else {
        throw PyError.typeError("can only assign string to \(c.name).__name__, not '\(Protocols.typeName(nv!))'")
      }
      try TypeCreation.checkName(s)
      c.name = s.string
      c.nameObject = TypeCreation.keepsNameObject(s) ? s : nil
      c.modified()
    })
    t.addProperty("__qualname__", get: { _, v in
      let c = cls(v)
      return .object(PyStr(c.typeFlags.contains(.heapType) ? c.qualname : String(c.shortName)))
    }, set: { _, v, nv throws(PyError) in
      let c = cls(v)
      try TypeSupport.checkSpecialSet(c, nv, "__qualname__")
      guard let s = nv!.as(PyStr.self) else {
        throw PyError.typeError("can only assign string to \(c.name).__qualname__, not '\(Protocols.typeName(nv!))'")
      }
      c.qualname = s.string
      c.modified()
    })
    t.addProperty("__module__", get: { _, v throws(PyError) in
      let c = cls(v)
      if c.typeFlags.contains(.heapType) {
        guard let m = c.dict.get("__module__") else { throw PyError.attributeError("__module__") }
        return m
      }
      return .object(PyStr.intern(TypeSupport.moduleName(c)))
    }, set: { _, v, nv throws(PyError) in
      let c = cls(v)
      try TypeSupport.checkSpecialSet(c, nv, "__module__")
      c.modified()
      c.dict.set("__module__", nv!)
    })
    t.addProperty("__bases__", get: { _, v in .object(PyTuple(cls(v).bases.map { Value($0) })) },
                  set: { ts, v, nv throws(PyError) in try TypeSupport.setBases(ts, cls(v), nv) })
    t.addProperty("__dict__", get: { _, v in .object(MappingProxy(cls(v).dict)) })
    t.addProperty("__doc__", get: { ts, v throws(PyError) in
      let c = cls(v)
      guard let d = c.dict.get("__doc__") else { return .none }
      if !c.typeFlags.contains(.heapType) { return d }
      return try Protocols.bindDescriptor(ts, d, instance: nil, owner: v)
    }, set: { _, v, nv throws(PyError) in
      let c = cls(v)
      try TypeSupport.checkSpecialSet(c, nv, "__doc__")
      c.modified()
      c.dict.set("__doc__", nv!)
    })
    t.addProperty("__annotations__", get: { ts, v throws(PyError) in
      let c = cls(v)
      guard c.typeFlags.contains(.heapType) else {
        throw PyError.attributeError("type object '\(c.name)' has no attribute '__annotations__'")
      }
      if let a = c.dict.get("__annotations__") {
        return try Protocols.bindDescriptor(ts, a, instance: nil, owner: v)
      }
      let d = PyDict()
      c.dict.set("__annotations__", .object(d))
      return .object(d)
    }, set: { _, v, nv throws(PyError) in
      let c = cls(v)
      guard c.typeFlags.contains(.heapType) else {
        throw PyError.typeError("cannot set '__annotations__' attribute of immutable type '\(c.name)'")
      }
      if let nv {
        c.dict.set("__annotations__", nv)
      } else if c.dict.remove(PyStr.intern("__annotations__")) == nil {
        throw PyError.attributeError("__annotations__")
      }
      c.modified()
    })
    t.addProperty("__abstractmethods__", get: { _, v throws(PyError) in
      let c = cls(v)
      if c !== BuiltinTypes.type, let a = c.dict.get("__abstractmethods__") { return a }
      throw PyError.attributeError("__abstractmethods__")
    }, set: { ts, v, nv throws(PyError) in
      let c = cls(v)
      var abstract = false
      if let nv {
        abstract = try Protocols.isTrue(ts, nv)
        c.dict.set("__abstractmethods__", nv)
      } else if c.dict.remove(PyStr.intern("__abstractmethods__")) == nil {
        throw PyError.attributeError("__abstractmethods__")
      }
      c.modified()
      if abstract { c.typeFlags.insert(.isAbstract) } else { c.typeFlags.remove(.isAbstract) }
    })
    // type_members: read-only members.
    // None while the class's first MRO is being computed (tp_mro still NULL).
    t.addReadOnlyMember("__mro__") { _, v in
      let mro = cls(v).mro
      return mro.isEmpty ? .none : .object(PyTuple(mro.map { Value($0) }))
    }
    t.addReadOnlyMember("__base__") { _, v in cls(v).base.map { Value($0) } ?? .none }
    t.addReadOnlyMember("__flags__") { _, v in .int(TypeSupport.cpythonFlags(cls(v))) }
    t.addReadOnlyMember("__basicsize__") { _, v in .int(16 + 8 * cls(v).instanceSlotCount) }
    t.addReadOnlyMember("__itemsize__") { _, v in .int(TypeLayout.isVariableSize(cls(v)) ? 8 : 0) }
    t.addReadOnlyMember("__dictoffset__") { _, v in .int(TypeLayout.hasDict(cls(v)) ? -1 : 0) }
    t.addReadOnlyMember("__weakrefoffset__") { _, v in .int(TypeLayout.hasWeakrefs(cls(v)) ? 16 + 8 * cls(v).instanceSlotCount : 0) }

    t.addMethod("mro") { _, v, a throws(PyError) in
      if a.count > 0 { throw PyError.typeError("\(cls(v).qualname).mro() takes no arguments (\(a.count) given)") }
      return .object(PyList(try TypeMRO.c3(cls(v)).map { Value($0) }))
    }
    t.addMethod("__subclasses__") { _, v, a throws(PyError) in
      if a.count > 0 { throw PyError.typeError("\(cls(v).qualname).__subclasses__() takes no arguments (\(a.count) given)") }
      return .object(PyList(cls(v).directSubclasses.map { Value($0) }))
    }
    t.addMethod("__instancecheck__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__instancecheck__", min: 1, max: 1)
      return .bool(try TypeSupport.isInstanceDefault(ts, a[0], cls(v)))
    }
    t.addMethod("__subclasscheck__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__subclasscheck__", min: 1, max: 1)
      return .bool(try TypeSupport.isSubclassDefault(ts, a[0], cls(v)))
    }
    t.addClassMethod("__prepare__") { _, _, _ in .object(PyDict()) }
    t.addMethod("__dir__") { ts, v, _ throws(PyError) in try TypeSupport.dir(ts, cls(v)) }
    t.addMethod("__sizeof__") { _, v, _ in .int(cls(v).typeFlags.contains(.heapType) ? 1112 : 880) }
  }
}

extension TypeSupport {
  /// `__flags__`: the CPython flag bits swiftpy models.
  static func cpythonFlags(_ t: PyType) -> Int {
    var f = 0
    let flags = t.typeFlags
    if flags.contains(.heapType) { f |= 1 << 9 }
    if flags.contains(.baseType) { f |= 1 << 10 }
    if flags.contains(.isAbstract) { f |= 1 << 20 }
    if flags.contains(.sequence) { f |= 1 << 5 }
    if flags.contains(.mapping) { f |= 1 << 6 }
    if flags.contains(.longSubclass) { f |= 1 << 24 }
    if flags.contains(.listSubclass) { f |= 1 << 25 }
    if flags.contains(.tupleSubclass) { f |= 1 << 26 }
    if flags.contains(.bytesSubclass) { f |= 1 << 27 }
    if flags.contains(.unicodeSubclass) { f |= 1 << 28 }
    if flags.contains(.dictSubclass) { f |= 1 << 29 }
    if flags.contains(.baseExceptionSubclass) { f |= 1 << 30 }
    if flags.contains(.typeSubclass) { f |= 1 << 31 }
    if !flags.contains(.heapType) { f |= 1 << 8 }  // Py_TPFLAGS_IMMUTABLETYPE
    f |= 1 << 12 | 1 << 14  // READY, HAVE_GC
    return f
  }
}
