/// `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks` (CPython's Python/sysmodule.c): the
/// per-thread `firstiter` and `finalizer` callables that async generators consult at their
/// first iteration (see `AsyncGenerators.initHooks`), and the `asyncgen_hooks` struct sequence.
enum AsyncGeneratorHooks {
  /// The `sys` functions this file provides.
  static let sysFunctions: [(String, PyBuiltinFunction.Body)] = [
    ("set_asyncgen_hooks", set), ("get_asyncgen_hooks", get),
  ]

  /// `sys.set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>)`: each given
  /// argument replaces its hook (None clears it); the finalizer is checked and set first.
  static func set(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    // PyArg_ParseTupleAndKeywords("|OO") messages.
    if a.count > 2 { throw PyError.typeError("function takes at most 2 arguments (\(a.count) given)") }
    var firstIter: Value? = a.positionalCount > 0 ? a[0] : nil
    var finalizer: Value? = a.positionalCount > 1 ? a[1] : nil
    if let names = a.kwnames?.items {
      for (i, k) in names.enumerated() {
        let v = a[a.positionalCount + i]
        let name = k.as(PyStr.self)?.string ?? ""
        switch name {
        case "firstiter" where firstIter == nil: firstIter = v
        case "finalizer" where finalizer == nil: finalizer = v
        case "firstiter", "finalizer":
          let pos = name == "firstiter" ? 1 : 2
          throw PyError.typeError("argument for function given by name ('\(name)') and position (\(pos))")
        default:
          throw PyError.typeError("'\(name)' is an invalid keyword argument for this function")
        }
      }
    }
    if let finalizer {
      if !finalizer.isNone && !Protocols.isCallable(finalizer) {
        throw PyError.typeError("callable finalizer expected, got \(Protocols.typeName(finalizer))")
      }
      ts.asyncGenFinalizer = finalizer
    }
    if let firstIter {
      if !firstIter.isNone && !Protocols.isCallable(firstIter) {
        throw PyError.typeError("callable firstiter expected, got \(Protocols.typeName(firstIter))")
      }
      ts.asyncGenFirstIter = firstIter
    }
    return .none
  }

  /// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=…, finalizer=…)`.
  static func get(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    if a.count != 0 { throw PyError.typeError("sys.get_asyncgen_hooks() takes no arguments (\(a.count) given)") }
    return .object(StructSequence.make(BuiltinTypes.asyncGenHooks, [ts.asyncGenFirstIter, ts.asyncGenFinalizer]))
  }
}

extension BuiltinTypes {
  /// The type of `sys.get_asyncgen_hooks()` results.
  static let asyncGenHooks = StructSequence.makeType("asyncgen_hooks", fields: ["firstiter", "finalizer"])
}
