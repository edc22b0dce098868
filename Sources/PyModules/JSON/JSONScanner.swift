import PyRuntime

/// A `_json.Scanner` (what `json.scanner.make_scanner(decoder)` returns): the decoder's
/// options read once from its context object. Calling it with `(string, idx)` reads one JSON
/// value and returns `(value, end)`.
public final class PyJSONScanner: PyObject {
  var strict = true
  var objectHook: Value = .none
  var objectPairsHook: Value = .none
  var parseFloat: Value = .none
  var parseInt: Value = .none
  var parseConstant: Value = .none

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(objectHook); visit(objectPairsHook); visit(parseFloat); visit(parseInt); visit(parseConstant)
  }
}

extension BuiltinTypes {
  /// `_json.Scanner` (CPython Modules/_json.c `PyScannerType`), also named `make_scanner`.
  public static let jsonScanner: PyType = PyType.builtin("_json.Scanner") { t in
    t.qualname = "Scanner"
    t.dict.set("__doc__", .object(PyStr("JSON scanner object")))
    let newSignature = ClinicSignature("make_scanner", ["context"], minPos: 1)
    t.slots.new = { ts, cls, a throws(PyError) in
      let ctx = try newSignature.bind(a)[0]!
      let s = PyJSONScanner(type: cls)
      func attr(_ name: String) throws(PyError) -> Value { try Protocols.getAttr(ts, ctx, PyStr.intern(name)) }
      s.strict = try Protocols.isTrue(ts, try attr("strict"))
      s.objectHook = try attr("object_hook")
      s.objectPairsHook = try attr("object_pairs_hook")
      s.parseFloat = try attr("parse_float")
      s.parseInt = try attr("parse_int")
      s.parseConstant = try attr("parse_constant")
      return .object(s)
    }
    let callSignature = ClinicSignature("scan_once", ["string", "idx"], minPos: 2)
    t.slots.call = { ts, v, a throws(PyError) in
      let p = try callSignature.bind(a)
      guard let s = p[0]!.as(PyStr.self) else {
        throw PyError.typeError("first argument must be a string, not \(Protocols.typeName(p[0]!))")
      }
      let idx = try Protocols.indexAsInt(ts, p[1]!)
      let (value, end) = try JSONDecoding.scan(ts, v.unsafeAs(PyJSONScanner.self), s, idx)
      return .object(PyTuple([value, .int(end)]))
    }
    func member(_ name: String, _ get: @escaping (PyJSONScanner) -> Value) {
      t.addProperty(name) { _, v in get(v.unsafeAs(PyJSONScanner.self)) }
    }
    member("strict") { .bool($0.strict) }
    member("object_hook") { $0.objectHook }
    member("object_pairs_hook") { $0.objectPairsHook }
    member("parse_float") { $0.parseFloat }
    member("parse_int") { $0.parseInt }
    member("parse_constant") { $0.parseConstant }
  }
}

/// Reading JSON values (CPython Modules/_json.c `scan_once_unicode` and the object, array,
/// number and constant readers), with its exact error messages and positions. "No value
/// here" is `StopIteration(idx)`, which `JSONDecoder.raw_decode` turns into "Expecting value".
enum JSONDecoding {
  static func scan(_ ts: ThreadState, _ scanner: PyJSONScanner, _ s: PyStr, _ idx: Int) throws(PyError) -> (Value, Int) {
    let memo = PyDict()
    switch s.kind {
    case 1:
      var r = JSONReader<UInt8>(ts, scanner, JSONText(s), memo)
      return try r.scanOnce(idx)
    case 2:
      var r = JSONReader<UInt16>(ts, scanner, JSONText(s), memo)
      return try r.scanOnce(idx)
    default:
      var r = JSONReader<UInt32>(ts, scanner, JSONText(s), memo)
      return try r.scanOnce(idx)
    }
  }
}

/// One decoding run over one text: the scanner's options plus the key memo (equal keys share
/// one str object, as CPython's).
struct JSONReader<Unit: FixedWidthInteger & UnsignedInteger> {
  let ts: ThreadState
  let text: JSONText<Unit>
  let strict: Bool
  let objectHook: Value?
  let objectPairsHook: Value?
  /// nil when the plain `float` / `int` constructors are used.
  let parseFloat: Value?
  let parseInt: Value?
  let parseConstant: Value
  let memo: PyDict

