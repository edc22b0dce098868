/// `__slots__`: fixed attribute storage instead of (or beside) `__dict__` — reading the
/// declaration with CPython's rules and messages (`type_new_get_slots`, `type_new_slots`,
/// `type_new_visit_slots`, `type_new_copy_slots`, `type_new_slots_bases`), the member
/// descriptors, and where instances keep the values.
enum SlotsSupport {
  /// What a new class's instances carry, decided from `__slots__` and the bases.
  struct Plan {
    /// The class defines `__slots__`.
    var declared = false
    /// Own slot names, mangled and sorted (without `__dict__`/`__weakref__`).
    var names: [String] = []
    var addDict = false
    var addWeakref = false
  }

  static func plan(_ ts: ThreadState, _ className: PyStr, base: PyType, bases: [PyType], dict: PyDict) throws(PyError) -> Plan {
    var plan = Plan()
    let mayAddDict = !TypeLayout.hasDict(base)
    let mayAddWeak = !TypeLayout.hasWeakrefs(base) && !TypeLayout.isVariableSize(base)
    guard let slotsValue = dict.get("__slots__") else {
      plan.addDict = mayAddDict
      plan.addWeakref = mayAddWeak
      return plan
    }
    plan.declared = true
    let items: [Value]
    if slotsValue.as(PyStr.self) != nil {
      items = [slotsValue]
    } else {
      items = try Protocols.toArray(ts, slotsValue)
    }
    if !items.isEmpty && TypeLayout.isVariableSize(base) {
      throw PyError.typeError("nonempty __slots__ not supported for subtype of '\(base.name)'")
    }
    // type_new_visit_slots
    for v in items {
      guard let s = v.as(PyStr.self) else {
        throw PyError.typeError("__slots__ items must be strings, not '\(Protocols.typeName(v))'")
      }
      if !isIdentifier(s) { throw PyError.typeError("__slots__ must be identifiers") }
      let n = s.string
      if n == "__dict__" {
        if !mayAddDict || plan.addDict { throw PyError.typeError("__dict__ slot disallowed: we already got one") }
        plan.addDict = true
      }
      if n == "__weakref__" {
        if !mayAddWeak || plan.addWeakref {
          throw PyError.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
        }
        plan.addWeakref = true
      }
    }
    // type_new_copy_slots
    var names: [String] = []
    for v in items {
      let n = v.unsafeAs(PyStr.self).string
      if (plan.addDict && n == "__dict__") || (plan.addWeakref && n == "__weakref__") { continue }
      let mangled = mangle(className.string, n)
      if dict.get(mangled) != nil && mangled != "__qualname__" && mangled != "__classcell__" {
        throw PyError.valueError("\(try Protocols.reprString(ts, .object(PyStr(mangled)))) in __slots__ conflicts with class variable")
      }
      names.append(mangled)
    }
    names.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    plan.names = names
    // type_new_slots_bases: secondary bases may provide a dict or weak references.
    if bases.count > 1 && ((mayAddDict && !plan.addDict) || (mayAddWeak && !plan.addWeakref)) {
      for b in bases where b !== base {
        if mayAddDict && !plan.addDict && TypeLayout.hasDict(b) { plan.addDict = true }
        if mayAddWeak && !plan.addWeakref && TypeLayout.hasWeakrefs(b) { plan.addWeakref = true }
        if mayAddDict && !plan.addDict { continue }
        if mayAddWeak && !plan.addWeakref { continue }
        break
      }
    }
    return plan
  }

  /// Gives the new class its storage layout and one member descriptor per slot
  /// (`type_new_descriptors`).
  static func install(_ cls: PyType, _ plan: Plan) {
    let base = cls.base!
    let baseCount = base.instanceSlotCount
    cls.declaresSlots = plan.declared
    cls.slotNames = plan.names
    cls.instanceSlotCount = baseCount + plan.names.count
    for (i, n) in plan.names.enumerated() {
      cls.dict.set(n, .object(PyMemberDescriptor(name: n, owner: cls, index: baseCount + i)))
    }
    if plan.addDict || TypeLayout.hasDict(base) { cls.typeFlags.insert(.hasInstanceDict) }
    if plan.addWeakref || TypeLayout.hasWeakrefs(base) { cls.typeFlags.insert(.hasWeakrefs) }
  }

  /// The `__dict__` and `__weakref__` attributes of a class that added that storage (CPython's
  /// `subtype_getsets_*`, added without replacing names the class body defined).
  static func addDictDescriptors(_ cls: PyType, _ plan: Plan) {
    let dict = cls.dict
    if plan.addDict && dict.get("__dict__") == nil {
      dict.set("__dict__", InstanceDictDescriptor.make(cls))
    }
    if plan.addWeakref && dict.get("__weakref__") == nil {
      dict.set("__weakref__", Value(PyGetSetDescriptor(name: "__weakref__", owner: cls,
                                                       doc: "list of weak references to the object (if defined)",
                                                       get: { _, _ in .none }, set: nil)))
    }
  }

  /// Private name mangling (`__x` in class `C` → `_C__x`), as `_Py_Mangle`.
  static func mangle(_ className: String, _ name: String) -> String {
    guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = className.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
  }

  /// `str.isidentifier()`.
  static func isIdentifier(_ s: PyStr) -> Bool {
    if s.count == 0 { return false }
    guard let first = Unicode.Scalar(s[0]) else { return false }
    if !(first == "_" || first.properties.isXIDStart) { return false }
    for i in 1..<s.count {
      guard let c = Unicode.Scalar(s[i]), c.properties.isXIDContinue else { return false }
    }
    return true
  }

