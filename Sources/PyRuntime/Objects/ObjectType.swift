/// `object` and `type`: the roots of the object model — default behaviours every object
/// inherits, and what calling a class does.
extension BuiltinTypes {
  static func installObject() {
    let t = object
    t.slots.repr = { _, v in .object(PyStr(Protocols.defaultRepr(v))) }
    t.slots.str = { ts, v throws(PyError) in .object(try Protocols.repr(ts, v)) }
    t.slots.hash = { _, v in
      let x = UInt(bitPattern: Protocols.identity(v))
      return Int(bitPattern: (x >> 4) | (x << 60))
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      switch op {
      case .eq: return a.isIdentical(to: b) ? .bool(true) : .notImplemented
      case .ne:
        // `!=` inverts `__eq__` unless that is NotImplemented.
        let ta = Protocols.typeOf(a)
        guard let eq = ta.slots.richCompare else { return .notImplemented }
        let r = try eq(ts, a, b, .eq)
        if r.isNotImplemented { return r }
        return .bool(!(try Protocols.isTrue(ts, r)))
      default: return .notImplemented
      }
    }
    t.slots.new = { ts, cls, args throws(PyError) in
      if args.count > 0 {
        // Extra arguments are an error unless __init__ is overridden and __new__ is not.
        let overridesNew = cls.overridesObject(Dunder.new)
        let overridesInit = cls.overridesObject(Dunder.`init`)
        if overridesNew || !overridesInit {
          throw PyError.typeError(cls === BuiltinTypes.object || overridesNew
                                  ? "object.__new__() takes exactly one argument (the type to instantiate)"
                                  : "\(cls.name)() takes no arguments")
        }
      }
      if cls.typeFlags.contains(.isAbstract) {
        return try ObjectSupport.abstractInstantiationError(ts, cls)
      }
      if cls === BuiltinTypes.object { return .object(PyPlainObject(type: cls)) }
      guard cls.typeFlags.contains(.heapType) else {
        throw PyError.typeError("object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
      }
      return .object(PyInstance(type: cls))
    }
    t.slots.initialize = { ts, v, args throws(PyError) in
      if args.count > 0 {
        let cls = Protocols.typeOf(v)
        let overridesNew = cls.overridesObject(Dunder.new)
        let overridesInit = cls.overridesObject(Dunder.`init`)
        if overridesInit || !overridesNew {
          throw PyError.typeError(overridesInit
                                  ? "object.__init__() takes exactly one argument (the instance to initialize)"
                                  : "\(cls.name).__init__() takes exactly one argument (the instance to initialize)")
        }
      }
    }
    t.addMethod("__getattribute__") { ts, v, a throws(PyError) in
      guard a.count == 1, let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("attribute name must be string, not '\(a.count > 0 ? Protocols.typeName(a[0]) : "nothing")'")
      }
      return try Protocols.genericGetAttr(ts, v, n)
    }
    t.addMethod("__setattr__") { ts, v, a throws(PyError) in
      guard a.count == 2, let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("expected 2 arguments, got \(a.count)")
      }
      try ObjectSupport.checkSetAttrOnType(v, "__setattr__")
      try Protocols.genericSetAttr(ts, v, n, a[1])
      return .none
    }
    t.addMethod("__delattr__") { ts, v, a throws(PyError) in
      guard a.count == 1, let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("expected 1 argument, got \(a.count)")
      }
      try Protocols.genericSetAttr(ts, v, n, nil)
      return .none
    }
    t.addProperty("__class__", get: { _, v in Value(Protocols.typeOf(v)) }, set: { ts, v, nv throws(PyError) in
      try ObjectSupport.setClass(ts, v, nv)
    })
    t.addMethod("__dir__") { ts, v, _ throws(PyError) in try ObjectSupport.dir(ts, v) }
    t.addMethod("__format__") { ts, v, a throws(PyError) in
      guard a.count == 1, let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str")
      }
      if spec.count > 0 {
        throw PyError.typeError("unsupported format string passed to \(Protocols.typeName(v)).__format__")
      }
      return .object(try Protocols.str(ts, v))
    }
    t.addMethod("__reduce_ex__") { ts, v, a throws(PyError) in try ObjectSupport.reduceEx(ts, v, a) }
    t.addMethod("__reduce__") { ts, v, a throws(PyError) in try ObjectSupport.reduceEx(ts, v, a) }
    t.addMethod("__sizeof__") { _, v, _ in .int(ObjectSupport.sizeof(v)) }
    t.addClassMethod("__init_subclass__") { _, _, a throws(PyError) in
      if a.count > 0 {
        throw PyError.typeError("\(Protocols.typeName(.none) == "" ? "" : "")__init_subclass__() takes no keyword arguments")
      }
      return .none
    }
    t.addClassMethod("__subclasshook__") { _, _, _ in .notImplemented }
    t.dict.set("__doc__", .object(PyStr.intern("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")))
  }
}

/// An instance of exactly `object` (`object()`): no attributes, no dict.
public final class PyPlainObject: PyObject {}
