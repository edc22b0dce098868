/// The `builtins` module: the builtin functions, types, constants and exceptions.
/// (The functions themselves live in `Builtins/*Functions.swift`.)
public enum BuiltinsModule {
  public static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
    let m = PyModule(name: "builtins")
    let d = m.dict
    d.set("__doc__", .object(PyStr("Built-in functions, types, exceptions, and other objects.")))
    d.set("None", .none)
    d.set("True", .bool(true))
    d.set("False", .bool(false))
    d.set("NotImplemented", .notImplemented)
    d.set("Ellipsis", .ellipsis)
    d.set("__debug__", .bool(interp.config.optimize == 0))
    let types: [(String, PyType)] = [
      ("object", BuiltinTypes.object), ("type", BuiltinTypes.type), ("int", BuiltinTypes.int),
      ("bool", BuiltinTypes.bool), ("float", BuiltinTypes.float), ("complex", BuiltinTypes.complex),
      ("str", BuiltinTypes.str), ("bytes", BuiltinTypes.bytes), ("bytearray", BuiltinTypes.bytearray), ("memoryview", BuiltinTypes.memoryview), ("list", BuiltinTypes.list),
      ("tuple", BuiltinTypes.tuple), ("dict", BuiltinTypes.dict), ("set", BuiltinTypes.set),
      ("frozenset", BuiltinTypes.frozenset), ("range", BuiltinTypes.range), ("slice", BuiltinTypes.slice),
      ("staticmethod", BuiltinTypes.staticmethod), ("classmethod", BuiltinTypes.classmethod),
      ("property", BuiltinTypes.property), ("super", BuiltinTypes.superType),
    ]
    for (n, t) in types { d.set(n, Value(t)) }
    for (n, t) in BuiltinTypes.iteratorBuiltins { d.set(n, Value(t)) }
    for t in BuiltinTypes.exceptions.all { d.set(t.name, Value(t)) }
    d.set("EnvironmentError", Value(BuiltinTypes.exceptions.osError))
    d.set("IOError", Value(BuiltinTypes.exceptions.osError))
    let functions = CoreFunctions.all + NumericFunctions.all + IterationFunctions.all + NamespaceFunctions.all
      + CodeExecutionFunctions.all + IOFunctions.all + [("breakpoint", InteractiveHelpers.breakpoint)]
    for (name, body) in functions {
      let f = PyBuiltinFunction(name: name, module: "builtins", doc: nil, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    for (name, body) in BuiltinFunctionRegistry.extra {
      let f = PyBuiltinFunction(name: name, module: "builtins", doc: nil, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    for (name, v) in InteractiveHelpers.objects() { d.set(name, v) }
    return m
  }
}

/// Builtin functions contributed by other files (each appends in a static initialiser-free
/// way: the list is assembled here from the functions' own tables).
public enum BuiltinFunctionRegistry {
  public static var extra: [(String, PyBuiltinFunction.Body)] { [] }
}
