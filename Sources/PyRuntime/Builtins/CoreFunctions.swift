/// The builtin functions about objects and types (CPython's Python/bltinmodule.c): `len`,
/// `repr`, `isinstance`/`issubclass`, attribute access, `id`, `hash`, `callable`, and class
/// building (`__build_class__`).
enum CoreFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("len", len), ("repr", repr), ("isinstance", isinstance),
    ("issubclass", issubclass), ("__build_class__", buildClass), ("getattr", getattr),
    ("setattr", setattr), ("hasattr", hasattr), ("delattr", delattr), ("id", id), ("hash", hash),
    ("callable", callable),
  ]

  static func len(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "len", min: 1, max: 1)
    return .int(try Protocols.length(ts, args[0]))
  }

  static func repr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "repr", min: 1, max: 1)
    return .object(try Protocols.repr(ts, args[0]))
  }

  static func isinstance(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "isinstance", min: 2, max: 2)
    return .bool(try TypeChecks.isInstance(ts, args[0], args[1]))
  }

  static func issubclass(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "issubclass", min: 2, max: 2)
    return .bool(try TypeChecks.isSubclass(ts, args[0], args[1]))
  }

  static func getattr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "getattr", min: 2, max: 3)
    guard let name = args[1].as(PyStr.self) else {
      throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(args[1]))'")
    }
    if args.count == 3 {
      return try Protocols.getAttrOptional(ts, args[0], name) ?? args[2]
    }
    return try Protocols.getAttr(ts, args[0], name)
  }

  static func setattr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "setattr", min: 3, max: 3)
    guard let name = args[1].as(PyStr.self) else {
      throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(args[1]))'")
    }
    try Protocols.setAttr(ts, args[0], name.isExactStr ? PyStr.intern(name) : name, args[2])
    return .none
  }

  static func delattr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "delattr", min: 2, max: 2)
    guard let name = args[1].as(PyStr.self) else {
      throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(args[1]))'")
    }
    try Protocols.setAttr(ts, args[0], PyStr.intern(name), nil)
    return .none
  }

  static func hasattr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "hasattr", min: 2, max: 2)
    guard let name = args[1].as(PyStr.self) else {
      throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(args[1]))'")
    }
    return .bool(try Protocols.getAttrOptional(ts, args[0], name) != nil)
  }

  static func id(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "id", min: 1, max: 1)
    return .int(Protocols.identity(args[0]))
  }

  static func hash(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "hash", min: 1, max: 1)
    return .int(try Protocols.hash(ts, args[0]))
  }

  static func callable(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "callable", min: 1, max: 1)
    return .bool(Protocols.isCallable(args[0]))
  }

  /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: runs the class body and
  /// calls the metaclass.
  static func buildClass(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    guard args.positionalCount >= 2 else { throw PyError.typeError("__build_class__: not enough arguments") }
    guard let body = args[0].as(PyFunction.self) else { throw PyError.typeError("__build_class__: func must be a function") }
    guard let name = args[1].as(PyStr.self) else { throw PyError.typeError("__build_class__: name is not a string") }
    let origBases = Array((2..<args.positionalCount).map { args[$0] })
    var meta: Value? = nil
    var kwargs: [(PyStr, Value)] = []
    for (k, v) in args.keywords {
      if k.string == "metaclass" { meta = v } else { kwargs.append((k, v)) }
    }
    // PEP 560: __mro_entries__.
    var bases: [Value] = []
    var changed = false
    for b in origBases {
      if b.as(PyType.self) == nil, let me = try Protocols.getAttrOptional(ts, b, PyStr.intern("__mro_entries__")) {
        let r = try Protocols.call(ts, me, [.object(PyTuple(origBases))])
        guard let t = r.as(PyTuple.self) else { throw PyError.typeError("__mro_entries__ must return a tuple") }
        bases.append(contentsOf: t.items)
        changed = true
      } else {
        bases.append(b)
      }
    }
    let basesTuple = PyTuple(bases)
    var isClass = false
    if meta == nil {
      meta = bases.isEmpty ? Value(BuiltinTypes.type) : Value(Protocols.typeOf(bases[0]))
      isClass = true
    } else if meta!.as(PyType.self) != nil {
      isClass = true
    }
    if isClass, let mt = meta!.as(PyType.self) {
      // The most derived metaclass.
      var winner = mt
      for b in bases {
        let bm = Protocols.typeOf(b)
        if winner.isSubtype(of: bm) { continue }
        if bm.isSubtype(of: winner) { winner = bm; continue }
        throw PyError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
      }
      meta = Value(winner)
    }
    let kwNames = kwargs.isEmpty ? nil : PyTuple(kwargs.map { .object($0.0) })
    let kwValues = kwargs.map { $0.1 }
    var ns: Value
    if let prepare = try Protocols.getAttrOptional(ts, meta!, PyStr.intern("__prepare__")) {
      ns = try Args.with([.object(name), .object(basesTuple)] + kwValues, kwnames: kwNames) { a throws(PyError) in
        try Protocols.call(ts, prepare, a)
      }
    } else {
      ns = .object(PyDict())
    }
    if ns.as(PyDict.self) == nil && Protocols.typeOf(ns).slots.getItem == nil {
      let metaName = meta!.as(PyType.self)?.name ?? "<metaclass>"
      throw PyError.typeError("\(metaName).__prepare__() must return a mapping, not \(Protocols.typeName(ns))")
    }
    let cell = try ts.runClassBody(body, namespace: ns)
    if changed, let d = ns.as(PyDict.self) {
      d.set("__orig_bases__", .object(PyTuple(origBases)))
    } else if changed {
      try Protocols.setItem(ts, ns, .object(PyStr.intern("__orig_bases__")), .object(PyTuple(origBases)))
    }
    let cls = try Args.with([.object(name), .object(basesTuple), ns] + kwValues, kwnames: kwNames) { a throws(PyError) in
      try Protocols.call(ts, meta!, a)
    }
    if let c = cell?.as(PyCell.self), cls.as(PyType.self) != nil {
      if !c.value.isIdentical(to: cls) {
        if c.value.isUnbound {
          throw PyError.runtimeError("__class__ not set defining \(try Protocols.reprString(ts, .object(name))) as \(try Protocols.reprString(ts, cls)). Was __classcell__ propagated to type.__new__?")
        }
        throw PyError.typeError("__class__ set to \(try Protocols.reprString(ts, c.value)) defining \(try Protocols.reprString(ts, .object(name))) as \(try Protocols.reprString(ts, cls))")
      }
    }
    return cls
  }
}

