/// `staticmethod` and `classmethod` (CPython 3.11's Objects/funcobject.c): wrapping a
/// callable, copying its `__module__`/`__name__`/`__qualname__`/`__doc__`/`__annotations__`
/// into the wrapper's `__dict__` (`functools_wraps`), binding (a classmethod binds the class,
/// chaining through a wrapped descriptor's `__get__`), and their attributes.
enum StaticAndClassMethods {
  static func install() {
    installStaticMethod(BuiltinTypes.staticmethod)
    installClassMethod(BuiltinTypes.classmethod)
  }

  /// Parses `staticmethod(callable)` / `classmethod(callable)`.
  static func callableArgument(_ args: Args, _ name: String) throws(PyError) -> Value {
    if args.count > args.positionalCount { throw PyError.typeError("\(name)() takes no keyword arguments") }
    guard args.positionalCount == 1 else {
      throw PyError.typeError("\(name) expected 1 argument, got \(args.positionalCount)")
    }
    return args[0]
  }

  /// Copies the wrapped callable's identifying attributes into the wrapper's dict, skipping
  /// the ones it lacks (`functools_wraps`).
  static func copyAttributes(_ ts: ThreadState, from wrapped: Value, into dict: PyDict) throws(PyError) {
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
      let n = PyStr.intern(name)
      if let v = try Protocols.getAttrOptional(ts, wrapped, n) {
        dict.set(n, v)
      }
    }
  }

  static func installStaticMethod(_ sm: PyType) {
    func me(_ v: Value) -> PyStaticMethod { v.unsafeAs(PyStaticMethod.self) }
    sm.slots.new = { _, cls, _ in
      let o = PyStaticMethod(function: .none, type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    sm.slots.initialize = { ts, d, args throws(PyError) in
      let f = try callableArgument(args, "staticmethod")
      let s = me(d)
      s.function = f
      try copyAttributes(ts, from: f, into: s.attributeDict)
    }
    sm.slots.descrGet = { _, d, _, _ in me(d).function }
    sm.slots.call = { ts, d, args throws(PyError) in try Protocols.call(ts, me(d).function, args) }
    sm.slots.repr = { ts, d throws(PyError) in
      .object(PyStr("<staticmethod(\(try Protocols.reprString(ts, me(d).function)))>"))
    }
    sm.addReadOnlyMember("__func__") { _, d in me(d).function }
    sm.addReadOnlyMember("__wrapped__") { _, d in me(d).function }
    sm.addProperty("__isabstractmethod__") { ts, d throws(PyError) in
      .bool(try isAbstract(ts, me(d).function))
    }
    sm.addProperty("__dict__", get: { _, d in .object(me(d).attributeDict) }, set: { _, d, nv throws(PyError) in
      try setDict(nv) { me(d).dict = $0 }
    })
  }

  static func installClassMethod(_ cm: PyType) {
    func me(_ v: Value) -> PyClassMethod { v.unsafeAs(PyClassMethod.self) }
    cm.slots.new = { _, cls, _ in
      let o = PyClassMethod(function: .unbound, type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    cm.slots.initialize = { ts, d, args throws(PyError) in
      let f = try callableArgument(args, "classmethod")
      let c = me(d)
      c.function = f
      try copyAttributes(ts, from: f, into: c.attributeDict)
    }
    cm.slots.descrGet = { ts, d, inst, owner throws(PyError) in
      let f = me(d).function
      if f.isUnbound { throw PyError.runtimeError("uninitialized classmethod object") }
      let cls = owner ?? Value(Protocols.typeOf(inst!))
      if let g = Protocols.typeOf(f).slots.descrGet {
        return try g(ts, f, cls, cls)
      }
      return .object(PyBoundMethod(function: f, selfValue: cls))
    }
    cm.slots.repr = { ts, d throws(PyError) in
      .object(PyStr("<classmethod(\(try Protocols.reprString(ts, me(d).function)))>"))
    }
    cm.addReadOnlyMember("__func__") { _, d in me(d).function }
    cm.addReadOnlyMember("__wrapped__") { _, d in me(d).function }
    cm.addProperty("__isabstractmethod__") { ts, d throws(PyError) in
      .bool(try isAbstract(ts, me(d).function))
    }
    cm.addProperty("__dict__", get: { _, d in .object(me(d).attributeDict) }, set: { _, d, nv throws(PyError) in
      try setDict(nv) { me(d).dict = $0 }
    })
  }

  static func setDict(_ nv: Value?, _ store: (PyDict) -> Void) throws(PyError) {
    guard let nv else { throw PyError.typeError("cannot delete __dict__") }
    guard let d = nv.as(PyDict.self) else {
      throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(Protocols.typeName(nv))'")
    }
    store(d)
  }

  /// `_PyObject_IsAbstract`: the `__isabstractmethod__` attribute, truth-tested.
  static func isAbstract(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    guard let a = try Protocols.getAttrOptional(ts, v, PyStr.intern("__isabstractmethod__")) else { return false }
    return try Protocols.isTrue(ts, a)
  }
}

extension PyStaticMethod {
  /// The instance dict, created on first use.
  var attributeDict: PyDict {
    if let d = dict { return d }
    let d = PyDict()
    dict = d
    return d
  }
}

extension PyClassMethod {
  /// The instance dict, created on first use.
  var attributeDict: PyDict {
    if let d = dict { return d }
    let d = PyDict()
    dict = d
    return d
  }
}
