/// The algorithms behind `type`'s slots (CPython's Objects/typeobject.c `type_call`,
/// `type_getattro`, `type_setattro`, `type_set_bases`), `dir()` of classes, and
/// isinstance/issubclass without hooks.
enum TypeSupport {
  /// Calling a class (`type_call`): `__new__`, then `__init__` when the result is an instance.
  static func call(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    if cls === BuiltinTypes.type {
      let n = args.positionalCount
      if n == 1 {
        if args.count > 1 { throw PyError.typeError("type() takes no keyword arguments") }
        return Value(Protocols.typeOf(args[0]))
      }
      if n != 3 { throw PyError.typeError("type() takes 1 or 3 arguments") }
    }
    guard let new = cls.slots.new, !cls.typeFlags.contains(.disallowInstantiation) else {
      throw PyError.typeError("cannot create '\(cls.name)' instances")
    }
    let obj = try new(ts, cls, args)
    unowned(unsafe) let ot = Protocols.typeRef(obj)
    if ot !== cls && !ot.isSubtype(of: cls) { return obj }
    if let initialize = ot.slots.initialize {
      try initialize(ts, obj, args)
    }
    return obj
  }

  /// `module.qualname` for classes outside `builtins`, else the qualname (as `type.__repr__`
  /// and messages that name classes show them).
  static func qualifiedName(_ t: PyType) -> String {
    if t.typeFlags.contains(.heapType) {
      let m = moduleName(t)
      return m == "builtins" ? t.qualname : m + "." + t.qualname
    }
    return t.name
  }

  /// `__module__` of a class as a string.
  static func moduleName(_ t: PyType) -> String {
    if t.typeFlags.contains(.heapType) {
      return t.dict.get("__module__")?.as(PyStr.self)?.string ?? "builtins"
    }
    if let dot = t.name.lastIndex(of: ".") { return String(t.name[..<dot]) }
    return "builtins"
  }

  /// `type.__repr__`: `<class 'module.qualname'>`, or `<class 'tp_name'>` when `__module__` is
  /// missing or not a str.
  static func repr(_ c: PyType) -> String {
    let module: PyStr?
    if c.typeFlags.contains(.heapType) {
      module = c.dict.get("__module__")?.as(PyStr.self)
    } else if let dot = c.name.lastIndex(of: ".") {
      module = PyStr(String(c.name[..<dot]))
    } else {
      module = PyStr.intern("builtins")
    }
    let name = c.typeFlags.contains(.heapType) ? c.qualname : String(c.shortName)
    if let m = module, m.string != "builtins" { return "<class '\(m.string).\(name)'>" }
    return "<class '\(c.name)'>"
  }

  /// `type.__getattribute__` (CPython's `type_getattro`): data descriptors of the metaclass,
  /// then the class's MRO, then other metaclass attributes.
  static func getAttribute(_ ts: ThreadState, _ cls: PyType, _ name: PyStr) throws(PyError) -> Value {
    unowned(unsafe) let meta = cls.type
    let metaAttr = meta.lookup(name)
    var metaGet: TypeSlots.DescrGet? = nil
    if let ma = metaAttr {
      unowned(unsafe) let mt = Protocols.typeRef(ma)
      metaGet = mt.slots.descrGet
      if let g = metaGet, mt.slots.descrSet != nil {
        return try g(ts, ma, Value(cls), Value(meta))
      }
    }
    if let attr = cls.lookup(name) {
      if let g = Protocols.typeRef(attr).slots.descrGet {
        return try g(ts, attr, nil, Value(cls))
      }
      return attr
    }
    if let ma = metaAttr {
      if let g = metaGet { return try g(ts, ma, Value(cls), Value(meta)) }
      return ma
    }
    let e = PyBaseException(type: BuiltinTypes.exceptions.attributeError,
                            message: "type object '\(cls.name)' has no attribute '\(name.string)'")
    ExceptionSupport.setField(e, "name", .object(name))
    ExceptionSupport.setField(e, "obj", Value(cls))
    throw PyError(e)
  }

  /// "cannot set 'X' attribute of immutable type 'T'" / "cannot delete …" for builtin types
  /// (CPython's `check_set_special_type_attr`).
  static func checkSpecialSet(_ cls: PyType, _ value: Value?, _ name: String) throws(PyError) {
    if !cls.typeFlags.contains(.heapType) {
      throw PyError.typeError("cannot set '\(name)' attribute of immutable type '\(cls.name)'")
    }
    if value == nil {
      throw PyError.typeError("cannot delete '\(name)' attribute of immutable type '\(cls.name)'")
    }
  }

