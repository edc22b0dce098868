/// `raise` semantics: instantiating exception classes, validating causes, and the checks of
/// `except` clauses.
enum ExceptionRaising {
  /// The exception instance `raise v` raises (calling `v()` when it is a class).
  static func instantiate(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyBaseException {
    if let e = v.as(PyBaseException.self) { return e }
    if let t = v.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      let r = try Protocols.call(ts, v, [])
      guard let e = r.as(PyBaseException.self) else {
        throw PyError.typeError("calling \(try Protocols.reprString(ts, v)) should have returned an instance of BaseException, not \(Protocols.typeName(r))")
      }
      return e
    }
    throw PyError.typeError("exceptions must derive from BaseException")
  }

  static func instantiateCause(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyBaseException {
    if let e = v.as(PyBaseException.self) { return e }
    if let t = v.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      let r = try Protocols.call(ts, v, [])
      guard let e = r.as(PyBaseException.self) else {
        throw PyError.typeError("calling \(try Protocols.reprString(ts, v)) should have returned an instance of BaseException, not \(Protocols.typeName(r))")
      }
      return e
    }
    throw PyError.typeError("exception causes must derive from BaseException")
  }

  /// `except X:` requires X to be an exception class or a tuple of them.
  static func checkCatchable(_ cls: Value) throws(PyError) {
    func ok(_ v: Value) -> Bool {
      v.as(PyType.self)?.isSubtype(of: BuiltinTypes.exceptions.baseException) ?? false
    }
    if ok(cls) { return }
    if let t = cls.as(PyTuple.self), t.items.allSatisfy(ok) { return }
    throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
  }
}

/// `except*` support (split of exception groups) — see ExceptionGroup's own file.
enum ExceptionGroups {
  static func split(_ ts: ThreadState, _ exc: Value, _ cls: Value) throws(PyError) -> (Value, Value) {
    try ExceptionRaising.checkCatchable(cls)
    let e = exc.unsafeAs(PyBaseException.self)
    if e.type.isSubtype(of: BuiltinTypes.exceptions.baseExceptionGroup) {
      let r = try Protocols.callSpecial(ts, exc, PyStr.intern("split"), [cls])
      guard let pair = r?.as(PyTuple.self), pair.count == 2 else {
        throw PyError.typeError("split must return a 2-tuple")
      }
      return (pair.items[0], pair.items[1])
    }
    if try Ops.exceptionMatches(ts, exc, cls) {
      // A naked exception matched by except*: wrap it in an ExceptionGroup.
      let group = try Protocols.call(ts, Value(BuiltinTypes.exceptions.exceptionGroup),
                                     [.object(PyStr("")), .object(PyList([exc]))])
      if let g = group.as(PyBaseException.self) { g.traceback = e.traceback }
      return (group, .none)
    }
    return (.none, exc)
  }

  static func prepReraiseStar(_ ts: ThreadState, _ orig: Value, _ list: Value) throws(PyError) -> Value {
    let raised = list.unsafeAs(PyList.self).items.filter { !$0.isNone }
    if raised.isEmpty { return .none }
    if raised.count == 1 { return raised[0] }
    return try Protocols.call(ts, Value(BuiltinTypes.exceptions.exceptionGroup),
                              [.object(PyStr("")), .object(PyList(raised))])
  }
}
