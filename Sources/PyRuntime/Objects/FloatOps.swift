#if canImport(Glibc)
import Glibc
#endif

/// Float arithmetic with Python's semantics (floor division and modulo that round toward
/// negative infinity, CPython's ZeroDivisionError messages, `**` rules).
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
      return .float(divmod(x, y).1)
    case .divmod:
      if y == 0 { throw PyError.zeroDivisionError("float divmod()") }
      let (q, r) = divmod(x, y)
      return .object(PyTuple([.float(q), .float(r)]))
    case .pow:
      return try power(x, y)
    default:
      return .notImplemented
    }
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

  /// `x ** y` for floats (CPython's `float_pow`).
  public static func power(_ x: Double, _ y: Double) throws(PyError) -> Value {
    if y == 0 { return .float(1.0) }
    if x.isNaN { return .float(y == 0 ? 1.0 : x) }
    if y.isNaN { return .float(x == 1.0 ? 1.0 : y) }
    if x == 0 && y < 0 && !y.isInfinite {
      throw PyError.zeroDivisionError("0.0 cannot be raised to a negative power")
    }
    if x < 0 && y != floor(y) && !y.isInfinite {
      // A negative base to a fractional power gives a complex result.
      return .notImplemented
    }
    let r = pow(x, y)
    if r.isInfinite && !x.isInfinite && !y.isInfinite {
      throw PyError.overflowError("(34, 'Numerical result out of range')")
    }
    return .float(r)
  }
}

extension FloatOps {
  /// The double of a float value (immediate or a float-subclass instance), else nil.
  @inline(__always)
  static func asDouble(_ v: Value) -> Double? {
    if case .float(let d) = v { return d }
    return v.as(PyFloatBox.self)?.value
  }

  static func isFloatLike(_ v: Value) -> Bool { asDouble(v) != nil }

  /// `float(v)` for a float or int operand of arithmetic.
  static func toDouble(_ v: Value) throws(PyError) -> Double {
    if let d = asDouble(v) { return d }
    return try IntOps.toDouble(v)
  }

  /// Binary float arithmetic, producing complex results where Python does (negative base to a
  /// fractional power).
  static func binaryOrComplex(_ ts: ThreadState, _ x: Double, _ y: Double, _ op: BinaryOp) throws(PyError) -> Value {
    let r = try binary(x, y, op)
    if r.isNotImplemented && op == .pow {
      return try ComplexOps.power(ts, real: x, imag: 0, real2: y, imag2: 0)
    }
    return r
  }

  /// `int(d)`: truncation toward zero, errors for inf/nan.
  static func toInt(_ d: Double) throws(PyError) -> Value {
    if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyError.overflowError("cannot convert float infinity to integer") }
    let t = d.rounded(.towardZero)
    if t > -9.2e18 && t < 9.2e18 { return .int(Int(t)) }
    let l = PyLong()
    __gmpz_set_d(&l.mpz, t)
    return IntOps.normalize(l)
  }

  /// `float(x)` (minimal: numbers and decimal strings).
  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "float", min: 0, max: 1)
    var d = 0.0
    if args.count == 1 {
      let x = args[0]
      if let v = asDouble(x) { d = v }
      else if IntOps.isInt(x) { d = try IntOps.toDouble(x) }
      else if let s = x.as(PyStr.self) { d = try parse(s.string) }
      else if let f = Protocols.typeOf(x).slots.float {
        let r = try f(ts, x)
        guard let v = asDouble(r) else { throw PyError.typeError("\(Protocols.typeName(x)).__float__ returned non-float (type \(Protocols.typeName(r)))") }
        d = v
      } else if let f = Protocols.typeOf(x).slots.index {
        d = try IntOps.toDouble(try f(ts, x))
      } else {
        throw PyError.typeError("float() argument must be a string or a real number, not '\(Protocols.typeName(x))'")
      }
    }
    if cls === BuiltinTypes.float { return .float(d) }
    let box = PyFloatBox(d, type: cls)
    ObjectSupport.prepareInstance(box, cls)
    return .object(box)
  }

  /// Parses a float string as `float()` does.
  static func parse(_ text: String) throws(PyError) -> Double {
    var s = Substring(text).drop { $0.isWhitespace }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    let lower = s.lowercased()
    switch lower {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default: break
    }
    let cleaned = String(s)
    if !cleaned.isEmpty, !cleaned.hasPrefix("_"), !cleaned.hasSuffix("_"), !cleaned.contains("__"),
       cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE_".contains($0)) }),
       let d = Double(String(cleaned.filter { $0 != "_" })) {
      return d
    }
    throw PyError.valueError("could not convert string to float: \(PythonRepr.string(text))")
  }
}

import CSupport
import PySyntax
