/// Behaviour of the descriptor and callable types: how functions become bound methods, how
/// builtin method descriptors and slot wrappers bind and check `self`, bound methods
/// (`method`: equality, hash, repr, attribute forwarding), computed attributes
/// (`getset_descriptor`) and members (`member_descriptor`) — CPython's Objects/descrobject.c,
/// funcobject.c and classobject.c.
extension BuiltinTypes {
  static func installDescriptorTypes() {
    installFunctionType()
    installBuiltinFunctionType()
    installMethodDescriptorTypes()
    installBoundMethodType()
    installGetSetAndMemberTypes()
    StaticAndClassMethods.install()
    PropertyType.install(property)
    for t in [builtinFunction, methodDescriptor, wrapperDescriptor, classMethodDescriptor, getsetDescriptor,
              memberDescriptor, methodWrapper] {
      t.typeFlags.insert(.disallowInstantiation)
    }
  }

  static func installFunctionType() {
    let fn = function
    fn.slots.descrGet = { _, f, inst, _ in
      guard let inst, !inst.isNone else { return f }
      return .object(PyBoundMethod(function: f, selfValue: inst))
    }
    fn.slots.call = { ts, f, args throws(PyError) in try ts.callFunction(f.unsafeAs(PyFunction.self), args) }
    fn.slots.repr = { _, f in
      .object(PyStr("<function \(f.unsafeAs(PyFunction.self).qualname.string) at \(Protocols.hexAddress(f))>"))
    }
    FunctionAttributes.install(fn)
  }

  static func installBuiltinFunctionType() {
    let bf = builtinFunction
    bf.slots.call = { ts, f, args throws(PyError) in try f.unsafeAs(PyBuiltinFunction.self).invoke(ts, args) }
    bf.slots.repr = { ts, f throws(PyError) in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      if b.boundSelf.isUnbound || b.boundSelf.as(PyModule.self) != nil {
        return .object(PyStr("<built-in function \(b.name)>"))
      }
      return .object(PyStr("<built-in method \(b.name) of \(Protocols.typeName(b.boundSelf)) object at \(Protocols.hexAddress(b.boundSelf))>"))
    }
    bf.slots.richCompare = { _, a, b, op in
      guard op == .eq || op == .ne, let x = a.as(PyBuiltinFunction.self), let y = b.as(PyBuiltinFunction.self) else {
        return .notImplemented
      }
      // meth_richcompare: same self and same C function.
      let same = x === y || (x.boundSelf.isIdentical(to: y.boundSelf) && !x.boundSelf.isUnbound
                             && x.name == y.name && x.qualnamePrefix == y.qualnamePrefix)
      return .bool(op == .eq ? same : !same)
    }
    bf.slots.hash = { _, f in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      if b.boundSelf.isUnbound { return Protocols.identity(f) >> 4 }
      return (Protocols.identity(b.boundSelf) >> 4) ^ PyStr.intern(b.name).pyHash
    }
    bf.addProperty("__name__") { _, f in .object(PyStr.intern(f.unsafeAs(PyBuiltinFunction.self).name)) }
    bf.addProperty("__qualname__") { _, f in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      return .object(PyStr(b.qualnamePrefix.map { $0 + "." + b.name } ?? b.name))
    }
    bf.addProperty("__doc__") { _, f in f.unsafeAs(PyBuiltinFunction.self).doc.map { .object(PyStr($0)) } ?? .none }
    bf.addProperty("__self__") { ts, f in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      if b.boundSelf.isUnbound {
        if let m = b.moduleName, let mod = ts.interpreter.modules.get(m) { return mod }
        return .none
      }
      return b.boundSelf
    }
    bf.addProperty("__module__") { _, f in f.unsafeAs(PyBuiltinFunction.self).moduleName.map { .object(PyStr.intern($0)) } ?? .none }
  }

