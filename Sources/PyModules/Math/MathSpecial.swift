import CSupport
import PyRuntime
#if canImport(Glibc)
import Glibc
#endif

/// The `math` functions CPython computes itself rather than taking from libm: gamma/lgamma
/// (Lanczos approximation with Boost's N=13 parameters and the reflection formula, as
/// `m_tgamma`/`m_lgamma`), logarithms of arbitrarily large ints (`loghelper`), exact
/// summation (`fsum`, Shewchuk/Hettinger partials with half-even correction), and the
/// accurate vector norm behind `hypot`/`dist` (`vector_norm`).
extension MathModule {
  static var specialFunctions: [Entry] {
    [
      ("erf", "Error function at x.", { ts, a throws(PyError) in
        .float(Glibc.erf(try FloatOps.realArgument(ts, try oneArgument(a, "erf"))))
      }),
      ("erfc", "Complementary error function at x.", { ts, a throws(PyError) in
        .float(Glibc.erfc(try FloatOps.realArgument(ts, try oneArgument(a, "erfc"))))
      }),
      ("gamma", "Gamma function at x.", { ts, a throws(PyError) in
        let r = try Gamma.gamma(try FloatOps.realArgument(ts, try oneArgument(a, "gamma")))
        return .float(r)
      }),
      ("lgamma", "Natural logarithm of absolute value of Gamma function at x.", { ts, a throws(PyError) in
        .float(try Gamma.lgamma(try FloatOps.realArgument(ts, try oneArgument(a, "lgamma"))))
      }),
      ("log", "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "log")
        if a.count < 1 || a.count > 2 { throw PyError.typeError("math.log requires 1 to 2 arguments") }
        let num = try logarithm(ts, a[0], Glibc.log)
        if a.count == 1 { return .float(num) }
        let den = try logarithm(ts, a[1], Glibc.log)
        if den == 0 { throw PyError.zeroDivisionError("float division by zero") }
        return .float(num / den)
      }),
      ("log2", "Return the base 2 logarithm of x.", { ts, a throws(PyError) in
        .float(try logarithm(ts, try oneArgument(a, "log2"), Glibc.log2))
      }),
      ("log10", "Return the base 10 logarithm of x.", { ts, a throws(PyError) in
        .float(try logarithm(ts, try oneArgument(a, "log10"), Glibc.log10))
      }),
      ("fsum", "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.", { ts, a throws(PyError) in
        try fsum(ts, try oneArgument(a, "fsum"))
      }),
      ("hypot", "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n", { ts, a throws(PyError) in
        try ArgParser.noKeywords(a, "math.hypot")
        var coords = [Double]()
        coords.reserveCapacity(a.count)
        var maxValue = 0.0, foundNaN = false
        for i in 0..<a.count {
          let x = Swift.abs(try FloatOps.realArgument(ts, a[i]))
          coords.append(x)
          foundNaN = foundNaN || x.isNaN
          if x > maxValue { maxValue = x }
        }
        return .float(vectorNorm(coords, maxValue, foundNaN))
      }),
      ("dist", "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))", { ts, a throws(PyError) in
        try ArgParser.positional(a, "dist", min: 2, max: 2)
        let p = try Protocols.toArray(ts, a[0])
        let q = try Protocols.toArray(ts, a[1])
        if p.count != q.count { throw PyError.valueError("both points must have the same number of dimensions") }
        var diffs = [Double]()
        diffs.reserveCapacity(p.count)
        var maxValue = 0.0, foundNaN = false
        for i in 0..<p.count {
          let px = try FloatOps.realArgument(ts, p[i])
          let qx = try FloatOps.realArgument(ts, q[i])
          let x = Swift.abs(px - qx)
          diffs.append(x)
          foundNaN = foundNaN || x.isNaN
          if x > maxValue { maxValue = x }
        }
        return .float(vectorNorm(diffs, maxValue, foundNaN))
      }),
    ]
  }

  // MARK: Logarithms

  /// `loghelper`: ints of any size (through a frexp of the exact value when they exceed the
  /// float range), else the float value with the `math_1` error rules.
  static func logarithm(_ ts: ThreadState, _ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
    if IntOps.isInt(v) {
      if IntOps.signum(v) <= 0 { throw domainError() }
      if IntOps.bitLength(v) <= 1024, let x = try? IntOps.toDouble(v) { return f(x) }
      // v ≈ m * 2**e with 0.5 <= m < 1, m correctly rounded.
      let bits = IntOps.bitLength(v)
      var m = IntOps.viewMpz(v) { IntOps.roundScaled($0, -bits) }
      var e = bits
      if m == 1.0 { m = 0.5; e += 1 }
      return f(m) + f(2.0) * Double(e)
    }
    let x = try FloatOps.realArgument(ts, v)
    let r: Double
    if x.isFinite {
      r = x > 0 ? f(x) : (x == 0 ? -.infinity : .nan)
    } else if x.isNaN || x > 0 {
      r = x
    } else {
      r = .nan
    }
    return try checked1(x, r, canOverflow: false)
  }

  // MARK: fsum

  /// `math.fsum(iterable)`: the correctly rounded sum (CPython's partials algorithm).
  static func fsum(_ ts: ThreadState, _ seq: Value) throws(PyError) -> Value {
    let it = try Protocols.getIter(ts, seq)
    var partials: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    while let item = try Protocols.next(ts, it) {
      var x = try FloatOps.realArgument(ts, item)
      let xsave = x
      var i = 0
      for j in 0..<partials.count {
        var y = partials[j]
        if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
        let hi = x + y
        let lo = y - (hi - x)
        if lo != 0 {
          partials[i] = lo
          i += 1
        }
        x = hi
      }
      partials.removeSubrange(i...)
      if x != 0 {
        if !x.isFinite {
          // A non-finite partial: overflow, or an inf/nan summand.
          if xsave.isFinite { throw PyError.overflowError("intermediate overflow in fsum") }
          if xsave.isInfinite { infSum += xsave }
          specialSum += xsave
          partials.removeAll()
        } else {
          partials.append(x)
        }
      }
    }
    if specialSum != 0 {
      if infSum.isNaN { throw PyError.valueError("-inf + inf in fsum") }
      return .float(specialSum)
    }
    var hi = 0.0
    var n = partials.count
    if n > 0 {
      n -= 1
      hi = partials[n]
      var lo = 0.0
      while n > 0 {
        let x = hi
        n -= 1
        let y = partials[n]
        hi = x + y
        let yr = hi - x
        lo = y - yr
        if lo != 0 { break }
      }
      // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
      if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
        let y = lo * 2.0
        let x = hi + y
        let yr = x - hi
        if y == yr { hi = x }
      }
    }
    return .float(hi)
  }

  // MARK: Vector norm

  /// `vector_norm`: sqrt of the sum of squares of non-negative finite values (or the special
  /// results for inf/nan), with power-of-two scaling, Veltkamp–Dekker splitting, compensated
  /// summation and a differential correction of the square root.
  static func vectorNorm(_ vec: [Double], _ maxValue: Double, _ foundNaN: Bool) -> Double {
    if maxValue.isInfinite { return maxValue }
    if foundNaN { return .nan }
    if maxValue == 0 || vec.count <= 1 { return maxValue }
    let t27 = 134217729.0  // 2**27 + 1
    var maxE: Int32 = 0
    _ = Glibc.frexp(maxValue, &maxE)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
    if maxE >= -1023 {
      let scale = Glibc.ldexp(1.0, -maxE)
      for v in vec {
        var x = v * scale
        let t = x * t27
        let hi = t - (t - x)
        let lo = x - hi
        x = hi * hi
        var old = csum
        csum += x
        frac1 += (old - csum) + x
        x = 2.0 * hi * lo
        old = csum
        csum += x
        frac2 += (old - csum) + x
        frac3 += lo * lo
      }
      let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
      var x = h
      let t = x * t27
      let hi = t - (t - x)
      let lo = x - hi
      x = -hi * hi
      var old = csum
      csum += x
      frac1 += (old - csum) + x
      x = -2.0 * hi * lo
      old = csum
      csum += x
      frac2 += (old - csum) + x
      x = -lo * lo
      old = csum
      csum += x
      frac3 += (old - csum) + x
      x = csum - 1.0 + (frac1 + frac2 + frac3)
      return (h + x / (2.0 * h)) / scale
    }
    // Tiny values: ldexp(1, -maxE) would overflow, divide by the maximum instead.
    for v in vec {
      var x = v / maxValue
      x = x * x
      let old = csum
      csum += x
      frac1 += (old - csum) + x
    }
    return maxValue * (csum - 1.0 + frac1).squareRoot()
  }
}

