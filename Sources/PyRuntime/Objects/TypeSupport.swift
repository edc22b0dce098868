/// The algorithms behind `type`'s slots (CPython's Objects/typeobject.c `type_call`,
/// `type_getattro`, `type_setattro`) and isinstance/issubclass.
enum TypeSupport {
  /// Calling a class: `__new__`, then `__init__` when the result is an instance of it.
  static func call(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    if cls === BuiltinTypes.type && args.count == 1 && args.positionalCount == 1 {
      return Value(Protocols.typeOf(args[0]))
    }
    if cls === BuiltinTypes.type && args.positionalCount != 3 {
      throw PyError.typeError("type() takes 1 or 3 arguments")
    }
    guard let new = cls.slots.new else {
      throw PyError.typeError("cannot create '\(qualifiedName(cls))' instances")
    }
    let obj = try new(ts, cls, args)
    let ot = Protocols.typeOf(obj)
    if !ot.isSubtype(of: cls) { return obj }
    if let initialize = ot.slots.initialize {
      try initialize(ts, obj, args)
    }
    return obj
  }

  /// `module.qualname` for builtin types whose `tp_name` is dotted, else the name.
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

  static func getAttribute(_ ts: ThreadState, _ cls: PyType, _ name: PyStr) throws(PyError) -> Value {
    let meta = cls.type
    let metaAttr = meta.lookup(name)
    var metaGet: TypeSlots.DescrGet? = nil
    if let ma = metaAttr {
      let mt = Protocols.typeOf(ma)
      metaGet = mt.slots.descrGet
      if let g = metaGet, mt.slots.descrSet != nil {
        return try g(ts, ma, Value(cls), Value(meta))
      }
    }
    if let attr = cls.lookup(name) {
      if let g = Protocols.typeOf(attr).slots.descrGet {
        return try g(ts, attr, nil, Value(cls))
      }
      return attr
    }
    if let ma = metaAttr {
      if let g = metaGet { return try g(ts, ma, Value(cls), Value(meta)) }
      return ma
    }
    let e = PyBaseException(type: BuiltinTypes.exceptions.attributeError,
                            message: "type object '\(cls.qualname == cls.name ? cls.name : String(cls.shortName))' has no attribute '\(name.string)'")
    ExceptionSupport.setField(e, "name", .object(name))
    ExceptionSupport.setField(e, "obj", Value(cls))
    throw PyError(e)
  }

  static func checkMutable(_ cls: PyType, _ name: String) throws(PyError) {
    if !cls.typeFlags.contains(.heapType) {
      throw PyError.typeError("cannot set '\(name)' attribute of immutable type '\(cls.name)'")
    }
  }

  static func setAttribute(_ ts: ThreadState, _ cls: PyType, _ name: PyStr, _ value: Value?) throws(PyError) {
    if !cls.typeFlags.contains(.heapType) {
      throw PyError.typeError("cannot set '\(name.string)' attribute of immutable type '\(cls.name)'")
    }
    // Data descriptors on the metaclass (`__name__`, `__doc__` …) win.
    if let ma = cls.type.lookup(name), let s = Protocols.typeOf(ma).slots.descrSet {
      try s(ts, ma, Value(cls), value)
      return
    }
    if let value {
      cls.dict.set(name, value)
    } else if cls.dict.remove(name) == nil {
      throw PyError.attributeError("type object '\(cls.name)' has no attribute '\(name.string)'")
    }
    cls.modified()
    let n = name.string
    if n.hasPrefix("__") && n.hasSuffix("__") {
      cls.fixupSlotsRecursively()
    }
  }

  /// `class1 | class2` → `types.UnionType` (PEP 604).
  static func unionOr(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    return try UnionType.make(ts, a, b)
  }

  /// isinstance without `__instancecheck__`.
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

  /// `dir(cls)`: the names in the class and its bases' dicts, sorted.
  static func dir(_ ts: ThreadState, _ cls: PyType) throws(PyError) -> Value {
    var seen = Set<String>()
    for t in cls.mro {
      for k in t.dict.keys {
        if let s = k.as(PyStr.self) { seen.insert(s.string) }
      }
    }
    return .object(PyList(seen.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map { .object(PyStr($0)) }))
  }
}

extension PyType {
  /// Re-derives slots for this class and every subclass (after a dunder assignment).
  func fixupSlotsRecursively() {
    fixupSlots()
    for ref in subclassRefs { ref.type?.fixupSlotsRecursively() }
  }
}

/// `types.MappingProxyType`: a read-only view of a mapping (class `__dict__`s).
public final class MappingProxy: PyObject {
  public let mapping: PyDict

  public init(_ mapping: PyDict) {
    self.mapping = mapping
    super.init(type: BuiltinTypes.mappingProxy)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(mapping))
  }
}

extension BuiltinTypes {
  public static let mappingProxy: PyType = PyType.builtin("mappingproxy") { t in
    t.slots.getItem = { ts, v, k throws(PyError) in
      let d = v.unsafeAs(MappingProxy.self).mapping
      if let r = try d.getItem(ts, k) { return r }
      throw PyError.keyError(k)
    }
    t.slots.length = { _, v in v.unsafeAs(MappingProxy.self).mapping.count }
    t.slots.contains = { ts, v, k throws(PyError) in try v.unsafeAs(MappingProxy.self).mapping.getItem(ts, k) != nil }
    t.slots.iter = { ts, v throws(PyError) in try Protocols.getIter(ts, .object(v.unsafeAs(MappingProxy.self).mapping)) }
    t.slots.repr = { ts, v throws(PyError) in
      .object(PyStr("mappingproxy(" + (try Protocols.repr(ts, .object(v.unsafeAs(MappingProxy.self).mapping))).string + ")"))
    }
    t.slots.str = { ts, v throws(PyError) in .object(try Protocols.str(ts, .object(v.unsafeAs(MappingProxy.self).mapping))) }
    t.addMethod("keys") { ts, v, _ throws(PyError) in try Protocols.callSpecial(ts, .object(v.unsafeAs(MappingProxy.self).mapping), PyStr.intern("keys"), [])! }
    t.addMethod("values") { ts, v, _ throws(PyError) in try Protocols.callSpecial(ts, .object(v.unsafeAs(MappingProxy.self).mapping), PyStr.intern("values"), [])! }
    t.addMethod("items") { ts, v, _ throws(PyError) in try Protocols.callSpecial(ts, .object(v.unsafeAs(MappingProxy.self).mapping), PyStr.intern("items"), [])! }
    t.addMethod("get") { ts, v, a throws(PyError) in
      try v.unsafeAs(MappingProxy.self).mapping.getItem(ts, a[0]) ?? (a.count > 1 ? a[1] : .none)
    }
    t.addMethod("copy") { _, v, _ in .object(v.unsafeAs(MappingProxy.self).mapping.copy()) }
  }
}