  init(_ ts: ThreadState, _ s: PyJSONScanner, _ text: JSONText<Unit>, _ memo: PyDict) {
    self.ts = ts
    self.text = text
    self.memo = memo
    strict = s.strict
    objectHook = s.objectHook.isNone ? nil : s.objectHook
    objectPairsHook = s.objectPairsHook.isNone ? nil : s.objectPairsHook
    parseFloat = JSONReader.isType(s.parseFloat, BuiltinTypes.float) ? nil : s.parseFloat
    parseInt = JSONReader.isType(s.parseInt, BuiltinTypes.int) ? nil : s.parseInt
    parseConstant = s.parseConstant
  }

  static func isType(_ v: Value, _ t: PyType) -> Bool {
    if let x = v.as(PyType.self) { return x === t }
    return false
  }

  func error(_ message: String, _ pos: Int) -> PyError {
    JSONErrors.decodeError(ts, message, text.str, pos)
  }

  /// One value starting exactly at `idx`.
  mutating func scanOnce(_ idx: Int) throws(PyError) -> (Value, Int) {
    if idx < 0 { throw PyError.valueError("idx cannot be negative") }
    let n = text.count
    if idx >= n { throw JSONErrors.stopIteration(ts, idx) }
    switch text[idx] {
    case 0x22:  // "
      let (s, end) = try text.scanString(ts, idx + 1, strict: strict)
      return (.object(s), end)
    case 0x7b:  // {
      try ts.enterRecursiveCall(" while decoding a JSON object from a unicode string")
      defer { ts.leaveRecursiveCall() }
      return try parseObject(idx + 1)
    case 0x5b:  // [
      try ts.enterRecursiveCall(" while decoding a JSON array from a unicode string")
      defer { ts.leaveRecursiveCall() }
      return try parseArray(idx + 1)
    case 0x6e:  // null
      if matches(idx, "null") { return (.none, idx + 4) }
    case 0x74:  // true
      if matches(idx, "true") { return (.bool(true), idx + 4) }
    case 0x66:  // false
      if matches(idx, "false") { return (.bool(false), idx + 5) }
    case 0x4e:  // NaN
      if matches(idx, "NaN") { return try constant("NaN", idx) }
    case 0x49:  // Infinity
      if matches(idx, "Infinity") { return try constant("Infinity", idx) }
    case 0x2d:  // -Infinity
      if matches(idx, "-Infinity") { return try constant("-Infinity", idx) }
    default:
      break
    }
    return try parseNumber(idx)
  }

  /// Whether `word` (ASCII) is at `idx`, whole.
  @inline(__always)
  func matches(_ idx: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    if idx + n > text.count { return false }
    let w = word.utf8Start
    for k in 0..<n where text[idx + k] != UInt32(w[k]) { return false }
    return true
  }

  func constant(_ name: String, _ idx: Int) throws(PyError) -> (Value, Int) {
    let v = try Protocols.call(ts, parseConstant, [Value(PyStr.intern(name))])
    return (v, idx + name.utf8.count)
  }

  @inline(__always)
  func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

