import PyRuntime

/// The `_json` module (CPython Modules/_json.c, "json speedups"): the scanner and encoder
/// types the `json` package uses (JSONScanner.swift, JSONEncoding.swift) and the string
/// functions `scanstring`, `encode_basestring`, `encode_basestring_ascii` (JSONStrings.swift).
public enum JSONModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_json")
    m.dict.set("__doc__", .object(PyStr("json speedups\n")))
    m.dict.set("make_scanner", Value(BuiltinTypes.jsonScanner))
    m.dict.set("make_encoder", Value(BuiltinTypes.jsonEncoder))
    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "_json", doc: doc, body)
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }
    add("encode_basestring_ascii", "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string") { _, a throws(PyError) in
      try ArgParser.positional(a, "encode_basestring_ascii", min: 1, max: 1)
      return .object(JSONStrings.quoted(try stringArgument(a[0]), asciiOnly: true))
    }
    add("encode_basestring", "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string") { _, a throws(PyError) in
      try ArgParser.positional(a, "encode_basestring", min: 1, max: 1)
      return .object(JSONStrings.quoted(try stringArgument(a[0]), asciiOnly: false))
    }
    add("scanstring", "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.") { ts, a throws(PyError) in
      try TupleArgs.check(a, "scanstring", min: 2, max: 3)
      let s = try stringArgument(a[0])
      let end = try Protocols.indexAsInt(ts, a[1])
      let strict = a.count > 2 ? try Protocols.isTrue(ts, a[2]) : true
      let (value, next): (PyStr, Int)
      switch s.kind {
      case 1: (value, next) = try JSONText<UInt8>(s).scanString(ts, end, strict: strict)
      case 2: (value, next) = try JSONText<UInt16>(s).scanString(ts, end, strict: strict)
      default: (value, next) = try JSONText<UInt32>(s).scanString(ts, end, strict: strict)
      }
      return .object(PyTuple([.object(value), .int(next)]))
    }
    return m
  }

  static func stringArgument(_ v: Value) throws(PyError) -> PyStr {
    guard let s = v.as(PyStr.self) else {
      throw PyError.typeError("first argument must be a string, not \(Protocols.typeName(v))")
    }
    return s
  }
}
