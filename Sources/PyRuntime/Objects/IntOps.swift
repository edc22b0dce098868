import CSupport
import PySyntax

/// Integer arithmetic: 64-bit fast paths with overflow detection, falling back to GMP
/// (`PyLong`) — and normalising results back to immediates whenever they fit, so an exact
/// `int` is a `PyLong` only when it is outside the Int64 range.
public enum IntOps {
  /// `x op y` for two small ints; nil when the result needs the general path (overflow,
  /// true division, negative exponents, …). Raises ZeroDivisionError/ValueError as CPython.
  @inline(__always)
  public static func smallBinary(_ x: Int, _ y: Int, _ op: BinaryOp) throws(PyError) -> Value? {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      return o ? nil : .int(r)
    case .sub:
      let (r, o) = x.subtractingReportingOverflow(y)
      return o ? nil : .int(r)
    case .mul:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      return o ? nil : .int(r)
    case .floorDiv:
      if y == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      if x == Int.min && y == -1 { return nil }
      return .int(floorDiv(x, y))
    case .mod:
      if y == 0 { throw PyError.zeroDivisionError("integer modulo by zero") }
      if y == -1 { return .int(0) }
      return .int(floorMod(x, y))
    case .trueDiv:
      if y == 0 { throw PyError.zeroDivisionError("division by zero") }
      let limit = 1 << 53
      if x > -limit && x < limit && y > -limit && y < limit {
        return .float(Double(x) / Double(y))
      }
      return nil
    case .and: return .int(x & y)
    case .or: return .int(x | y)
    case .xor: return .int(x ^ y)
    case .lshift:
      if y < 0 { throw PyError.valueError("negative shift count") }
      if x == 0 { return .int(0) }
      if y < 63 {
        let r = x << y
        if r >> y == x { return .int(r) }
      }
      return nil
    case .rshift:
      if y < 0 { throw PyError.valueError("negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .pow:
      if y < 0 { return nil }
      var result = 1, base = x, e = y
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return nil }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (b, o) = base.multipliedReportingOverflow(by: base)
          if o { return nil }
          base = b
        }
      }
      return .int(result)
    case .matMul, .divmod:
      return nil
    }
  }

  @inline(__always)
  public static func floorDiv(_ x: Int, _ y: Int) -> Int {
    let q = x / y
    return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
  }

  @inline(__always)
  public static func floorMod(_ x: Int, _ y: Int) -> Int {
    let r = x % y
    return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
  }

  // MARK: Big integers

  /// The int value of `v` as a fresh GMP integer (v must be int, bool or a PyLong).
  static func toBig(_ v: Value) -> PyLong? {
    switch v {
    case .int(let i):
      let l = PyLong()
      __gmpz_set_si(&l.mpz, i)
      return l
    case .bool(let b):
      let l = PyLong()
      __gmpz_set_si(&l.mpz, b ? 1 : 0)
      return l
    default:
      guard let l = v.as(PyLong.self) else { return nil }
      return l
    }
  }

  /// An int value for `l`, immediate when it fits.
  public static func normalize(_ l: PyLong) -> Value {
    if __gmpz_fits_slong_p(&l.mpz) != 0 { return .int(__gmpz_get_si(&l.mpz)) }
    if l.type !== BuiltinTypes.int {
      let r = PyLong()
      __gmpz_set(&r.mpz, &l.mpz)
      return .object(r)
    }
    return .object(l)
  }

  /// True when `v` is an int for arithmetic purposes (int, bool, int subclass).
  @inline(__always)
  static func isInt(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .float, .none, .unbound: return false
    default: return v.as(PyLong.self) != nil
    }
  }

  /// The `int` type's binary slot: handles any pair of ints, else NotImplemented.
  public static func binarySlot(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    guard isInt(a), isInt(b) else { return .notImplemented }
    if case .int(let x) = a, case .int(let y) = b, let r = try smallBinary(x, y, op) { return r }
    guard let x = toBig(a), let y = toBig(b) else { return .notImplemented }
    let r = PyLong()
    switch op {
    case .add: __gmpz_add(&r.mpz, &x.mpz, &y.mpz)
    case .sub: __gmpz_sub(&r.mpz, &x.mpz, &y.mpz)
    case .mul: __gmpz_mul(&r.mpz, &x.mpz, &y.mpz)
    case .floorDiv:
      if y.mpz._mp_size == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      __gmpz_fdiv_q(&r.mpz, &x.mpz, &y.mpz)
    case .mod:
      if y.mpz._mp_size == 0 { throw PyError.zeroDivisionError("integer modulo by zero") }
      __gmpz_fdiv_r(&r.mpz, &x.mpz, &y.mpz)
    case .divmod:
      if y.mpz._mp_size == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      let rem = PyLong()
      __gmpz_fdiv_qr(&r.mpz, &rem.mpz, &x.mpz, &y.mpz)
      return .object(PyTuple([normalize(r), normalize(rem)]))
    case .and: __gmpz_and(&r.mpz, &x.mpz, &y.mpz)
    case .or: __gmpz_ior(&r.mpz, &x.mpz, &y.mpz)
    case .xor: __gmpz_xor(&r.mpz, &x.mpz, &y.mpz)
    case .lshift, .rshift:
      if y.mpz._mp_size < 0 { throw PyError.valueError("negative shift count") }
      guard __gmpz_fits_slong_p(&y.mpz) != 0 else {
        if op == .rshift { return .int(x.isNegative ? -1 : 0) }
        throw PyError.overflowError("too many digits in integer")
      }
      let n = __gmpz_get_si(&y.mpz)
      if op == .lshift { __gmpz_mul_2exp(&r.mpz, &x.mpz, UInt(n)) } else { __gmpz_fdiv_q_2exp(&r.mpz, &x.mpz, UInt(n)) }
    case .pow:
      if y.isNegative {
        let fx = try toDouble(.object(x)), fy = try toDouble(.object(y))
        if fx == 0 { throw PyError.zeroDivisionError("0.0 cannot be raised to a negative power") }
        return try FloatOps.binary(fx, fy, .pow)
      }
      guard __gmpz_fits_ulong_p(&y.mpz) != 0 else { throw PyError.overflowError("exponent too large") }
      __gmpz_pow_ui(&r.mpz, &x.mpz, __gmpz_get_ui(&y.mpz))
    case .trueDiv:
      if y.mpz._mp_size == 0 { throw PyError.zeroDivisionError("division by zero") }
      return .float(try trueDivide(x, y))
    case .matMul:
      return .notImplemented
    }
    return normalize(r)
  }

  /// `int / int` correctly rounded (GMP rational to double).
  static func trueDivide(_ x: PyLong, _ y: PyLong) throws(PyError) -> Double {
    var q = __mpq_struct()
    __gmpq_init(&q)
    defer { __gmpq_clear(&q) }
    __gmpz_set(&q._mp_num, &x.mpz)
    __gmpz_set(&q._mp_den, &y.mpz)
    __gmpq_canonicalize(&q)
    let d = __gmpq_get_d(&q)  // truncates; good enough until the int helper lands exact rounding
    if d.isInfinite { throw PyError.overflowError("integer division result too large for a float") }
    return d
  }

  /// `float(v)` for an int value.
  public static func toDouble(_ v: Value) throws(PyError) -> Double {
    switch v {
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default:
      guard let l = v.as(PyLong.self) else { throw PyError.typeError("expected int") }
      let d = __gmpz_get_d(&l.mpz)
      if d.isInfinite || __gmpz_sizeinbase(&l.mpz, 2) > 1024 {
        throw PyError.overflowError("int too large to convert to float")
      }
      return d
    }
  }

  /// Compares two int values.
  public static func compare(_ a: Value, _ b: Value) -> Int {
    if case .int(let x) = a, case .int(let y) = b { return x < y ? -1 : (x > y ? 1 : 0) }
    let x = toBig(a)!, y = toBig(b)!
    let c = __gmpz_cmp(&x.mpz, &y.mpz)
    return c < 0 ? -1 : (c > 0 ? 1 : 0)
  }

  /// `repr(int)`.
  public static func repr(_ v: Value) -> String {
    switch v {
    case .int(let i): return String(i)
    case .bool(let b): return b ? "1" : "0"
    default: return v.as(PyLong.self)?.decimalString ?? "?"
    }
  }
}

