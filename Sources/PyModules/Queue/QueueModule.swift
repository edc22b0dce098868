import PyRuntime

/// The `_queue` module (CPython's Modules/_queuemodule.c): `SimpleQueue` and the `Empty`
/// exception `queue` re-exports. `Empty` is a class made per interpreter when the module is
/// created (as CPython's `PyErr_NewExceptionWithDoc`), kept in the module's dict.
public enum QueueModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_queue")
    let d = m.dict
    d.set("__doc__", .object(PyStr("C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.")))
    let namespace = PyDict()
    namespace.set("__module__", .object(PyStr.intern("_queue")))
    namespace.set("__doc__", .object(PyStr("Exception raised by Queue.get(block=0)/get_nowait().")))
    let empty = try Protocols.call(ts, Value(BuiltinTypes.type), [
      .object(PyStr.intern("Empty")), .object(PyTuple([Value(BuiltinTypes.exceptions.exception)])), .object(namespace),
    ])
    d.set("Empty", empty)
    d.set("SimpleQueue", Value(BuiltinTypes.simpleQueue))
    return m
  }

  /// The calling interpreter's `_queue.Empty`.
  static func emptyType(_ ts: ThreadState) throws(PyError) -> PyType {
    if let m = ts.interpreter.modules.get("_queue")?.as(PyModule.self),
       let t = m.dict.get("Empty")?.as(PyType.self) {
      return t
    }
    throw PyError.make(BuiltinTypes.exceptions.systemError, "_queue.Empty is missing")
  }
}
