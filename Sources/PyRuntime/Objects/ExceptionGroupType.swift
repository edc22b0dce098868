/// `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) as CPython 3.11's Objects/exceptions.c:
/// the constructor's checks (a str message, a non-empty sequence of exception instances;
/// `BaseExceptionGroup(...)` gives an `ExceptionGroup` when every member is an `Exception`;
/// no BaseException in an `ExceptionGroup` or in a subclass of `Exception`), `message`,
/// `exceptions`, `derive`, `split`, `subgroup`, `str()` as `msg (N sub-exceptions)`, and the
/// projection `except*` uses to rebuild the group it re-raises. The message and the tuple of
/// exceptions are kept in the instance's field storage (`__field_message`,
/// `__field_exceptions`).
public enum ExceptionGroupSupport {
  /// How `split`/`subgroup` decide that a leaf matches (`_exceptiongroup_split_matcher_type`).
  enum Matcher {
    case byType(Value)
    case byPredicate(Value)
    case instanceIDs(Set<ObjectIdentifier>)
  }

  /// The nested exceptions of a group (empty for anything else).
  public static func exceptions(_ e: PyBaseException) -> [Value] {
    e.dict?.get("__field_exceptions")?.as(PyTuple.self)?.items ?? []
  }

  static func isGroup(_ v: Value) -> Bool {
    v.as(PyBaseException.self)?.type.isSubtype(of: BuiltinTypes.exceptions.baseExceptionGroup) ?? false
  }

  /// `_PyExc_CreateExceptionGroup`: `BaseExceptionGroup(msg, excs)`.
  static func create(_ ts: ThreadState, _ message: String, _ excs: Value) throws(PyError) -> Value {
    try Protocols.call(ts, Value(BuiltinTypes.exceptions.baseExceptionGroup), [.object(PyStr(message)), excs])
  }

