import PyRuntime

/// A `_json.Encoder` (what `json.encoder.c_make_encoder(...)` returns): the encoder's options.
/// Calling it with `(obj, _current_indent_level)` returns a 1-element list holding the whole JSON
/// text. Unlike CPython 3.11's C encoder it also honours `indent` (a str), laying the text
/// out as the pure-Python encoder does, so `json.dumps(..., indent=...)` is native too.
public final class PyJSONEncoder: PyObject {
  var markers: Value = .none
  var defaultFunction: Value = .none
  var encoder: Value = .none
  var indent: Value = .none
  var keySeparator: PyStr = StrOps.empty
  var itemSeparator: PyStr = StrOps.empty
  var sortKeys = false
  var skipKeys = false
  var allowNaN = true
  /// The native string escaper when `encoder` is one of `_json`'s two functions.
  var fastEncode: FastEncode = .none

  enum FastEncode { case none, ascii, unicode }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(markers); visit(defaultFunction); visit(encoder); visit(indent)
  }
}

extension BuiltinTypes {
  /// `_json.Encoder` (CPython Modules/_json.c `PyEncoderType`), also named `make_encoder`.
  public static let jsonEncoder: PyType = PyType.builtin("_json.Encoder") { t in
    t.qualname = "Encoder"
    t.dict.set("__doc__", .object(PyStr("_iterencode(obj, _current_indent_level) -> iterable")))
    let newSignature = ClinicSignature("make_encoder", ["markers", "default", "encoder", "indent", "key_separator",
                                                        "item_separator", "sort_keys", "skipkeys", "allow_nan"], minPos: 9)
    t.slots.new = { ts, cls, a throws(PyError) in
      let p = try newSignature.bind(a)
      let markers = p[0]!
      func string(_ i: Int) throws(PyError) -> PyStr {
        guard let s = p[i]!.as(PyStr.self) else {
          let v = p[i]!
          throw PyError.typeError("make_encoder() argument \(i + 1) must be str, not \(v.isNone ? "None" : Protocols.typeName(v))")
        }
        return s
      }
      let keySeparator = try string(4)
      let itemSeparator = try string(5)
      let sortKeys = try Protocols.isTrue(ts, p[6]!)
      let skipKeys = try Protocols.isTrue(ts, p[7]!)
      let allowNaN = try Protocols.isTrue(ts, p[8]!)
      if !markers.isNone && markers.as(PyDict.self) == nil {
        throw PyError.typeError("make_encoder() argument 1 must be dict or None, not \(Protocols.typeName(markers))")
      }
      let e = PyJSONEncoder(type: cls)
      e.markers = markers
      e.defaultFunction = p[1]!
      e.encoder = p[2]!
      e.indent = p[3]!
      e.keySeparator = keySeparator
      e.itemSeparator = itemSeparator
      e.sortKeys = sortKeys
      e.skipKeys = skipKeys
      e.allowNaN = allowNaN
      if let f = e.encoder.as(PyBuiltinFunction.self), f.moduleName == "_json" {
        if f.name == "encode_basestring_ascii" { e.fastEncode = .ascii }
        if f.name == "encode_basestring" { e.fastEncode = .unicode }
      }
      return .object(e)
    }
    let callSignature = ClinicSignature("_iterencode", ["obj", "_current_indent_level"], minPos: 2)
    t.slots.call = { ts, v, a throws(PyError) in
      let p = try callSignature.bind(a)
      let level = try Protocols.indexAsInt(ts, p[1]!)
      var writer = JSONWriter(ts, v.unsafeAs(PyJSONEncoder.self))
      try writer.encode(p[0]!, level)
      return .object(PyList([.object(writer.out.build())]))
    }
    func member(_ name: String, _ get: @escaping (PyJSONEncoder) -> Value) {
      t.addProperty(name) { _, v in get(v.unsafeAs(PyJSONEncoder.self)) }
    }
    member("markers") { $0.markers }
    member("default") { $0.defaultFunction }
    member("encoder") { $0.encoder }
    member("indent") { $0.indent }
    member("key_separator") { .object($0.keySeparator) }
    member("item_separator") { .object($0.itemSeparator) }
    member("sort_keys") { .bool($0.sortKeys) }
    member("skipkeys") { .bool($0.skipKeys) }
  }
}