  /// `type.__setattr__` (CPython's `type_setattro`): refused for builtin types; data
  /// descriptors of the metaclass, else the class dict; then caches are invalidated and slots
  /// re-derived for dunder names.
  static func setAttribute(_ ts: ThreadState, _ cls: PyType, _ name: PyStr, _ value: Value?) throws(PyError) {
    if !cls.typeFlags.contains(.heapType) {
      throw PyError.typeError("cannot set \(try Protocols.reprString(ts, .object(name))) attribute of immutable type '\(cls.name)'")
    }
    let key = name.isExactStr ? PyStr.intern(name) : PyStr.intern(name.string)
    if let ma = cls.type.lookup(key) {
      if let s = Protocols.typeOf(ma).slots.descrSet {
        try s(ts, ma, Value(cls), value)
        return
      }
    }
    if let value {
      cls.dict.set(key, value)
    } else if cls.dict.remove(key) == nil {
      throw PyError.attributeError("type object '\(cls.name)' has no attribute '\(key.string)'")
    }
    cls.modified()
    if isDunder(key) {
      cls.fixupSlotsRecursively()
    }
  }

  /// `__x__` names (at least five characters), as CPython's `is_dunder_name`.
  static func isDunder(_ s: PyStr) -> Bool {
    let n = s.count
    return n > 4 && s[0] == 95 && s[1] == 95 && s[n - 1] == 95 && s[n - 2] == 95
  }

  /// `cls.__bases__ = value` (CPython's `type_set_bases`).
  static func setBases(_ ts: ThreadState, _ cls: PyType, _ value: Value?) throws(PyError) {
    try checkSpecialSet(cls, value, "__bases__")
    guard let tuple = value!.as(PyTuple.self) else {
      throw PyError.typeError("can only assign tuple to \(cls.name).__bases__, not \(Protocols.typeName(value!))")
    }
    if tuple.items.isEmpty {
      throw PyError.typeError("can only assign non-empty tuple to \(cls.name).__bases__, not ()")
    }
    var newBases: [PyType] = []
    for v in tuple.items {
      guard let b = v.as(PyType.self) else {
        throw PyError.typeError("\(cls.name).__bases__ must be tuple of classes, not '\(Protocols.typeName(v))'")
      }
      if b.isSubtype(of: cls) {
        throw PyError.typeError("a __bases__ item causes an inheritance cycle")
      }
      newBases.append(b)
    }
    let newBase = try TypeLayout.bestBase(tuple.items)
    try TypeLayout.checkCompatible(cls.base ?? BuiltinTypes.object, newBase, "__bases__")
    let oldBases = cls.bases, oldBase = cls.base
    cls.bases = newBases
    cls.base = newBase
    do throws(PyError) {
      try TypeMRO.recomputeHierarchy(ts, cls)
    } catch {
      cls.bases = oldBases
      cls.base = oldBase
      throw error
    }
    for b in oldBases {
      b.removeSubclass(cls)
    }
    for b in newBases { b.addSubclass(cls) }
    cls.modified()
    cls.fixupSlotsRecursively()
  }

  /// `class1 | class2` → `types.UnionType` (PEP 604).
  static func unionOr(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    return try UnionType.make(ts, a, b)
  }

  /// isinstance without `__instancecheck__` (CPython's `object_isinstance` for a class).
  static func isInstanceDefault(_ ts: ThreadState, _ v: Value, _ cls: PyType) throws(PyError) -> Bool {
    if Protocols.typeOf(v).isSubtype(of: cls) { return true }
    // An object whose __class__ lies (proxies) counts too.
    if let c = try Protocols.getAttrOptional(ts, v, PyStr.intern("__class__")), let ct = c.as(PyType.self), ct !== Protocols.typeOf(v) {
      return ct.isSubtype(of: cls)
    }
    return false
  }

  /// issubclass without `__subclasscheck__`.
  static func isSubclassDefault(_ ts: ThreadState, _ v: Value, _ cls: PyType) throws(PyError) -> Bool {
    guard let t = v.as(PyType.self) else {
      throw PyError.typeError("issubclass() arg 1 must be a class")
    }
    return t.isSubtype(of: cls)
  }

  /// Adds the attribute names of class `c` and its bases to `into` (CPython's
  /// `merge_class_dict`, through `__dict__` and `__bases__`).
  static func mergeClassDict(_ ts: ThreadState, _ c: Value, into: PyDict) throws(PyError) {
    try ts.checkNativeStack()
    if let t = c.as(PyType.self) {
      for k in t.dict.keys { try into.setItem(ts, k, .none) }
      for b in t.bases { try mergeClassDict(ts, Value(b), into: into) }
      return
    }
    if let d = try Protocols.getAttrOptional(ts, c, PyStr.intern("__dict__")) {
      for k in try Protocols.toArray(ts, d) { try into.setItem(ts, k, .none) }
    }
    if let bases = try Protocols.getAttrOptional(ts, c, PyStr.intern("__bases__")) {
      for b in try Protocols.toArray(ts, bases) { try mergeClassDict(ts, b, into: into) }
    }
  }

  /// `type.__dir__(cls)`: the names in the class and its bases' dicts.
  static func dir(_ ts: ThreadState, _ cls: PyType) throws(PyError) -> Value {
    let d = PyDict()
    try mergeClassDict(ts, Value(cls), into: d)
    return .object(PyList(d.keys))
  }
}

extension PyType {
  /// Re-derives slots for this class and every subclass (after a dunder assignment).
  func fixupSlotsRecursively() {
    fixupSlots()
    for sub in directSubclasses { sub.fixupSlotsRecursively() }
  }
}

