import CSupport

/// The `int` type: its slots and methods (CPython's Objects/longobject.c `PyLong_Type`,
/// `long_methods`, `long_getset`). Values are immediate `.int`s, `.bool`s, or `PyLong`s for
/// big values and subclass instances.
extension BuiltinTypes {
  static func installIntType() {
    let t = int
    for op in BinaryOp.allCases where op != .matMul {
      t.setBinary(op) { ts, a, b throws(PyError) in try IntOps.binarySlot(ts, a, b, op) }
    }
    t.slots.ternaryPow = { ts, a, b, m throws(PyError) in try IntOps.ternaryPow(ts, a, b, m) }
    t.slots.repr = { ts, v throws(PyError) in .object(PyStr(try IntOps.decimalString(ts, v))) }
    t.slots.hash = { _, v in IntOps.hash(v) }
    // Only int/int: comparisons with floats are float's (reflected), as `long_richcompare`.
    t.slots.richCompare = { _, a, b, op in
      if IntOps.isInt(a) && IntOps.isInt(b) { return .bool(Protocols.compare(IntOps.compare(a, b), 0, op)) }
      return .notImplemented
    }
    t.slots.negative = { _, v in IntOps.negate(v) }
    t.slots.positive = { _, v in IntOps.exact(v) }
    t.slots.absolute = { _, v in IntOps.absolute(v) }
    t.slots.invert = { _, v in IntOps.invert(v) }
    t.slots.index = { _, v in IntOps.exact(v) }
    t.slots.int = { _, v in IntOps.exact(v) }
    t.slots.float = { _, v throws(PyError) in .float(try IntOps.toDouble(v)) }
    t.slots.bool = { _, v in IntOps.signum(v) != 0 }
    t.slots.new = { ts, cls, args throws(PyError) in try IntOps.new(ts, cls, args) }

    func noArgs(_ name: String, _ a: Args) throws(PyError) {
      try ArgParser.positional(a, name, min: 0, max: 0)
    }
    func exactSelf(_ name: String) -> PyBuiltinFunction.MethodBody {
      return { _, v, a throws(PyError) in
        try noArgs("int." + name, a)
        return IntOps.exact(v)
      }
    }
    t.addMethod("conjugate", doc: "Returns self, the complex conjugate of any int.") { _, v, a throws(PyError) in
      try noArgs("int.conjugate", a)
      return IntOps.exact(v)
    }
    t.addMethod("bit_length", doc: "Number of bits necessary to represent self in binary.") { _, v, a throws(PyError) in
      try noArgs("int.bit_length", a)
      return .int(IntOps.bitLength(v))
    }
    t.addMethod("bit_count", doc: "Number of ones in the binary representation of the absolute value of self.") { _, v, a throws(PyError) in
      try noArgs("int.bit_count", a)
      switch v {
      case .int(let i): return .int(i.magnitude.nonzeroBitCount)
      case .bool(let b): return .int(b ? 1 : 0)
      default:
        let r = PyLong()
        __gmpz_abs(r.z, v.unsafeAs(PyLong.self).z)
        return .int(Int(__gmpz_popcount(r.z)))
      }
    }
    t.addMethod("as_integer_ratio", doc: "Return integer ratio.") { _, v, a throws(PyError) in
      try noArgs("int.as_integer_ratio", a)
      return .object(PyTuple([IntOps.exact(v), .int(1)]))
    }
    t.addMethod("__trunc__", doc: "Truncating an Integral returns itself.", exactSelf("__trunc__"))
    t.addMethod("__floor__", doc: "Flooring an Integral returns itself.", exactSelf("__floor__"))
    t.addMethod("__ceil__", doc: "Ceiling of an Integral returns itself.", exactSelf("__ceil__"))
    t.addMethod("__round__", doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "int.__round__")
      try ArgParser.positional(a, "__round__", min: 0, max: 1)
      // round(x, None) calls __round__() without arguments; an explicit None is an error here.
      if a.count == 0 { return IntOps.exact(v) }
      return try IntOps.round(v, ndigits: try Protocols.index(ts, a[0]))
    }
    t.addMethod("__getnewargs__") { _, v, a throws(PyError) in
      try noArgs("int.__getnewargs__", a)
      return .object(PyTuple([IntOps.exact(v)]))
    }
    t.addMethod("__sizeof__", doc: "Returns size in memory, in bytes.") { _, v, a throws(PyError) in
      try noArgs("int.__sizeof__", a)
      let digits = (IntOps.bitLength(v) + 29) / 30
      return .int(24 + 4 * Swift.max(digits, 1))
    }
    t.addMethod("to_bytes", doc: "Return an array of bytes representing an integer.") { ts, v, a throws(PyError) in
      try IntBytes.toBytes(ts, v, a)
    }
    t.addClassMethod("from_bytes", doc: "Return the integer represented by the given array of bytes.") { ts, cls, a throws(PyError) in
      try IntBytes.fromBytes(ts, cls, a)
    }
    t.addMethod("__format__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "int.__format__", min: 1, max: 1)
      guard let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      return .object(try IntFormatting.format(ts, v, spec))
    }
    t.addProperty("real", doc: "the real part of a complex number", get: { _, v in IntOps.exact(v) })
    t.addProperty("imag", doc: "the imaginary part of a complex number", get: { _, _ in .int(0) })
    t.addProperty("numerator", doc: "the numerator of a rational number in lowest terms", get: { _, v in IntOps.exact(v) })
    t.addProperty("denominator", doc: "the denominator of a rational number in lowest terms", get: { _, _ in .int(1) })
    t.dict.set("__doc__", .object(PyStr("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4")))
  }
}

extension IntOps {
  /// `round(v, ndigits)` for an int and an int `ndigits` (CPython's `long_round`): rounds to
  /// a multiple of 10**-ndigits, ties to even.
  static func round(_ v: Value, ndigits: Value) throws(PyError) -> Value {
    if signum(ndigits) >= 0 { return exact(v) }
    // -ndigits beyond the number of digits of v: the result is 0.
    let digits = Double(bitLength(v)) * 0.30103 + 2
    if compare(negate(ndigits), .int(Int(digits))) > 0 { return .int(0) }
    let k = UInt(-(try Protocols.indexAsIntUnchecked(ndigits)))
    return try withMpz(v) { x throws(PyError) -> Value in
      let p = PyLong(), q = PyLong(), r = PyLong()
      __gmpz_ui_pow_ui(p.z, 10, k)
      __gmpz_fdiv_qr(q.z, r.z, x, p.z)
      // Round half to even: compare 2r with 10**k.
      __gmpz_mul_2exp(r.z, r.z, 1)
      let c = __gmpz_cmp(r.z, p.z)
      if c > 0 || (c == 0 && __gmpz_tstbit(q.z, 0) == 1) { __gmpz_add_ui(q.z, q.z, 1) }
      __gmpz_mul(q.z, q.z, p.z)
      return normalize(q)
    }
  }
}

extension Protocols {
  /// An exact int value known to fit a machine word, as an Int.
  static func indexAsIntUnchecked(_ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default:
      guard let i = v.as(PyLong.self)?.intValue else { throw PyError.overflowError("Python int too large to convert to C ssize_t") }
      return i
    }
  }
}
