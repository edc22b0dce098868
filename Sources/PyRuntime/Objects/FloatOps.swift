import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// Float arithmetic with Python's semantics (CPython's Objects/floatobject.c number methods):
/// floor division and modulo that round toward negative infinity, CPython's ZeroDivisionError
/// messages, and `float_pow`'s special cases and errors.
public enum FloatOps {
  public static func binary(_ x: Double, _ y: Double, _ op: BinaryOp) throws(PyError) -> Value {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mul: return .float(x * y)
    case .trueDiv:
      if y == 0 { throw PyError.zeroDivisionError("float division by zero") }
      return .float(x / y)
    case .floorDiv:
      if y == 0 { throw PyError.zeroDivisionError("float floor division by zero") }
      return .float(divmod(x, y).0)
    case .mod:
      if y == 0 { throw PyError.zeroDivisionError("float modulo") }
      return .float(remainder(x, y))
    case .divmod:
      if y == 0 { throw PyError.zeroDivisionError("float divmod()") }
      let (q, r) = divmod(x, y)
      return .object(PyTuple([.float(q), .float(r)]))
    case .pow:
      let r = try power(x, y)
      if r.isNotImplemented { return try ComplexOps.powerValue(real: x, imag: 0, real2: y, imag2: 0) }
      return r
    default:
      return .notImplemented
    }
  }

  /// `x % y` (CPython's `float_rem`): the result has the sign of y.
  @inline(__always)
  public static func remainder(_ x: Double, _ y: Double) -> Double {
    var mod = fmod(x, y)
    if mod != 0 {
      if (y < 0) != (mod < 0) { mod += y }
    } else {
      mod = copysign(0.0, y)
    }
    return mod
  }

  /// CPython's `float_divmod`.
  public static func divmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
      if (wx < 0) != (mod < 0) {
        mod += wx
        div -= 1.0
      }
    } else {
      mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = floor(div)
      if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
      floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
  }

  @inline(__always)
  static func isOddInteger(_ d: Double) -> Bool { fmod(Swift.abs(d), 2.0) == 1.0 }

  /// `x ** y` for floats (CPython's `float_pow`); NotImplemented for a negative base with a
  /// fractional exponent (the caller makes it a complex power).
  public static func power(_ x: Double, _ y: Double) throws(PyError) -> Value {
    var iv = x
    let iw = y
    if iw == 0 { return .float(1.0) }
    if iv.isNaN { return .float(iv) }
    if iw.isNaN { return .float(iv == 1.0 ? 1.0 : iw) }
    if iw.isInfinite {
      iv = Swift.abs(iv)
      if iv == 1.0 { return .float(1.0) }
      if (iw > 0) == (iv > 1.0) { return .float(Swift.abs(iw)) }
      return .float(0.0)
    }
    if iv.isInfinite {
      let odd = isOddInteger(iw)
      if iw > 0 { return .float(odd ? iv : Swift.abs(iv)) }
      return .float(odd ? copysign(0.0, iv) : 0.0)
    }
    if iv == 0 {
      let odd = isOddInteger(iw)
      if iw < 0 { throw PyError.zeroDivisionError("0.0 cannot be raised to a negative power") }
      return .float(odd ? iv : 0.0)
    }
    var negate = false
    if iv < 0 {
      if iw != floor(iw) { return .notImplemented }
      iv = -iv
      negate = isOddInteger(iw)
    }
    if iv == 1.0 { return .float(negate ? -1.0 : 1.0) }
    var r = pow(iv, iw)
    if r.isInfinite { throw PyError.overflowError("(34, 'Numerical result out of range')") }
    if negate { r = -r }
    return .float(r)
  }
}

extension FloatOps {
  /// The double of a float value (immediate or a float-subclass instance), else nil.
  @inline(__always)
  public static func asDouble(_ v: Value) -> Double? {
    if case .float(let d) = v { return d }
    return v.as(PyFloatBox.self)?.value
  }

  static func isFloatLike(_ v: Value) -> Bool { asDouble(v) != nil }

  /// `float(v)` for a float or int operand of arithmetic (CPython's `CONVERT_TO_DOUBLE`);
  /// nil when `v` is neither.
  @inline(__always)
  static func operand(_ v: Value) throws(PyError) -> Double? {
    if let d = asDouble(v) { return d }
    if IntOps.isInt(v) { return try IntOps.toDouble(v) }
    return nil
  }

  /// `float(v)` for a float or int operand of arithmetic.
  static func toDouble(_ v: Value) throws(PyError) -> Double {
    if let d = asDouble(v) { return d }
    return try IntOps.toDouble(v)
  }

  /// The `float` type's binary slot.
  static func binarySlot(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    guard isFloatLike(a) || isFloatLike(b) else { return .notImplemented }
    guard let x = try operand(a), let y = try operand(b) else { return .notImplemented }
    return try binary(x, y, op)
  }

  /// `int(d)`: truncation toward zero, errors for inf/nan (CPython's `PyLong_FromDouble`).
  public static func toInt(_ d: Double) throws(PyError) -> Value {
    if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyError.overflowError("cannot convert float infinity to integer") }
    let t = d.rounded(.towardZero)
    if t > -9.2e18 && t < 9.2e18 { return .int(Int(t)) }
    let l = PyLong()
    __gmpz_set_d(l.z, t)
    return IntOps.normalize(l)
  }
}

/// Exact comparison of an int with a float (CPython's `float_richcompare` int branch).
enum FloatCompare {
  static func intVsFloat(_ a: Value, _ y: Double, _ op: CompareOp) -> Bool {
    if y.isNaN { return op == .ne }
    if case .int(let x) = a, x > -(1 << 53) && x < (1 << 53) {
      return Protocols.compare(Double(x), y, op)
    }
    if case .bool(let b) = a { return Protocols.compare(b ? 1.0 : 0.0, y, op) }
    if y.isInfinite { return Protocols.compare(0.0, y, op) }
    let c = IntOps.viewMpz(a) { __gmpz_cmp_d($0, y) }
    return Protocols.compare(c < 0 ? -1 : (c > 0 ? 1 : 0), 0, op)
  }
}