  /// A number at `start` (`_match_number_unicode`): -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
  func parseNumber(_ start: Int) throws(PyError) -> (Value, Int) {
    let last = text.count - 1
    var idx = start
    if text[idx] == 0x2d {
      idx += 1
      if idx > last { throw JSONErrors.stopIteration(ts, start) }
    }
    let first = text[idx]
    if first >= 0x31 && first <= 0x39 {
      idx += 1
      while idx <= last && isDigit(text[idx]) { idx += 1 }
    } else if first == 0x30 {
      idx += 1
    } else {
      throw JSONErrors.stopIteration(ts, start)
    }
    var isFloat = false
    if idx < last && text[idx] == 0x2e && isDigit(text[idx + 1]) {
      isFloat = true
      idx += 2
      while idx <= last && isDigit(text[idx]) { idx += 1 }
    }
    if idx < last && (text[idx] == 0x65 || text[idx] == 0x45) {
      let eStart = idx
      idx += 1
      if idx < last && (text[idx] == 0x2d || text[idx] == 0x2b) { idx += 1 }
      while idx <= last && isDigit(text[idx]) { idx += 1 }
      if isDigit(text[idx - 1]) { isFloat = true } else { idx = eStart }
    }
    if isFloat, let f = parseFloat {
      return (try Protocols.call(ts, f, [.object(text.substring(start, idx))]), idx)
    }
    if !isFloat, let f = parseInt {
      return (try Protocols.call(ts, f, [.object(text.substring(start, idx))]), idx)
    }
    if isFloat {
      var bytes = [UInt8]()
      bytes.reserveCapacity(idx - start)
      for k in start..<idx { bytes.append(UInt8(truncatingIfNeeded: text[k])) }
      guard let d = FloatOps.parseASCII(bytes) else {
        throw PyError.valueError("could not convert string to float")
      }
      return (.float(d), idx)
    }
    let digits = idx - start
    if digits <= 18 {
      var k = start
      let negative = text[k] == 0x2d
      if negative { k += 1 }
      var x = 0
      while k < idx { x = x * 10 + Int(text[k] - 0x30); k += 1 }
      return (.int(negative ? -x : x), idx)
    }
    // Long literals go through int(), which applies sys.set_int_max_str_digits.
    return (try Protocols.call(ts, Value(BuiltinTypes.int), [.object(text.substring(start, idx))]), idx)
  }

  /// An object whose `{` is just before `start`.
  mutating func parseObject(_ start: Int) throws(PyError) -> (Value, Int) {
    let last = text.count - 1
    var idx = text.skipWhitespace(start)
    let dict: PyDict? = objectPairsHook == nil ? PyDict() : nil
    var pairs: [Value] = []
    if idx > last || text[idx] != 0x7d {
      while true {
        if idx > last || text[idx] != 0x22 {
          throw error("Expecting property name enclosed in double quotes", idx)
        }
        var (key, next) = try text.scanString(ts, idx + 1, strict: strict)
        if let shared = try memo.getItem(ts, .object(key)) {
          key = shared.unsafeAs(PyStr.self)
        } else {
          memo.set(key, .object(key))
        }
        idx = text.skipWhitespace(next)
        if idx > last || text[idx] != 0x3a {
          throw error("Expecting ':' delimiter", idx)
        }
        idx = text.skipWhitespace(idx + 1)
        let (value, after) = try scanOnce(idx)
        if let dict {
          dict.set(key, value)
        } else {
          pairs.append(.object(PyTuple([.object(key), value])))
        }
        idx = text.skipWhitespace(after)
        if idx <= last && text[idx] == 0x7d { break }
        if idx > last || text[idx] != 0x2c {
          throw error("Expecting ',' delimiter", idx)
        }
        idx = text.skipWhitespace(idx + 1)
      }
    }
    if let hook = objectPairsHook {
      return (try Protocols.call(ts, hook, [.object(PyList(pairs))]), idx + 1)
    }
    if let hook = objectHook {
      return (try Protocols.call(ts, hook, [.object(dict!)]), idx + 1)
    }
    return (.object(dict!), idx + 1)
  }

  /// An array whose `[` is just before `start`.
  mutating func parseArray(_ start: Int) throws(PyError) -> (Value, Int) {
    let last = text.count - 1
    var idx = text.skipWhitespace(start)
    var items: [Value] = []
    if idx > last || text[idx] != 0x5d {
      while true {
        let (value, after) = try scanOnce(idx)
        items.append(value)
        idx = text.skipWhitespace(after)
        if idx <= last && text[idx] == 0x5d { break }
        if idx > last || text[idx] != 0x2c {
          throw error("Expecting ',' delimiter", idx)
        }
        idx = text.skipWhitespace(idx + 1)
      }
    }
    if idx > last || text[idx] != 0x5d {
      throw error("Expecting value", last)
    }
    return (.object(PyList(items)), idx + 1)
  }
}
