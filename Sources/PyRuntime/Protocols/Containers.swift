/// Item access, length and membership (`PyObject_GetItem`, `PyObject_Size`,
/// `PySequence_Contains`).
extension Protocols {
  /// `v[key]`.
  public static func getItem(_ ts: ThreadState, _ v: Value, _ key: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = typeRef(v)
    if let f = t.slots.getItem { return try f(ts, v, key) }
    if let tv = v.as(PyType.self) {
      // `type[int]`, and `list[int]` and friends through `__class_getitem__`.
      if tv === BuiltinTypes.type { return .object(PyGenericAlias(origin: v, argument: key)) }
      if let cg = try getAttrOptional(ts, v, PyStr.intern("__class_getitem__")), !cg.isNone {
        return try call(ts, cg, [key])
      }
      throw PyError.typeError("type '\(tv.name)' is not subscriptable")
    }
    throw PyError.typeError("'\(t.name)' object is not subscriptable")
  }

  /// `v[key] = value`; `value == nil` deletes.
  public static func setItem(_ ts: ThreadState, _ v: Value, _ key: Value, _ value: Value?) throws(PyError) {
    unowned(unsafe) let t = typeRef(v)
    if let f = t.slots.setItem { return try f(ts, v, key, value) }
    // PyObject_DelItem: an index key on a type with sequence methods goes through
    // PySequence_DelItem, whose message differs.
    if value == nil {
      let viaSequence = hasSequenceMethods(t) && hasIndex(key)
      throw PyError.typeError("'\(t.name)' object \(viaSequence ? "doesn't" : "does not") support item deletion")
    }
    throw PyError.typeError("'\(t.name)' object does not support item assignment")
  }

  /// `len(v)`.
  public static func length(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    if let f = typeRef(v).slots.length { return try f(ts, v) }
    throw PyError.typeError("object of type '\(typeName(v))' has no len()")
  }

  /// `item in container`.
  public static func contains(_ ts: ThreadState, _ container: Value, _ item: Value) throws(PyError) -> Bool {
    unowned(unsafe) let t = typeRef(container)
    if let f = t.slots.contains { return try f(ts, container, item) }
    // Fall back to iteration.
    return try iterSearchContains(ts, container, item)
  }

  /// `descr.__get__(instance, owner)` when `descr` is a descriptor, else `descr`.
  public static func bindDescriptor(_ ts: ThreadState, _ descr: Value, instance: Value?, owner: Value) throws(PyError) -> Value {
    if let g = typeRef(descr).slots.descrGet { return try g(ts, descr, instance, owner) }
    return descr
  }
}