/// `iter(callable, sentinel)`.
public final class CallableIterator: PyObject {
  var callable: Value
  let sentinel: Value

  init(callable: Value, sentinel: Value) {
    self.callable = callable
    self.sentinel = sentinel
    super.init(type: BuiltinTypes.callableIterator)
  }
}

extension BuiltinTypes {
  public static let callableIterator: PyType = PyType.builtin("callable_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      let it = v.unsafeAs(CallableIterator.self)
      if it.callable.isUnbound { return nil }
      let r = try Protocols.call(ts, it.callable, [])
      if try Protocols.richCompareBool(ts, r, it.sentinel, .eq) {
        it.callable = .unbound
        return nil
      }
      return r
    }
  }
}

/// isinstance/issubclass with tuples, `__instancecheck__` and `__subclasscheck__`.
public enum TypeChecks {
  public static func isInstance(_ ts: ThreadState, _ v: Value, _ cls: Value) throws(PyError) -> Bool {
    if let t = cls.as(PyType.self) {
      if Protocols.typeOf(v).isSubtype(of: t) { return true }
      if t.type === BuiltinTypes.type { return try TypeSupport.isInstanceDefault(ts, v, t) }
    }
    // Tuples (and unions, as their arguments) and checkers count one level of recursion, as
    // CPython's object_recursive_isinstance (" in __instancecheck__").
    if let tup = cls.as(PyTuple.self) {
      try ts.enterRecursiveCall(" in __instancecheck__")
      defer { ts.leaveRecursiveCall() }
      for c in tup.items where try isInstance(ts, v, c) { return true }
      return false
    }
    if let u = cls.as(UnionType.self) {
      try ts.enterRecursiveCall(" in __instancecheck__")
      defer { ts.leaveRecursiveCall() }
      for c in u.args where try isInstance(ts, v, c) { return true }
      return false
    }
    if let check = try Protocols.lookupSpecial(ts, cls, PyStr.intern("__instancecheck__")) {
      try ts.enterRecursiveCall(" in __instancecheck__")
      defer { ts.leaveRecursiveCall() }
      return try Protocols.isTrue(ts, try Protocols.call(ts, check, [v]))
    }
    throw PyError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
  }

  public static func isSubclass(_ ts: ThreadState, _ v: Value, _ cls: Value) throws(PyError) -> Bool {
    if let t = cls.as(PyType.self), t.type === BuiltinTypes.type {
      guard let vt = v.as(PyType.self) else { throw PyError.typeError("issubclass() arg 1 must be a class") }
      return vt.isSubtype(of: t)
    }
    // Tuples (and unions, as their arguments) and checkers count one level of recursion, as
    // CPython's object_recursive_issubclass (" in __subclasscheck__").
    if let tup = cls.as(PyTuple.self) {
      try ts.enterRecursiveCall(" in __subclasscheck__")
      defer { ts.leaveRecursiveCall() }
      for c in tup.items where try isSubclass(ts, v, c) { return true }
      return false
    }
    if let u = cls.as(UnionType.self) {
      try ts.enterRecursiveCall(" in __subclasscheck__")
      defer { ts.leaveRecursiveCall() }
      for c in u.args where try isSubclass(ts, v, c) { return true }
      return false
    }
    if let check = try Protocols.lookupSpecial(ts, cls, PyStr.intern("__subclasscheck__")) {
      try ts.enterRecursiveCall(" in __subclasscheck__")
      defer { ts.leaveRecursiveCall() }
      return try Protocols.isTrue(ts, try Protocols.call(ts, check, [v]))
    }
    throw PyError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
  }
}
