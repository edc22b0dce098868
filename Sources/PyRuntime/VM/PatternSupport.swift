/// The runtime side of `match` statements (CPython's MATCH_KEYS / MATCH_CLASS).
enum PatternSupport {
  /// Values of `keys` in mapping `subject` as a tuple, or None when a key is missing.
  static func matchKeys(_ ts: ThreadState, _ subject: Value, _ keys: Value) throws(PyError) -> Value {
    let ks = keys.unsafeAs(PyTuple.self).items
    if ks.isEmpty { return .object(PyTuple.empty) }
    var values: [Value] = []
    if let d = subject.as(PyDict.self), d.type === BuiltinTypes.dict {
      for k in ks {
        guard let v = try d.getItem(ts, k) else { return .none }
        values.append(v)
      }
      return .object(PyTuple(values))
    }
    let get = try Protocols.getAttr(ts, subject, PyStr.intern("get"))
    let dummy = Value.object(PyPlainObject(type: BuiltinTypes.object))
    for k in ks {
      let v = try Protocols.call(ts, get, [k, dummy])
      if v.isIdentical(to: dummy) { return .none }
      values.append(v)
    }
    return .object(PyTuple(values))
  }

  /// Attributes extracted by a class pattern, or None when the subject does not match.
  static func matchClass(_ ts: ThreadState, _ subject: Value, _ cls: Value, count: Int, names: Value) throws(PyError) -> Value {
    guard let t = cls.as(PyType.self) else {
      throw PyError.typeError("called match pattern must be a class")
    }
    if !(try TypeChecks.isInstance(ts, subject, cls)) { return .none }
    var out: [Value] = []
    var seen: [String] = []
    if count > 0 {
      var matchArgs: [Value] = []
      if let ma = try Protocols.getAttrOptional(ts, cls, PyStr.intern("__match_args__")) {
        guard let tup = ma.as(PyTuple.self) else {
          throw PyError.typeError("\(t.name).__match_args__ must be a tuple (got \(Protocols.typeName(ma)))")
        }
        matchArgs = tup.items
      } else if selfMatching(t) {
        if count > 1 {
          throw PyError.typeError("\(t.name)() accepts 1 positional sub-pattern (\(count) given)")
        }
        out.append(subject)
        seen = []
        return try extractKeywords(ts, subject, t, names, into: &out, seen: &seen)
      }
      if count > matchArgs.count {
        let plural = matchArgs.count == 1 ? "" : "s"
        throw PyError.typeError("\(t.name)() accepts \(matchArgs.count) positional sub-pattern\(plural) (\(count) given)")
      }
      for i in 0..<count {
        guard let n = matchArgs[i].as(PyStr.self) else {
          throw PyError.typeError("__match_args__ elements must be strings (got \(Protocols.typeName(matchArgs[i])))")
        }
        seen.append(n.string)
        guard let v = try Protocols.getAttrOptional(ts, subject, n) else { return .none }
        out.append(v)
      }
    }
    return try extractKeywords(ts, subject, t, names, into: &out, seen: &seen)
  }

  static func extractKeywords(_ ts: ThreadState, _ subject: Value, _ t: PyType, _ names: Value,
                              into out: inout [Value], seen: inout [String]) throws(PyError) -> Value {
    for k in names.as(PyTuple.self)?.items ?? [] {
      let n = k.unsafeAs(PyStr.self)
      if seen.contains(n.string) {
        throw PyError.typeError("\(t.name)() got multiple sub-patterns for attribute '\(n.string)'")
      }
      seen.append(n.string)
      guard let v = try Protocols.getAttrOptional(ts, subject, n) else { return .none }
      out.append(v)
    }
    return .object(PyTuple(out))
  }

  /// Builtin classes whose instances match themselves positionally (`int(x)`).
  static func selfMatching(_ t: PyType) -> Bool {
    let c = BuiltinTypes.core
    let selfTypes: [PyType] = [c.bool, c.bytes, c.dict, c.float, c.frozenset, c.int, c.list, c.set, c.str, c.tuple]
    return selfTypes.contains { t.isSubtype(of: $0) } && !t.typeFlags.contains(.heapType)
      || selfTypes.contains { $0 === t }
  }
}

/// Helpers for call-related messages.
enum CallSupport {
  /// How CPython names a callable in argument errors: `f()` for functions, `T()` for classes.
  static func functionDescription(_ ts: ThreadState, _ callee: Value) throws(PyError) -> String {
    if let f = callee.as(PyFunction.self) { return f.qualname.string + "()" }
    if let b = callee.as(PyBuiltinFunction.self) { return b.name + "()" }
    if let m = callee.as(PyBoundMethod.self) { return try functionDescription(ts, m.function) }
    if let t = callee.as(PyType.self) { return t.name + "()" }
    return Protocols.typeName(callee) + " object"
  }
}

extension Protocols {
  /// `ascii(v)`: repr with non-ASCII characters escaped.
  public static func ascii(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyStr {
    let r = try repr(ts, v)
    if r.isASCII { return r }
    var out: [UInt32] = []
    for cp in r.codePoints {
      if cp < 0x80 { out.append(cp); continue }
      let (prefix, width): (UInt32, Int) = cp < 0x100 ? (0x78, 2) : cp < 0x10000 ? (0x75, 4) : (0x55, 8)
      out.append(0x5C)
      out.append(prefix)
      for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
        let d = (cp >> UInt32(shift)) & 0xF
        out.append(d < 10 ? 48 + d : 87 + d)
      }
    }
    return PyStr(codePoints: out)
  }

  /// `format(v, spec)`.
  public static func format(_ ts: ThreadState, _ v: Value, _ spec: Value) throws(PyError) -> PyStr {
    guard let m = typeOf(v).lookup(PyStr.intern("__format__")) else {
      throw PyError.typeError("Type \(typeName(v)) doesn't define __format__")
    }
    let r = try call(ts, try bindDescriptor(ts, m, instance: v, owner: Value(typeOf(v))), [spec])
    guard let s = r.as(PyStr.self) else {
      throw PyError.typeError("__format__ must return a str, not \(typeName(r))")
    }
    return s
  }
}