/// The real gamma function and the log of its absolute value (CPython's `m_tgamma` and
/// `m_lgamma`): Lanczos' approximation with N = 13, g = 6.024680040776729583740234375 (Boost's
/// parameters, the sum as a rational function), exact values for small integers, and the
/// reflection formula for negative arguments.
enum Gamma {
  static let g = 6.024680040776729583740234375
  static let gMinusHalf = 5.524680040776729583740234375
  static let logPi = 1.144729885849400174143427351353058711647
  static let numerator: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ]
  /// x(x+1)…(x+11) expanded.
  static let denominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
  ]
  /// Γ(1) … Γ(23), exact.
  static let integral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
  ]

  /// The Lanczos sum L_g(x) for x > 0 (in 1/x for large x, avoiding overflow).
  static func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
      for i in stride(from: 12, through: 0, by: -1) {
        num = num * x + numerator[i]
        den = den * x + denominator[i]
      }
    } else {
      for i in 0..<13 {
        num = num / x + numerator[i]
        den = den / x + denominator[i]
      }
    }
    return num / den
  }

  /// sin(pi * x), accurate near integers.
  static func sinpi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2.0)
    let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
    let r: Double
    switch n {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1.0 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
  }

  static func gamma(_ x: Double) throws(PyError) -> Double {
    if !x.isFinite {
      if x.isNaN || x > 0 { return x }
      throw PyError.valueError("math domain error")
    }
    if x == 0 { throw PyError.valueError("math domain error") }
    if x == floor(x) {
      if x < 0 { throw PyError.valueError("math domain error") }
      if x <= 23 { return integral[Int(x) - 1] }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
      let r = 1.0 / x
      if r.isInfinite { throw PyError.overflowError("math range error") }
      return r
    }
    if absx > 200 {
      if x < 0 { return 0.0 / sinpi(x) }
      throw PyError.overflowError("math range error")
    }
    let y = absx + gMinusHalf
    var z: Double
    if absx > gMinusHalf {
      let q = y - absx
      z = q - gMinusHalf
    } else {
      let q = y - gMinusHalf
      z = q - absx
    }
    z = z * g / y
    var r: Double
    if x < 0 {
      r = -Double.pi / sinpi(absx) / absx * exp(y) / lanczosSum(absx)
      r -= z * r
      if absx < 140 {
        r /= pow(y, absx - 0.5)
      } else {
        let sqrtpow = pow(y, absx / 2.0 - 0.25)
        r /= sqrtpow
        r /= sqrtpow
      }
    } else {
      r = lanczosSum(absx) / exp(y)
      r += z * r
      if absx < 140 {
        r *= pow(y, absx - 0.5)
      } else {
        let sqrtpow = pow(y, absx / 2.0 - 0.25)
        r *= sqrtpow
        r *= sqrtpow
      }
    }
    if r.isInfinite { throw PyError.overflowError("math range error") }
    return r
  }

  static func lgamma(_ x: Double) throws(PyError) -> Double {
    if !x.isFinite { return x.isNaN ? x : .infinity }
    if x == floor(x) && x <= 2 {
      if x <= 0 { throw PyError.valueError("math domain error") }
      return 0.0
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return -log(absx) }
    var r = log(lanczosSum(absx)) - g
    r += (absx - 0.5) * (log(absx + g - 0.5) - 1)
    if x < 0 { r = logPi - log(Swift.abs(sinpi(absx))) - log(absx) - r }
    if r.isInfinite { throw PyError.overflowError("math range error") }
    return r
  }
}