/// One encoding run (CPython Modules/_json.c `encoder_listencode_obj` / `_list` / `_dict`,
/// and json/encoder.py `_make_iterencode` for the indented layout): appends the JSON text of
/// a value to `out`, with circular-reference detection when the encoder has markers.
struct JSONWriter {
  let ts: ThreadState
  let e: PyJSONEncoder
  var out = StrBuilder(capacity: 256)
  /// The indent unit (nil: one line).
  let indent: PyStr?
  /// The ids of the containers being encoded (when `markers` is not None).
  var active: Set<ObjectIdentifier> = []
  let checkCircular: Bool

  init(_ ts: ThreadState, _ e: PyJSONEncoder) {
    self.ts = ts
    self.e = e
    indent = e.indent.as(PyStr.self)
    checkCircular = !e.markers.isNone
  }

  mutating func encode(_ v: Value, _ level: Int) throws(PyError) {
    switch v {
    case .none: out.append(latin1: "null".utf8)
    case .bool(let b): out.append(latin1: (b ? "true" : "false").utf8)
    case .int(let i): appendInt(i)
    case .float(let d): try appendFloat(d)
    default:
      let obj = v.unsafeAs(PyObject.self)
      if let s = obj as? PyStr {
        try appendString(s)
      } else if obj is PyLong {
        out.append(try Protocols.repr(ts, IntOps.exact(v)))
      } else if let f = obj as? PyFloatBox {
        try appendFloat(f.value)
      } else if let l = obj as? PyList {
        try ts.enterRecursiveCall(" while encoding a JSON object")
        defer { ts.leaveRecursiveCall() }
        // Subclasses are iterated (PySequence_Fast copies anything but exact lists/tuples).
        try encodeSequence(v, obj, l.type === BuiltinTypes.list ? l.items : try Protocols.toArray(ts, v), level)
      } else if let tup = obj as? PyTuple {
        try ts.enterRecursiveCall(" while encoding a JSON object")
        defer { ts.leaveRecursiveCall() }
        try encodeSequence(v, obj, tup.type === BuiltinTypes.tuple ? tup.items : try Protocols.toArray(ts, v), level)
      } else if let d = obj as? PyDict {
        try ts.enterRecursiveCall(" while encoding a JSON object")
        defer { ts.leaveRecursiveCall() }
        try encodeDict(v, d, level)
      } else {
        let id = ObjectIdentifier(obj)
        if checkCircular {
          if active.contains(id) { throw PyError.valueError("Circular reference detected") }
          active.insert(id)
        }
        let replacement = try Protocols.call(ts, e.defaultFunction, [v])
        try ts.enterRecursiveCall(" while encoding a JSON object")
        defer { ts.leaveRecursiveCall() }
        try encode(replacement, level)
        if checkCircular { active.remove(id) }
      }
    }
  }

