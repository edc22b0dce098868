/// UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: their constructors,
/// attributes (`encoding`, `object`, `start`, `end`, `reason`) and CPython's messages
/// (Objects/exceptions.c `UnicodeEncodeError_str` …). Attributes live in the instance dict under
/// `__field_<name>` keys, like the other exception fields.
enum UnicodeErrors {
  static func make(_ type: PyType, _ args: [Value]) -> PyError {
    let e = PyBaseException(type: type, args: PyTuple(args))
    let names = type === BuiltinTypes.exceptions.unicodeTranslateError
      ? ["object", "start", "end", "reason"] : ["encoding", "object", "start", "end", "reason"]
    for (n, v) in zip(names, args) { e.attributes.set("__field_" + n, v) }
    return PyError(e)
  }

  static func decodeError(_ encoding: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyError {
    return make(BuiltinTypes.exceptions.unicodeDecodeError,
                [.object(PyStr(encoding)), .object(PyBytes(bytes)), .int(start), .int(end), .object(PyStr(reason))])
  }

  static func encodeError(_ encoding: String, _ s: PyStr, _ start: Int, _ end: Int, _ reason: String) -> PyError {
    return make(BuiltinTypes.exceptions.unicodeEncodeError,
                [.object(PyStr(encoding)), .object(s), .int(start), .int(end), .object(PyStr(reason))])
  }

  /// `'\xe9'`-style text of a code point in messages.
  static func charText(_ c: UInt32) -> String {
    let hex = String(c, radix: 16)
    if c < 0x100 { return "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex }
    if c < 0x10000 { return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex }
    return "\\U" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
  }
}

extension BuiltinTypes {
  /// Installs the Unicode error classes' constructors, attributes and `__str__`.
  static func installUnicodeErrors() {
    let ex = exceptions
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    func field(_ v: Value, _ name: String) -> Value { exc(v).dict?.get("__field_" + name) ?? .none }
    for t in [ex.unicodeEncodeError, ex.unicodeDecodeError, ex.unicodeTranslateError] {
      let names = t === ex.unicodeTranslateError ? ["object", "start", "end", "reason"]
                                                  : ["encoding", "object", "start", "end", "reason"]
      for n in names {
        t.addProperty(n, get: { _, v in field(v, n) }, set: { _, v, nv in exc(v).attributes.set("__field_" + n, nv ?? .none) })
      }
      t.slots.initialize = { ts, v, args throws(PyError) in
        let e = exc(v)
        e.args = PyTuple(args.positional)
        if let k = args.kwnames, !k.items.isEmpty { throw PyError.typeError("\(t.name)() takes no keyword arguments") }
        if args.count != names.count {
          throw PyError.typeError("function takes exactly \(names.count) arguments (\(args.count) given)")
        }
        var i = 0
        if t !== ex.unicodeTranslateError {
          guard args[0].as(PyStr.self) != nil else {
            throw PyError.typeError("argument 1 must be str, not \(Protocols.typeName(args[0]))")
          }
          e.attributes.set("__field_encoding", args[0])
          i = 1
        }
        if t === ex.unicodeDecodeError {
          if args[i].as(PyStr.self) != nil || BytesSupport.bufferBytes(args[i]) == nil {
            throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(args[i]))'")
          }
          let b = BytesSupport.bufferBytes(args[i])!
          e.attributes.set("__field_object", args[i].as(PyBytes.self)?.type === BuiltinTypes.bytes ? args[i] : .object(PyBytes(b)))
        } else {
          guard args[i].as(PyStr.self) != nil else {
            throw PyError.typeError("argument \(i + 1) must be str, not \(Protocols.typeName(args[i]))")
          }
          e.attributes.set("__field_object", args[i])
        }
        for (k, n) in [(i + 1, "start"), (i + 2, "end")] {
          let x = try Protocols.indexAsInt(ts, args[k])
          e.attributes.set("__field_" + n, .int(x))
        }
        guard args[i + 3].as(PyStr.self) != nil else {
          throw PyError.typeError("argument \(i + 4) must be str, not \(Protocols.typeName(args[i + 3]))")
        }
        e.attributes.set("__field_reason", args[i + 3])
      }
      t.slots.str = { ts, v throws(PyError) in
        let obj = field(v, "object")
        guard case .int(let start) = field(v, "start"), case .int(let end) = field(v, "end") else {
          return .object(StrOps.empty)
        }
        let reason = try Protocols.str(ts, field(v, "reason")).string
        let encoding = t === ex.unicodeTranslateError ? "" : try Protocols.str(ts, field(v, "encoding")).string
        if t === ex.unicodeDecodeError {
          let bytes = BytesSupport.bufferBytes(obj) ?? []
          if start >= 0 && start < bytes.count && end == start + 1 {
            let b = bytes[start]
            let hex = String(b, radix: 16)
            return .object(PyStr("'\(encoding)' codec can't decode byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(start): \(reason)"))
          }
          return .object(PyStr("'\(encoding)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"))
        }
        let s = obj.as(PyStr.self)
        let what = t === ex.unicodeTranslateError ? "can't translate" : "'\(encoding)' codec can't encode"
        if let s, start >= 0 && start < s.count && end == start + 1 {
          return .object(PyStr("\(what) character '\(UnicodeErrors.charText(s[start]))' in position \(start): \(reason)"))
        }
        return .object(PyStr("\(what) characters in position \(start)-\(end - 1): \(reason)"))
      }
    }
  }
}
