import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// The `float` type: its slots and methods (CPython's Objects/floatobject.c `PyFloat_Type`,
/// `float_methods`, `float_getset`). Exact floats are immediate `.float`s; instances of float
/// subclasses are `PyFloatBox`es.
extension BuiltinTypes {
  static func installFloatType() {
    let t = float
    for op in BinaryOp.allCases where ![.matMul, .lshift, .rshift, .and, .or, .xor].contains(op) {
      t.setBinary(op) { ts, a, b throws(PyError) in try FloatOps.binarySlot(ts, a, b, op) }
    }
    t.slots.ternaryPow = { ts, a, b, m throws(PyError) in
      if !m.isNone {
        if FloatOps.isFloatLike(a) || FloatOps.isFloatLike(b) || FloatOps.isFloatLike(m) {
          guard (try FloatOps.operand(a)) != nil, (try FloatOps.operand(b)) != nil else { return .notImplemented }
          throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        return .notImplemented
      }
      return try FloatOps.binarySlot(ts, a, b, .pow)
    }
    t.slots.repr = { _, v in .object(FloatDigits.reprStr(FloatOps.asDouble(v)!)) }
    t.slots.hash = { _, v in FloatHash.hash(FloatOps.asDouble(v)!) }
    t.slots.richCompare = { _, a, b, op in
      guard let x = FloatOps.asDouble(a) else { return .notImplemented }
      if let y = FloatOps.asDouble(b) { return .bool(Protocols.compare(x, y, op)) }
      if IntOps.isInt(b) { return .bool(FloatCompare.intVsFloat(b, x, op.reflected)) }
      return .notImplemented
    }
    t.slots.negative = { _, v in .float(-FloatOps.asDouble(v)!) }
    t.slots.positive = { _, v in .float(FloatOps.asDouble(v)!) }
    t.slots.absolute = { _, v in .float(Swift.abs(FloatOps.asDouble(v)!)) }
    t.slots.bool = { _, v in FloatOps.asDouble(v)! != 0 }
    t.slots.float = { _, v in .float(FloatOps.asDouble(v)!) }
    t.slots.int = { _, v throws(PyError) in try FloatOps.toInt(FloatOps.asDouble(v)!) }
    t.slots.new = { ts, cls, args throws(PyError) in try FloatOps.new(ts, cls, args) }

    func noArgs(_ name: String, _ a: Args) throws(PyError) {
      try ArgParser.positional(a, "float." + name, min: 0, max: 0)
    }
    t.addMethod("conjugate", doc: "Return self, the complex conjugate of any float.") { _, v, a throws(PyError) in
      try noArgs("conjugate", a)
      return .float(FloatOps.asDouble(v)!)
    }
    t.addMethod("is_integer", doc: "Return True if the float is an integer.") { _, v, a throws(PyError) in
      try noArgs("is_integer", a)
      let d = FloatOps.asDouble(v)!
      return .bool(d.isFinite && d.rounded(.down) == d)
    }
    t.addMethod("as_integer_ratio", doc: "Return integer ratio.") { _, v, a throws(PyError) in
      try noArgs("as_integer_ratio", a)
      return try FloatOps.integerRatio(FloatOps.asDouble(v)!)
    }
    t.addMethod("hex", doc: "Return a hexadecimal representation of a floating-point number.") { _, v, a throws(PyError) in
      try noArgs("hex", a)
      return .object(PyStr(FloatOps.hex(FloatOps.asDouble(v)!)))
    }
    t.addClassMethod("fromhex", doc: "Create a floating-point number from a hexadecimal string.") { ts, cls, a throws(PyError) in
      try ArgParser.positional(a, "float.fromhex", min: 1, max: 1)
      guard let s = a[0].as(PyStr.self) else { throw PyError.typeError("bad argument type for built-in operation") }
      let d = try FloatOps.fromHex(IntOps.asciiNumberText(s))
      if let c = cls.as(PyType.self), c !== BuiltinTypes.float {
        return try Protocols.call(ts, cls, [.float(d)])
      }
      return .float(d)
    }
    t.addClassMethod("__getformat__", doc: "You probably don't want to use this function.") { _, _, a throws(PyError) in
      try ArgParser.positional(a, "float.__getformat__", min: 1, max: 1)
      guard let s = a[0].as(PyStr.self) else {
        throw PyError.typeError("__getformat__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      guard s.string == "double" || s.string == "float" else {
        throw PyError.valueError("__getformat__() argument 1 must be 'double' or 'float'")
      }
      return .object(PyStr("IEEE, little-endian"))
    }
    t.addMethod("__trunc__", doc: "Return the Integral closest to x between 0 and x.") { _, v, a throws(PyError) in
      try noArgs("__trunc__", a)
      return try FloatOps.toInt(FloatOps.asDouble(v)!)
    }
    t.addMethod("__floor__", doc: "Return the floor as an Integral.") { _, v, a throws(PyError) in
      try noArgs("__floor__", a)
      return try FloatOps.toInt(Glibc.floor(FloatOps.asDouble(v)!))
    }
    t.addMethod("__ceil__", doc: "Return the ceiling as an Integral.") { _, v, a throws(PyError) in
      try noArgs("__ceil__", a)
      return try FloatOps.toInt(Glibc.ceil(FloatOps.asDouble(v)!))
    }
    t.addMethod("__round__", doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "float.__round__")
      try ArgParser.positional(a, "__round__", min: 0, max: 1)
      let x = FloatOps.asDouble(v)!
      if a.count == 0 || a[0].isNone { return try FloatOps.toInt(FloatOps.roundHalfEven(x)) }
      let n = try Protocols.index(ts, a[0])
      let nd: Int
      if case .int(let i) = n { nd = i } else { nd = IntOps.signum(n) < 0 ? Int.min : Int.max }
      return .float(try FloatOps.round(x, ndigits: nd))
    }
    t.addMethod("__getnewargs__") { _, v, a throws(PyError) in
      try noArgs("__getnewargs__", a)
      return .object(PyTuple([.float(FloatOps.asDouble(v)!)]))
    }
    t.addMethod("__format__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "float.__format__", min: 1, max: 1)
      guard let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      return .object(try FloatFormatting.format(ts, v, spec))
    }
    t.addProperty("real", doc: "the real part of a complex number", get: { _, v in .float(FloatOps.asDouble(v)!) })
    t.addProperty("imag", doc: "the imaginary part of a complex number", get: { _, _ in .float(0) })
    t.dict.set("__doc__", .object(PyStr("Convert a string or number to a floating point number, if possible.")))
  }
}

extension FloatOps {
  /// `float(x=0, /)` (CPython's `float_new_impl`, `PyNumber_Float`, `PyFloat_FromString`).
  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "float", min: 0, max: 1)
    var d = 0.0
    if args.count == 1 { d = try numberFloat(ts, args[0]) }
    if cls === BuiltinTypes.float { return .float(d) }
    let box = PyFloatBox(d, type: cls)
    ObjectSupport.prepareInstance(box, cls)
    return .object(box)
  }

  /// `float(x)`.
  public static func numberFloat(_ ts: ThreadState, _ x: Value) throws(PyError) -> Double {
    switch x {
    case .float(let d): return d
    case .int, .bool: return try IntOps.toDouble(x)
    default: break
    }
    if let s = x.strIfExact { return try parse(ts, s) }
    let t = Protocols.typeOf(x)
    if let f = t.slots.float {
      let r = try f(ts, x)
      guard let v = asDouble(r) else {
        throw PyError.typeError("\(t.name).__float__ returned non-float (type \(Protocols.typeName(r)))")
      }
      return v
    }
    if t.slots.index != nil { return try IntOps.toDouble(try Protocols.index(ts, x)) }
    if let v = asDouble(x) { return v }
    if let s = x.as(PyStr.self) { return try parse(ts, s) }
    if let b = IntOps.bytesLike(x) { return try parse(ts, b, original: x) }
    throw PyError.typeError("float() argument must be a string or a real number, not '\(Protocols.typeName(x))'")
  }

  /// The double of a "real number" argument (CPython's `PyFloat_AsDouble`): floats (subclasses
  /// too), `__float__`, then `__index__`; TypeError "must be real number, not T".
  public static func realArgument(_ ts: ThreadState, _ v: Value) throws(PyError) -> Double {
    switch v {
    case .float(let d): return d
    case .int, .bool: return try IntOps.toDouble(v)
    default: break
    }
    if let d = asDouble(v) { return d }
    if IntOps.isInt(v) { return try IntOps.toDouble(v) }
    let t = Protocols.typeOf(v)
    if let f = t.slots.float {
      let r = try f(ts, v)
      guard let d = asDouble(r) else {
        throw PyError.typeError("\(t.name).__float__ returned non-float (type \(Protocols.typeName(r)))")
      }
      return d
    }
    if t.slots.index != nil { return try IntOps.toDouble(try Protocols.index(ts, v)) }
    throw PyError.typeError("must be real number, not \(t.name)")
  }

  /// Round half to even to an integral double (`round(x)` without ndigits).
  static func roundHalfEven(_ x: Double) -> Double {
    var r = x.rounded(.toNearestOrAwayFromZero)
    if Swift.abs(x - r) == 0.5 { r = 2.0 * (x / 2.0).rounded(.toNearestOrAwayFromZero) }
    return r
  }

  /// `round(x, ndigits)` correctly rounded, ties to even (CPython's `double_round`).
  static func round(_ x: Double, ndigits: Int) throws(PyError) -> Double {
    if !x.isFinite { return x }
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    if ndigits >= 0 {
      // Decimal digits rounded by printf (exact, ties to even), read back exactly.
      let text = FloatDigits.cFormat("%.*f", ndigits, x)
      return parseStrict(text) ?? x
    }
    // Negative ndigits: round |x| / 10**k to an integer exactly with GMP.
    let k = UInt(-ndigits)
    let (m, e) = mantissaExponent(Swift.abs(x))
    let num = PyLong(m), den = PyLong(1)
    __gmpz_ui_pow_ui(den.z, 10, k)
    if e >= 0 { __gmpz_mul_2exp(num.z, num.z, UInt(e)) } else { __gmpz_mul_2exp(den.z, den.z, UInt(-e)) }
    let q = PyLong(), r = PyLong()
    __gmpz_fdiv_qr(q.z, r.z, num.z, den.z)
    __gmpz_mul_2exp(r.z, r.z, 1)
    let c = __gmpz_cmp(r.z, den.z)
    if c > 0 || (c == 0 && __gmpz_tstbit(q.z, 0) == 1) { __gmpz_add_ui(q.z, q.z, 1) }
    let p = PyLong()
    __gmpz_ui_pow_ui(p.z, 10, k)
    __gmpz_mul(q.z, q.z, p.z)
    let result = IntOps.roundScaled(q.z, 0)
    if result.isInfinite { throw PyError.overflowError("rounded value too large to represent") }
    return x.sign == .minus ? -result : result
  }

  /// |x| = m * 2**e with an integer m < 2**53 (x finite, nonzero).
  static func mantissaExponent(_ x: Double) -> (Int, Int) {
    var e: Int32 = 0
    let f = frexp(x, &e)
    return (Int(f * 9007199254740992.0), Int(e) - 53)
  }

  /// `float.as_integer_ratio()`.
  static func integerRatio(_ x: Double) throws(PyError) -> Value {
    if x.isInfinite { throw PyError.overflowError("cannot convert Infinity to integer ratio") }
    if x.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
    if x == 0 { return .object(PyTuple([.int(0), .int(1)])) }
    var (m, e) = mantissaExponent(Swift.abs(x))
    let tz = m.trailingZeroBitCount
    m >>= tz
    e += tz
    if x < 0 { m = -m }
    let num = PyLong(m), den = PyLong(1)
    if e >= 0 { __gmpz_mul_2exp(num.z, num.z, UInt(e)) } else { __gmpz_mul_2exp(den.z, den.z, UInt(-e)) }
    return .object(PyTuple([IntOps.normalize(num), IntOps.normalize(den)]))
  }

  /// `float.hex()` (CPython's `float_hex`): `[-]0x1.<13 hex digits>p<exp>`.
  static func hex(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return FloatDigits.repr(x) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    var e: Int32 = 0
    var m = frexp(Swift.abs(x), &e)
    let shift = 1 - Swift.max(-1021 - Int(e), 0)
    m = ldexp(m, Int32(shift))
    var exp = Int(e) - shift
    let hexDigits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = x < 0 ? Array("-0x".utf8) : Array("0x".utf8)
    var d = Int(m)
    out.append(hexDigits[d])
    m -= Double(d)
    out.append(UInt8(ascii: "."))
    for _ in 0..<13 {
      m *= 16.0
      d = Int(m)
      out.append(hexDigits[d])
      m -= Double(d)
    }
    out.append(UInt8(ascii: "p"))
    if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
    out.append(contentsOf: Array(String(exp).utf8))
    return String(decoding: out, as: UTF8.self)
  }

  /// `float.fromhex(s)` (CPython's `float_fromhex`), correctly rounded.
  static func fromHex(_ text: [UInt8]) throws(PyError) -> Double {
    let invalid = PyError.valueError("invalid hexadecimal floating-point string")
    var i = 0, n = text.count
    while i < n && IntOps.isASCIISpace(text[i]) { i += 1 }
    while n > i && IntOps.isASCIISpace(text[n - 1]) { n -= 1 }
    var negative = false
    if i < n && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
      negative = text[i] == UInt8(ascii: "-")
      i += 1
    }
    let rest = text[i..<n].map { $0 | 0x20 }
    if rest.elementsEqual("inf".utf8) || rest.elementsEqual("infinity".utf8) { return negative ? -.infinity : .infinity }
    if rest.elementsEqual("nan".utf8) { return .nan }
    if i + 1 < n && text[i] == UInt8(ascii: "0") && (text[i + 1] | 0x20) == UInt8(ascii: "x") { i += 2 }
    var digits: [UInt8] = []
    var fractionDigits = 0
    while i < n, IntOps.digitValue(text[i]) < 16 { digits.append(text[i]); i += 1 }
    if i < n && text[i] == UInt8(ascii: ".") {
      i += 1
      while i < n, IntOps.digitValue(text[i]) < 16 { digits.append(text[i]); fractionDigits += 1; i += 1 }
    }
    if digits.isEmpty { throw invalid }
    var exp = 0
    if i < n && (text[i] | 0x20) == UInt8(ascii: "p") {
      i += 1
      var expNegative = false
      if i < n && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        expNegative = text[i] == UInt8(ascii: "-")
        i += 1
      }
      let start = i
      while i < n && text[i] >= 48 && text[i] <= 57 {
        exp = Swift.min(exp * 10 + Int(text[i] - 48), 1 << 40)
        i += 1
      }
      if i == start { throw invalid }
      if expNegative { exp = -exp }
    }
    if i != n { throw invalid }
    let m = IntOps.digitsValue(digits, base: 16, negative: false)
    if IntOps.signum(m) == 0 { return negative ? -0.0 : 0.0 }
    let d = IntOps.viewMpz(m) { IntOps.roundScaled($0, exp - 4 * fractionDigits) }
    if d.isInfinite { throw PyError.overflowError("hexadecimal value too large to represent as a float") }
    return negative ? -d : d
  }
}
