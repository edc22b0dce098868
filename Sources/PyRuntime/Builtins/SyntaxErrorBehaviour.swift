/// `SyntaxError`'s attributes and text (CPython's Objects/exceptions.c, `SyntaxError_init`
/// and `SyntaxError_str`): `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset` from `SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
/// end_offset))`, and `msg (file, line N)` as its str — what `compile`/`exec`/`eval` raise.
enum SyntaxErrors {
  static let fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]

  static func install() {
    let t = BuiltinTypes.exceptions.syntaxError
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    t.slots.initialize = { ts, v, args throws(PyError) in
      if let k = args.kwnames, !k.items.isEmpty {
        throw PyError.typeError("\(Protocols.typeName(v))() takes no keyword arguments")
      }
      let e = exc(v)
      let positional = args.positional
      e.args = PyTuple(positional)
      let d = e.attributes
      if positional.count >= 1 { d.set("__field_msg", positional[0]) }
      if positional.count == 2 {
        // PyArg_ParseTuple(tuple(info), "OOOO|OO").
        let info = try Protocols.toArray(ts, positional[1])
        if info.count < 4 {
          throw PyError.typeError("function takes at least 4 arguments (\(info.count) given)")
        }
        if info.count > 6 {
          throw PyError.typeError("function takes at most 6 arguments (\(info.count) given)")
        }
        for name in ["end_lineno", "end_offset"] { _ = d.remove(PyStr.intern("__field_" + name)) }
        for (i, name) in fields.enumerated() where i < info.count { d.set("__field_" + name, info[i]) }
        if info.count == 5 {
          throw PyError.typeError("end_offset must be provided when end_lineno is provided")
        }
      }
    }
    t.addProperty("msg", get: { _, v in
      let e = exc(v)
      return e.dict?.get("__field_msg") ?? (e.args.count > 0 ? e.args.items[0] : .none)
    }, set: { _, v, nv in exc(v).attributes.set("__field_msg", nv ?? .none) })
    for name in fields + ["print_file_and_line"] {
      t.addProperty(name, get: { _, v in exc(v).dict?.get("__field_" + name) ?? .none },
                    set: { _, v, nv in exc(v).attributes.set("__field_" + name, nv ?? .none) })
    }
    t.slots.str = { ts, v throws(PyError) in
      let d = exc(v).dict
      let e = exc(v)
      let msg = d?.get("__field_msg") ?? (e.args.count > 0 ? e.args.items[0] : .none)
      let text = try Protocols.str(ts, msg).string
      let filename = d?.get("__field_filename")?.as(PyStr.self)
      var lineno: Int? = nil
      if case .int(let n)? = d?.get("__field_lineno") { lineno = n }
      let base = filename.map { f -> String in
        let s = f.string
        if let slash = s.lastIndex(of: "/") { return String(s[s.index(after: slash)...]) }
        return s
      }
      if let base, let lineno { return .object(PyStr("\(text) (\(base), line \(lineno))")) }
      if let base { return .object(PyStr("\(text) (\(base))")) }
      if let lineno { return .object(PyStr("\(text) (line \(lineno))")) }
      return .object(PyStr(text))
    }
  }
}
