/// `BaseException`'s behaviour as CPython 3.11's Objects/exceptions.c: construction (`__new__`
/// keeps the positional arguments and ignores keywords, `__init__` refuses keywords), `args`,
/// str/repr, the traceback and chaining attributes with their checks, `with_traceback`,
/// `add_note`, `__reduce__`/`__setstate__`, `__dict__` — and the constructors and fields of
/// the subclasses with their own layout in C: StopIteration, SystemExit, ImportError (and
/// ModuleNotFoundError), NameError, AttributeError, KeyError's str. (OSError, SyntaxError and
/// the Unicode errors are in their own files; groups in ExceptionGroupType.swift.)
extension BuiltinTypes {
  static func installExceptions() {
    let ex = exceptions
    let b = ex.baseException
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    for t in ex.all {
      if let doc = ExceptionDocs.text[t.name] { t.dict.set("__doc__", .object(PyStr(doc))) }
    }
    ex.exceptionGroup.dict.set("__doc__", .none)
    // `__subclasses__()`: CPython readies the static exception types in alphabetical order and
    // creates ExceptionGroup afterwards.
    for t in ex.all.sorted(by: { $0.name < $1.name }) where t !== ex.exceptionGroup {
      if let base = t.base { base.addSubclass(t) }
    }
    for base in ex.exceptionGroup.bases { base.addSubclass(ex.exceptionGroup) }

    b.slots.new = { _, cls, args in
      .object(ExceptionSupport.newInstance(cls, args: PyTuple(args.positional)))
    }
    b.slots.initialize = { _, v, args throws(PyError) in
      try ExceptionConstruction.noKeywords(v, args)
      exc(v).args = PyTuple(args.positional)
    }
    b.slots.repr = { ts, v throws(PyError) in
      let e = exc(v)
      let name = String(Protocols.typeOf(v).shortName)
      if e.args.count == 1 { return .object(PyStr(name + "(" + (try Protocols.reprString(ts, e.args.items[0])) + ")")) }
      return .object(PyStr(name + (try Protocols.reprString(ts, .object(e.args)))))
    }
    b.slots.str = { ts, v throws(PyError) in try ExceptionConstruction.baseStr(ts, exc(v)) }
    b.slots.getAttribute = nil
    ExceptionGroupSupport.install()

    b.addProperty("args", get: { _, v in .object(exc(v).args) }, set: { ts, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("args may not be deleted") }
      exc(v).args = PyTuple(try Protocols.toArray(ts, nv))
    })
    b.addProperty("__traceback__", get: { _, v in exc(v).traceback.map { .object($0) } ?? .none }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__traceback__ may not be deleted") }
      try ExceptionConstruction.setTraceback(exc(v), nv)
    })
    b.addProperty("__context__", get: { _, v in exc(v).context }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__context__ may not be deleted") }
      guard nv.isNone || nv.as(PyBaseException.self) != nil else {
        throw PyError.typeError("exception context must be None or derive from BaseException")
      }
      exc(v).context = nv
    })
    b.addProperty("__cause__", get: { _, v in exc(v).cause }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__cause__ may not be deleted") }
      guard nv.isNone || nv.as(PyBaseException.self) != nil else {
        throw PyError.typeError("exception cause must be None or derive from BaseException")
      }
      exc(v).cause = nv
      exc(v).suppressContext = true
    })
    b.addProperty("__suppress_context__", get: { _, v in .bool(exc(v).suppressContext) }, set: { _, v, nv throws(PyError) in
      // A T_BOOL member.
      guard let nv else { throw PyError.typeError("can't delete numeric/char attribute") }
      guard case .bool(let flag) = nv else { throw PyError.typeError("attribute value type must be bool") }
      exc(v).suppressContext = flag
    })
    b.addProperty("__dict__", get: { _, v in .object(exc(v).userAttributes) }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("cannot delete __dict__") }
      guard let d = nv.as(PyDict.self) else {
        throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(Protocols.typeName(nv))'")
      }
      exc(v).instanceDict = d
    })
    b.addMethod("with_traceback") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "BaseException.with_traceback", min: 1, max: 1)
      try ExceptionConstruction.setTraceback(exc(v), a[0])
      return v
    }
    b.addMethod("add_note") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "BaseException.add_note", min: 1, max: 1)
      try ExceptionConstruction.addNote(ts, v, a[0])
      return .none
    }
    b.addMethod("__reduce__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "BaseException.__reduce__", min: 0, max: 0)
      let e = exc(v)
      // (The runtime makes the dict on any attribute lookup; CPython only when it is used.)
      if let d = e.instanceDict, d.count > 0 { return .object(PyTuple([Value(e.type), .object(e.args), .object(d)])) }
      return .object(PyTuple([Value(e.type), .object(e.args)]))
    }
    b.addMethod("__setstate__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "BaseException.__setstate__", min: 1, max: 1)
      let state = a[0]
      if state.isNone { return .none }
      guard let d = state.as(PyDict.self) else { throw PyError.typeError("state is not a dictionary") }
      for (k, value) in d.items {
        guard let name = k.as(PyStr.self) else {
          throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(k))'")
        }
        try Protocols.setAttr(ts, v, name, value)
      }
      return .none
    }

    ExceptionConstruction.installSubclasses()
  }
}