  static func installMethodDescriptorTypes() {
    for t in [methodDescriptor, wrapperDescriptor] {
      let isWrapper = t === wrapperDescriptor
      t.slots.descrGet = { _, d, inst, _ throws(PyError) in
        guard let inst else { return d }
        let md = d.unsafeAs(PyMethodDescriptor.self)
        try DescriptorChecks.checkSelf(md.name, md.owner, inst)
        if isWrapper { return .object(PyMethodWrapper(descriptor: md, selfValue: inst)) }
        return .object(PyBuiltinFunction(name: md.name, qualnamePrefix: DescriptorChecks.boundQualname(inst),
                                         boundSelf: inst, doc: md.doc, md.body))
      }
      t.slots.call = { ts, d, args throws(PyError) in
        try Protocols.callMethodDescriptor(ts, d.unsafeAs(PyMethodDescriptor.self), args)
      }
      t.slots.repr = { _, d in
        let md = d.unsafeAs(PyMethodDescriptor.self)
        return .object(PyStr(isWrapper ? "<slot wrapper '\(md.name)' of '\(md.owner.name)' objects>"
                                       : "<method '\(md.name)' of '\(md.owner.name)' objects>"))
      }
      DescriptorChecks.addDescriptorAttributes(t)
    }
    let cmd = classMethodDescriptor
    cmd.slots.descrGet = { _, d, inst, owner throws(PyError) in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      guard let cls = owner ?? inst.map({ Value(Protocols.typeOf($0)) }) else {
        throw PyError.typeError("descriptor '\(md.name)' for type '\(md.owner.name)' needs either an object or a type")
      }
      guard let ct = cls.as(PyType.self) else {
        throw PyError.typeError("descriptor '\(md.name)' for type '\(md.owner.name)' needs a type, not a '\(Protocols.typeName(cls))' as arg 2")
      }
      guard ct.isSubtype(of: md.owner) else {
        throw PyError.typeError("descriptor '\(md.name)' requires a subtype of '\(md.owner.name)' but received '\(ct.name)'")
      }
      return .object(PyBuiltinFunction(name: md.name, qualnamePrefix: ct.qualname, boundSelf: cls, doc: md.doc, md.body))
    }
    cmd.slots.call = { ts, d, args throws(PyError) in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      guard args.positionalCount >= 1 else {
        throw PyError.typeError("descriptor '\(md.name)' of '\(md.owner.name)' object needs an argument")
      }
      guard let ct = args[0].as(PyType.self) else {
        throw PyError.typeError("descriptor '\(md.name)' for type '\(md.owner.name)' needs a type, not a '\(Protocols.typeName(args[0]))' as arg 1")
      }
      guard ct.isSubtype(of: md.owner) else {
        throw PyError.typeError("descriptor '\(md.name)' requires a subtype of '\(md.owner.name)' but received '\(ct.name)'")
      }
      return try md.body(ts, args[0], Args(base: args.base + 1, count: args.count - 1, kwnames: args.kwnames))
    }
    cmd.slots.repr = { _, d in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      return .object(PyStr("<method '\(md.name)' of '\(md.owner.name)' objects>"))
    }
    DescriptorChecks.addDescriptorAttributes(cmd)
    PyMethodWrapper.installType()
  }

