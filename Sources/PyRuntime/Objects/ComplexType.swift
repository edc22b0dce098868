/// The `complex` type: its slots and methods (CPython's Objects/complexobject.c
/// `PyComplex_Type`, `complex_methods`, `complex_members`) and its constructor.
extension BuiltinTypes {
  static func installComplexType() {
    let t = complex
    for op in [BinaryOp.add, .sub, .mul, .trueDiv, .pow] {
      t.setBinary(op) { _, a, b throws(PyError) in try ComplexOps.binarySlot(a, b, op) }
    }
    t.slots.ternaryPow = { _, a, b, m throws(PyError) in
      if m.isNone { return try ComplexOps.binarySlot(a, b, .pow) }
      guard (try ComplexOps.operand(a)) != nil, (try ComplexOps.operand(b)) != nil else { return .notImplemented }
      throw PyError.valueError("complex modulo")
    }
    t.slots.repr = { _, v in .object(PyStr(ComplexOps.repr(v.complexParts))) }
    t.slots.hash = { _, v in ComplexOps.hash(v.complexParts) }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyComplex.self) else { return .notImplemented }
      var equal: Bool
      if IntOps.isInt(b) {
        if x.imag == 0 { return try Protocols.richCompare(ts, .float(x.real), b, op) }
        equal = false
      } else if let y = FloatOps.asDouble(b) {
        equal = x.real == y && x.imag == 0
      } else if let y = b.as(PyComplex.self) {
        equal = x.real == y.real && x.imag == y.imag
      } else {
        return .notImplemented
      }
      return .bool(op == .eq ? equal : !equal)
    }
    t.slots.negative = { _, v in let c = v.complexParts; return ComplexOps.value((-c.re, -c.im)) }
    t.slots.positive = { _, v in let c = v.complexParts; return ComplexOps.value(c) }
    t.slots.absolute = { _, v throws(PyError) in .float(try ComplexOps.abs(v.complexParts)) }
    t.slots.bool = { _, v in let c = v.complexParts; return c.re != 0 || c.im != 0 }
    t.slots.new = { ts, cls, args throws(PyError) in try ComplexOps.new(ts, cls, args) }

    t.addMethod("conjugate", doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "complex.conjugate", min: 0, max: 0)
      let c = v.complexParts
      return ComplexOps.value((c.re, -c.im))
    }
    t.addMethod("__complex__", doc: "Convert this value to exact type complex.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "complex.__complex__", min: 0, max: 0)
      if let c = v.as(PyComplex.self), c.type === BuiltinTypes.complex { return v }
      return ComplexOps.value(v.complexParts)
    }
    t.addMethod("__getnewargs__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "complex.__getnewargs__", min: 0, max: 0)
      let c = v.complexParts
      return .object(PyTuple([.float(c.re), .float(c.im)]))
    }
    t.addMethod("__format__", doc: "Convert to a string according to format_spec.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "complex.__format__", min: 1, max: 1)
      guard let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      return .object(try ComplexFormatting.format(ts, v, spec))
    }
    // Read-only members in CPython (T_DOUBLE, READONLY): "readonly attribute" on assignment.
    let readonly: (ThreadState, Value, Value?) throws(PyError) -> Void = { _, _, _ throws(PyError) in
      throw PyError.attributeError("readonly attribute")
    }
    t.addProperty("real", doc: "the real part of a complex number", get: { _, v in .float(v.complexParts.re) }, set: readonly)
    t.addProperty("imag", doc: "the imaginary part of a complex number", get: { _, v in .float(v.complexParts.im) }, set: readonly)
    t.dict.set("__doc__", .object(PyStr("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.")))
  }
}

extension Value {
  /// The parts of a complex value (the receiver of a complex method).
  var complexParts: ComplexOps.C {
    let c = unsafeAs(PyComplex.self)
    return (c.real, c.imag)
  }
}

