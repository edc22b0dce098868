/// Creating classes: `type.__new__(meta, name, bases, namespace, **kwargs)` — what a `class`
/// statement ends in (CPython 3.11's `type_new` and its helpers, in their order): argument
/// checks, the most derived metaclass, the best base, `__slots__`, the class attributes the
/// namespace implies (`__module__`, `__qualname__`, `__classcell__`, implicit static and class
/// methods, member descriptors), the MRO, slot dispatchers, `__set_name__` and
/// `__init_subclass__`.
enum TypeCreation {
  static func typeNew(_ ts: ThreadState, _ meta: PyType, _ args: Args) throws(PyError) -> Value {
    // PyArg_ParseTuple(args, "UO!O!:type.__new__", ...)
    let n = args.positionalCount
    guard n == 3 else {
      throw PyError.typeError("type.__new__() takes exactly 3 arguments (\(n) given)")
    }
    guard let nameStr = args[0].as(PyStr.self) else {
      throw PyError.typeError("type.__new__() argument 1 must be str, not \(Protocols.typeName(args[0]))")
    }
    guard let basesTuple = args[1].as(PyTuple.self) else {
      throw PyError.typeError("type.__new__() argument 2 must be tuple, not \(Protocols.typeName(args[1]))")
    }
    guard let namespace = args[2].as(PyDict.self) else {
      throw PyError.typeError("type.__new__() argument 3 must be dict, not \(Protocols.typeName(args[2]))")
    }

    // type_new_get_bases
    var metatype = meta
    let base: PyType
    var bases: [PyType]
    if basesTuple.items.isEmpty {
      base = BuiltinTypes.object
      bases = [base]
    } else {
      for b in basesTuple.items where b.as(PyType.self) == nil {
        if try Protocols.getAttrOptional(ts, b, PyStr.intern("__mro_entries__")) != nil {
          throw PyError.typeError("type() doesn't support MRO entry resolution; use types.new_class()")
        }
      }
      let winner = try calculateMetaclass(meta, basesTuple.items)
      if winner !== meta {
        if !usesTypeNew(winner), let new = winner.slots.new {
          return try new(ts, winner, args)
        }
        metatype = winner
      }
      base = try TypeLayout.bestBase(basesTuple.items)
      bases = basesTuple.items.map { $0.unsafeAs(PyType.self) }
    }

    let dict = namespace.copy()
    let name = nameStr.string
    let slots = try SlotsSupport.plan(ts, nameStr, base: base, bases: bases, dict: dict)

    // type_new_alloc
    let cls = PyType(metatype: metatype, name: name, base: base, bases: bases,
                     flags: [.heapType, .baseType], dict: dict)
    ts.interpreter.registerDeferred(cls)
    cls.typeFlags.formUnion(base.typeFlags.intersection([.longSubclass, .listSubclass, .tupleSubclass,
                                                         .bytesSubclass, .unicodeSubclass, .dictSubclass,
                                                         .baseExceptionSubclass, .typeSubclass, .sequence, .mapping]))
    for b in bases { cls.typeFlags.formUnion(b.typeFlags.intersection([.sequence, .mapping])) }

    // type_new_set_attrs
    try checkName(nameStr)
    if keepsNameObject(nameStr) { cls.nameObject = nameStr }
    if dict.get("__module__") == nil, let frame = ts.currentFrame, let m = frame.pointee.globals.get("__name__") {
      dict.set("__module__", m)
    }
    if let q = dict.get("__qualname__") {
      guard let qs = q.as(PyStr.self) else {
        throw PyError.typeError("type __qualname__ must be a str, not \(Protocols.typeName(q))")
      }
      cls.qualname = qs.string
      dict.remove(PyStr.intern("__qualname__"))
    }
    if let f = dict.get("__new__"), f.object is PyFunction {
      dict.set("__new__", .object(PyStaticMethod(function: f)))
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
      if let f = dict.get(special), f.object is PyFunction {
        dict.set(special, .object(PyClassMethod(function: f)))
      }
    }
    if let cellValue = dict.get("__classcell__") {
      guard let cell = cellValue.as(PyCell.self) else {
        throw PyError.typeError("__classcell__ must be a nonlocal cell, not \(try Protocols.reprString(ts, Value(Protocols.typeOf(cellValue))))")
      }
      cell.value = Value(cls)
      dict.remove(PyStr.intern("__classcell__"))
    }
    // Slot members after `__qualname__`/`__classcell__` left the namespace: both may be
    // slot names (their member descriptors are added as PyType_Ready's add_members does).
    SlotsSupport.install(cls, slots)

    // PyType_Ready: MRO, dict defaults, subclass registration, slot dispatchers.
    cls.mro = try TypeMRO.compute(ts, cls)
    SlotsSupport.addDictDescriptors(cls, slots)
    if dict.get("__doc__") == nil { dict.set("__doc__", .none) }
    // type_ready_set_hash: a class defining __eq__ but not __hash__ is unhashable.
    if dict.get("__eq__") != nil && dict.get("__hash__") == nil { dict.set("__hash__", .none) }
    for b in bases { b.addSubclass(cls) }
    cls.fixupSlots()

    try setNames(ts, cls)
    try initSubclass(ts, cls, args)
    return Value(cls)
  }