/// The constructors, fields and str of the builtin exception subclasses with a C layout.
enum ExceptionConstruction {
  static func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }

  /// `_PyArg_NoKeywords(type(v).__name__, kwds)`.
  static func noKeywords(_ v: Value, _ args: Args) throws(PyError) {
    if let k = args.kwnames, !k.items.isEmpty {
      throw PyError.typeError("\(Protocols.typeOf(v).name)() takes no keyword arguments")
    }
  }

  /// `BaseException.__str__`.
  static func baseStr(_ ts: ThreadState, _ e: PyBaseException) throws(PyError) -> Value {
    switch e.args.count {
    case 0: return .object(PyStr.intern(""))
    case 1: return .object(try Protocols.str(ts, e.args.items[0]))
    default: return .object(try Protocols.str(ts, .object(e.args)))
    }
  }

  /// `PyException_SetTraceback`'s check.
  static func setTraceback(_ e: PyBaseException, _ v: Value) throws(PyError) {
    if v.isNone {
      e.traceback = nil
    } else if let tb = v.as(PyTraceback.self) {
      e.traceback = tb
    } else {
      throw PyError.typeError("__traceback__ must be a traceback or None")
    }
  }

  /// `BaseException.add_note`: through the `__notes__` attribute, created as a list.
  static func addNote(_ ts: ThreadState, _ v: Value, _ note: Value) throws(PyError) {
    guard note.as(PyStr.self) != nil else {
      throw PyError.typeError("note must be a str, not '\(Protocols.typeName(note))'")
    }
    let key = PyStr.intern("__notes__")
    if (try? Protocols.getAttrOptional(ts, v, key)) == nil {
      try Protocols.setAttr(ts, v, key, .object(PyList()))
    }
    let notes = try Protocols.getAttr(ts, v, key)
    guard let list = notes.as(PyList.self) else {
      throw PyError.typeError("Cannot add note: __notes__ is not a list")
    }
    list.append(note)
  }

  /// Binds keyword-only arguments `names` (as `PyArg_ParseTupleAndKeywords(empty, kwds,
  /// "|$O…:fname")`); returns the values given.
  static func keywordOnly(_ args: Args, _ names: [String], fname: String) throws(PyError) -> [String: Value] {
    var out: [String: Value] = [:]
    for (k, v) in args.keywords {
      let name = k.string
      guard names.contains(name) else {
        throw PyError.typeError("'\(name)' is an invalid keyword argument for \(fname)()")
      }
      out[name] = v
    }
    return out
  }

  /// A field read back: the stored value, else what the arguments imply (instances the
  /// runtime made without calling `__init__`), else None.
  static func fieldOrArgs(_ e: PyBaseException, _ name: String, _ fromArgs: (PyTuple) -> Value?) -> Value {
    if let f = ExceptionSupport.field(e, name) { return f }
    return fromArgs(e.args) ?? .none
  }

  /// A writable T_OBJECT member kept as a field (deleting makes it read None).
  static func member(_ t: PyType, _ name: String, doc: String? = nil, fromArgs: @escaping (PyTuple) -> Value? = { _ in nil }) {
    t.addProperty(name, doc: doc, get: { _, v in fieldOrArgs(exc(v), name, fromArgs) },
                  set: { _, v, nv in ExceptionSupport.setField(exc(v), name, nv ?? .none) })
  }

  static func installSubclasses() {
    let ex = BuiltinTypes.exceptions

    // StopIteration: value = args[0] or None, set by __init__.
    let firstArg: (PyTuple) -> Value? = { $0.count > 0 ? $0.items[0] : nil }
    ex.stopIteration.slots.initialize = { _, v, args throws(PyError) in
      try noKeywords(v, args)
      let e = exc(v)
      e.args = PyTuple(args.positional)
      ExceptionSupport.setField(e, "value", e.args.count > 0 ? e.args.items[0] : .none)
    }
    member(ex.stopIteration, "value", doc: "generator return value", fromArgs: firstArg)

    // SystemExit: code = None / the argument / the arguments.
    let exitCode: (PyTuple) -> Value? = { a in a.count == 0 ? nil : (a.count == 1 ? a.items[0] : .object(a)) }
    ex.systemExit.slots.initialize = { _, v, args throws(PyError) in
      try noKeywords(v, args)
      let e = exc(v)
      e.args = PyTuple(args.positional)
      ExceptionSupport.setField(e, "code", exitCode(e.args) ?? .none)
    }
    member(ex.systemExit, "code", doc: "exception code", fromArgs: exitCode)

    // ImportError(*args, name=None, path=None); msg = the single argument.
    ex.importError.slots.initialize = { _, v, args throws(PyError) in
      let e = exc(v)
      e.args = PyTuple(args.positional)
      let kw = try keywordOnly(args, ["name", "path"], fname: "ImportError")
      for n in ["name", "path"] {
        if let value = kw[n] { ExceptionSupport.setField(e, n, value) } else { removeField(e, n) }
      }
      if e.args.count == 1 { ExceptionSupport.setField(e, "msg", e.args.items[0]) } else { removeField(e, "msg") }
    }
    member(ex.importError, "msg", doc: "exception message", fromArgs: { $0.count == 1 ? $0.items[0] : nil })
    member(ex.importError, "name", doc: "module name")
    member(ex.importError, "path", doc: "module path")
    ex.importError.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      let msg = fieldOrArgs(e, "msg") { $0.count == 1 ? $0.items[0] : nil }
      if let s = msg.as(PyStr.self), s.type === BuiltinTypes.str { return msg }
      return try baseStr(ts, e)
    }
    ex.importError.addMethod("__reduce__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "ImportError.__reduce__", min: 0, max: 0)
      let e = exc(v)
      let name = ExceptionSupport.field(e, "name"), path = ExceptionSupport.field(e, "path")
      var state: Value = .none
      if let d = e.instanceDict, d.count > 0 { state = .object(d) }
      if name != nil || path != nil {
        let d = e.instanceDict?.copy() ?? PyDict()
        if let name { d.set("name", name) }
        if let path { d.set("path", path) }
        state = .object(d)
      }
      if state.isNone { return .object(PyTuple([Value(e.type), .object(e.args)])) }
      return .object(PyTuple([Value(e.type), .object(e.args), state]))
    }

    // NameError(*args, name=None), AttributeError(*args, name=None, obj=None).
    ex.nameError.slots.initialize = { _, v, args throws(PyError) in
      let e = exc(v)
      e.args = PyTuple(args.positional)
      let kw = try keywordOnly(args, ["name"], fname: "NameError")
      if let n = kw["name"] { ExceptionSupport.setField(e, "name", n) } else { removeField(e, "name") }
    }
    member(ex.nameError, "name", doc: "name")
    ex.attributeError.slots.initialize = { _, v, args throws(PyError) in
      let e = exc(v)
      e.args = PyTuple(args.positional)
      let kw = try keywordOnly(args, ["name", "obj"], fname: "AttributeError")
      for n in ["name", "obj"] {
        if let value = kw[n] { ExceptionSupport.setField(e, n, value) } else { removeField(e, n) }
      }
    }
    member(ex.attributeError, "name", doc: "attribute name")
    member(ex.attributeError, "obj", doc: "object")

    // KeyError: the repr of a single argument.
    ex.keyError.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      if e.args.count == 1 { return .object(try Protocols.repr(ts, e.args.items[0])) }
      return try baseStr(ts, e)
    }
  }

  static func removeField(_ e: PyBaseException, _ name: String) {
    _ = e.dict?.remove(PyStr.intern("__field_" + name))
  }
}
