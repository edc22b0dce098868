/// `object`: the root of the object model — default behaviours every object inherits
/// (CPython's Objects/typeobject.c `object_new`, `object_init`, `object_richcompare`,
/// `object_format`, `object___dir__`, `object_set_class`, `object_init_subclass` …).
extension BuiltinTypes {
  static func installObject() {
    let t = object
    t.slots.repr = { _, v in .object(PyStr(Protocols.defaultRepr(v))) }
    t.slots.str = { ts, v throws(PyError) in
      // object_str: type(self).__repr__(self)
      let rt = Protocols.typeOf(v)
      guard let f = rt.slots.repr else { return .object(PyStr(Protocols.defaultRepr(v))) }
      return try f(ts, v)
    }
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
    t.slots.new = { ts, cls, args throws(PyError) in try ObjectSupport.objectNew(ts, cls, args) }
    t.slots.initialize = { _, v, args throws(PyError) in
      if args.count > 0 {
        let cls = Protocols.typeOf(v)
        if !ObjectSupport.usesObjectInit(cls) {
          throw PyError.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        if ObjectSupport.usesObjectNew(cls) {
          throw PyError.typeError("\(cls.name).__init__() takes exactly one argument (the instance to initialize)")
        }
      }
    }
    t.addMethod("__getattribute__") { ts, v, a throws(PyError) in
      try ObjectSupport.checkArgumentCount(a, 1)
      guard let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
      }
      return try Protocols.genericGetAttr(ts, v, n)
    }
    t.addMethod("__setattr__") { ts, v, a throws(PyError) in
      try ObjectSupport.checkArgumentCount(a, 2)
      try ObjectSupport.checkSetAttrOnType(v, "__setattr__")
      guard let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
      }
      try Protocols.genericSetAttr(ts, v, n, a[1])
      return .none
    }
    t.addMethod("__delattr__") { ts, v, a throws(PyError) in
      try ObjectSupport.checkArgumentCount(a, 1)
      try ObjectSupport.checkSetAttrOnType(v, "__delattr__")
      guard let n = a[0].as(PyStr.self) else {
        throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
      }
      try Protocols.genericSetAttr(ts, v, n, nil)
      return .none
    }
    t.addProperty("__class__", get: { _, v in Value(Protocols.typeOf(v)) }, set: { ts, v, nv throws(PyError) in
      try ObjectSupport.setClass(ts, v, nv)
    })
    t.addMethod("__dir__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__dir__", min: 0, max: 0)
      return try ObjectSupport.dir(ts, v)
    }
    t.addMethod("__format__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__format__", min: 1, max: 1)
      guard let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      if spec.count > 0 {
        throw PyError.typeError("unsupported format string passed to \(Protocols.typeName(v)).__format__")
      }
      return .object(try Protocols.str(ts, v))
    }
    t.addMethod("__reduce_ex__") { ts, v, a throws(PyError) in try ObjectReduce.reduceEx(ts, v, a) }
    t.addMethod("__reduce__") { ts, v, a throws(PyError) in try ObjectReduce.reduce(ts, v, a) }
    t.addMethod("__sizeof__") { _, v, _ in .int(ObjectSupport.sizeof(v)) }
    t.addMethod("__getstate__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__getstate__", min: 0, max: 0)
      return try ObjectSupport.getState(ts, v)
    }
    t.addClassMethod("__init_subclass__") { _, cls, a throws(PyError) in
      if a.count > a.positionalCount {
        throw PyError.typeError("\(DescriptorChecks.boundQualname(cls)).__init_subclass__() takes no keyword arguments")
      }
      if a.count > 0 {
        throw PyError.typeError("\(DescriptorChecks.boundQualname(cls)).__init_subclass__() takes no arguments (\(a.count) given)")
      }
      return .none
    }
    t.addClassMethod("__subclasshook__") { _, _, _ in .notImplemented }
    t.dict.set("__doc__", .object(PyStr.intern("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")))
  }
}