  static func installBoundMethodType() {
    let m = method
    m.slots.call = { ts, v, args throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      return try Protocols.callWithSelf(ts, bm.function, bm.selfValue, args)
    }
    m.slots.new = { _, _, args throws(PyError) in
      if args.count > args.positionalCount { throw PyError.typeError("method() takes no keyword arguments") }
      try ArgParser.positional(args, "method", min: 2, max: 2)
      if !Protocols.isCallable(args[0]) { throw PyError.typeError("first argument must be callable") }
      if args[1].isNone { throw PyError.typeError("instance must not be None") }
      return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
    }
    m.slots.repr = { ts, v throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      var name = "?"
      if let q = try Protocols.getAttrOptional(ts, bm.function, PyStr.intern("__qualname__")) {
        if let s = q.as(PyStr.self) { name = s.string }
      } else if let q = try Protocols.getAttrOptional(ts, bm.function, PyStr.intern("__name__"))?.as(PyStr.self) {
        name = q.string
      }
      return .object(PyStr("<bound method \(name) of \(try Protocols.reprString(ts, bm.selfValue))>"))
    }
    m.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyBoundMethod.self), let y = b.as(PyBoundMethod.self) else {
        return .notImplemented
      }
      var same = try Protocols.richCompareBool(ts, x.function, y.function, .eq)
      if same { same = x.selfValue.isIdentical(to: y.selfValue) }
      return .bool(op == .eq ? same : !same)
    }
    m.slots.hash = { ts, v throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      let x = (Protocols.identity(bm.selfValue) >> 4) ^ (try Protocols.hash(ts, bm.function))
      return x == -1 ? -2 : x
    }
    m.slots.getAttribute = { ts, v, n throws(PyError) in
      // method_getattro: the method type's own attributes, else the function's.
      let t = Protocols.typeOf(v)
      if let descr = t.lookup(n) {
        if let g = Protocols.typeOf(descr).slots.descrGet { return try g(ts, descr, v, Value(t)) }
        return descr
      }
      return try Protocols.getAttr(ts, v.unsafeAs(PyBoundMethod.self).function, n)
    }
    m.addReadOnlyMember("__self__", doc: "the instance to which a method is bound") { _, v in v.unsafeAs(PyBoundMethod.self).selfValue }
    m.addReadOnlyMember("__func__", doc: "the function (or other callable) implementing a method") { _, v in v.unsafeAs(PyBoundMethod.self).function }
    m.addProperty("__doc__") { ts, v throws(PyError) in
      try Protocols.getAttr(ts, v.unsafeAs(PyBoundMethod.self).function, PyStr.intern("__doc__"))
    }
  }

  static func installGetSetAndMemberTypes() {
    let gs = getsetDescriptor
    gs.slots.descrGet = { ts, d, inst, _ throws(PyError) in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      guard let inst else { return d }
      try DescriptorChecks.checkSelf(g.name, g.owner, inst)
      return try g.get(ts, inst)
    }
    gs.slots.descrSet = { ts, d, inst, value throws(PyError) in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      try DescriptorChecks.checkSelf(g.name, g.owner, inst)
      guard let set = g.set else {
        throw PyError.attributeError("attribute '\(g.name)' of '\(g.owner.name)' objects is not writable")
      }
      try set(ts, inst, value)
    }
    gs.slots.repr = { _, d in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      return .object(PyStr("<attribute '\(g.name)' of '\(g.owner.name)' objects>"))
    }
    gs.addProperty("__name__") { _, d in .object(PyStr.intern(d.unsafeAs(PyGetSetDescriptor.self).name)) }
    gs.addProperty("__qualname__") { _, d in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      return .object(PyStr(g.owner.qualname + "." + g.name))
    }
    gs.addProperty("__objclass__") { _, d in Value(d.unsafeAs(PyGetSetDescriptor.self).owner) }
    gs.addProperty("__doc__") { _, d in d.unsafeAs(PyGetSetDescriptor.self).doc.map { .object(PyStr($0)) } ?? .none }

    let md = memberDescriptor
    md.slots.descrGet = { ts, d, inst, _ throws(PyError) in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      guard let inst else { return d }
      try DescriptorChecks.checkSelf(m.name, m.owner, inst)
      if let reader = m.reader { return try reader(ts, inst) }
      let v = SlotsSupport.get(inst, m.index)
      if v.isUnbound {
        let e = PyBaseException(type: BuiltinTypes.exceptions.attributeError,
                                message: "'\(Protocols.typeName(inst))' object has no attribute '\(m.name)'")
        ExceptionSupport.setField(e, "name", .object(PyStr.intern(m.name)))
        ExceptionSupport.setField(e, "obj", inst)
        throw PyError(e)
      }
      return v
    }
    md.slots.descrSet = { _, d, inst, value throws(PyError) in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      try DescriptorChecks.checkSelf(m.name, m.owner, inst)
      if m.reader != nil { throw PyError.attributeError("readonly attribute") }
      if value == nil && SlotsSupport.get(inst, m.index).isUnbound {
        throw PyError.attributeError(m.name)
      }
      _ = SlotsSupport.set(inst, m.index, value ?? .unbound)
    }
    md.slots.repr = { _, d in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      return .object(PyStr("<member '\(m.name)' of '\(m.owner.name)' objects>"))
    }
    md.addProperty("__name__") { _, d in .object(PyStr.intern(d.unsafeAs(PyMemberDescriptor.self).name)) }
    md.addProperty("__qualname__") { _, d in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      return .object(PyStr(m.owner.qualname + "." + m.name))
    }
    md.addProperty("__objclass__") { _, d in Value(d.unsafeAs(PyMemberDescriptor.self).owner) }
    md.addProperty("__doc__") { _, d in d.unsafeAs(PyMemberDescriptor.self).doc.map { .object(PyStr($0)) } ?? .none }
  }
}

/// Checks and names shared by the builtin descriptor types.
enum DescriptorChecks {
  /// "descriptor 'x' for 'T' objects doesn't apply to a 'U' object" (CPython's `descr_check`).
  @inline(__always)
  static func checkSelf(_ name: String, _ owner: PyType, _ inst: Value) throws(PyError) {
    unowned(unsafe) let t = Protocols.typeRef(inst)
    if t === owner || t.isSubtype(of: owner) { return }
    throw PyError.typeError("descriptor '\(name)' for '\(owner.name)' objects doesn't apply to a '\(t.name)' object")
  }

  /// The `__qualname__` prefix of a builtin method bound to `inst`: the class itself when
  /// `inst` is a class, else its type (CPython's `meth_get__qualname__`).
  static func boundQualname(_ inst: Value) -> String {
    if let t = inst.as(PyType.self) { return t.typeFlags.contains(.heapType) ? t.qualname : String(t.shortName) }
    let t = Protocols.typeOf(inst)
    return t.typeFlags.contains(.heapType) ? t.qualname : String(t.shortName)
  }

  /// `__name__`, `__qualname__`, `__objclass__`, `__doc__` of method descriptors.
  static func addDescriptorAttributes(_ t: PyType) {
    t.addProperty("__name__") { _, d in .object(PyStr.intern(d.unsafeAs(PyMethodDescriptor.self).name)) }
    t.addProperty("__qualname__") { _, d in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      return .object(PyStr(md.owner.qualname + "." + md.name))
    }
    t.addProperty("__objclass__") { _, d in Value(d.unsafeAs(PyMethodDescriptor.self).owner) }
    t.addProperty("__doc__") { _, d in d.unsafeAs(PyMethodDescriptor.self).doc.map { .object(PyStr($0)) } ?? .none }
  }
}
