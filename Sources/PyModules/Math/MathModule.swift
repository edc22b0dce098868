#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// The `math` module (CPython 3.11's Modules/mathmodule.c): the C library's functions with
/// CPython's error rules ("math domain error" / "math range error"), exact integer functions
/// (gcd, lcm, isqrt, factorial, comb, perm), exact summation (fsum), accurate norms (hypot,
/// dist), and the constants. The function groups live in the other files of this folder.
public enum MathModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "math")
    let d = m.dict
    d.set("__doc__", .object(PyStr("This module provides access to the mathematical functions\ndefined by the C standard.")))
    d.set("pi", .float(Double.pi))
    d.set("e", .float(M_E))
    d.set("tau", .float(2 * Double.pi))
    d.set("inf", .float(.infinity))
    d.set("nan", .float(.nan))
    for (name, doc, body) in floatFunctions + integerFunctions + specialFunctions {
      let f = PyBuiltinFunction(name: name, module: "math", doc: doc, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    return m
  }

  typealias Entry = (String, String?, PyBuiltinFunction.Body)

  // MARK: Error rules

  static func domainError() -> PyError { PyError.valueError("math domain error") }
  static func rangeError() -> PyError { PyError.overflowError("math range error") }

  /// `math_1`: a one-argument libm function; NaN from non-NaN → ValueError; infinity from a
  /// finite argument → OverflowError when `canOverflow`, else ValueError.
  static func unary(_ name: String, canOverflow: Bool, _ f: @escaping (Double) -> Double) -> PyBuiltinFunction.Body {
    let fname = "math." + name
    return { ts, a throws(PyError) in
      try ArgParser.positional(a, fname, min: 1, max: 1)
      let x = try FloatOps.realArgument(ts, a[0])
      return .float(try checked1(x, f(x), canOverflow: canOverflow))
    }
  }

  @inline(__always)
  static func checked1(_ x: Double, _ r: Double, canOverflow: Bool) throws(PyError) -> Double {
    if r.isNaN && !x.isNaN { throw domainError() }
    if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
    return r
  }

  /// `math_2`: a two-argument libm function with the same rules.
  static func binary(_ name: String, _ f: @escaping (Double, Double) -> Double) -> PyBuiltinFunction.Body {
    return { ts, a throws(PyError) in
      try ArgParser.positional(a, name, min: 2, max: 2)
      let x = try FloatOps.realArgument(ts, a[0])
      let y = try FloatOps.realArgument(ts, a[1])
      let r = f(x, y)
      if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
      if r.isInfinite && x.isFinite && y.isFinite { throw rangeError() }
      return .float(r)
    }
  }

  /// One argument (positional only) named `math.<name>` in messages.
  static func oneArgument(_ a: Args, _ name: String) throws(PyError) -> Value {
    try ArgParser.positional(a, "math." + name, min: 1, max: 1)
    return a[0]
  }

  // MARK: Float functions

  static var floatFunctions: [Entry] {
    [
      ("acos", "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.", unary("acos", canOverflow: false, Glibc.acos)),
      ("acosh", "Return the inverse hyperbolic cosine of x.", unary("acosh", canOverflow: false, Glibc.acosh)),
      ("asin", "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.", unary("asin", canOverflow: false, Glibc.asin)),
      ("asinh", "Return the inverse hyperbolic sine of x.", unary("asinh", canOverflow: false, Glibc.asinh)),
      ("atan", "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.", unary("atan", canOverflow: false, Glibc.atan)),
      ("atan2", "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.", binary("atan2", atan2Special)),
      ("atanh", "Return the inverse hyperbolic tangent of x.", unary("atanh", canOverflow: false, Glibc.atanh)),
      ("cbrt", "Return the cube root of x.", unary("cbrt", canOverflow: false, Glibc.cbrt)),
      ("copysign", "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n", binary("copysign", Glibc.copysign)),
      ("cos", "Return the cosine of x (measured in radians).", unary("cos", canOverflow: false, Glibc.cos)),
      ("cosh", "Return the hyperbolic cosine of x.", unary("cosh", canOverflow: true, Glibc.cosh)),
      ("exp", "Return e raised to the power of x.", unary("exp", canOverflow: true, Glibc.exp)),
      ("exp2", "Return 2 raised to the power of x.", unary("exp2", canOverflow: true, Glibc.exp2)),
      ("expm1", "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.", unary("expm1", canOverflow: true, Glibc.expm1)),
      ("fabs", "Return the absolute value of the float x.", unary("fabs", canOverflow: false, Glibc.fabs)),
      ("log1p", "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.", unary("log1p", canOverflow: false, log1pSpecial)),
      ("remainder", "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.", binary("remainder", remainderIEEE)),
      ("sin", "Return the sine of x (measured in radians).", unary("sin", canOverflow: false, Glibc.sin)),
      ("sinh", "Return the hyperbolic sine of x.", unary("sinh", canOverflow: true, Glibc.sinh)),
      ("sqrt", "Return the square root of x.", unary("sqrt", canOverflow: false, Glibc.sqrt)),
      ("tan", "Return the tangent of x (measured in radians).", unary("tan", canOverflow: false, Glibc.tan)),
      ("tanh", "Return the hyperbolic tangent of x.", unary("tanh", canOverflow: false, Glibc.tanh)),
      ("ceil", "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.", { ts, a throws(PyError) in
        try rounding(ts, try oneArgument(a, "ceil"), "__ceil__", Glibc.ceil)
      }),
      ("floor", "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.", { ts, a throws(PyError) in
        try rounding(ts, try oneArgument(a, "floor"), "__floor__", Glibc.floor)
      }),
      ("trunc", "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.", { ts, a throws(PyError) in
        let x = try oneArgument(a, "trunc")
        if case .float(let d) = x { return try FloatOps.toInt(d) }
        guard let m = try Protocols.lookupSpecial(ts, x, PyStr.intern("__trunc__")) else {
          throw PyError.typeError("type \(Protocols.typeName(x)) doesn't define __trunc__ method")
        }
        return try Protocols.call(ts, m, [])
      }),
      ("degrees", "Convert angle x from radians to degrees.", { ts, a throws(PyError) in
        .float(try FloatOps.realArgument(ts, try oneArgument(a, "degrees")) * (180.0 / Double.pi))
      }),
      ("radians", "Convert angle x from degrees to radians.", { ts, a throws(PyError) in
        .float(try FloatOps.realArgument(ts, try oneArgument(a, "radians")) * (Double.pi / 180.0))
      }),
      ("isfinite", "Return True if x is neither an infinity nor a NaN, and False otherwise.", { ts, a throws(PyError) in
        .bool(try FloatOps.realArgument(ts, try oneArgument(a, "isfinite")).isFinite)
      }),
      ("isinf", "Return True if x is a positive or negative infinity, and False otherwise.", { ts, a throws(PyError) in
        .bool(try FloatOps.realArgument(ts, try oneArgument(a, "isinf")).isInfinite)
      }),
      ("isnan", "Return True if x is a NaN (not a number), and False otherwise.", { ts, a throws(PyError) in
        .bool(try FloatOps.realArgument(ts, try oneArgument(a, "isnan")).isNaN)
      }),
      ("frexp", "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.", { ts, a throws(PyError) in
        let x = try FloatOps.realArgument(ts, try oneArgument(a, "frexp"))
        if x.isNaN || x.isInfinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
        var e: Int32 = 0
        let m = Glibc.frexp(x, &e)
        return .object(PyTuple([.float(m), .int(Int(e))]))
      }),
      ("ldexp", "Return x * (2**i).\n\nThis is essentially the inverse of frexp().", ldexp),
      ("modf", "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.", { ts, a throws(PyError) in
        let x = try FloatOps.realArgument(ts, try oneArgument(a, "modf"))
        if x.isInfinite { return .object(PyTuple([.float(Glibc.copysign(0.0, x)), .float(x)])) }
        if x.isNaN { return .object(PyTuple([.float(x), .float(x)])) }
        var ip = 0.0
        let frac = Glibc.modf(x, &ip)
        return .object(PyTuple([.float(frac), .float(ip)]))
      }),
      ("fmod", "Return fmod(x, y), according to platform C.\n\nx % y may differ.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "fmod", min: 2, max: 2)
        let x = try FloatOps.realArgument(ts, a[0]), y = try FloatOps.realArgument(ts, a[1])
        if y.isInfinite && x.isFinite { return .float(x) }
        let r = Glibc.fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
        return .float(r)
      }),
      ("pow", "Return x**y (x to the power of y).", power),
      ("isclose", "Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.", isclose),
      ("nextafter", "Return the next floating-point value after x towards y.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "nextafter", min: 2, max: 2)
        let x = try FloatOps.realArgument(ts, a[0]), y = try FloatOps.realArgument(ts, a[1])
        return .float(Glibc.nextafter(x, y))
      }),
      ("ulp", "Return the value of the least significant bit of the float x.", { ts, a throws(PyError) in
        var x = try FloatOps.realArgument(ts, try oneArgument(a, "ulp"))
        if x.isNaN { return .float(x) }
        x = Swift.abs(x)
        if x.isInfinite { return .float(x) }
        let up = Glibc.nextafter(x, .infinity)
        if up.isInfinite { return .float(x - Glibc.nextafter(x, -.infinity)) }
        return .float(up - x)
      }),
    ]
  }

  /// `math.floor`/`math.ceil`: exact floats directly, else the type's `__floor__`/`__ceil__`,
  /// else the float value.
  static func rounding(_ ts: ThreadState, _ x: Value, _ special: String, _ f: (Double) -> Double) throws(PyError) -> Value {
    if case .float(let d) = x { return try FloatOps.toInt(f(d)) }
    if let m = try Protocols.lookupSpecial(ts, x, PyStr.intern(special)) {
      return try Protocols.call(ts, m, [])
    }
    return try FloatOps.toInt(f(try FloatOps.realArgument(ts, x)))
  }

  /// `m_atan2`: C99 special cases handled directly.
  static func atan2Special(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
    if y.isInfinite {
      if x.isInfinite {
        return Glibc.copysign(x.sign == .plus ? 0.25 * Double.pi : 0.75 * Double.pi, y)
      }
      return Glibc.copysign(0.5 * Double.pi, y)
    }
    if x.isInfinite || y == 0 {
      return x.sign == .plus ? Glibc.copysign(0.0, y) : Glibc.copysign(Double.pi, y)
    }
    return Glibc.atan2(y, x)
  }

  /// `log1p` keeping the sign of zero.
  static func log1pSpecial(_ x: Double) -> Double {
    if x == 0 { return x }
    return Glibc.log1p(x)
  }

  /// `m_remainder`: the exact IEEE 754 remainder, ties to the even multiple.
  static func remainderIEEE(_ x: Double, _ y: Double) -> Double {
    if x.isFinite && y.isFinite {
      if y == 0 { return .nan }
      let ax = Swift.abs(x), ay = Swift.abs(y)
      let m = Glibc.fmod(ax, ay)
      let c = ay - m
      var r: Double
      if m < c {
        r = m
      } else if m > c {
        r = -c
      } else {
        r = m - 2.0 * Glibc.fmod(0.5 * (ax - m), ay)
      }
      return Glibc.copysign(1.0, x) * r
    }
    if x.isNaN { return x }
    if y.isNaN { return y }
    if x.isInfinite { return .nan }
    return x
  }

  /// `math.ldexp(x, i)`.
  static func ldexp(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "ldexp", min: 2, max: 2)
    let x = try FloatOps.realArgument(ts, a[0])
    let i = a[1]
    guard IntOps.isInt(i) else { throw PyError.typeError("Expected an int as second argument to ldexp.") }
    let exp: Int
    if case .int(let n) = IntOps.exact(i) { exp = n } else { exp = IntOps.signum(i) < 0 ? Int.min : Int.max }
    if x == 0 || !x.isFinite { return .float(x) }
    if exp > Int(Int32.max) { throw rangeError() }
    if exp < Int(Int32.min) { return .float(Glibc.copysign(0.0, x)) }
    let r = Glibc.ldexp(x, Int32(exp))
    if r.isInfinite { throw rangeError() }
    return .float(r)
  }

  /// `math.pow(x, y)` with C99's special values and CPython's errors.
  static func power(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "pow", min: 2, max: 2)
    let x = try FloatOps.realArgument(ts, a[0]), y = try FloatOps.realArgument(ts, a[1])
    if !x.isFinite || !y.isFinite {
      if x.isNaN { return .float(y == 0 ? 1 : x) }
      if y.isNaN { return .float(x == 1 ? 1 : y) }
      if x.isInfinite {
        let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2.0) == 1.0
        if y > 0 { return .float(oddY ? x : Swift.abs(x)) }
        if y == 0 { return .float(1) }
        return .float(oddY ? Glibc.copysign(0.0, x) : 0.0)
      }
      // y infinite
      if Swift.abs(x) == 1 { return .float(1) }
      if y > 0 && Swift.abs(x) > 1 { return .float(y) }
      if y < 0 && Swift.abs(x) < 1 { return .float(-y) }
      return .float(0)
    }
    let r = Glibc.pow(x, y)
    if r.isNaN { throw domainError() }
    if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
    return .float(r)
  }

  /// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
  static func isclose(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let p = try ArgParser.parse(args, fname: "isclose", names: ["a", "b", "rel_tol", "abs_tol"], required: 2, kwOnlyFrom: 2)
    let a = try FloatOps.realArgument(ts, p[0]!), b = try FloatOps.realArgument(ts, p[1]!)
    let relTol = try p[2].map { v throws(PyError) in try FloatOps.realArgument(ts, v) } ?? 1e-09
    let absTol = try p[3].map { v throws(PyError) in try FloatOps.realArgument(ts, v) } ?? 0.0
    if relTol < 0 || absTol < 0 { throw PyError.valueError("tolerances must be non-negative") }
    if a == b { return .bool(true) }
    if a.isInfinite || b.isInfinite { return .bool(false) }
    let diff = Swift.abs(b - a)
    return .bool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
  }
}
