import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// Integer arithmetic (CPython's Objects/longobject.c number methods): 64-bit fast paths with
/// overflow detection, falling back to GMP (`PyLong`) — and normalising results back to
/// immediates whenever they fit, so an exact `int` is a `PyLong` only outside the Int64 range.
public enum IntOps {
  /// `x op y` for two small ints; nil when the result needs the general path (overflow,
  /// true division of large values, negative exponents, …). Raises ZeroDivisionError/ValueError
  /// as CPython. Allocation-free except for `divmod`'s tuple.
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
    case .divmod:
      if y == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      if x == Int.min && y == -1 { return nil }
      return .object(PyTuple([.int(floorDiv(x, y)), .int(y == -1 ? 0 : floorMod(x, y))]))
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
    case .matMul:
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

  // MARK: Values and GMP integers

  /// True when `v` is an int for arithmetic purposes (int, bool, int subclass).
  @inline(__always)
  public static func isInt(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .float, .none, .unbound: return false
    default: return v.as(PyLong.self) != nil
    }
  }

  /// Calls `body` with a read-only GMP view of the int value `v` (int, bool or PyLong). Small
  /// values are viewed in place (no allocation): the view must not be modified or kept.
  @inline(__always)
  public static func withMpz<R>(_ v: Value, _ body: (UnsafePointer<__mpz_struct>) throws(PyError) -> R) throws(PyError) -> R {
    switch v {
    case .int(let i): return try withSmallMpz(i, body)
    case .bool(let b): return try withSmallMpz(b ? 1 : 0, body)
    default: return try body(v.unsafeAs(PyLong.self).z)
    }
  }

  /// A read-only GMP view of a machine integer (see `withMpz`).
  @inline(__always)
  public static func withSmallMpz<R>(_ i: Int, _ body: (UnsafePointer<__mpz_struct>) throws(PyError) -> R) throws(PyError) -> R {
    var limb = UInt(i.magnitude)
    var z = __mpz_struct()
    return try withUnsafeMutablePointer(to: &limb) { lp throws(PyError) -> R in
      try withUnsafeMutablePointer(to: &z) { zp throws(PyError) -> R in
        _ = __gmpz_roinit_n(zp, lp, i < 0 ? -1 : (i == 0 ? 0 : 1))
        return try body(UnsafePointer(zp))
      }
    }
  }

  /// Non-throwing variant of `withMpz` for bodies that cannot fail.
  @inline(__always)
  public static func viewMpz<R>(_ v: Value, _ body: (UnsafePointer<__mpz_struct>) -> R) -> R {
    do throws(PyError) {
      return try withMpz(v) { p throws(PyError) -> R in body(p) }
    } catch {
      fatalError("unreachable")
    }
  }

  /// The int value of `v` as a fresh GMP integer (v must be int, bool or a PyLong).
  public static func toBig(_ v: Value) -> PyLong? {
    switch v {
    case .int(let i): return PyLong(i)
    case .bool(let b): return PyLong(b ? 1 : 0)
    default: return v.as(PyLong.self)
    }
  }

  /// An exact-int value for `l`: immediate when it fits, else `l` itself (or a copy when `l`
  /// is an instance of an int subclass).
  public static func normalize(_ l: PyLong) -> Value {
    if __gmpz_fits_slong_p(l.z) != 0 { return .int(__gmpz_get_si(l.z)) }
    if l.type !== BuiltinTypes.int { return .object(PyLong(copying: l.z)) }
    return .object(l)
  }

  /// A new exact-int value computed by `body` into a fresh integer.
  @inline(__always)
  public static func make(_ body: (UnsafeMutablePointer<__mpz_struct>) throws(PyError) -> Void) throws(PyError) -> Value {
    let r = PyLong()
    try body(r.z)
    return normalize(r)
  }

  /// The exact-`int` value of an int-like value (bool and subclass instances become plain ints).
  public static func exact(_ v: Value) -> Value {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    default:
      let l = v.unsafeAs(PyLong.self)
      if l.type === BuiltinTypes.int { return v }
      return normalize(PyLong(copying: l.z))
    }
  }

  /// -1, 0 or 1.
  public static func signum(_ v: Value) -> Int {
    switch v {
    case .int(let i): return i.signum()
    case .bool(let b): return b ? 1 : 0
    default: return v.unsafeAs(PyLong.self).signum
    }
  }

  /// The number of bits of |v| (`int.bit_length`).
  public static func bitLength(_ v: Value) -> Int {
    switch v {
    case .int(let i): return Int.bitWidth - i.magnitude.leadingZeroBitCount
    case .bool(let b): return b ? 1 : 0
    default:
      let l = v.unsafeAs(PyLong.self)
      return l.isZero ? 0 : Int(__gmpz_sizeinbase(l.z, 2))
    }
  }

  public static func bitLength(_ z: UnsafePointer<__mpz_struct>) -> Int {
    z.pointee._mp_size == 0 ? 0 : Int(__gmpz_sizeinbase(z, 2))
  }

  /// Results beyond this many bits raise MemoryError instead of letting GMP abort.
  public static let maxBits = 1 << 36

  public static func memoryError() -> PyError {
    PyError(PyBaseException(type: BuiltinTypes.exceptions.memoryError, args: PyTuple.empty))
  }

  // MARK: The number slots

  /// The `int` type's binary slot: handles any pair of ints, else NotImplemented.
  public static func binarySlot(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    guard isInt(a), isInt(b) else { return .notImplemented }
    if case .int(let x) = a, case .int(let y) = b, let r = try smallBinary(x, y, op) { return r }
    return try withMpz(a) { x throws(PyError) -> Value in
      try withMpz(b) { y throws(PyError) -> Value in try bigBinary(x, y, op) }
    }
  }

  /// `x op y` on GMP integers.
  static func bigBinary(_ x: UnsafePointer<__mpz_struct>, _ y: UnsafePointer<__mpz_struct>, _ op: BinaryOp) throws(PyError) -> Value {
    switch op {
    case .add: return try make { r in __gmpz_add(r, x, y) }
    case .sub: return try make { r in __gmpz_sub(r, x, y) }
    case .mul:
      if bitLength(x) + bitLength(y) > maxBits { throw memoryError() }
      return try make { r in __gmpz_mul(r, x, y) }
    case .floorDiv:
      if y.pointee._mp_size == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      return try make { r in __gmpz_fdiv_q(r, x, y) }
    case .mod:
      if y.pointee._mp_size == 0 { throw PyError.zeroDivisionError("integer modulo by zero") }
      return try make { r in __gmpz_fdiv_r(r, x, y) }
    case .divmod:
      if y.pointee._mp_size == 0 { throw PyError.zeroDivisionError("integer division or modulo by zero") }
      let q = PyLong(), rem = PyLong()
      __gmpz_fdiv_qr(q.z, rem.z, x, y)
      return .object(PyTuple([normalize(q), normalize(rem)]))
    case .and: return try make { r in __gmpz_and(r, x, y) }
    case .or: return try make { r in __gmpz_ior(r, x, y) }
    case .xor: return try make { r in __gmpz_xor(r, x, y) }
    case .lshift, .rshift:
      if y.pointee._mp_size < 0 { throw PyError.valueError("negative shift count") }
      guard __gmpz_fits_slong_p(y) != 0 else {
        if op == .rshift { return .int(x.pointee._mp_size < 0 ? -1 : 0) }
        if x.pointee._mp_size == 0 { return .int(0) }
        throw PyError.overflowError("too many digits in integer")
      }
      let n = __gmpz_get_si(y)
      if op == .rshift { return try make { r in __gmpz_fdiv_q_2exp(r, x, UInt(n)) } }
      if x.pointee._mp_size == 0 { return .int(0) }
      if n > maxBits { throw memoryError() }
      return try make { r in __gmpz_mul_2exp(r, x, UInt(n)) }
    case .pow:
      if y.pointee._mp_size < 0 {
        // A negative exponent: the float power (CPython converts both operands).
        if x.pointee._mp_size == 0 { throw PyError.zeroDivisionError("0.0 cannot be raised to a negative power") }
        let fx = try mpzToDouble(x), fy = try mpzToDouble(y)
        return try FloatOps.power(fx, fy)
      }
      return try bigPow(x, y)
    case .trueDiv:
      if y.pointee._mp_size == 0 { throw PyError.zeroDivisionError("division by zero") }
      return .float(try trueDivide(x, y))
    case .matMul:
      return .notImplemented
    }
  }

  /// `x ** y` for y >= 0.
  static func bigPow(_ x: UnsafePointer<__mpz_struct>, _ y: UnsafePointer<__mpz_struct>) throws(PyError) -> Value {
    // Bases whose powers stay small: 0, 1, -1.
    if __gmpz_cmpabs_ui(x, 1) <= 0 {
      if x.pointee._mp_size == 0 { return .int(y.pointee._mp_size == 0 ? 1 : 0) }
      if x.pointee._mp_size > 0 { return .int(1) }
      return .int(__gmpz_tstbit(y, 0) == 1 ? -1 : 1)
    }
    guard __gmpz_fits_ulong_p(y) != 0 else { throw memoryError() }
    let e = __gmpz_get_ui(y)
    let bits = bitLength(x)
    if e > UInt(maxBits) || (bits - 1).multipliedReportingOverflow(by: Int(e)).overflow
        || (bits - 1) * Int(e) > maxBits {
      throw memoryError()
    }
    return try make { r in __gmpz_pow_ui(r, x, e) }
  }

  /// `int / int` correctly rounded to the nearest double, ties to even (CPython's
  /// `long_true_divide` algorithm: an integer quotient with extra bits and a sticky bit).
  static func trueDivide(_ x: UnsafePointer<__mpz_struct>, _ y: UnsafePointer<__mpz_struct>) throws(PyError) -> Double {
    let negative = (x.pointee._mp_size < 0) != (y.pointee._mp_size < 0)
    if x.pointee._mp_size == 0 { return negative ? -0.0 : 0.0 }
    let a = PyLong(), b = PyLong()
    __gmpz_abs(a.z, x)
    __gmpz_abs(b.z, y)
    let diff = bitLength(a.z) - bitLength(b.z)
    // The quotient is in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 { throw PyError.overflowError("integer division result too large for a float") }
    if diff < -1077 { return negative ? -0.0 : 0.0 }
    // Scale so the integer quotient has at least DBL_MANT_DIG + 2 bits (also for subnormals).
    let shift = Swift.max(diff, -1021) - 53 - 2
    var inexact = false
    if shift <= 0 {
      __gmpz_mul_2exp(a.z, a.z, UInt(-shift))
    } else {
      if Int(__gmpz_scan1(a.z, 0)) < shift { inexact = true }
      __gmpz_fdiv_q_2exp(a.z, a.z, UInt(shift))
    }
    let q = PyLong(), rem = PyLong()
    __gmpz_fdiv_qr(q.z, rem.z, a.z, b.z)
    if rem.z.pointee._mp_size != 0 { inexact = true }
    let result = roundScaled(q.z, shift, sticky: inexact)
    if result.isInfinite { throw PyError.overflowError("integer division result too large for a float") }
    return negative ? -result : result
  }

  /// The double nearest to `m * 2**e` for m >= 0 (ties to even), where `sticky` says that the
  /// true value is slightly above `m * 2**e` (bits lost below m's last bit). Handles the
  /// subnormal range with a single rounding; +inf when the value is beyond the double range.
  public static func roundScaled(_ m: UnsafePointer<__mpz_struct>, _ e: Int, sticky: Bool = false) -> Double {
    let bits = bitLength(m)
    if bits == 0 { return 0 }
    let top = bits + e  // the value is in [2**(top-1), 2**top)
    if top > 1024 { return .infinity }
    if top < -1076 { return 0 }
    // Significant bits the result can keep: 53, fewer below the normal range (2**-1022).
    let keep = Swift.min(53, top + 1074)
    let drop = bits - keep
    if drop <= 0 {
      // m fits the format exactly (callers with a sticky bit keep at least two extra bits,
      // so this case never discards rounding information).
      return scalbn(__gmpz_get_d(m), Int32(e))
    }
    let q = PyLong(), r = PyLong()
    __gmpz_fdiv_q_2exp(q.z, m, UInt(drop))
    __gmpz_fdiv_r_2exp(r.z, m, UInt(drop))
    var mant = UInt64(__gmpz_get_ui(q.z))
    let halfBit = __gmpz_tstbit(r.z, UInt(drop - 1)) == 1
    let below = sticky || (r.z.pointee._mp_size != 0 && Int(__gmpz_scan1(r.z, 0)) < drop - 1)
    if halfBit && (below || mant & 1 == 1) { mant += 1 }
    return scalbn(Double(mant), Int32(e + drop))
  }

  /// The nearest double to a GMP integer (ties to even), OverflowError "int too large to
  /// convert to float" beyond the double range (CPython's `PyLong_AsDouble`).
  public static func mpzToDouble(_ z: UnsafePointer<__mpz_struct>) throws(PyError) -> Double {
    let bits = bitLength(z)
    if bits <= 53 { return __gmpz_get_d(z) }
    let t = PyLong()
    __gmpz_abs(t.z, z)
    let d = roundScaled(t.z, 0)
    if d.isInfinite { throw PyError.overflowError("int too large to convert to float") }
    return z.pointee._mp_size < 0 ? -d : d
  }

  /// `float(v)` for an int value, correctly rounded.
  public static func toDouble(_ v: Value) throws(PyError) -> Double {
    switch v {
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default:
      guard let l = v.as(PyLong.self) else { throw PyError.typeError("expected int") }
      return try mpzToDouble(l.z)
    }
  }

  /// Compares two int values: -1, 0 or 1.
  public static func compare(_ a: Value, _ b: Value) -> Int {
    if case .int(let x) = a, case .int(let y) = b { return x < y ? -1 : (x > y ? 1 : 0) }
    let c = viewMpz(a) { x in viewMpz(b) { y in __gmpz_cmp(x, y) } }
    return c < 0 ? -1 : (c > 0 ? 1 : 0)
  }

  /// `pow(a, b, m)` for ints (CPython's `long_pow` with a modulus): negative exponents use the
  /// modular inverse; the result has the sign of `m`.
  static func ternaryPow(_ ts: ThreadState, _ a: Value, _ b: Value, _ m: Value) throws(PyError) -> Value {
    guard isInt(a), isInt(b) else { return .notImplemented }
    if m.isNone { return try binarySlot(ts, a, b, .pow) }
    guard isInt(m) else { return .notImplemented }
    return try withMpz(a) { x throws(PyError) -> Value in
      try withMpz(b) { y throws(PyError) -> Value in
        try withMpz(m) { mod throws(PyError) -> Value in
          if mod.pointee._mp_size == 0 { throw PyError.valueError("pow() 3rd argument cannot be 0") }
          let absMod = PyLong()
          __gmpz_abs(absMod.z, mod)
          if __gmpz_cmp_ui(absMod.z, 1) == 0 { return .int(0) }
          let base = PyLong()
          __gmpz_mod(base.z, x, absMod.z)
          let r = PyLong()
          if y.pointee._mp_size < 0 {
            if __gmpz_invert(base.z, base.z, absMod.z) == 0 {
              throw PyError.valueError("base is not invertible for the given modulus")
            }
            let e = PyLong()
            __gmpz_neg(e.z, y)
            __gmpz_powm(r.z, base.z, e.z, absMod.z)
          } else {
            __gmpz_powm(r.z, base.z, y, absMod.z)
          }
          if mod.pointee._mp_size < 0 && r.z.pointee._mp_size != 0 {
            __gmpz_sub(r.z, r.z, absMod.z)
          }
          return normalize(r)
        }
      }
    }
  }

  /// `-v`.
  public static func negate(_ v: Value) -> Value {
    if case .int(let x) = v, x != Int.min { return .int(-x) }
    if case .bool(let b) = v { return .int(b ? -1 : 0) }
    let r = PyLong()
    viewMpz(v) { x in __gmpz_neg(r.z, x) }
    return normalize(r)
  }

  /// `abs(v)`.
  public static func absolute(_ v: Value) -> Value {
    if case .int(let x) = v, x != Int.min { return .int(x < 0 ? -x : x) }
    if case .bool(let b) = v { return .int(b ? 1 : 0) }
    let r = PyLong()
    viewMpz(v) { x in __gmpz_abs(r.z, x) }
    return normalize(r)
  }

  /// `~v`.
  public static func invert(_ v: Value) -> Value {
    if case .int(let x) = v { return .int(~x) }
    if case .bool(let b) = v { return .int(b ? -2 : -1) }
    let r = PyLong()
    viewMpz(v) { x in __gmpz_com(r.z, x) }
    return normalize(r)
  }

  /// `hash(v)` of an int value.
  public static func hash(_ v: Value) -> Int {
    switch v {
    case .int(let x): return IntHash.hash(x)
    case .bool(let b): return b ? 1 : 0
    default: return bigHash(v.unsafeAs(PyLong.self))
    }
  }

  /// `hash()` of a big int: the value modulo 2**61 − 1 with the sign of the value, as CPython.
  static func bigHash(_ l: PyLong) -> Int {
    // |l| mod (2**61 - 1), without allocating.
    let m = Int(__gmpz_tdiv_ui(l.z, UInt(IntHash.modulus)))
    var h = l.isNegative ? -m : m
    if h == -1 { h = -2 }
    return h
  }
}
