/// Behaviour of the descriptor and callable types: how functions become bound methods, how
/// builtin method descriptors bind, and `staticmethod`/`classmethod`/`property`/members.
extension BuiltinTypes {
  static func installDescriptorTypes() {
    // function
    let fn = function
    fn.slots.descrGet = { _, f, inst, _ in
      guard let inst else { return f }
      return .object(PyBoundMethod(function: f, selfValue: inst))
    }
    fn.slots.call = { ts, f, args throws(PyError) in try ts.callFunction(f.unsafeAs(PyFunction.self), args) }
    fn.slots.repr = { _, f in
      .object(PyStr("<function \(f.unsafeAs(PyFunction.self).qualname.string) at \(Protocols.hexAddress(f))>"))
    }
    FunctionAttributes.install(fn)

    // builtin_function_or_method
    let bf = builtinFunction
    bf.slots.call = { ts, f, args throws(PyError) in try f.unsafeAs(PyBuiltinFunction.self).invoke(ts, args) }
    bf.slots.repr = { ts, f throws(PyError) in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      if b.boundSelf.isUnbound || b.boundSelf.as(PyModule.self) != nil {
        return .object(PyStr("<built-in function \(b.name)>"))
      }
      return .object(PyStr("<built-in method \(b.name) of \(Protocols.typeName(b.boundSelf)) object at \(Protocols.hexAddress(b.boundSelf))>"))
    }
    bf.addProperty("__name__") { _, f in .object(PyStr.intern(f.unsafeAs(PyBuiltinFunction.self).name)) }
    bf.addProperty("__qualname__") { _, f in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      return .object(PyStr(b.qualnamePrefix.map { $0 + "." + b.name } ?? b.name))
    }
    bf.addProperty("__doc__") { _, f in f.unsafeAs(PyBuiltinFunction.self).doc.map { .object(PyStr($0)) } ?? .none }
    bf.addProperty("__self__") { _, f in
      let b = f.unsafeAs(PyBuiltinFunction.self)
      if b.boundSelf.isUnbound { return .none }
      return b.boundSelf
    }
    bf.addProperty("__module__") { _, f in f.unsafeAs(PyBuiltinFunction.self).moduleName.map { .object(PyStr.intern($0)) } ?? .none }

    // method_descriptor, wrapper_descriptor, classmethod_descriptor
    for t in [methodDescriptor, wrapperDescriptor] {
      t.slots.descrGet = { _, d, inst, _ throws(PyError) in
        guard let inst else { return d }
        let md = d.unsafeAs(PyMethodDescriptor.self)
        guard Protocols.typeOf(inst).isSubtype(of: md.owner) else {
          throw PyError.typeError("descriptor '\(md.name)' for '\(md.owner.name)' objects doesn't apply to a '\(Protocols.typeName(inst))' object")
        }
        return .object(PyBuiltinFunction(name: md.name, qualnamePrefix: md.owner.name, boundSelf: inst, doc: md.doc, md.body))
      }
      t.slots.call = { ts, d, args throws(PyError) in
        try Protocols.callMethodDescriptor(ts, d.unsafeAs(PyMethodDescriptor.self), args)
      }
      let isWrapper = t === wrapperDescriptor
      t.slots.repr = { _, d in
        let md = d.unsafeAs(PyMethodDescriptor.self)
        return .object(PyStr(isWrapper ? "<slot wrapper '\(md.name)' of '\(md.owner.name)' objects>"
                                       : "<method '\(md.name)' of '\(md.owner.name)' objects>"))
      }
      t.addProperty("__name__") { _, d in .object(PyStr.intern(d.unsafeAs(PyMethodDescriptor.self).name)) }
      t.addProperty("__qualname__") { _, d in
        let md = d.unsafeAs(PyMethodDescriptor.self)
        return .object(PyStr(md.owner.name + "." + md.name))
      }
      t.addProperty("__objclass__") { _, d in Value(d.unsafeAs(PyMethodDescriptor.self).owner) }
      t.addProperty("__doc__") { _, d in d.unsafeAs(PyMethodDescriptor.self).doc.map { .object(PyStr($0)) } ?? .none }
    }
    let cmd = classMethodDescriptor
    cmd.slots.descrGet = { _, d, inst, owner in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      let cls = owner ?? Value(Protocols.typeOf(inst!))
      return .object(PyBuiltinFunction(name: md.name, qualnamePrefix: md.owner.name, boundSelf: cls, doc: md.doc, md.body))
    }
    cmd.slots.repr = { _, d in
      let md = d.unsafeAs(PyMethodDescriptor.self)
      return .object(PyStr("<method '\(md.name)' of '\(md.owner.name)' objects>"))
    }

    // method (bound Python function)
    let m = method
    m.slots.call = { ts, v, args throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      return try Protocols.callWithSelf(ts, bm.function, bm.selfValue, args)
    }
    m.slots.repr = { ts, v throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      var name = "?"
      if let q = try Protocols.getAttrOptional(ts, bm.function, PyStr.intern("__qualname__"))?.as(PyStr.self) {
        name = q.string
      } else if let q = try Protocols.getAttrOptional(ts, bm.function, PyStr.intern("__name__"))?.as(PyStr.self) {
        name = q.string
      }
      return .object(PyStr("<bound method \(name) of \(try Protocols.reprString(ts, bm.selfValue))>"))
    }
    m.slots.richCompare = { _, a, b, op in
      guard op == .eq || op == .ne, let x = a.as(PyBoundMethod.self), let y = b.as(PyBoundMethod.self) else {
        return .notImplemented
      }
      let same = x.function.isIdentical(to: y.function) && x.selfValue.isIdentical(to: y.selfValue)
      return .bool(op == .eq ? same : !same)
    }
    m.slots.hash = { ts, v throws(PyError) in
      let bm = v.unsafeAs(PyBoundMethod.self)
      return (try Protocols.hash(ts, bm.function)) ^ Protocols.identity(bm.selfValue)
    }
    m.slots.getAttribute = { ts, v, n throws(PyError) in
      // Unknown attributes are looked up on the function.
      do throws(PyError) {
        return try Protocols.genericGetAttr(ts, v, n)
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.attributeError) {
        return try Protocols.getAttr(ts, v.unsafeAs(PyBoundMethod.self).function, n)
      }
    }
    m.slots.descrGet = { _, v, _, _ in v }
    m.addProperty("__self__") { _, v in v.unsafeAs(PyBoundMethod.self).selfValue }
    m.addProperty("__func__") { _, v in v.unsafeAs(PyBoundMethod.self).function }

    // getset_descriptor
    let gs = getsetDescriptor
    gs.slots.descrGet = { ts, d, inst, owner throws(PyError) in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      guard let inst else { return d }
      return try g.get(ts, inst)
    }
    gs.slots.descrSet = { ts, d, inst, value throws(PyError) in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      guard let set = g.set else {
        throw PyError.attributeError("attribute '\(g.name)' of '\(g.owner.name)' objects is not writable")
      }
      try set(ts, inst, value)
    }
    gs.slots.repr = { _, d in
      let g = d.unsafeAs(PyGetSetDescriptor.self)
      return .object(PyStr("<attribute '\(g.name)' of '\(g.owner.name)' objects>"))
    }

    // member_descriptor (__slots__)
    let md = memberDescriptor
    md.slots.descrGet = { _, d, inst, _ throws(PyError) in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      guard let inst else { return d }
      guard Protocols.typeOf(inst).isSubtype(of: m.owner) else {
        throw PyError.typeError("descriptor '\(m.name)' for '\(m.owner.name)' objects doesn't apply to a '\(Protocols.typeName(inst))' object")
      }
      let v = SlotsSupport.get(inst, m.index)
      if v.isUnbound {
        throw Protocols.noAttribute(inst, PyStr.intern(m.name))
      }
      return v
    }
    md.slots.descrSet = { _, d, inst, value throws(PyError) in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      if value == nil && SlotsSupport.get(inst, m.index).isUnbound {
        throw Protocols.noAttribute(inst, PyStr.intern(m.name))
      }
      _ = SlotsSupport.set(inst, m.index, value ?? .unbound)
    }
    md.slots.repr = { _, d in
      let m = d.unsafeAs(PyMemberDescriptor.self)
      return .object(PyStr("<member '\(m.name)' of '\(m.owner.name)' objects>"))
    }

    // staticmethod, classmethod
    let sm = staticmethod
    sm.slots.descrGet = { _, d, _, _ in d.unsafeAs(PyStaticMethod.self).function }
    sm.slots.new = { _, cls, _ in .object(PyStaticMethod(function: .none, type: cls)) }
    sm.slots.initialize = { _, d, args throws(PyError) in
      guard args.positionalCount == 1 else {
        throw PyError.typeError("staticmethod expected 1 argument, got \(args.positionalCount)")
      }
      d.unsafeAs(PyStaticMethod.self).function = args[0]
    }
    sm.slots.call = { ts, d, args throws(PyError) in try Protocols.call(ts, d.unsafeAs(PyStaticMethod.self).function, args) }
    sm.addProperty("__func__") { _, d in d.unsafeAs(PyStaticMethod.self).function }
    sm.addProperty("__wrapped__") { _, d in d.unsafeAs(PyStaticMethod.self).function }
    sm.addProperty("__isabstractmethod__") { ts, d throws(PyError) in
      try Protocols.getAttrOptional(ts, d.unsafeAs(PyStaticMethod.self).function, PyStr.intern("__isabstractmethod__")) ?? .bool(false)
    }
    sm.slots.repr = { ts, d throws(PyError) in
      .object(PyStr("<staticmethod(\(try Protocols.reprString(ts, d.unsafeAs(PyStaticMethod.self).function)))>"))
    }
    let cm = classmethod
    cm.slots.descrGet = { ts, d, inst, owner throws(PyError) in
      let f = d.unsafeAs(PyClassMethod.self).function
      let cls = owner ?? Value(Protocols.typeOf(inst!))
      if let g = Protocols.typeOf(f).slots.descrGet, !(f.object is PyFunction) {
        return try g(ts, f, cls, Value(Protocols.typeOf(cls)))
      }
      return .object(PyBoundMethod(function: f, selfValue: cls))
    }
    cm.slots.new = { _, cls, _ in .object(PyClassMethod(function: .none, type: cls)) }
    cm.slots.initialize = { _, d, args throws(PyError) in
      guard args.positionalCount == 1 else {
        throw PyError.typeError("classmethod expected 1 argument, got \(args.positionalCount)")
      }
      d.unsafeAs(PyClassMethod.self).function = args[0]
    }
    cm.addProperty("__func__") { _, d in d.unsafeAs(PyClassMethod.self).function }
    cm.addProperty("__wrapped__") { _, d in d.unsafeAs(PyClassMethod.self).function }
    cm.addProperty("__isabstractmethod__") { ts, d throws(PyError) in
      try Protocols.getAttrOptional(ts, d.unsafeAs(PyClassMethod.self).function, PyStr.intern("__isabstractmethod__")) ?? .bool(false)
    }
    cm.slots.repr = { ts, d throws(PyError) in
      .object(PyStr("<classmethod(\(try Protocols.reprString(ts, d.unsafeAs(PyClassMethod.self).function)))>"))
    }
    PropertyType.install(property)
  }
}