  static func install() {
    let ex = BuiltinTypes.exceptions
    let group = ex.baseExceptionGroup
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    group.slots.new = { ts, cls, args throws(PyError) in
      let positional = args.positional
      let fname = "BaseExceptionGroup.__new__"
      guard positional.count == 2 else {
        throw PyError.typeError("\(fname)() takes exactly 2 arguments (\(positional.count) given)")
      }
      guard let message = positional[0].as(PyStr.self) else {
        throw PyError.typeError("\(fname)() argument 1 must be str, not \(Protocols.typeName(positional[0]))")
      }
      let seq = positional[1]
      guard isSequence(seq) else {
        throw PyError.typeError("second argument (exceptions) must be a sequence")
      }
      let excs = try Protocols.toArray(ts, seq)
      if excs.isEmpty {
        throw PyError.valueError("second argument (exceptions) must be a non-empty sequence")
      }
      var nestedBaseExceptions = false
      for (i, e) in excs.enumerated() {
        guard let instance = e.as(PyBaseException.self) else {
          throw PyError.valueError("Item \(i) of second argument (exceptions) is not an exception")
        }
        if !instance.type.isSubtype(of: ex.exception) { nestedBaseExceptions = true }
      }
      var type = cls
      if cls === ex.exceptionGroup {
        if nestedBaseExceptions { throw PyError.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
      } else if cls === ex.baseExceptionGroup {
        if !nestedBaseExceptions { type = ex.exceptionGroup }
      } else if nestedBaseExceptions && cls.isSubtype(of: ex.exception) {
        throw PyError.typeError("Cannot nest BaseExceptions in '\(cls.name)'")
      }
      let e = ExceptionSupport.newInstance(type, args: PyTuple(positional))
      let d = e.attributes
      d.set("__field_message", .object(message))
      d.set("__field_exceptions", .object(PyTuple(excs)))
      return .object(e)
    }
    group.slots.initialize = { _, v, args throws(PyError) in
      if let k = args.kwnames, !k.items.isEmpty {
        throw PyError.typeError("\(Protocols.typeOf(v).name)() takes no keyword arguments")
      }
      exc(v).args = PyTuple(args.positional)
    }
    group.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      let message = e.dict?.get("__field_message") ?? .object(PyStr.intern(""))
      let n = exceptions(e).count
      let text = try Protocols.str(ts, message).string
      return .object(PyStr("\(text) (\(n) sub-exception\(n > 1 ? "s" : ""))"))
    }
    group.addProperty("message", doc: "exception message") { _, v in
      exc(v).dict?.get("__field_message") ?? .none
    }
    group.addProperty("exceptions", doc: "nested exceptions") { _, v in
      exc(v).dict?.get("__field_exceptions") ?? .none
    }
    group.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "BaseExceptionGroup.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
    group.addMethod("derive") { ts, v, a throws(PyError) in
      if let k = a.kwnames, !k.items.isEmpty {
        throw PyError.typeError("derive() takes no keyword arguments")
      }
      guard a.count == 1 else {
        throw PyError.typeError("function takes exactly 1 argument (\(a.count) given)")
      }
      let message = exc(v).dict?.get("__field_message") ?? .none
      return try Protocols.call(ts, Value(ex.baseExceptionGroup), [message, a[0]])
    }
    group.addMethod("split") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "split", min: 1, max: 1)
      let matcher = try matcherType(a[0])
      let (match, rest) = try splitRecursive(ts, v, matcher, constructRest: true)
      return .object(PyTuple([match ?? .none, rest ?? .none]))
    }
    group.addMethod("subgroup") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "subgroup", min: 1, max: 1)
      let matcher = try matcherType(a[0])
      return try splitRecursive(ts, v, matcher, constructRest: false).match ?? .none
    }
  }

  static func callMethod(_ ts: ThreadState, _ v: Value, _ name: String, _ args: [Value]) throws(PyError) -> Value {
    try Protocols.call(ts, try Protocols.getAttr(ts, v, PyStr.intern(name)), args)
  }

  /// `PySequence_Check`.
  static func isSequence(_ v: Value) -> Bool {
    let t = Protocols.typeOf(v)
    if t.isSubtype(of: BuiltinTypes.dict) { return false }
    return t.lookup(PyStr.intern("__getitem__")) != nil
  }

  /// `get_matcher_type`.
  static func matcherType(_ v: Value) throws(PyError) -> Matcher {
    if v.as(PyFunction.self) != nil { return .byPredicate(v) }
    if let t = v.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.baseException) { return .byType(v) }
    if let tuple = v.as(PyTuple.self), Protocols.typeOf(v) === BuiltinTypes.tuple {
      let allClasses = tuple.items.allSatisfy {
        $0.as(PyType.self)?.isSubtype(of: BuiltinTypes.exceptions.baseException) ?? false
      }
      if allClasses { return .byType(v) }
    }
    throw PyError.typeError("expected a function, exception type or tuple of exception types")
  }

  /// `exceptiongroup_split_check_match`.
  static func matches(_ ts: ThreadState, _ exc: Value, _ matcher: Matcher) throws(PyError) -> Bool {
    switch matcher {
    case .byType(let cls):
      return ExceptionRaising.givenExceptionMatches(exc, cls)
    case .byPredicate(let f):
      return try Protocols.isTrue(ts, try Protocols.call(ts, f, [exc]))
    case .instanceIDs(let ids):
      guard let e = exc.as(PyBaseException.self) else { return false }
      return ids.contains(ObjectIdentifier(e))
    }
  }

  /// `exceptiongroup_split_recursive`: the matching part and (when asked) the rest.
  static func splitRecursive(_ ts: ThreadState, _ exc: Value, _ matcher: Matcher,
                             constructRest: Bool) throws(PyError) -> (match: Value?, rest: Value?) {
    if try matches(ts, exc, matcher) { return (exc, nil) }
    guard let eg = exc.as(PyBaseException.self), isGroup(exc) else {
      return (nil, constructRest ? exc : nil)
    }
    var matchList: [Value] = []
    var restList: [Value] = []
    for e in exceptions(eg) {
      try ts.checkNativeStack()
      let (m, r) = try splitRecursive(ts, e, matcher, constructRest: constructRest)
      if let m { matchList.append(m) }
      if let r { restList.append(r) }
    }
    let match = try subset(ts, eg, matchList)
    let rest = constructRest ? try subset(ts, eg, restList) : nil
    return (match, rest)
  }

  /// `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback, chaining and notes.
  static func subset(_ ts: ThreadState, _ orig: PyBaseException, _ excs: [Value]) throws(PyError) -> Value? {
    if excs.isEmpty { return nil }
    let derived = try callMethod(ts, .object(orig), "derive", [.object(PyList(excs))])
    guard let eg = derived.as(PyBaseException.self), isGroup(derived) else {
      throw PyError.typeError("derive must return an instance of BaseExceptionGroup")
    }
    if let tb = orig.traceback { eg.traceback = tb }
    eg.context = orig.context
    eg.cause = orig.cause
    eg.suppressContext = true
    let notesKey = PyStr.intern("__notes__")
    if (try? Protocols.getAttrOptional(ts, .object(orig), notesKey)) != nil {
      let notes = try Protocols.getAttr(ts, .object(orig), notesKey)
      if isSequence(notes) {
        let copy = PyList(try Protocols.toArray(ts, notes))
        try Protocols.setAttr(ts, derived, notesKey, .object(copy))
      }
    }
    return derived
  }

  /// `collect_exception_group_leaf_ids`.
  static func collectLeafIDs(_ exc: Value, into ids: inout Set<ObjectIdentifier>) {
    guard let e = exc.as(PyBaseException.self) else { return }
    if !isGroup(exc) {
      ids.insert(ObjectIdentifier(e))
      return
    }
    for sub in exceptions(e) { collectLeafIDs(sub, into: &ids) }
  }

  /// `exception_group_projection`: the part of `eg` whose leaves are in the groups of `keep`.
  static func projection(_ ts: ThreadState, _ eg: Value, _ keep: [Value]) throws(PyError) -> Value {
    var ids = Set<ObjectIdentifier>()
    for e in keep { collectLeafIDs(e, into: &ids) }
    return try splitRecursive(ts, eg, .instanceIDs(ids), constructRest: false).match ?? .none
  }

  /// `is_same_exception_metadata`: same traceback, cause and context objects.
  static func sameMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
    a.traceback === b.traceback && a.cause.isIdentical(to: b.cause) && a.context.isIdentical(to: b.context)
  }

  /// `_PyExc_PrepReraiseStar`: what a `try/except*` raises at its end, given the exception it
  /// caught and the exceptions raised or left unhandled by its clauses (None entries ignored).
  static func prepReraiseStar(_ ts: ThreadState, _ orig: Value, _ excs: [Value]) throws(PyError) -> Value {
    if excs.isEmpty { return .none }
    guard let original = orig.as(PyBaseException.self), isGroup(orig) else {
      // A naked exception was caught (and wrapped): one clause ran at most.
      return excs[0]
    }
    var raised: [Value] = []
    var reraised: [Value] = []
    for e in excs where !e.isNone {
      if let x = e.as(PyBaseException.self), sameMetadata(x, original) {
        reraised.append(e)
      } else {
        raised.append(e)
      }
    }
    let reraisedGroup = try projection(ts, orig, reraised)
    if raised.isEmpty { return reraisedGroup }
    if !reraisedGroup.isNone { raised.append(reraisedGroup) }
    if raised.count > 1 { return try create(ts, "", .object(PyList(raised))) }
    return raised[0]
  }

  /// `exception_group_match` (CHECK_EG_MATCH): `(match, rest)`; no match is `(None, None)`.
  static func match(_ ts: ThreadState, _ exc: Value, _ matchType: Value) throws(PyError) -> (Value, Value) {
    if exc.isNone { return (.none, .none) }
    if ExceptionRaising.givenExceptionMatches(exc, matchType) {
      if isGroup(exc) { return (exc, .none) }
      // A naked exception: wrap it.
      let wrapped = try create(ts, "", .object(PyTuple([exc])))
      return (wrapped, .none)
    }
    if isGroup(exc) {
      let pair = try callMethod(ts, exc, "split", [matchType])
      guard let t = pair.as(PyTuple.self), t.count == 2 else { return (.none, .none) }
      return (t.items[0], t.items[1])
    }
    return (.none, .none)
  }
}