/// An instance of exactly `object` (`object()`): no attributes, no dict.
public final class PyPlainObject: PyObject {}

extension ObjectSupport {
  /// `object.__new__(cls, *args)` (CPython's `object_new`): the excess-argument rules, the
  /// abstract-class check, then a new instance of the object layout.
  static func objectNew(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    if args.count > 0 {
      if !usesObjectNew(cls) {
        throw PyError.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
      }
      if usesObjectInit(cls) {
        throw PyError.typeError("\(cls.name)() takes no arguments")
      }
    }
    if cls.typeFlags.contains(.isAbstract) {
      try abstractInstantiationError(ts, cls)
    }
    if cls === BuiltinTypes.object { return .object(PyPlainObject(type: cls)) }
    // tp_new_wrapper's safety check: the nearest builtin base must use object.__new__.
    var staticBase = cls
    while staticBase.typeFlags.contains(.heapType), let b = staticBase.base { staticBase = b }
    if staticBase !== BuiltinTypes.object {
      throw PyError.typeError("object.__new__(\(cls.name)) is not safe, use \(staticBase.name).__new__()")
    }
    let inst = PyInstance(type: cls)
    ts.allocationSerial &+= 1
    inst.serial = ts.allocationSerial
    return .object(inst)
  }

  /// `object.__getstate__()` (CPython 3.11's `object_getstate_default`): the instance dict
  /// (None when empty), paired with a dict of the set `__slots__` values when there are any.
  static func getState(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    var state: Value = .none
    if let d = Protocols.instanceDict(v), d.count > 0 { state = .object(d) }
    let slots = PyDict()
    for c in Protocols.typeOf(v).mro where c.typeFlags.contains(.heapType) && c.declaresSlots {
      guard let declared = c.dict.get("__slots__") else { continue }
      let names: [Value] = declared.as(PyStr.self) != nil ? [declared] : try Protocols.toArray(ts, declared)
      for n in names {
        guard let s = n.as(PyStr.self), s.string != "__dict__", s.string != "__weakref__" else { continue }
        let mangled = PyStr.intern(SlotsSupport.mangle(c.name, s.string))
        if let value = try Protocols.getAttrOptional(ts, v, mangled) {
          try slots.setItem(ts, .object(mangled), value)
        }
      }
    }
    if slots.count > 0 { return .object(PyTuple([state, .object(slots)])) }
    return state
  }

  /// The class's `tp_new` is `object.__new__` (no class in its MRO overrides `__new__`).
  static func usesObjectNew(_ cls: PyType) -> Bool {
    if cls.typeFlags.contains(.heapType) { return cls.newIsObjectNew }
    return inheritsFromObject(cls, Dunder.new)
  }

  /// The class's `tp_init` is `object.__init__`.
  static func usesObjectInit(_ cls: PyType) -> Bool {
    if cls.typeFlags.contains(.heapType) { return cls.initIsObjectInit }
    return inheritsFromObject(cls, Dunder.`init`)
  }

  /// True when looking `name` up on `cls` finds `object`'s own definition.
  static func inheritsFromObject(_ cls: PyType, _ n: PyStr) -> Bool {
    guard let found = cls.lookup(n), let mine = BuiltinTypes.object.dict.get(n) else { return false }
    return found.isIdentical(to: mine)
  }

  /// The "expected N arguments, got M" check of slot wrappers (CPython's `check_num_args`
  /// and `PyArg_UnpackTuple(args, "", …)`, whose empty name leaves a leading space).
  static func checkArgumentCount(_ a: Args, _ n: Int) throws(PyError) {
    if a.count > a.positionalCount { throw PyError.typeError("wrapper takes no keyword arguments") }
    if a.count != n {
      if n == 1 { throw PyError.typeError("expected 1 argument, got \(a.count)") }
      throw PyError.typeError(" expected \(n) arguments, got \(a.count)")
    }
  }
}
