/// Calling any callable (`PyObject_Vectorcall`): Python functions, builtins, method
/// descriptors, bound methods, classes, and objects with `__call__`.
extension Protocols {
  /// `callable(*args)`.
  public static func call(_ ts: ThreadState, _ callable: Value, _ args: Args) throws(PyError) -> Value {
    guard let u = callable.unmanaged else {
      throw PyError.typeError("'\(typeName(callable))' object is not callable")
    }
    // Dispatch on the exact type's kind tag, with the callee borrowed: `callable` keeps it
    // alive, so no reference counting and no dynamic casts on the way in. Some calls of native
    // callables count against the recursion limit, as CPython's cfunction_vectorcall_* and
    // _PyObject_MakeTpCall do (see PyBuiltinFunction.checksRecursion).
    let raw = u.toOpaque()
    switch u._withUnsafeGuaranteedRef({ $0.type.kind }) {
    case .function:
      return try Unmanaged<PyFunction>.fromOpaque(raw).borrow { f throws(PyError) in try ts.callFunction(f, args) }
    case .builtinFunction:
      return try Unmanaged<PyBuiltinFunction>.fromOpaque(raw).borrow { b throws(PyError) in
        if b.checksRecursion {
          try ts.enterNativeCall()
          defer { ts.leaveRecursiveCall() }
          return try b.invoke(ts, args)
        }
        return try b.invoke(ts, args)
      }
    case .boundMethod:
      return try Unmanaged<PyBoundMethod>.fromOpaque(raw).borrow { m throws(PyError) in
        try callWithSelf(ts, m.function, m.selfValue, args)
      }
    case .methodDescriptor:
      return try Unmanaged<PyMethodDescriptor>.fromOpaque(raw).borrow { d throws(PyError) in
        try callMethodDescriptor(ts, d, args)
      }
    default:
      break
    }
    let o = u.takeUnretainedValue()
    if let d = o as? PyMethodDescriptor, !d.isClassMethod {
      return try callMethodDescriptor(ts, d, args)
    }
    if let f = o.type.slots.call {
      // tp_call without vectorcall: classes defined in Python and instances with `__call__`.
      if o.type.typeFlags.contains(.heapType) || (o as? PyType)?.typeFlags.contains(.heapType) == true {
        try ts.enterNativeCall()
        defer { ts.leaveRecursiveCall() }
        return try f(ts, callable, args)
      }
      return try f(ts, callable, args)
    }
    throw PyError.typeError("'\(o.type.name)' object is not callable")
  }

  /// `callable(*values)` with positional values only.
  public static func call(_ ts: ThreadState, _ callable: Value, _ values: [Value]) throws(PyError) -> Value {
    return try Args.with(values) { args throws(PyError) in try call(ts, callable, args) }
  }

  /// `callable(*values, **kwargs)` with keyword values.
  public static func call(_ ts: ThreadState, _ callable: Value, _ values: [Value], keywords: [(String, Value)]) throws(PyError) -> Value {
    if keywords.isEmpty { return try call(ts, callable, values) }
    let names = PyTuple(keywords.map { .object(PyStr.intern($0.0)) })
    return try Args.with(values + keywords.map { $0.1 }, kwnames: names) { args throws(PyError) in
      try call(ts, callable, args)
    }
  }

  /// Calls `function(selfValue, *args)` without building a bound method.
  public static func callWithSelf(_ ts: ThreadState, _ function: Value, _ selfValue: Value, _ args: Args) throws(PyError) -> Value {
    let n = args.count + 1
    return try withUnsafeTemporaryAllocation(of: Value.self, capacity: n) { buf throws(PyError) -> Value in
      let p = buf.baseAddress!
      p.initialize(to: selfValue)
      (p + 1).initialize(from: args.base, count: args.count)
      defer { p.deinitialize(count: n) }
      let a = Args(base: UnsafePointer(p), count: n, kwnames: args.kwnames)
      if let f = function.object as? PyFunction { return try ts.callFunction(f, a) }
      return try call(ts, function, a)
    }
  }

  /// Calls a builtin method descriptor: the first argument is `self` and must be an instance
  /// of the descriptor's class.
  public static func callMethodDescriptor(_ ts: ThreadState, _ d: PyMethodDescriptor, _ args: Args) throws(PyError) -> Value {
    if args.positionalCount < 1 {
      if d.isSlotWrapper {
        throw PyError.typeError("descriptor '\(d.name)' of '\(d.owner.name)' object needs an argument")
      }
      throw PyError.typeError("unbound method \(d.owner.qualname).\(d.name)() needs an argument")
    }
    let selfValue = args[0]
    try checkDescriptorSelf(d, selfValue, typeRef(selfValue))
    let rest = Args(base: args.base + 1, count: args.count - 1, kwnames: args.kwnames)
    return try d.body(ts, selfValue, rest)
  }

  /// A builtin method descriptor applies only to instances of its class (`descr_check`,
  /// `wrapperdescr_raw_call`): anything else would reach its body with the wrong layout.
  @inline(__always)
  static func checkDescriptorSelf(_ d: PyMethodDescriptor, _ selfValue: Value, _ st: PyType) throws(PyError) {
    if st === d.owner || st.isSubtype(of: d.owner) { return }
    if d.isSlotWrapper {
      throw PyError.typeError("descriptor '\(d.name)' requires a '\(d.owner.name)' object but received a '\(typeName(selfValue))'")
    }
    throw PyError.typeError("descriptor '\(d.name)' for '\(d.owner.name)' objects doesn't apply to a '\(typeName(selfValue))' object")
  }

  /// `callable(v)` — `PyCallable_Check`.
  public static func isCallable(_ v: Value) -> Bool {
    guard let o = v.object else { return false }
    return o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyMethodDescriptor
      || o.type.slots.call != nil
  }
}
