#if canImport(Glibc)
import Glibc
#endif

/// Complex arithmetic (minimal until the complex type's own file lands).
enum ComplexOps {
  /// `(a+bj) ** (c+dj)` as CPython's `_Py_c_pow`.
  static func power(_ ts: ThreadState, real a: Double, imag b: Double, real2 c: Double, imag2 d: Double) throws(PyError) -> Value {
    if c == 0 && d == 0 { return .object(PyComplex(real: 1, imag: 0)) }
    if a == 0 && b == 0 {
      if d != 0 || c < 0 { throw PyError.zeroDivisionError("0.0 to a negative or complex power") }
      return .object(PyComplex(real: 0, imag: 0))
    }
    let vabs = hypot(a, b)
    var len = pow(vabs, c)
    let at = atan2(b, a)
    var phase = at * c
    if d != 0 {
      len /= exp(at * d)
      phase += d * log(vabs)
    }
    return .object(PyComplex(real: len * cos(phase), imag: len * sin(phase)))
  }
}