  mutating func appendInt(_ i: Int) {
    if i >= 0 && i < 10 { out.append(UInt32(0x30 + i)); return }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buf in
      var n = i.magnitude
      var k = buf.count
      repeat {
        k -= 1
        buf[k] = UInt8(0x30 + n % 10)
        n /= 10
      } while n > 0
      if i < 0 { k -= 1; buf[k] = 0x2d }
      out.append(latin1: UnsafeRawBufferPointer(rebasing: buf[k...]))
    }
  }

  mutating func appendFloat(_ d: Double) throws(PyError) {
    if d.isFinite {
      out.append(FloatDigits.reprStr(d))
      return
    }
    if !e.allowNaN {
      // The C encoder's message, or the Python encoder's (which adds the repr) when indenting.
      if indent == nil && e.indent.isNone {
        throw PyError.valueError("Out of range float values are not JSON compliant")
      }
      throw PyError.valueError("Out of range float values are not JSON compliant: \(FloatDigits.repr(d))")
    }
    out.append(latin1: (d.isNaN ? "NaN" : d < 0 ? "-Infinity" : "Infinity").utf8)
  }

  mutating func appendString(_ s: PyStr) throws(PyError) {
    switch e.fastEncode {
    case .ascii: JSONStrings.appendQuoted(&out, s, asciiOnly: true)
    case .unicode: JSONStrings.appendQuoted(&out, s, asciiOnly: false)
    case .none:
      let r = try Protocols.call(ts, e.encoder, [.object(s)])
      guard let encoded = r.as(PyStr.self) else {
        throw PyError.typeError("encoder() must return a string, not \(Protocols.typeName(r))")
      }
      out.append(encoded)
    }
  }

  /// Starts a nested level: writes the newline and indent when indenting.
  mutating func openLevel(_ level: Int) -> Int {
    guard let indent else { return level }
    let inner = level + 1
    newline(inner, indent)
    return inner
  }

  mutating func newline(_ level: Int, _ indent: PyStr) {
    out.append(0x0a)
    for _ in 0..<level { out.append(indent) }
  }

  mutating func separator(_ level: Int) {
    out.append(e.itemSeparator)
    if let indent { newline(level, indent) }
  }

  mutating func enter(_ obj: PyObject) throws(PyError) {
    guard checkCircular else { return }
    let id = ObjectIdentifier(obj)
    if active.contains(id) { throw PyError.valueError("Circular reference detected") }
    active.insert(id)
  }

  mutating func leave(_ obj: PyObject) {
    if checkCircular { active.remove(ObjectIdentifier(obj)) }
  }

  mutating func encodeSequence(_ v: Value, _ obj: PyObject, _ items: [Value], _ level: Int) throws(PyError) {
    if items.isEmpty { out.append(latin1: "[]".utf8); return }
    try enter(obj)
    out.append(0x5b)
    let inner = openLevel(level)
    for (k, item) in items.enumerated() {
      if k > 0 { separator(inner) }
      try encode(item, inner)
    }
    if let indent { newline(level, indent) }
    out.append(0x5d)
    leave(obj)
  }

  mutating func encodeDict(_ v: Value, _ d: PyDict, _ level: Int) throws(PyError) {
    if d.count == 0 { out.append(latin1: "{}".utf8); return }
    try enter(d)
    out.append(0x7b)
    let inner = openLevel(level)
    var pairs: [(Value, Value)]
    if d.type === BuiltinTypes.dict {
      pairs = d.items.map { ($0.key, $0.value) }
    } else {
      let items = try callMethod(v, "items")
      pairs = []
      for item in try Protocols.toArray(ts, items) {
        guard let t = item.as(PyTuple.self), t.count == 2 else {
          throw PyError.valueError("items must return 2-tuples")
        }
        pairs.append((t.items[0], t.items[1]))
      }
    }
    if e.sortKeys {
      let list = PyList(pairs.map { Value(PyTuple([$0.0, $0.1])) })
      _ = try callMethod(.object(list), "sort")
      pairs = list.items.map { let t = $0.unsafeAs(PyTuple.self); return (t.items[0], t.items[1]) }
    }
    var first = true
    for (key, value) in pairs {
      var keyText: PyStr
      switch key {
      case .none: keyText = PyStr.intern("null")
      case .bool(let b): keyText = PyStr.intern(b ? "true" : "false")
      case .int(let i): keyText = PyStr(String(i))
      case .float(let f): keyText = try floatKey(f)
      default:
        if let s = key.as(PyStr.self) {
          keyText = s
        } else if let f = key.as(PyFloatBox.self) {
          keyText = try floatKey(f.value)
        } else if key.as(PyLong.self) != nil {
          keyText = try Protocols.repr(ts, IntOps.exact(key))
        } else if e.skipKeys {
          continue
        } else {
          throw PyError.typeError("keys must be str, int, float, bool or None, not \(Protocols.typeName(key))")
        }
      }
      if first { first = false } else { separator(inner) }
      try appendString(keyText)
      out.append(e.keySeparator)
      try encode(value, inner)
    }
    if let indent { newline(level, indent) }
    out.append(0x7d)
    leave(d)
  }

  func callMethod(_ v: Value, _ name: String) throws(PyError) -> Value {
    try Protocols.call(ts, try Protocols.getAttr(ts, v, PyStr.intern(name)), [])
  }

  func floatKey(_ f: Double) throws(PyError) -> PyStr {
    if f.isFinite { return FloatDigits.reprStr(f) }
    if !e.allowNaN {
      if indent == nil {
        throw PyError.valueError("Out of range float values are not JSON compliant")
      }
      throw PyError.valueError("Out of range float values are not JSON compliant: \(FloatDigits.repr(f))")
    }
    return PyStr.intern(f.isNaN ? "NaN" : f < 0 ? "-Infinity" : "Infinity")
  }
}