extension ComplexOps {
  /// `complex(real=0, imag=0)` (CPython's `complex_new_impl`).
  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    if args.count > 2 { throw PyError.typeError("complex() takes at most 2 arguments (\(args.count) given)") }
    var r: Value? = nil, i: Value? = nil
    if args.positionalCount >= 1 { r = args[0] }
    if args.positionalCount >= 2 { i = args[1] }
    for (k, v) in args.keywords {
      switch k.string {
      case "real":
        if r != nil { throw PyError.typeError("argument for complex() given by name ('real') and position (1)") }
        r = v
      case "imag":
        if i != nil { throw PyError.typeError("argument for complex() given by name ('imag') and position (2)") }
        i = v
      default:
        throw PyError.typeError("'\(k.string)' is an invalid keyword argument for complex()")
      }
    }
    let c = try construct(ts, r ?? .int(0), i, cls: cls)
    if let c { return make(c, cls) }
    return r!
  }

  static func make(_ c: C, _ cls: PyType) -> Value {
    if cls === BuiltinTypes.complex { return value(c) }
    let o = PyComplex(real: c.re, imag: c.im, type: cls)
    ObjectSupport.prepareInstance(o, cls)
    return .object(o)
  }

  /// The parts of `complex(r, i)`; nil means "return r itself" (an exact complex alone).
  static func construct(_ ts: ThreadState, _ r: Value, _ i: Value?, cls: PyType) throws(PyError) -> C? {
    if i == nil, cls === BuiltinTypes.complex, let c = r.as(PyComplex.self), c.type === BuiltinTypes.complex {
      return nil
    }
    if let s = r.as(PyStr.self) {
      if i != nil { throw PyError.typeError("complex() can't take second arg if first is a string") }
      return try parse(ts, s)
    }
    if let i, i.as(PyStr.self) != nil { throw PyError.typeError("complex() second arg can't be a string") }
    var real = r
    if let m = try Protocols.lookupSpecial(ts, r, Names.complex) {
      let res = try Protocols.call(ts, m, [])
      guard res.as(PyComplex.self) != nil else {
        throw PyError.typeError("__complex__ returned non-complex (type \(Protocols.typeName(res)))")
      }
      real = res
    }
    func isNumber(_ v: Value) -> Bool {
      switch v {
      case .int, .bool, .float: return true
      default:
        if v.as(PyComplex.self) != nil { return true }
        let t = Protocols.typeOf(v)
        return t.slots.float != nil || t.slots.index != nil
      }
    }
    guard isNumber(real) else {
      throw PyError.typeError("complex() first argument must be a string or a number, not '\(Protocols.typeName(real))'")
    }
    if let i, !isNumber(i) {
      throw PyError.typeError("complex() second argument must be a number, not '\(Protocols.typeName(i))'")
    }
    var cr: C, ci: C
    var crIsComplex = false, ciIsComplex = false
    if let c = real.as(PyComplex.self) {
      cr = (c.real, c.imag)
      crIsComplex = true
    } else {
      cr = (try FloatOps.numberFloat(ts, real), 0)
    }
    if let i {
      if let c = i.as(PyComplex.self) {
        ci = (c.real, c.imag)
        ciIsComplex = true
      } else {
        ci = (try FloatOps.numberFloat(ts, i), 0)
      }
    } else {
      ci = (cr.im, 0)
    }
    if ciIsComplex { cr.re -= ci.im }
    if crIsComplex && i != nil { ci.re += cr.im }
    return (cr.re, ci.re)
  }

  /// `complex(s)` (CPython's `complex_from_string_inner`): `<float>`, `<float>j`,
  /// `<float><signed-float>j`, `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses.
  static func parse(_ ts: ThreadState, _ str: PyStr) throws(PyError) -> C {
    var text = IntOps.asciiNumberText(str)
    if text.contains(0) { text = [UInt8(ascii: "?")] }
    if text.contains(UInt8(ascii: "_")) {
      guard let stripped = FloatOps.removeUnderscores(text) else {
        throw PyError.valueError("could not convert string to complex: \(try Protocols.repr(ts, Value(str)).string)")
      }
      text = stripped
    }
    let malformed = PyError.valueError("complex() arg is a malformed string")
    let n = text.count
    var s = 0
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? text[k] : 0 }
    while s < n && IntOps.isASCIISpace(text[s]) { s += 1 }
    var bracket = false
    if at(s) == UInt8(ascii: "(") {
      bracket = true
      s += 1
      while s < n && IntOps.isASCIISpace(text[s]) { s += 1 }
    }
    var x = 0.0, y = 0.0
    @inline(__always) func isJ(_ c: UInt8) -> Bool { c | 0x20 == UInt8(ascii: "j") }
    @inline(__always) func isSign(_ c: UInt8) -> Bool { c == UInt8(ascii: "+") || c == UInt8(ascii: "-") }
    if let (z, end) = FloatOps.parsePrefix(text, s) {
      s = end
      if isSign(at(s)) {
        x = z
        if let (w, end2) = FloatOps.parsePrefix(text, s) {
          y = w
          s = end2
        } else {
          y = at(s) == UInt8(ascii: "+") ? 1 : -1
          s += 1
        }
        if !isJ(at(s)) { throw malformed }
        s += 1
      } else if isJ(at(s)) {
        y = z
        s += 1
      } else {
        x = z
      }
    } else {
      if isSign(at(s)) {
        y = at(s) == UInt8(ascii: "+") ? 1 : -1
        s += 1
      } else {
        y = 1
      }
      if !isJ(at(s)) { throw malformed }
      s += 1
    }
    while s < n && IntOps.isASCIISpace(text[s]) { s += 1 }
    if bracket {
      if at(s) != UInt8(ascii: ")") { throw malformed }
      s += 1
      while s < n && IntOps.isASCIISpace(text[s]) { s += 1 }
    }
    if s != n { throw malformed }
    return (x, y)
  }
}

extension FloatOps {
  /// The longest float literal at `start` (`_PyOS_ascii_strtod` with an end pointer): the
  /// value and the index after it, or nil when no float starts there.
  static func parsePrefix(_ s: [UInt8], _ start: Int) -> (Double, Int)? {
    let n = s.count
    var i = start
    @inline(__always) func isDigit(_ k: Int) -> Bool { k < n && s[k] >= 48 && s[k] <= 57 }
    @inline(__always) func lower(_ k: Int) -> UInt8 { k < n ? s[k] | 0x20 : 0 }
    if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    func matches(_ word: String, at k: Int) -> Bool {
      var k = k
      for c in word.utf8 {
        if lower(k) != c { return false }
        k += 1
      }
      return true
    }
    var end: Int
    if matches("inf", at: i) {
      end = i + 3
      if matches("inity", at: end) { end += 5 }
    } else if matches("nan", at: i) {
      end = i + 3
    } else {
      var sawDigit = false
      while isDigit(i) { i += 1; sawDigit = true }
      if i < n && s[i] == UInt8(ascii: ".") {
        let afterPoint = i + 1
        var j = afterPoint
        var fractionDigits = false
        while isDigit(j) { j += 1; fractionDigits = true }
        if sawDigit || fractionDigits { i = j; sawDigit = true }
      }
      if !sawDigit { return nil }
      if lower(i) == UInt8(ascii: "e") {
        var j = i + 1
        if j < n && (s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-")) { j += 1 }
        if isDigit(j) {
          while isDigit(j) { j += 1 }
          i = j
        }
      }
      end = i
    }
    guard let d = parseStrict(Array(s[start..<end])) else { return nil }
    return (d, end)
  }
}
