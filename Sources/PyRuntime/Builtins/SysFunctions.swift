/// The functions of the `sys` module (CPython's Python/sysmodule.c).
enum SysFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("exit", exit), ("getrecursionlimit", getRecursionLimit), ("setrecursionlimit", setRecursionLimit),
    ("exc_info", excInfo), ("exception", exception), ("intern", intern),
    ("getdefaultencoding", { _, a throws(PyError) in
      try ArgParser.positional(a, "sys.getdefaultencoding", min: 0, max: 0)
      return .object(PyStr.intern("utf-8"))
    }),
    ("getfilesystemencoding", { _, a throws(PyError) in
      try ArgParser.positional(a, "sys.getfilesystemencoding", min: 0, max: 0)
      return .object(PyStr.intern("utf-8"))
    }),
    ("getfilesystemencodeerrors", { _, a throws(PyError) in
      try ArgParser.positional(a, "sys.getfilesystemencodeerrors", min: 0, max: 0)
      return .object(PyStr.intern("surrogateescape"))
    }),
    ("getsizeof", getSizeOf), ("getrefcount", getRefCount), ("_getframe", getFrame),
    ("displayhook", displayHook), ("excepthook", exceptHook), ("breakpointhook", { _, _ in .none }),
    ("unraisablehook", unraisableHook),
    ("settrace", { ts, a throws(PyError) in try setState(ts, a, "sys.settrace", .trace) }),
    ("gettrace", { ts, a throws(PyError) in try getState(ts, a, "sys.gettrace", .trace) }),
    ("setprofile", { ts, a throws(PyError) in try setState(ts, a, "sys.setprofile", .profile) }),
    ("getprofile", { ts, a throws(PyError) in try getState(ts, a, "sys.getprofile", .profile) }),
    ("call_tracing", callTracing),
    ("set_int_max_str_digits", setIntMaxStrDigits), ("get_int_max_str_digits", getIntMaxStrDigits),
    ("getswitchinterval", { ts, a throws(PyError) in try getState(ts, a, "sys.getswitchinterval", .switchInterval) }),
    ("setswitchinterval", setSwitchInterval),
    ("is_finalizing", { _, a throws(PyError) in
      try ArgParser.positional(a, "sys.is_finalizing", min: 0, max: 0)
      return .bool(false)
    }),
    ("audit", { _, a throws(PyError) in
      if a.positionalCount < 1 { throw PyError.typeError("audit() missing 1 required positional argument: 'event'") }
      guard a[0].as(PyStr.self) != nil else {
        throw PyError.typeError("expected str for argument 'event', not \(Protocols.typeName(a[0]))")
      }
      return .none
    }),
    ("addaudithook", { _, a throws(PyError) in
      _ = try ClinicSignature("addaudithook", ["hook"], minPos: 1).bind(a)
      return .none
    }),
  ]

  static func exit(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "exit", min: 0, max: 1)
    let args: [Value] = a.count == 1 && !a[0].isNone ? [a[0]] : []
    throw PyError(PyBaseException(type: BuiltinTypes.exceptions.systemExit, args: PyTuple(args)))
  }

  static func getRecursionLimit(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.getrecursionlimit", min: 0, max: 0)
    return .int(ts.interpreter.recursionLimit.load(ordering: .relaxed))
  }

  static func setRecursionLimit(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.setrecursionlimit", min: 1, max: 1)
    if case .float = a[0] { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
    let n = try Protocols.indexAsInt(ts, a[0])
    if n < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
    if n <= ts.recursionDepth {
      throw PyError.recursionError("cannot set the recursion limit to \(n) at the recursion depth \(ts.recursionDepth): the limit is too low")
    }
    ts.interpreter.recursionLimit.store(n, ordering: .relaxed)
    ts.recursionLimit = n
    return .none
  }

  static func excInfo(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.exc_info", min: 0, max: 0)
    guard let e = ExceptionSupport.topmostHandled(ts) else { return .object(PyTuple([.none, .none, .none])) }
    return .object(PyTuple([Value(e.type), .object(e), e.traceback.map { .object($0) } ?? .none]))
  }

  static func exception(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.exception", min: 0, max: 0)
    return ExceptionSupport.topmostHandled(ts).map { .object($0) } ?? .none
  }

  static func intern(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.intern", min: 1, max: 1)
    guard let s = a[0].as(PyStr.self) else {
      throw PyError.typeError("intern() argument must be str, not \(Protocols.typeName(a[0]))")
    }
    guard s.isExactStr else { throw PyError.typeError("can't intern \(Protocols.typeName(a[0]))") }
    return .object(PyStr.intern(s))
  }

  static let sizeofSignature = ClinicSignature("getsizeof", ["object", "default"], minPos: 1)

  /// `sys.getsizeof(object, default)`: `__sizeof__()` plus the collector header of
  /// container objects (16 bytes, as CPython's `PyGC_Head`).
  static func getSizeOf(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    let p = try sizeofSignature.bind(a)
    let obj = p[0]!
    guard let method = try Protocols.lookupSpecial(ts, obj, PyStr.intern("__sizeof__")) else {
      if let d = p[1] { return d }
      throw PyError.typeError("Type \(Protocols.typeName(obj)) doesn't define __sizeof__")
    }
    let r: Value
    do throws(PyError) {
      r = try Protocols.call(ts, method, [])
    } catch let e where p[1] != nil && e.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      return p[1]!
    }
    guard case .int(let n) = r else {
      if let d = p[1] { return d }
      throw PyError.typeError("an integer is required")
    }
    if n < 0 { throw PyError.valueError("__sizeof__() should return >= 0") }
    let t = Protocols.typeOf(obj)
    let tracked = t.typeFlags.contains(.heapType) || obj.as(PyList.self) != nil || obj.as(PyDict.self) != nil
      || (obj.as(PyTuple.self) != nil && (obj.as(PyTuple.self)!.count > 0)) || obj.as(PySet.self) != nil
      || obj.as(PyFunction.self) != nil
    // The collector header, and for instances with a dict the pre-header of 3.11's managed dicts.
    let preHeader = t.typeFlags.contains(.heapType) && t.typeFlags.contains(.hasInstanceDict) ? 16 : 0
    return .int(n + (tracked ? 16 : 0) + preHeader)
  }

  static func getRefCount(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.getrefcount", min: 1, max: 1)
    switch a[0] {
    case .object(let o): return .int(Int(_getRetainCount(o)) + 1)
    case .deferred: return .int(1 << 32 - 1)
    default: return .int(1 << 32 - 1)
    }
  }

  static let getFrameSignature = ClinicSignature("_getframe", ["depth"], posOnly: 1, minPos: 0)

  static func getFrame(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    let p = try getFrameSignature.bind(a)
    var depth = try p[0].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 0
    var f = ts.currentFrame
    while depth > 0, let cur = f {
      f = cur.pointee.previous
      depth -= 1
    }
    guard let frame = f else { throw PyError.valueError("call stack is not deep enough") }
    return .object(ts.frameObject(for: frame))
  }

  /// `sys.displayhook(value)`: prints `repr(value)` to sys.stdout and stores it in `builtins._`.
  static func displayHook(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "sys.displayhook", min: 1, max: 1)
    let v = a[0]
    if v.isNone { return .none }
    let builtins = ts.interpreter.builtins.dict
    builtins.set("_", .none)
    guard let out = ts.interpreter.sys.dict.get("stdout"), !out.isNone else {
      throw PyError.runtimeError("lost sys.stdout")
    }
    let text = try Protocols.repr(ts, v)
    let write = try Protocols.getAttr(ts, out, PyStr.intern("write"))
    _ = try Protocols.call(ts, write, [.object(text)])
    _ = try Protocols.call(ts, write, [.object(PyStr.intern("\n"))])
    builtins.set("_", v)
    return .none
  }

  /// `sys.excepthook(type, value, traceback)`: prints the exception as the interpreter does
  /// (`PyErr_Display`).
  static func exceptHook(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "excepthook", min: 3, max: 3)
    TracebackPrinter.display(ts, a[1], traceback: a[2])
    return .none
  }

  /// `sys.unraisablehook(unraisable)`: the default report on `sys.stderr`.
  static func unraisableHook(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "unraisablehook", min: 1, max: 1)
    ExceptionSupport.writeUnraisableDefault(ts, a[0])
    return .none
  }

  static func setState(_ ts: ThreadState, _ a: Args, _ name: String, _ slot: SysModule.State) throws(PyError) -> Value {
    try ArgParser.positional(a, name, min: 1, max: 1)
    SysModule.state(ts).slotValues[slot.rawValue] = a[0]
    return .none
  }

  static func getState(_ ts: ThreadState, _ a: Args, _ name: String, _ slot: SysModule.State) throws(PyError) -> Value {
    try ArgParser.positional(a, name, min: 0, max: 0)
    return SysModule.state(ts).slotValues[slot.rawValue]
  }

  static func callTracing(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "call_tracing", min: 2, max: 2)
    guard let t = a[1].as(PyTuple.self) else {
      throw PyError.typeError("call_tracing() argument 2 must be tuple, not \(Protocols.typeName(a[1]))")
    }
    return try Protocols.call(ts, a[0], t.items)
  }

  static let maxDigitsSignature = ClinicSignature("set_int_max_str_digits", ["maxdigits"], minPos: 1)

  static func setIntMaxStrDigits(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    let p = try maxDigitsSignature.bind(a)
    let n = try Protocols.indexAsInt(ts, p[0]!)
    if n != 0 && n < 640 { throw PyError.valueError("maxdigits must be 0 or larger than 640") }
    SysModule.state(ts).slotValues[SysModule.State.intMaxStrDigits.rawValue] = .int(n)
    return .none
  }

  static func getIntMaxStrDigits(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "get_int_max_str_digits", min: 0, max: 0)
    return .int(SysModule.intMaxStrDigits(ts))
  }

  static func setSwitchInterval(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "setswitchinterval", min: 1, max: 1)
    let d: Double
    switch a[0] {
    case .float(let x): d = x
    case .int(let i): d = Double(i)
    default: throw PyError.typeError("must be real number, not \(Protocols.typeName(a[0]))")
    }
    if d <= 0 { throw PyError.valueError("switch interval must be strictly positive") }
    SysModule.state(ts).slotValues[SysModule.State.switchInterval.rawValue] = .float(d)
    return .none
  }
}
