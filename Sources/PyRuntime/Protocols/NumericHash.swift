/// Numeric hashing as CPython's (Python/pyhash.c `_Py_HashDouble`, Objects/longobject.c):
/// the value modulo the Mersenne prime 2**61 − 1, so that equal numbers of different types
/// (1, 1.0, True, Fraction(1)) hash equal.
public enum IntHash {
  public static let modulus: UInt64 = (1 << 61) - 1

  @inline(__always)
  public static func hash(_ i: Int) -> Int {
    if i >= 0 && UInt64(i) < modulus { return i }  // includes every i != -1 in small range
    if i < 0 && i > -Int(modulus) { return i == -1 ? -2 : i }
    let m = Int(modulus)
    var r = i % m
    if r == -1 { r = -2 }
    return r
  }
}

/// `hash(float)` (CPython's `_Py_HashDouble`).
public enum FloatHash {
  /// `hash(float)`.
  public static func hash(_ v: Double) -> Int {
    if v.isInfinite { return v > 0 ? 314159 : -314159 }
    if v.isNaN { return 0 }  // CPython 3.11 hashes NaN by identity; 0 keeps it consistent here
    let modulus = IntHash.modulus
    var (m, e) = frexp(v)
    var sign = 1
    if m < 0 { sign = -1; m = -m }
    var x: UInt64 = 0
    while m != 0 {
      x = ((x << 28) & modulus) | x >> (61 - 28)
      m *= 268435456.0  // 2**28
      e -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    let bits = 61
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
    x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
    var r = Int(x) * sign
    if r == -1 { r = -2 }
    return r
  }

  /// `frexp(v)`: v = m * 2**e with 0.5 <= |m| < 1 (exact, also for subnormals and the
  /// largest finite values).
  private static func frexp(_ v: Double) -> (Double, Int) {
    if v == 0 { return (0, 0) }
    var x = v
    var adjust = 0
    if x.isSubnormal {
      x *= 18014398509481984.0  // 2**54
      adjust = -54
    }
    let e = Int(x.exponent) + 1
    let m = Double(sign: x.sign, exponent: -1, significand: x.significand)
    return (m, e + adjust)
  }
}
