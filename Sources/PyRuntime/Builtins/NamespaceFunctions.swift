/// The builtins that look at namespaces (CPython's Python/bltinmodule.c): `globals`,
/// `locals`, `vars`, `dir`.
enum NamespaceFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("globals", globals), ("locals", locals), ("vars", vars), ("dir", dir),
  ]

  static func globals(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "globals", min: 0, max: 0)
    guard let f = ts.currentFrame else { return .none }
    return .object(f.pointee.globals)
  }

  static func locals(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "locals", min: 0, max: 0)
    return try FrameLocals.locals(ts)
  }

  static func vars(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "vars", min: 0, max: 1)
    if args.count == 0 { return try FrameLocals.locals(ts) }
    do throws(PyError) {
      return try Protocols.getAttr(ts, args[0], PyStr.intern("__dict__"))
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.attributeError) {
      throw PyError.typeError("vars() argument must have __dict__ attribute")
    }
  }

  /// `dir()`: the sorted names of the current scope; `dir(obj)`: `obj.__dir__()`, sorted.
  static func dir(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "dir", min: 0, max: 1)
    var names: [Value]
    if args.count == 0 {
      let ns = try FrameLocals.locals(ts)
      if let d = ns.as(PyDict.self) {
        names = d.keys
      } else {
        let keys = try Protocols.call(ts, try Protocols.getAttr(ts, ns, PyStr.intern("keys")), [])
        guard keys.as(PyList.self) != nil else {
          throw PyError.typeError("dir(): expected keys() of locals to be a list, not '\(Protocols.typeName(keys))'")
        }
        names = try Protocols.toArray(ts, keys)
      }
    } else {
      guard let method = try Protocols.lookupSpecial(ts, args[0], PyStr.intern("__dir__")) else {
        throw PyError.typeError("object does not provide __dir__")
      }
      names = try Protocols.toArray(ts, try Protocols.call(ts, method, []))
    }
    let list = PyList(names)
    if let sort = try Protocols.getAttrOptional(ts, .object(list), PyStr.intern("sort")) {
      _ = try Protocols.call(ts, sort, [])
    } else {
      try Args.with([]) { a throws(PyError) in try FallbackSort.sort(ts, list, a) }
    }
    return .object(list)
  }
}

/// The local namespace of a running frame as `locals()` shows it (CPython's
/// `PyFrame_FastToLocalsWithError`): the mapping itself for module and class bodies and
/// `exec` code; for function frames a dict of the bound fast locals, cell contents and free
/// variables, kept on the frame object and refreshed on every call, as CPython 3.11 does.
public enum FrameLocals {
  /// `locals()` of the innermost running frame.
  public static func locals(_ ts: ThreadState) throws(PyError) -> Value {
    guard let f = ts.currentFrame else { return .none }
    return try locals(ts, f)
  }

  public static func locals(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>) throws(PyError) -> Value {
    if !f.pointee.locals.isUnbound { return f.pointee.locals }
    let fo = ts.frameObject(for: f)
    let d: PyDict
    if let existing = fo.locals.as(PyDict.self) {
      d = existing
    } else {
      d = PyDict()
      fo.locals = .object(d)
    }
    try fill(ts, d, f)
    return .object(d)
  }

  /// Updates `d` from the frame's registers: bound names are set, unbound ones removed.
  static func fill(_ ts: ThreadState, _ d: PyDict, _ f: UnsafeMutablePointer<Frame>) throws(PyError) {
    let code = f.pointee.code
    let r = f.pointee.registers
    let nvars = code.varnames.count
    let ncells = code.cellvars.count
    func put(_ name: PyStr, _ v: Value) throws(PyError) {
      if v.isUnbound {
        if d.get(name) != nil { _ = d.remove(name) }
      } else {
        d.set(name, v)
      }
    }
    func cellContents(_ v: Value) -> Value {
      if let c = v.as(PyCell.self) { return c.value }
      return v
    }
    for (i, name) in code.varnames.enumerated() {
      if let j = code.cellvars.firstIndex(where: { $0 === name }) {
        try put(name, cellContents(r[nvars + j]))
      } else {
        try put(name, r[i])
      }
    }
    for (j, name) in code.cellvars.enumerated() where !code.varnames.contains(where: { $0 === name }) {
      try put(name, cellContents(r[nvars + j]))
    }
    for (k, name) in code.freevars.enumerated() {
      try put(name, cellContents(r[nvars + ncells + k]))
    }
  }
}