extension IntOps {
  /// The exact-`int` value of an int-like value (bool and subclass instances become plain ints).
  static func exact(_ v: Value) -> Value {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    default:
      let l = v.unsafeAs(PyLong.self)
      if l.type === BuiltinTypes.int { return v }
      let r = PyLong()
      __gmpz_set(&r.mpz, &l.mpz)
      return normalize(r)
    }
  }

  /// `hash()` of a big int: the value modulo 2**61 − 1, as CPython.
  static func bigHash(_ l: PyLong) -> Int {
    let m = PyLong()
    __gmpz_set_ui(&m.mpz, UInt(IntHash.modulus))
    let r = PyLong()
    __gmpz_tdiv_r(&r.mpz, &l.mpz, &m.mpz)
    var h = __gmpz_get_si(&r.mpz)
    if h == -1 { h = -2 }
    return h
  }

  /// `int(x)` / `int(s, base)` (minimal: numbers, and decimal strings).
  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    let p = try ArgParser.parse(args, fname: "int", names: ["x", "base"], required: 0, posOnly: 1)
    var result: Value = .int(0)
    if let x = p[0] {
      if p[1] != nil || x.as(PyStr.self) != nil {
        guard let s = x.as(PyStr.self) else {
          throw PyError.typeError("int() can't convert non-string with explicit base")
        }
        let base = try p[1].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 10
        result = try parse(s.string, base: base)
      } else if case .float(let d) = x {
        result = try FloatOps.toInt(d)
      } else if isInt(x) {
        result = exact(x)
      } else if let f = Protocols.typeOf(x).slots.int {
        result = try f(ts, x)
      } else if let f = Protocols.typeOf(x).slots.index {
        result = try f(ts, x)
      } else {
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(Protocols.typeName(x))'")
      }
    }
    if cls === BuiltinTypes.int { return result }
    let l = PyLong(type: cls)
    let big = toBig(result)!
    __gmpz_set(&l.mpz, &big.mpz)
    ObjectSupport.prepareInstance(l, cls)
    return .object(l)
  }

  /// Parses an int literal string (whitespace, sign, underscores, base prefixes).
  static func parse(_ text: String, base: Int) throws(PyError) -> Value {
    func invalid() -> PyError {
      PyError.valueError("invalid literal for int() with base \(base): \(PythonRepr.string(text))")
    }
    if base != 0 && (base < 2 || base > 36) { throw PyError.valueError("int() base must be >= 2 and <= 36, or 0") }
    var s = Substring(text).drop { $0.isWhitespace }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    var negative = false
    if let f = s.first, f == "+" || f == "-" { negative = f == "-"; s = s.dropFirst() }
    var b = base
    let lower = s.lowercased()
    if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; s = s.dropFirst(2); if s.first == "_" { s = s.dropFirst() } }
    if b == 0 {
      b = 10
      if s.count > 1 && s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid() }
    }
    if s.isEmpty || s.first == "_" || s.last == "_" || s.contains("__") { throw invalid() }
    let digits = s.filter { $0 != "_" }
    for c in digits {
      guard let d = c.hexDigitValue ?? (c.isLetter && c.isASCII ? Int(c.asciiValue! | 0x20) - 87 : nil), d < b else { throw invalid() }
    }
    if let v = Int(digits, radix: b) { return .int(negative ? -v : v) }
    let l = PyLong()
    _ = String(digits).withCString { __gmpz_set_str(&l.mpz, $0, Int32(b)) }
    if negative {
      let n = PyLong()
      __gmpz_neg(&n.mpz, &l.mpz)
      return normalize(n)
    }
    return normalize(l)
  }
}