  /// Whether a class's `__name__` must be kept as given: a str subclass instance, or a name
  /// with dots (`PyType.name` doubles as tp_name, whose `__name__` is after the last dot
  /// for native types).
  static func keepsNameObject(_ s: PyStr) -> Bool {
    !s.isExactStr || s.string.utf8.contains(UInt8(ascii: "."))
  }

  /// The most derived metaclass of `meta` and the bases' metaclasses
  /// (`_PyType_CalculateMetaclass`).
  static func calculateMetaclass(_ meta: PyType, _ bases: [Value]) throws(PyError) -> PyType {
    var winner = meta
    for b in bases {
      let bm = Protocols.typeOf(b)
      if winner.isSubtype(of: bm) { continue }
      if bm.isSubtype(of: winner) {
        winner = bm
        continue
      }
      throw PyError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
    }
    return winner
  }

  /// True when `meta`'s `__new__` is `type.__new__` itself (CPython's `tp_new == type_new`).
  static func usesTypeNew(_ meta: PyType) -> Bool {
    let n = PyStr.intern("__new__")
    guard let mine = meta.lookup(n), let typeNew = BuiltinTypes.type.dict.get(n) else { return false }
    return mine.isIdentical(to: typeNew)
  }

  /// A class name must be encodable (no lone surrogates) and contain no NUL.
  static func checkName(_ s: PyStr) throws(PyError) {
    for i in 0..<s.count {
      let c = s[i]
      if c >= 0xD800 && c <= 0xDFFF {
        throw UnicodeErrors.encodeError("utf-8", s, i, i + 1, "surrogates not allowed")
      }
    }
    for i in 0..<s.count where s[i] == 0 {
      throw PyError.valueError("type name must not contain null characters")
    }
  }

  /// Calls `__set_name__(cls, name)` on every attribute whose type defines it; errors are
  /// re-raised as CPython 3.11 does (RuntimeError from the original).
  static func setNames(_ ts: ThreadState, _ cls: PyType) throws(PyError) {
    let name = PyStr.intern("__set_name__")
    for (k, v) in cls.dict.items {
      guard let setName = try Protocols.lookupSpecial(ts, v, name) else { continue }
      do throws(PyError) {
        _ = try Protocols.call(ts, setName, [Value(cls), k])
      } catch {
        let message = "Error calling __set_name__ on '\(Protocols.typeName(v))' instance \(try Protocols.reprString(ts, k)) in '\(cls.name)'"
        let e = PyBaseException(type: BuiltinTypes.exceptions.runtimeError, message: message)
        // _PyErr_FormatFromCause: the original becomes __cause__ and __context__.
        e.cause = .object(error.exception)
        e.context = .object(error.exception)
        e.suppressContext = true
        throw PyError(e)
      }
    }
  }

  /// `super(cls, cls).__init_subclass__(**kwargs)` with the keywords of the class statement.
  static func initSubclass(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) {
    let name = PyStr.intern("__init_subclass__")
    let mro = cls.mro
    // super(cls, cls): a custom mro() may have left cls out of its own MRO.
    guard mro.contains(where: { $0 === cls }) else {
      throw PyError.typeError("super(type, obj): obj must be an instance or subtype of type")
    }
    var found: Value? = nil
    var i = 1
    while i < mro.count {
      if let v = mro[i].dict.get(name) {
        found = v
        break
      }
      i += 1
    }
    guard let method = found else { return }
    let bound = try Protocols.bindDescriptor(ts, method, instance: nil, owner: Value(cls))
    let kw = Args(base: args.base + 3, count: args.count - 3, kwnames: args.kwnames)
    _ = try Protocols.call(ts, bound, kw)
  }
}
