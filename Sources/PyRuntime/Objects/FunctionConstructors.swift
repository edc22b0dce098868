/// The constructor `types.FunctionType(code, globals, …)` with CPython's checks and messages
/// (Objects/funcobject.c `func_new_impl`).
enum FunctionConstructors {
  /// `function(code, globals, name=None, argdefs=None, closure=None)`.
  static func newFunction(_ ts: ThreadState, _ cls: PyType, _ a: Args) throws(PyError) -> Value {
    let p = try ClinicSignature("function", ["code", "globals", "name", "argdefs", "closure"], minPos: 2).bind(a)
    guard let code = p[0]!.as(PyCode.self) else {
      throw PyError.typeError("function() argument 'code' must be code, not \(Protocols.typeName(p[0]!))")
    }
    guard let globals = p[1]!.as(PyDict.self) else {
      throw PyError.typeError("function() argument 'globals' must be dict, not \(Protocols.typeName(p[1]!))")
    }
    var name: PyStr? = nil
    if let n = p[2], !n.isNone {
      guard let s = n.as(PyStr.self) else { throw PyError.typeError("arg 3 (name) must be None or string") }
      name = s
    }
    var defaults: PyTuple? = nil
    if let d = p[3], !d.isNone {
      guard let t = d.as(PyTuple.self) else { throw PyError.typeError("arg 4 (defaults) must be None or tuple") }
      defaults = t
    }
    let nfree = code.freevars.count
    var closure: PyTuple? = nil
    if let c = p[4], !c.isNone {
      guard let t = c.as(PyTuple.self) else { throw PyError.typeError("arg 5 (closure) must be None or tuple") }
      closure = t
    } else if nfree > 0 {
      throw PyError.typeError("arg 5 (closure) must be tuple")
    }
    let nclosure = closure?.count ?? 0
    if nclosure != nfree {
      throw PyError.valueError("\(code.name.string) requires closure of length \(nfree), not \(nclosure)")
    }
    if let closure {
      for item in closure.items where item.as(PyCell.self) == nil {
        throw PyError.typeError("arg 5 (closure) expected cell, found \(Protocols.typeName(item))")
      }
    }
    // The function does not own its code (see PyFunction.code): keep the code alive.
    Deferral.retain(code)
    let f = PyFunction(code: code, globals: globals, builtins: ts.builtinsFor(globals), qualname: code.qualname)
    if let name { f.name = name }
    f.defaults = defaults
    f.closure = closure
    return .object(f)
  }
}
