/// `__slots__`: fixed attribute storage instead of (or beside) `__dict__`.
enum SlotsSupport {
  static func apply(_ ts: ThreadState, _ cls: PyType, solid: PyType, bases: [PyType]) throws(PyError) {
    let baseCount = cls.base?.instanceSlotCount ?? 0
    let inheritedDict = bases.contains { $0.typeFlags.contains(.hasInstanceDict) }
    guard let slotsValue = cls.dict.get("__slots__") else {
      cls.instanceSlotCount = baseCount
      cls.typeFlags.insert(.hasInstanceDict)
      return
    }
    var names: [PyStr] = []
    if let s = slotsValue.as(PyStr.self) {
      names = [s]
    } else {
      for v in try Protocols.toArray(ts, slotsValue) {
        guard let s = v.as(PyStr.self) else {
          throw PyError.typeError("__slots__ items must be strings, not '\(Protocols.typeName(v))'")
        }
        names.append(s)
      }
    }
    var wantsDict = inheritedDict
    var slotNames: [String] = []
    for s in names {
      let n = s.string
      if !isIdentifier(n) { throw PyError.typeError("__slots__ must be identifiers") }
      if n == "__dict__" {
        if wantsDict && !inheritedDict || slotNames.contains("__dict__") {
          throw PyError.typeError("__dict__ slot disallowed: we already got one")
        }
        if inheritedDict { throw PyError.typeError("__dict__ slot disallowed: we already got one") }
        wantsDict = true
        continue
      }
      if n == "__weakref__" { continue }
      let mangled = mangle(cls.name, n)
      if slotNames.contains(mangled) {
        throw PyError.typeError("__slots__ items must be unique")
      }
      if cls.dict.get(mangled) != nil {
        throw PyError.valueError("'\(n)' in __slots__ conflicts with class variable")
      }
      slotNames.append(mangled)
    }
    if !slotNames.isEmpty && (solid.typeFlags.contains(.longSubclass) || solid.typeFlags.contains(.tupleSubclass)
                              || solid.typeFlags.contains(.bytesSubclass)) {
      throw PyError.typeError("nonempty __slots__ not supported for subtype of '\(solid.name)'")
    }
    for (i, n) in slotNames.enumerated() {
      cls.dict.set(n, .object(PyMemberDescriptor(name: n, owner: cls, index: baseCount + i)))
    }
    cls.slotNames = slotNames
    cls.instanceSlotCount = baseCount + slotNames.count
    if wantsDict { cls.typeFlags.insert(.hasInstanceDict) }
  }

  /// Private name mangling (`__x` in class `C` → `_C__x`).
  static func mangle(_ className: String, _ name: String) -> String {
    guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = className.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
  }

  static func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first else { return false }
    if !(first == "_" || first.properties.isXIDStart) { return false }
    return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
  }

  /// The slot storage of an instance.
  static func values(_ o: PyObject) -> UnsafeMutablePointer<Value>? { nil }

  static func get(_ v: Value, _ index: Int) -> Value {
    guard let o = v.object else { return .unbound }
    if let i = o as? PyInstance { return index < i.slotValues.count ? i.slotValues[index] : .unbound }
    if let e = o.extra, index < e.slotValues.count { return e.slotValues[index] }
    return .unbound
  }

  static func set(_ v: Value, _ index: Int, _ value: Value) -> Bool {
    guard let o = v.object else { return false }
    if let i = o as? PyInstance, index < i.slotValues.count { i.slotValues[index] = value; return true }
    if let e = o.extra, index < e.slotValues.count { e.slotValues[index] = value; return true }
    return false
  }
}

/// Helpers for `object`'s behaviour that need more than a line.
enum ObjectSupport {
  /// Gives an instance of a Python subclass of a builtin type its dict and slot storage.
  static func prepareInstance(_ o: PyObject, _ cls: PyType) {
    if cls.typeFlags.contains(.heapType) && !(o is PyInstance) {
      let needsDict = cls.typeFlags.contains(.hasInstanceDict)
      if needsDict || cls.instanceSlotCount > 0 {
        o.extra = InstanceExtras(dict: needsDict ? PyDict() : nil, slotCount: cls.instanceSlotCount)
      }
    }
  }

  static func abstractInstantiationError(_ ts: ThreadState, _ cls: PyType) throws(PyError) -> Value {
    var names: [String] = []
    if let a = cls.dict.get("__abstractmethods__") ?? cls.lookup(PyStr.intern("__abstractmethods__")) {
      for v in try Protocols.toArray(ts, a) {
        if let s = v.as(PyStr.self) { names.append(s.string) }
      }
    }
    names.sort()
    let plural = names.count == 1 ? "" : "s"
    throw PyError.typeError("Can't instantiate abstract class \(cls.name) with abstract method\(plural) \(names.joined(separator: ", "))")
  }

  static func checkSetAttrOnType(_ v: Value, _ what: String) throws(PyError) {
    if let t = v.as(PyType.self), !t.typeFlags.contains(.heapType) {
      throw PyError.typeError("can't apply this \(what) to \(t.name) object")
    }
  }

  /// `obj.__class__ = cls`.
  static func setClass(_ ts: ThreadState, _ v: Value, _ nv: Value?) throws(PyError) {
    guard let nv else { throw PyError.typeError("can't delete __class__ attribute") }
    guard let newType = nv.as(PyType.self) else {
      throw PyError.typeError("__class__ must be set to a class, not '\(Protocols.typeName(nv))' object")
    }
    guard let o = v.object else {
      throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
    }
    let old = o.type
    guard old.typeFlags.contains(.heapType) && newType.typeFlags.contains(.heapType)
            || (o is PyModule && newType.isSubtype(of: BuiltinTypes.module)) else {
      throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
    }
    guard TypeCreation.layoutBase(old) === TypeCreation.layoutBase(newType) else {
      throw PyError.typeError("__class__ assignment: '\(newType.name)' object layout differs from '\(old.name)'")
    }
    o.type = newType
  }

  /// `object.__dir__`: instance dict keys plus the class's attributes.
  static func dir(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    var seen = Set<String>()
    if let d = Protocols.instanceDict(v) {
      for k in d.keys { if let s = k.as(PyStr.self) { seen.insert(s.string) } }
    }
    for t in Protocols.typeOf(v).mro {
      for k in t.dict.keys { if let s = k.as(PyStr.self) { seen.insert(s.string) } }
    }
    return .object(PyList(seen.map { .object(PyStr($0)) }))
  }

  static func reduceEx(_ ts: ThreadState, _ v: Value, _ a: Args) throws(PyError) -> Value {
    throw PyError.typeError("cannot pickle '\(Protocols.typeName(v))' object")
  }

  static func sizeof(_ v: Value) -> Int {
    switch v {
    case .int: return 28
    case .float: return 24
    default: return 16
    }
  }
}

extension String {
  /// "a, b, c" → "a, b, c" (CPython lists abstract methods with plain commas).
  func replacingLastComma() -> String { self }
}
