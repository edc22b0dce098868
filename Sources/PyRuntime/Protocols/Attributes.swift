/// Attribute access: `getattr`, `setattr`, `delattr` and the generic algorithms behind them
/// (CPython's `PyObject_GenericGetAttr`/`SetAttr`, `type_getattro`, descriptors).
extension Protocols {
  /// `getattr(v, name)`.
  public static func getAttr(_ ts: ThreadState, _ v: Value, _ name: PyStr) throws(PyError) -> Value {
    unowned(unsafe) let t = typeRef(v)
    do throws(PyError) {
      if let fallback = t.slots.getAttrFallback {
        // slot_tp_getattr_hook: `__getattr__` when the lookup raises AttributeError.
        do throws(PyError) {
          if let f = t.slots.getAttribute { return try f(ts, v, name) }
          return try genericGetAttr(ts, v, name)
        } catch let e where e.exception.type.isSubtype(of: BuiltinTypes.exceptions.attributeError) {
          return try fallback(ts, v, name)
        }
      }
      if let f = t.slots.getAttribute { return try f(ts, v, name) }
      return try genericGetAttr(ts, v, name)
    } catch {
      ExceptionSupport.setAttributeErrorContext(error.exception, v, name)
      throw error
    }
  }

  /// `getattr(v, name)` returning nil instead of raising AttributeError.
  public static func getAttrOptional(_ ts: ThreadState, _ v: Value, _ name: PyStr) throws(PyError) -> Value? {
    do throws(PyError) {
      return try getAttr(ts, v, name)
    } catch let e where e.exception.type.isSubtype(of: BuiltinTypes.exceptions.attributeError) {
      return nil
    }
  }

  /// The instance dict of `v`, if it has one.
  @inline(__always)
  public static func instanceDict(_ v: Value) -> PyDict? {
    guard let u = v.unmanaged else { return nil }
    unowned(unsafe) let o = u.takeUnretainedValue()
    if ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyInstance.self) {
      return unsafeDowncast(o, to: PyInstance.self).dict
    }
    return instanceDictSlow(o)
  }

  static func instanceDictSlow(_ o: PyObject) -> PyDict? {
    if let e = o.extra, let d = e.dict { return d }
    if let m = o as? PyModule { return m.dict }
    if let f = o as? PyFunction { return f.dict }
    if let e = o as? PyBaseException { return e.userAttributes }
    if let s = o as? PyStaticMethod { return s.attributeDict }
    if let c = o as? PyClassMethod { return c.attributeDict }
    return nil
  }

  /// The instance dict to store into: as `instanceDict`, but an instance of a class with a
  /// `__dict__` whose builtin layout was created without one (or a function without its
  /// dict yet) gets it now.
  static func instanceDictForStore(_ v: Value) -> PyDict? {
    if let d = instanceDict(v) { return d }
    guard let o = v.object else { return nil }
    if let f = o as? PyFunction {
      let d = PyDict()
      f.dict = d
      return d
    }
    let t = o.type
    guard t.typeFlags.contains(.heapType), t.typeFlags.contains(.hasInstanceDict) else { return nil }
    let d = PyDict()
    if let i = o as? PyInstance {
      i.dict = d
      return d
    }
    if let e = o.extra {
      e.dict = d
    } else {
      let e = InstanceExtras(dict: d, slotCount: t.instanceSlotCount)
      o.extra = e
    }
    return d
  }

  /// True when `descr` is a data descriptor (its type defines `__set__` or `__delete__`).
  @inline(__always)
  static func isDataDescriptor(_ descrType: PyType) -> Bool {
    descrType.slots.descrSet != nil
  }

  /// `object.__getattribute__`.
  public static func genericGetAttr(_ ts: ThreadState, _ v: Value, _ name: PyStr) throws(PyError) -> Value {
    unowned(unsafe) let t = typeRef(v)
    let descr = t.lookup(name)
    var getter: TypeSlots.DescrGet? = nil
    if let descr {
      let dt = typeOf(descr)
      getter = dt.slots.descrGet
      if let g = getter, isDataDescriptor(dt) {
        return try g(ts, descr, v, Value(t))
      }
    }
    if let d = instanceDict(v), let found = d.get(name) {
      return found
    }
    if let descr {
      if let g = getter { return try g(ts, descr, v, Value(t)) }
      return descr
    }
    throw noAttribute(v, name)
  }

  /// AttributeError "'T' object has no attribute 'x'" carrying `name` and `obj` (for the
  /// traceback's "Did you mean" suggestion).
  public static func noAttribute(_ v: Value, _ name: PyStr) -> PyError {
    let e = PyBaseException(type: BuiltinTypes.exceptions.attributeError,
                            message: "'\(typeOf(v).name)' object has no attribute '\(name.string)'")
    ExceptionSupport.setField(e, "name", .object(name))
    ExceptionSupport.setField(e, "obj", v)
    return PyError(e)
  }

  /// `setattr(v, name, value)`; `value == nil` is `delattr`.
  public static func setAttr(_ ts: ThreadState, _ v: Value, _ name: PyStr, _ value: Value?) throws(PyError) {
    unowned(unsafe) let t = typeRef(v)
    if let f = t.slots.setAttribute { return try f(ts, v, name, value) }
    try genericSetAttr(ts, v, name, value)
  }

  /// `object.__setattr__` / `object.__delattr__`.
  public static func genericSetAttr(_ ts: ThreadState, _ v: Value, _ name: PyStr, _ value: Value?) throws(PyError) {
    unowned(unsafe) let t = typeRef(v)
    if let descr = t.lookup(name), let s = typeOf(descr).slots.descrSet {
      return try s(ts, descr, v, value)
    }
    guard let d = instanceDictForStore(v) else {
      if t.lookup(name) != nil {
        throw PyError.attributeError("'\(t.name)' object attribute '\(name.string)' is read-only")
      }
      throw PyError.attributeError("'\(t.name)' object has no attribute '\(name.string)'")
    }
    if let value {
      d.set(name, value)
    } else if d.remove(name) == nil {
      if t.isSubtype(of: BuiltinTypes.type) {
        throw PyError.attributeError("type object '\(v.unsafeAs(PyType.self).name)' has no attribute '\(name.string)'")
      }
      throw PyError.attributeError("'\(t.name)' object has no attribute '\(name.string)'")
    }
  }
}
