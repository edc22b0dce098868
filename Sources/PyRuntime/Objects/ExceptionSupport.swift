/// Helpers for exception objects used across the runtime: the fields of exception subclasses
/// (kept in the instance dict under `__field_<name>` keys), notes, implicit chaining
/// (`__context__`, as CPython's `_PyErr_SetObject`), and the AttributeError context that makes
/// "Did you mean" possible.
public enum ExceptionSupport {
  /// A subclass field (`AttributeError.name`, `StopIteration.value` …); nil when never set.
  public static func field(_ e: PyBaseException, _ name: String) -> Value? {
    e.dict?.get("__field_" + name)
  }

  public static func setField(_ e: PyBaseException, _ name: String, _ value: Value) {
    e.attributes.set("__field_" + name, value)
  }

  /// A new instance of exception class `cls`, with the slot storage of a subclass that
  /// declares `__slots__`.
  public static func newInstance(_ cls: PyType, args: PyTuple) -> PyBaseException {
    let e = PyBaseException(type: cls, args: args)
    if cls.instanceSlotCount > 0 { e.extra = InstanceExtras(dict: nil, slotCount: cls.instanceSlotCount) }
    return e
  }

  /// `exc.add_note(note)` for the runtime's own notes (the attribute is a list).
  public static func addNote(_ e: PyBaseException, _ note: String) {
    let d = e.attributes
    if let notes = d.get("__notes__")?.as(PyList.self) {
      notes.append(.object(PyStr(note)))
    } else {
      d.set("__notes__", .object(PyList([.object(PyStr(note))])))
    }
  }

  /// The exception being handled as `sys.exc_info()` sees it (`_PyErr_GetTopmostException`):
  /// the innermost frame's, else the first one down the generator chain.
  @inline(__always)
  public static func topmostHandled(_ ts: ThreadState) -> PyBaseException? {
    if let e = ts.handledException { return e }
    if ts.outerHandledExceptions.isEmpty { return nil }
    for e in ts.outerHandledExceptions.reversed() { if let e { return e } }
    return nil
  }

  /// The StopIteration to raise for an iterator whose `__next__` slot answered "exhausted":
  /// the one it raised (keeping its value), else a new one.
  public static func takeStopIteration(_ ts: ThreadState) -> PyError {
    if let e = ts.pendingStopIteration {
      ts.pendingStopIteration = nil
      return PyError(e)
    }
    return PyError.stopIteration()
  }

  /// Sets `__context__` of a newly raised exception to the exception being handled, breaking
  /// a cycle through `e` and stopping at pre-existing cycles, as CPython's `_PyErr_SetObject`.
  public static func chainContext(_ ts: ThreadState, _ e: PyBaseException) {
    guard let handled = topmostHandled(ts), handled !== e else { return }
    var o = handled
    var slow = handled
    var slowToggle = false
    while let context = o.context.as(PyBaseException.self) {
      if context === e {
        o.context = .none
        break
      }
      o = context
      if o === slow { break }  // a cycle that does not go through `e`
      if slowToggle, let next = slow.context.as(PyBaseException.self) { slow = next }
      slowToggle.toggle()
    }
    e.context = .object(handled)
  }

  /// `set_attribute_error_context`: an AttributeError raised while getting `name` from `obj`
  /// records both (once), for the "Did you mean" suggestion.
  public static func setAttributeErrorContext(_ e: PyBaseException, _ obj: Value, _ name: PyStr) {
    guard e.type.isSubtype(of: BuiltinTypes.exceptions.attributeError) else { return }
    if field(e, "name") != nil || field(e, "obj") != nil { return }
    setField(e, "name", .object(name))
    setField(e, "obj", obj)
  }
}
