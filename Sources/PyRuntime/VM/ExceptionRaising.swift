/// `raise` semantics: instantiating exception classes, validating causes, and the checks of
/// `except` / `except*` clauses (CPython 3.11's Python/ceval.c `do_raise`,
/// `check_except_type_valid`, `check_except_star_type_valid`, Python/errors.c
/// `PyErr_GivenExceptionMatches`).
enum ExceptionRaising {
  /// The exception instance `raise v` raises (calling `v()` when it is a class).
  static func instantiate(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyBaseException {
    if let e = v.as(PyBaseException.self) { return e }
    if let t = v.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      let r = try Protocols.call(ts, v, [])
      guard let e = r.as(PyBaseException.self) else {
        let resultType = try Protocols.reprString(ts, Value(Protocols.typeOf(r)))
        throw PyError.typeError("calling \(try Protocols.reprString(ts, v)) should have returned an instance of BaseException, not \(resultType)")
      }
      return e
    }
    throw PyError.typeError("exceptions must derive from BaseException")
  }

  /// The cause of `raise ... from v` (None is handled by the caller): an exception class is
  /// called — and whatever it returns becomes the cause, unchecked, as in CPython's `do_raise`.
  static func instantiateCause(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    if v.as(PyBaseException.self) != nil { return v }
    if isExceptionClass(v) { return try Protocols.call(ts, v, []) }
    throw PyError.typeError("exception causes must derive from BaseException")
  }

  static func isExceptionClass(_ v: Value) -> Bool {
    v.as(PyType.self)?.isSubtype(of: BuiltinTypes.exceptions.baseException) ?? false
  }

  /// `except X:` requires X to be an exception class or a tuple of them.
  static func checkCatchable(_ cls: Value) throws(PyError) {
    if let t = cls.as(PyTuple.self) {
      if t.items.allSatisfy(isExceptionClass) { return }
    } else if isExceptionClass(cls) {
      return
    }
    throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
  }

  /// `except* X:` also refuses exception group classes.
  static func checkStarCatchable(_ cls: Value) throws(PyError) {
    try checkCatchable(cls)
    let group = BuiltinTypes.exceptions.baseExceptionGroup
    let classes = cls.as(PyTuple.self)?.items ?? [cls]
    for c in classes where c.as(PyType.self)?.isSubtype(of: group) ?? false {
      throw PyError.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    }
  }

  /// `PyErr_GivenExceptionMatches`: instance or class `err` against a class or (nested) tuple.
  static func givenExceptionMatches(_ err: Value, _ exc: Value) -> Bool {
    if let t = exc.as(PyTuple.self) {
      for item in t.items where givenExceptionMatches(err, item) { return true }
      return false
    }
    var errClass = err
    if let e = err.as(PyBaseException.self) { errClass = Value(e.type) }
    if let a = errClass.as(PyType.self), let b = exc.as(PyType.self),
       a.isSubtype(of: BuiltinTypes.exceptions.baseException), b.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      return a.isSubtype(of: b)
    }
    return errClass.isIdentical(to: exc)
  }
}

/// The VM's `except*` glue: CHECK_EG_MATCH and PREP_RERAISE_STAR (see `ExceptionGroupSupport`).
enum ExceptionGroups {
  /// CHECK_EG_MATCH: `(match, rest)` for the clause class `cls`. Without a match the rest is
  /// the exception itself (it stays for the next clause); with one, the match becomes the
  /// handled exception (`sys.exc_info()` in the clause).
  static func split(_ ts: ThreadState, _ exc: Value, _ cls: Value) throws(PyError) -> (Value, Value) {
    try ExceptionRaising.checkStarCatchable(cls)
    let (match, rest) = try ExceptionGroupSupport.match(ts, exc, cls)
    if match.isNone { return (.none, exc) }
    ts.handledException = match.as(PyBaseException.self)
    return (match, rest)
  }

  static func prepReraiseStar(_ ts: ThreadState, _ orig: Value, _ list: Value) throws(PyError) -> Value {
    let items = list.as(PyList.self)?.items ?? []
    return try ExceptionGroupSupport.prepReraiseStar(ts, orig, items)
  }
}
