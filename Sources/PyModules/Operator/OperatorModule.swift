import PyRuntime

/// The `_operator` module (CPython 3.11's Modules/_operator.c): the operators as functions
/// (`add`, `getitem`, `iadd`, `not_`, …, each going through the runtime's protocols), the
/// sequence helpers (`concat`, `countOf`, `indexOf`, `length_hint`), `call`,
/// `_compare_digest`, and the callable getters in OperatorGetters.swift. `operator.py`
/// re-exports it.
public enum OperatorModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_operator")
    let d = m.dict
    d.set("__doc__", .object(PyStr("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.")))
    var entries: [(String, String, PyBuiltinFunction.Body)] = []

    // Binary operators and their in-place forms.
    let binaries: [(String, String, BinaryOp)] = [
      ("add", "+", .add), ("sub", "-", .sub), ("mul", "*", .mul), ("matmul", "@", .matMul),
      ("truediv", "/", .trueDiv), ("floordiv", "//", .floorDiv), ("mod", "%", .mod),
      ("pow", "**", .pow), ("lshift", "<<", .lshift), ("rshift", ">>", .rshift),
      ("and_", "&", .and), ("or_", "|", .or), ("xor", "^", .xor),
    ]
    for (name, symbol, op) in binaries {
      entries.append((name, "Same as a \(symbol) b.", { ts, a throws(PyError) in
        try twoArguments(a, name)
        return try Protocols.binaryOp(ts, a[0], a[1], op)
      }))
      let iname = name.hasSuffix("_") ? "i" + name.dropLast() : "i" + name
      entries.append((iname, "Same as a \(symbol)= b.", { ts, a throws(PyError) in
        try twoArguments(a, iname)
        return try Protocols.inplaceOp(ts, a[0], a[1], op)
      }))
    }

    // Comparisons.
    let comparisons: [(String, String, CompareOp)] = [
      ("lt", "<", .lt), ("le", "<=", .le), ("eq", "==", .eq), ("ne", "!=", .ne),
      ("gt", ">", .gt), ("ge", ">=", .ge),
    ]
    for (name, symbol, op) in comparisons {
      entries.append((name, "Same as a \(symbol) b.", { ts, a throws(PyError) in
        try twoArguments(a, name)
        return try Protocols.richCompare(ts, a[0], a[1], op)
      }))
    }

    // Unary operators and predicates.
    let unaries: [(String, String, (ThreadState, Value) throws(PyError) -> Value)] = [
      ("neg", "Same as -a.", { ts, v throws(PyError) in try Protocols.negative(ts, v) }),
      ("pos", "Same as +a.", { ts, v throws(PyError) in try Protocols.positive(ts, v) }),
      ("abs", "Same as abs(a).", { ts, v throws(PyError) in try Protocols.absolute(ts, v) }),
      ("inv", "Same as ~a.", { ts, v throws(PyError) in try Protocols.invert(ts, v) }),
      ("invert", "Same as ~a.", { ts, v throws(PyError) in try Protocols.invert(ts, v) }),
      ("not_", "Same as not a.", { ts, v throws(PyError) in .bool(!(try Protocols.isTrue(ts, v))) }),
      ("truth", "Return True if a is true, False otherwise.", { ts, v throws(PyError) in .bool(try Protocols.isTrue(ts, v)) }),
      ("index", "Same as a.__index__()", { ts, v throws(PyError) in try Protocols.index(ts, v) }),
    ]
    for (name, doc, body) in unaries {
      entries.append((name, doc, { ts, a throws(PyError) in
        try ArgParser.positional(a, "_operator." + name, min: 1, max: 1)
        return try body(ts, a[0])
      }))
    }

    entries += [
      ("is_", "Same as a is b.", { _, a throws(PyError) in
        try twoArguments(a, "is_")
        return .bool(a[0].isIdentical(to: a[1]))
      }),
      ("is_not", "Same as a is not b.", { _, a throws(PyError) in
        try twoArguments(a, "is_not")
        return .bool(!a[0].isIdentical(to: a[1]))
      }),
      ("contains", "Same as b in a (note reversed operands).", { ts, a throws(PyError) in
        try twoArguments(a, "contains")
        return .bool(try Protocols.contains(ts, a[0], a[1]))
      }),
      ("getitem", "Same as a[b].", { ts, a throws(PyError) in
        try twoArguments(a, "getitem")
        return try Protocols.getItem(ts, a[0], a[1])
      }),
      ("setitem", "Same as a[b] = c.", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "_operator.setitem")
        try ArgParser.positional(a, "setitem", min: 3, max: 3)
        try Protocols.setItem(ts, a[0], a[1], a[2])
        return .none
      }),
      ("delitem", "Same as del a[b].", { ts, a throws(PyError) in
        try twoArguments(a, "delitem")
        try Protocols.setItem(ts, a[0], a[1], nil)
        return .none
      }),
      ("concat", "Same as a + b, for a and b sequences.", { ts, a throws(PyError) in
        try twoArguments(a, "concat")
        return try concat(ts, a[0], a[1], inPlace: false)
      }),
      ("iconcat", "Same as a += b, for a and b sequences.", { ts, a throws(PyError) in
        try twoArguments(a, "iconcat")
        return try concat(ts, a[0], a[1], inPlace: true)
      }),
      ("countOf", "Return the number of items in a which are, or which equal, b.", { ts, a throws(PyError) in
        try twoArguments(a, "countOf")
        let it = try Protocols.getIter(ts, a[0])
        var n = 0
        while let x = try Protocols.next(ts, it) {
          if try Protocols.richCompareBool(ts, x, a[1], .eq) { n += 1 }
        }
        return .int(n)
      }),
      ("indexOf", "Return the first index of b in a.", { ts, a throws(PyError) in
        try twoArguments(a, "indexOf")
        let it = try Protocols.getIter(ts, a[0])
        var i = 0
        while let x = try Protocols.next(ts, it) {
          if try Protocols.richCompareBool(ts, x, a[1], .eq) { return .int(i) }
          i += 1
        }
        throw PyError.valueError("sequence.index(x): x not in sequence")
      }),
      ("length_hint", "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "length_hint")
        try ArgParser.positional(a, "length_hint", min: 1, max: 2)
        var fallback = 0
        if a.count == 2 {
          guard Protocols.hasIndex(a[1]) else {
            throw PyError.typeError("'\(Protocols.typeName(a[1]))' object cannot be interpreted as an integer")
          }
          fallback = try Protocols.indexAsInt(ts, a[1])
        }
        return .int(try IteratorSupport.lengthHint(ts, a[0], default: fallback))
      }),
      ("call", "Same as obj(*args, **kwargs).", { ts, a throws(PyError) in
        if a.positionalCount < 1 {
          throw PyError.typeError("call expected at least 1 argument, got \(a.positionalCount)")
        }
        let rest = Args(base: a.base + 1, count: a.count - 1, kwnames: a.kwnames)
        return try Protocols.call(ts, a[0], rest)
      }),
      ("_compare_digest", "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.", { ts, a throws(PyError) in
        try twoArguments(a, "_compare_digest")
        return .bool(try compareDigest(ts, a[0], a[1]))
      }),
    ]

    for (name, doc, body) in entries {
      let f = PyBuiltinFunction(name: name, module: "_operator", doc: doc, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    d.set("itemgetter", Value(BuiltinTypes.itemGetter))
    d.set("attrgetter", Value(BuiltinTypes.attrGetter))
    d.set("methodcaller", Value(BuiltinTypes.methodCaller))
    return m
  }

  /// Two positional arguments (`_PyArg_CheckPositional`), no keywords.
  @inline(__always)
  static func twoArguments(_ a: Args, _ name: String) throws(PyError) {
    try ArgParser.noKeywords(a, "_operator." + name)
    if a.count != 2 { throw PyError.typeError("\(name) expected 2 arguments, got \(a.count)") }
  }

  /// `PySequence_Check`: a `__getitem__` that is not a dict's.
  static func isSequence(_ v: Value) -> Bool {
    let t = Protocols.typeOf(v)
    return t.slots.getItem != nil && !t.isSubtype(of: BuiltinTypes.dict)
  }

  /// `PySequence_Concat` / `PySequence_InPlaceConcat`: the sequence slots first, then `+`
  /// (or `+=`) when both operands are sequences.
  static func concat(_ ts: ThreadState, _ a: Value, _ b: Value, inPlace: Bool) throws(PyError) -> Value {
    let t = Protocols.typeOf(a)
    if inPlace, let f = t.slots.sequenceInplaceConcat { return try f(ts, a, b) }
    if let f = t.slots.sequenceConcat { return try f(ts, a, b) }
    if isSequence(a) && isSequence(b) {
      if inPlace {
        return try Protocols.inplaceOp(ts, a, b, .add)
      }
      let r = try Protocols.binaryOp1(ts, a, b, .add)
      if !r.isNotImplemented { return r }
    }
    throw PyError.typeError("'\(t.name)' object can't be concatenated")
  }

  /// `_operator._compare_digest`: ASCII strings or bytes-like objects, compared in time that
  /// depends only on the length of `b`.
  static func compareDigest(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Bool {
    let x: [UInt8], y: [UInt8]
    if let sa = a.as(PyStr.self), let sb = b.as(PyStr.self) {
      if !sa.isASCII || !sb.isASCII {
        throw PyError.typeError("comparing strings with non-ASCII characters is not supported")
      }
      x = Array(sa.string.utf8)
      y = Array(sb.string.utf8)
    } else if let ba = BytesSupport.bufferBytes(a), let bb = BytesSupport.bufferBytes(b) {
      x = ba
      y = bb
    } else {
      throw PyError.typeError("unsupported operand types(s) or combination of types: '\(Protocols.typeName(a))' and '\(Protocols.typeName(b))'")
    }
    var diff: UInt8 = x.count == y.count ? 0 : 1
    let left = x.count == y.count ? x : y
    for i in 0..<y.count { diff |= left[i] ^ y[i] }
    return diff == 0
  }
}
