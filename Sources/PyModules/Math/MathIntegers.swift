import CSupport
import PyRuntime
#if canImport(Glibc)
import Glibc
#endif

/// The integer functions of `math` (CPython's `math_gcd`, `math_lcm`, `math_isqrt`,
/// `math_factorial`, `math_comb`, `math_perm`, `math_prod`), computed exactly with GMP.
extension MathModule {
  static var integerFunctions: [Entry] {
    [
      ("gcd", "Greatest Common Divisor.", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "math.gcd")
        return try fold(ts, a, empty: 1 - 1) { r, x, y in __gmpz_gcd(r, x, y) }
      }),
      ("lcm", "Least Common Multiple.", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "math.lcm")
        return try fold(ts, a, empty: 1) { r, x, y in __gmpz_lcm(r, x, y) }
      }),
      ("isqrt", "Return the integer part of the square root of the input.", { ts, a throws(PyError) in
        let n = try Protocols.index(ts, try oneArgument(a, "isqrt"))
        if IntOps.signum(n) < 0 { throw PyError.valueError("isqrt() argument must be nonnegative") }
        if case .int(let i) = n {
          // The float estimate, corrected exactly.
          var r = Int(Double(i).squareRoot())
          while true {
            let (sq, o) = r.multipliedReportingOverflow(by: r)
            if !o && sq <= i { break }
            r -= 1
          }
          while true {
            let (sq, o) = (r + 1).multipliedReportingOverflow(by: r + 1)
            if o || sq > i { break }
            r += 1
          }
          return .int(r)
        }
        return try IntOps.make { r throws(PyError) in IntOps.viewMpz(n) { __gmpz_sqrt(r, $0) } }
      }),
      ("factorial", "Find n!.\n\nRaise a ValueError if x is negative or non-integral.", { ts, a throws(PyError) in
        try factorial(ts, try oneArgument(a, "factorial"))
      }),
      ("comb", "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.", comb),
      ("perm", "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.", perm),
      ("prod", "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.", prod),
    ]
  }

  /// gcd/lcm over all arguments (each through `__index__`), |x| for one argument.
  static func fold(_ ts: ThreadState, _ a: Args, empty: Int,
                   _ op: (UnsafeMutablePointer<__mpz_struct>, UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>) -> Void) throws(PyError) -> Value {
    if a.count == 0 { return .int(empty) }
    var acc = try Protocols.index(ts, a[0])
    if a.count == 1 { return IntOps.absolute(acc) }
    for i in 1..<a.count {
      let x = try Protocols.index(ts, a[i])
      acc = try IntOps.make { r throws(PyError) in
        IntOps.viewMpz(acc) { p in IntOps.viewMpz(x) { q in op(r, p, q) } }
      }
    }
    return acc
  }

  static func factorial(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    let n = try Protocols.index(ts, v)
    guard case .int(let x) = n else {
      if IntOps.signum(n) < 0 { throw PyError.valueError("factorial() not defined for negative values") }
      throw PyError.overflowError("factorial() argument should not exceed \(Int.max)")
    }
    if x < 0 { throw PyError.valueError("factorial() not defined for negative values") }
    if x <= 20 {
      var r = 1
      if x > 1 { for i in 2...x { r *= i } }
      return .int(r)
    }
    // x! has about x * log2(x) bits.
    if Double(x) * log2(Double(x)) > Double(IntOps.maxBits) { throw IntOps.memoryError() }
    return try IntOps.make { r throws(PyError) in __gmpz_fac_ui(r, UInt(x)) }
  }

  /// The two non-negative int arguments of comb/perm.
  static func nonNegativePair(_ ts: ThreadState, _ nv: Value, _ kv: Value) throws(PyError) -> (Value, Value) {
    let n = try Protocols.index(ts, nv)
    let k = try Protocols.index(ts, kv)
    if IntOps.signum(n) < 0 { throw PyError.valueError("n must be a non-negative integer") }
    if IntOps.signum(k) < 0 { throw PyError.valueError("k must be a non-negative integer") }
    return (n, k)
  }

  static func comb(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "comb", min: 2, max: 2)
    let (n, k0) = try nonNegativePair(ts, a[0], a[1])
    if IntOps.compare(k0, n) > 0 { return .int(0) }
    // k = min(k, n - k)
    let nk = try Protocols.binaryOp(ts, n, k0, .sub)
    let k = IntOps.compare(nk, k0) < 0 ? nk : k0
    guard case .int(let ki) = k else {
      throw PyError.overflowError("min(n - k, k) must not exceed \(Int.max)")
    }
    if ki == 0 { return .int(1) }
    if ki == 1 { return n }
    return try IntOps.make { r throws(PyError) in IntOps.viewMpz(n) { __gmpz_bin_ui(r, $0, UInt(ki)) } }
  }

  static func perm(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "perm", min: 1, max: 2)
    if a.count == 1 || a[1].isNone { return try factorial(ts, a[0]) }
    let (n, k) = try nonNegativePair(ts, a[0], a[1])
    if IntOps.compare(n, k) < 0 { return .int(0) }
    guard case .int(let ki) = k else { throw PyError.overflowError("k must not exceed \(Int.max)") }
    if ki == 0 { return .int(1) }
    if ki == 1 { return n }
    // P(n, k) = C(n, k) * k!
    return try IntOps.make { r throws(PyError) in
      IntOps.viewMpz(n) { __gmpz_bin_ui(r, $0, UInt(ki)) }
      let f = PyLong()
      __gmpz_fac_ui(f.z, UInt(ki))
      __gmpz_mul(r, r, f.z)
    }
  }

  /// `math.prod(iterable, /, *, start=1)`: `start * x1 * x2 * …` with Python's `*`.
  static func prod(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    let npos = a.positionalCount
    if npos != 1 { throw PyError.typeError("prod() takes exactly 1 positional argument (\(npos) given)") }
    var result: Value = .int(1)
    for (k, v) in a.keywords {
      guard k.string == "start" else { throw PyError.typeError("'\(k.string)' is an invalid keyword argument for prod()") }
      result = v
    }
    let it = try Protocols.getIter(ts, a[0])
    while let item = try Protocols.next(ts, it) {
      result = try Protocols.binaryOp(ts, result, item, .mul)
    }
    return result
  }
}
