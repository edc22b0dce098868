/// `BaseException`'s behaviour: construction, `args`, str/repr, the traceback and chaining
/// attributes, notes — and the extra attributes of some subclasses.
extension BuiltinTypes {
  static func installExceptions() {
    let b = exceptions.baseException
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    b.slots.new = { _, cls, args in
      let e = PyBaseException(type: cls, args: PyTuple(args.positional))
      return .object(e)
    }
    b.slots.initialize = { _, v, args throws(PyError) in
      if let k = args.kwnames, !k.items.isEmpty, Protocols.typeOf(v).slots.initialize != nil,
         !Protocols.typeOf(v).typeFlags.contains(.heapType) {
        throw PyError.typeError("\(Protocols.typeName(v))() takes no keyword arguments")
      }
      exc(v).args = PyTuple(args.positional)
    }
    b.slots.repr = { ts, v throws(PyError) in
      let e = exc(v)
      let name = String(Protocols.typeOf(v).shortName)
      if e.args.count == 1 { return .object(PyStr(name + "(" + (try Protocols.reprString(ts, e.args.items[0])) + ")")) }
      return .object(PyStr(name + (try Protocols.reprString(ts, .object(e.args)))))
    }
    b.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      switch e.args.count {
      case 0: return .object(PyStr.intern(""))
      case 1: return .object(try Protocols.str(ts, e.args.items[0]))
      default: return .object(try Protocols.str(ts, .object(e.args)))
      }
    }
    b.slots.getAttribute = nil
    b.addProperty("args", get: { _, v in .object(exc(v).args) }, set: { ts, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("args may not be deleted") }
      exc(v).args = PyTuple(try Protocols.toArray(ts, nv))
    })
    b.addProperty("__traceback__", get: { _, v in exc(v).traceback.map { .object($0) } ?? .none }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__traceback__ may not be deleted") }
      if nv.isNone { exc(v).traceback = nil; return }
      guard let tb = nv.as(PyTraceback.self) else { throw PyError.typeError("__traceback__ must be a traceback or None") }
      exc(v).traceback = tb
    })
    b.addProperty("__cause__", get: { _, v in exc(v).cause }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__cause__ may not be deleted") }
      guard nv.isNone || nv.as(PyBaseException.self) != nil else {
        throw PyError.typeError("exception cause must be None or derive from BaseException")
      }
      exc(v).cause = nv
      exc(v).suppressContext = true
    })
    b.addProperty("__context__", get: { _, v in exc(v).context }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("__context__ may not be deleted") }
      guard nv.isNone || nv.as(PyBaseException.self) != nil else {
        throw PyError.typeError("exception context must be None or derive from BaseException")
      }
      exc(v).context = nv
    })
    b.addProperty("__suppress_context__", get: { _, v in .bool(exc(v).suppressContext) }, set: { ts, v, nv throws(PyError) in
      exc(v).suppressContext = try Protocols.isTrue(ts, nv ?? .bool(false))
    })
    b.addProperty("__dict__") { _, v in .object(exc(v).attributes) }
    b.addMethod("with_traceback") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "with_traceback", min: 1, max: 1)
      if a[0].isNone { exc(v).traceback = nil }
      else if let tb = a[0].as(PyTraceback.self) { exc(v).traceback = tb }
      else { throw PyError.typeError("__traceback__ must be a traceback or None") }
      return v
    }
    b.addMethod("add_note") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "add_note", min: 1, max: 1)
      guard let s = a[0].as(PyStr.self) else {
        throw PyError.typeError("note must be a str, not '\(Protocols.typeName(a[0]))'")
      }
      ExceptionSupport.addNote(exc(v), s.string)
      return .none
    }
    // Subclass attributes.
    let ex = exceptions
    func field(_ t: PyType, _ name: String, index: Int?) {
      t.addProperty(name, get: { _, v in
        let e = exc(v)
        if let f = e.dict?.get("__field_" + name) { return f }
        if let i = index, i < e.args.count { return e.args.items[i] }
        return .none
      }, set: { _, v, nv in exc(v).attributes.set("__field_" + name, nv ?? .none) })
    }
    ex.stopIteration.slots.initialize = { _, v, args in
      exc(v).args = PyTuple(args.positional)
    }
    field(ex.stopIteration, "value", index: 0)
    field(ex.stopAsyncIteration, "value", index: 0)
    ex.systemExit.addProperty("code", get: { _, v in
      let e = exc(v)
      if let f = e.dict?.get("__field_code") { return f }
      if e.args.count == 0 { return .none }
      return e.args.count == 1 ? e.args.items[0] : .object(e.args)
    }, set: { _, v, nv in exc(v).attributes.set("__field_code", nv ?? .none) })
    for n in ["name", "obj"] { field(ex.attributeError, n, index: nil) }
    field(ex.nameError, "name", index: nil)
    for n in ["name", "path", "msg"] { field(ex.importError, n, index: n == "msg" ? 0 : nil) }
    ex.keyError.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      if e.args.count == 1 { return .object(try Protocols.repr(ts, e.args.items[0])) }
      return try BuiltinTypes.exceptions.baseException.slots.str!(ts, v)
    }
  }
}
