#if canImport(Glibc)
import Glibc
#endif

/// Complex arithmetic with CPython's algorithms (Objects/complexobject.c `_Py_c_sum`,
/// `_Py_c_quot`, `_Py_c_pow`, `c_powi`, `complex_pow`) and errors.
public enum ComplexOps {
  public typealias C = (re: Double, im: Double)

  /// The complex value of a number operand (complex, float or int), nil otherwise
  /// (CPython's `TO_COMPLEX`); OverflowError for ints beyond the float range.
  static func operand(_ v: Value) throws(PyError) -> C? {
    switch v {
    case .float(let d): return (d, 0)
    case .int, .bool: return (try IntOps.toDouble(v), 0)
    default:
      if let c = v.as(PyComplex.self) { return (c.real, c.imag) }
      if let d = FloatOps.asDouble(v) { return (d, 0) }
      if IntOps.isInt(v) { return (try IntOps.toDouble(v), 0) }
      return nil
    }
  }

  static func value(_ c: C) -> Value { .object(PyComplex(real: c.re, imag: c.im)) }

  @inline(__always) static func prod(_ a: C, _ b: C) -> C {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
  }

  /// `a / b`; nil for division by zero.
  static func quot(_ a: C, _ b: C) -> C? {
    let absBRe = Swift.abs(b.re), absBIm = Swift.abs(b.im)
    if absBRe >= absBIm {
      if absBRe == 0 { return nil }
      let ratio = b.im / b.re
      let denom = b.re + b.im * ratio
      return ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    }
    if absBIm >= absBRe {
      let ratio = b.re / b.im
      let denom = b.re * ratio + b.im
      return ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    }
    return (.nan, .nan)
  }

  /// The complex type's binary slot.
  static func binarySlot(_ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    guard let x = try operand(a), let y = try operand(b) else { return .notImplemented }
    switch op {
    case .add: return value((x.re + y.re, x.im + y.im))
    case .sub: return value((x.re - y.re, x.im - y.im))
    case .mul: return value(prod(x, y))
    case .trueDiv:
      guard let q = quot(x, y) else { throw PyError.zeroDivisionError("complex division by zero") }
      return value(q)
    case .pow: return value(try power(x, y))
    default: return .notImplemented
    }
  }

  /// `x ** y` (CPython's `complex_pow`): small integral exponents by repeated multiplication.
  static func power(_ a: C, _ b: C) throws(PyError) -> C {
    var r: C
    var domainError = false
    if b.im == 0 && b.re == floor(b.re) && Swift.abs(b.re) <= 100 {
      let n = Int(b.re)
      if n > 0 {
        r = powu(a, n)
      } else {
        if let q = quot((1, 0), powu(a, -n)) { r = q } else { r = (0, 0); domainError = true }
      }
    } else {
      r = cpow(a, b, &domainError)
    }
    if domainError { throw PyError.zeroDivisionError("0.0 to a negative or complex power") }
    if r.re.isInfinite || r.im.isInfinite { throw PyError.overflowError("complex exponentiation") }
    return r
  }

  /// `x ** n` for n >= 0 by binary powering (`c_powu`).
  static func powu(_ x: C, _ n: Int) -> C {
    var r: C = (1, 0), p = x
    var mask = 1
    while mask > 0 && n >= mask {
      if n & mask != 0 { r = prod(r, p) }
      mask <<= 1
      p = prod(p, p)
    }
    return r
  }

  /// `_Py_c_pow`: the polar-form power.
  static func cpow(_ a: C, _ b: C, _ domainError: inout Bool) -> C {
    if b.re == 0 && b.im == 0 { return (1, 0) }
    if a.re == 0 && a.im == 0 {
      if b.im != 0 || b.re < 0 { domainError = true }
      return (0, 0)
    }
    let vabs = hypot(a.re, a.im)
    var len = pow(vabs, b.re)
    let at = atan2(a.im, a.re)
    var phase = at * b.re
    if b.im != 0 {
      len /= exp(at * b.im)
      phase += b.im * log(vabs)
    }
    return (len * cos(phase), len * sin(phase))
  }

  /// `(a+bj) ** (c+dj)` as a value (used by float's `**` for negative bases).
  static func powerValue(real a: Double, imag b: Double, real2 c: Double, imag2 d: Double) throws(PyError) -> Value {
    return value(try power((a, b), (c, d)))
  }

  /// `abs(z)` (CPython's `complex_abs`).
  static func abs(_ c: C) throws(PyError) -> Double {
    let r = hypot(c.re, c.im)
    if r.isInfinite && c.re.isFinite && c.im.isFinite {
      throw PyError.overflowError("absolute value too large")
    }
    return r
  }

  /// `hash(z)`: hash(real) + 1000003 * hash(imag), as CPython.
  static func hash(_ c: C) -> Int {
    let hr = UInt(bitPattern: FloatHash.hash(c.re))
    let hi = UInt(bitPattern: FloatHash.hash(c.im))
    var combined = Int(bitPattern: hr &+ 1000003 &* hi)
    if combined == -1 { combined = -2 }
    return combined
  }

  /// `repr(z)` (CPython's `complex_repr`).
  static func repr(_ c: C) -> String {
    if c.re == 0 && c.re.sign == .plus {
      let im = FloatDigits.toString(c.im, code: UInt8(ascii: "r"), precision: 0)
      return String(decoding: im, as: UTF8.self) + "j"
    }
    let re = FloatDigits.toString(c.re, code: UInt8(ascii: "r"), precision: 0)
    let im = FloatDigits.toString(c.im, code: UInt8(ascii: "r"), precision: 0, flags: .sign)
    return "(" + String(decoding: re, as: UTF8.self) + String(decoding: im, as: UTF8.self) + "j)"
  }
}