  // MARK: Slot values of instances

  static func get(_ v: Value, _ index: Int) -> Value {
    guard let o = v.object else { return .unbound }
    if let i = o as? PyInstance { return index < i.slotValues.count ? i.slotValues[index] : .unbound }
    if let e = o.extra, index < e.slotValues.count { return e.slotValues[index] }
    return .unbound
  }

  /// Stores a slot value (`.unbound` clears it). Instances whose builtin layout was created
  /// without slot storage get it on first use.
  static func set(_ v: Value, _ index: Int, _ value: Value) -> Bool {
    guard let o = v.object else { return false }
    if let i = o as? PyInstance {
      guard index < i.slotValues.count else { return false }
      i.slotValues[index] = value
      return true
    }
    let count = o.type.instanceSlotCount
    guard index < count else { return false }
    if o.extra == nil {
      if value.isUnbound { return true }
      o.extra = InstanceExtras(dict: nil, slotCount: count)
    }
    let e = o.extra!
    if e.slotValues.count < count {
      e.slotValues.append(contentsOf: Array(repeating: .unbound, count: count - e.slotValues.count))
    }
    e.slotValues[index] = value
    return true
  }
}

/// Helpers for `object`'s behaviour that need more than a line.
enum ObjectSupport {
  /// Gives an instance of a Python subclass of a builtin type its dict and slot storage.
  static func prepareInstance(_ o: PyObject, _ cls: PyType) {
    if cls.typeFlags.contains(.heapType) && !(o is PyInstance) {
      let needsDict = cls.typeFlags.contains(.hasInstanceDict) && !ownsDict(o)
      if needsDict || cls.instanceSlotCount > 0 {
        o.extra = InstanceExtras(dict: needsDict ? PyDict() : nil, slotCount: cls.instanceSlotCount)
      }
    }
  }

  /// Layouts that keep their own `__dict__` storage (no `InstanceExtras` dict needed).
  static func ownsDict(_ o: PyObject) -> Bool {
    o is PyBaseException || o is PyModule || o is PyFunction || o is PyStaticMethod || o is PyClassMethod
  }

  /// "Can't instantiate abstract class X with abstract method(s) a, b" (3.11's wording:
  /// the names sorted and joined).
  static func abstractInstantiationError(_ ts: ThreadState, _ cls: PyType) throws(PyError) -> Never {
    let methods = cls.dict.get("__abstractmethods__") ?? .object(PyTuple([]))
    let sorted = PyList(try Protocols.toArray(ts, methods))
    try ListSort.sort(ts, sorted, key: nil, reverse: false)
    let joined = try Protocols.call(ts, try Protocols.getAttr(ts, .object(PyStr.intern(", ")), PyStr.intern("join")), [.object(sorted)])
    let count = sorted.count
    throw PyError.typeError("Can't instantiate abstract class \(cls.name) with abstract method\(count > 1 ? "s" : "") \(joined.as(PyStr.self)?.string ?? "")")
  }

  /// `object.__setattr__`/`__delattr__` refuse objects whose builtin layout overrides
  /// attribute assignment — "can't apply this __setattr__ to type object" (CPython's
  /// `hackcheck`).
  static func checkSetAttrOnType(_ v: Value, _ what: String) throws(PyError) {
    let t = Protocols.typeOf(v)
    var c: PyType? = t
    while let cur = c {
      if !cur.typeFlags.contains(.heapType) {
        if cur.slots.setAttribute != nil && cur !== BuiltinTypes.object {
          throw PyError.typeError("can't apply this \(what) to \(t.name) object")
        }
        return
      }
      c = cur.base
    }
  }

  /// `obj.__class__ = cls` (CPython's `object_set_class`).
  static func setClass(_ ts: ThreadState, _ v: Value, _ nv: Value?) throws(PyError) {
    guard let nv else { throw PyError.typeError("can't delete __class__ attribute") }
    guard let newType = nv.as(PyType.self) else {
      throw PyError.typeError("__class__ must be set to a class, not '\(Protocols.typeName(nv))' object")
    }
    let old = Protocols.typeOf(v)
    guard let o = v.object,
          (newType.typeFlags.contains(.heapType) && old.typeFlags.contains(.heapType))
            || (old.isSubtype(of: BuiltinTypes.module) && newType.isSubtype(of: BuiltinTypes.module)) else {
      throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
    }
    try TypeLayout.checkCompatible(old, newType, "__class__")
    o.type = newType
    if !(o is PyInstance) && (newType.instanceSlotCount > 0 || newType.typeFlags.contains(.hasInstanceDict)) && o.extra == nil {
      prepareInstance(o, newType)
    }
  }

  /// `object.__dir__`: the instance dict's keys plus the attributes of the class and its bases
  /// (CPython's `object___dir___impl`, via `__dict__` and `__class__`).
  static func dir(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    let result = PyDict()
    if let d = try Protocols.getAttrOptional(ts, v, PyStr.intern("__dict__")), let dd = d.as(PyDict.self) {
      for k in dd.keys { try result.setItem(ts, k, .none) }
    }
    if let c = try Protocols.getAttrOptional(ts, v, PyStr.intern("__class__")) {
      try TypeSupport.mergeClassDict(ts, c, into: result)
    }
    return .object(PyList(result.keys))
  }

  static func sizeof(_ v: Value) -> Int {
    switch v {
    case .int: return 28
    case .float: return 24
    default: return 16
    }
  }
}
