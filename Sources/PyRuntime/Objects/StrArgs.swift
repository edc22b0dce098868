/// Argument checking for str/bytes methods with CPython 3.11's exact messages (each method
/// family in unicodeobject.c uses a different parsing style: `PyArg_ParseTuple`-style
/// "takes at least", Argument Clinic "expected at least", METH_O/METH_NOARGS).
enum StrArgs {
  /// `PyArg_ParseTuple("O|OO:name")` style: "name() takes at least 1 argument (0 given)".
  static func tupleStyle(_ a: Args, _ name: String, min: Int, max: Int, owner: String = "str") throws(PyError) {
    if let k = a.kwnames, !k.items.isEmpty { throw PyError.typeError("\(owner).\(name)() takes no keyword arguments") }
    let n = a.count
    if n < min {
      throw PyError.typeError("\(name)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(n) given)")
    }
    if n > max {
      throw PyError.typeError("\(name)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(n) given)")
    }
  }

  /// Argument Clinic positional-only: "name expected at least 2 arguments, got 1".
  static func clinic(_ a: Args, _ name: String, min: Int, max: Int, owner: String = "str") throws(PyError) {
    if let k = a.kwnames, !k.items.isEmpty { throw PyError.typeError("\(owner).\(name)() takes no keyword arguments") }
    let n = a.count
    if n < min || n > max {
      if min == max {
        throw PyError.typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(n)")
      }
      if n < min { throw PyError.typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
      throw PyError.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// METH_O: "str.zfill() takes exactly one argument (0 given)".
  static func one(_ a: Args, _ qualname: String) throws(PyError) {
    if let k = a.kwnames, !k.items.isEmpty { throw PyError.typeError("\(qualname)() takes no keyword arguments") }
    if a.count != 1 { throw PyError.typeError("\(qualname)() takes exactly one argument (\(a.count) given)") }
  }

  /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
  static func none(_ a: Args, _ qualname: String) throws(PyError) {
    if let k = a.kwnames, !k.items.isEmpty { throw PyError.typeError("\(qualname)() takes no keyword arguments") }
    if a.count != 0 { throw PyError.typeError("\(qualname)() takes no arguments (\(a.count) given)") }
  }

  /// Argument Clinic with keywords (no keyword-only parameters): values per name.
  static func keywords(_ a: Args, _ name: String, _ names: [String], required: Int = 0) throws(PyError) -> [Value?] {
    let npos = a.positionalCount
    if npos > names.count {
      throw PyError.typeError("\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(npos) given)")
    }
    return try ArgParser.parse(a, fname: name, names: names, required: required)
  }

  /// A slice bound of find/count/…: None means absent.
  static func bound(_ ts: ThreadState, _ v: Value?) throws(PyError) -> Int? {
    guard let v, !v.isNone else { return nil }
    return try SequenceSupport.clampedIndex(ts, v)
  }

  /// `ADJUST_INDICES` of stringlib: negative bounds count from the end, clamped.
  static func adjust(_ start: Int?, _ end: Int?, _ len: Int) -> (Int, Int) {
    var s = start ?? 0, e = end ?? len
    if e > len { e = len } else if e < 0 { e += len; if e < 0 { e = 0 } }
    if s < 0 { s += len; if s < 0 { s = 0 } }
    return (s, e)
  }

  /// An integer argument (`__index__`), clamped as CPython's `Py_ssize_t` converter would raise.
  static func index(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    if case .int(let i) = v { return i }
    return try Protocols.indexAsInt(ts, v)
  }

  /// The type name Argument Clinic shows for a bad argument ("None" for None).
  static func clinicName(_ v: Value) -> String { v.isNone ? "None" : Protocols.typeName(v) }

  /// The str argument of a method, or TypeError "<prefix>must be str, not T".
  @inline(__always)
  static func str(_ v: Value, _ message: @autoclosure () -> String) throws(PyError) -> PyStr {
    if let s = v.as(PyStr.self) { return s }
    throw PyError.typeError(message())
  }
}
