#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PySyntax

/// Python's operators on constants, for compile-time folding (CPython 3.11's Python/ast_opt.c
/// with its `safe_*` size limits). Every function returns nil where CPython would raise or
/// would not fold; then the operation is simply left for run time, so a missing case costs
/// speed, never correctness. Integers are folded in 128-bit arithmetic, which covers CPython's
/// 128-bit limit on products, powers and shifts (larger sums are left to run time).
enum ConstantFolding {
  static let maxIntSize = 128          // bits
  static let maxCollectionSize = 256   // items
  static let maxStrSize = 4096         // characters
  static let maxTotalItems = 1024      // including nested collections

  private enum Number {
    case int(Int128)
    case float(Double)
    case complex(Double, Double)
  }

  private static func number(_ c: CodeConstant) -> Number? {
    guard case .constant(let v) = c else { return nil }
    switch v {
    case .bool(let b): return .int(b ? 1 : 0)
    case .int(let i): return .int(Int128(i))
    case .bigInt(let digits): return Int128(digits).map { .int($0) }
    case .float(let d): return .float(d)
    case .complex(let re, let im): return .complex(re, im)
    default: return nil
    }
  }

  /// An int constant: 64-bit when it fits, else its decimal digits.
  private static func int(_ i: Int128) -> CodeConstant {
    if let small = Int(exactly: i) { return .constant(.int(small)) }
    return .constant(.bigInt(i.description))
  }

  private static func make(_ n: Number) -> CodeConstant {
    switch n {
    case .int(let i): return int(i)
    case .float(let d): return .constant(.float(d))
    case .complex(let re, let im): return .constant(.complex(real: re, imag: im))
    }
  }

  private static func isBool(_ c: CodeConstant) -> Bool {
    if case .constant(.bool) = c { return true }
    return false
  }

  // MARK: Unary

  static func unary(_ op: UnaryOperator, _ v: CodeConstant) -> CodeConstant? {
    if op == .not { return .constant(.bool(!ConstantTruth.isTrue(v))) }
    guard let n = number(v) else { return nil }
    switch (op, n) {
    case (.uSub, .int(let i)):
      let (r, o) = Int128(0).subtractingReportingOverflow(i)
      return o ? nil : make(.int(r))
    case (.uSub, .float(let d)): return make(.float(-d))
    case (.uSub, .complex(let re, let im)): return make(.complex(-re, -im))
    case (.uAdd, _): return make(n)
    case (.invert, .int(let i)): return make(.int(~i))
    default: return nil
    }
  }

  // MARK: Binary

  static func binary(_ op: Operator, _ l: CodeConstant, _ r: CodeConstant) -> CodeConstant? {
    if let a = number(l), let b = number(r) {
      return numeric(op, a, b, boolOperands: isBool(l) && isBool(r))
    }
    switch op {
    case .add: return concatenate(l, r)
    case .mult: return repeatSequence(l, r) ?? repeatSequence(r, l)
    default: return nil
    }
  }

  private static func numeric(_ op: Operator, _ a: Number, _ b: Number, boolOperands: Bool) -> CodeConstant? {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      return integer(op, x, y, boolOperands: boolOperands)
    case (.complex, _), (_, .complex):
      return complexOp(op, complexValue(a), complexValue(b))
    default:
      return floatOp(op, doubleValue(a), doubleValue(b))
    }
  }

  private static func doubleValue(_ n: Number) -> Double {
    switch n {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .complex(let re, _): return re
    }
  }

  private static func complexValue(_ n: Number) -> (Double, Double) {
    switch n {
    case .int(let i): return (Double(i), 0)
    case .float(let d): return (d, 0)
    case .complex(let re, let im): return (re, im)
    }
  }

  private static func bitLength(_ x: Int128) -> Int {
    let m = x.magnitude
    return m == 0 ? 0 : UInt128.bitWidth - m.leadingZeroBitCount
  }

  private static func integer(_ op: Operator, _ x: Int128, _ y: Int128, boolOperands: Bool) -> CodeConstant? {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y); return o ? nil : int(r)
    case .sub:
      let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : int(r)
    case .mult:
      if x != 0 && y != 0 && bitLength(x) + bitLength(y) > maxIntSize { return nil }
      let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : int(r)
    case .div:
      guard y != 0 else { return nil }
      // Exact only when both convert exactly; CPython rounds the true quotient once.
      guard x.magnitude <= 1 << 53, y.magnitude <= 1 << 53 else { return nil }
      return .constant(.float(Double(x) / Double(y)))
    case .floorDiv:
      guard y != 0, !(x == Int128.min && y == -1) else { return nil }
      var q = x / y
      if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
      return int(q)
    case .mod:
      guard y != 0, !(x == Int128.min && y == -1) else { return nil }
      var m = x % y
      if m != 0 && ((m < 0) != (y < 0)) { m += y }
      return int(m)
    case .pow:
      if y < 0 {
        guard x != 0 else { return nil }
        return floatOp(.pow, Double(x), Double(y))
      }
      if x != 0 && y > 0 && bitLength(x) > maxIntSize / Int(clamping: y) { return nil }
      var result: Int128 = 1
      var base = x
      var e = y
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return nil }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (b2, o) = base.multipliedReportingOverflow(by: base)
          if o { return nil }
          base = b2
        }
      }
      return int(result)
    case .lShift:
      guard y >= 0 else { return nil }
      if x != 0 && y != 0 && (y > maxIntSize || bitLength(x) > maxIntSize - Int(y)) { return nil }
      if x == 0 { return int(0) }
      guard y < 127, bitLength(x) + Int(y) < 128 else { return nil }
      return int(x << y)
    case .rShift:
      guard y >= 0 else { return nil }
      return int(x >> min(y, 127))
    case .bitAnd:
      return boolOperands ? .constant(.bool((x & y) != 0)) : int(x & y)
    case .bitOr:
      return boolOperands ? .constant(.bool((x | y) != 0)) : int(x | y)
    case .bitXor:
      return boolOperands ? .constant(.bool((x ^ y) != 0)) : int(x ^ y)
    case .matMult:
      return nil
    }
  }

  private static func floatOp(_ op: Operator, _ x: Double, _ y: Double) -> CodeConstant? {
    switch op {
    case .add: return .constant(.float(x + y))
    case .sub: return .constant(.float(x - y))
    case .mult: return .constant(.float(x * y))
    case .div:
      guard y != 0 else { return nil }
      return .constant(.float(x / y))
    case .floorDiv, .mod:
      guard y != 0, x.isFinite, y.isFinite else { return nil }
      // CPython's float_floor_div / float_rem (_float_div_mod).
      var mod = x.truncatingRemainder(dividingBy: y)
      var div = (x - mod) / y
      if mod != 0 {
        if (y < 0) != (mod < 0) {
          mod += y
          div -= 1
        }
      } else {
        mod = Double(sign: y.sign, exponentBitPattern: 0, significandBitPattern: 0)
      }
      if op == .mod { return .constant(.float(mod)) }
      var floordiv: Double
      if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
      } else {
        floordiv = Double(sign: (x / y).sign, exponentBitPattern: 0, significandBitPattern: 0)
      }
      return .constant(.float(floordiv))
    case .pow:
      guard x.isFinite, y.isFinite else { return nil }
      if y == 0 { return .constant(.float(1)) }
      if x == 0 {
        guard y > 0 else { return nil }
      } else if x < 0 && y != y.rounded() {
        return nil  // a complex result
      }
      let r = pow(x, y)
      guard r.isFinite else { return nil }
      return .constant(.float(r))
    default:
      return nil
    }
  }

  private static func complexOp(_ op: Operator, _ a: (Double, Double), _ b: (Double, Double)) -> CodeConstant? {
    switch op {
    case .add: return .constant(.complex(real: a.0 + b.0, imag: a.1 + b.1))
    case .sub: return .constant(.complex(real: a.0 - b.0, imag: a.1 - b.1))
    case .mult:
      return .constant(.complex(real: a.0 * b.0 - a.1 * b.1, imag: a.0 * b.1 + a.1 * b.0))
    case .div:
      // CPython's _Py_c_quot, for finite operands.
      guard a.0.isFinite, a.1.isFinite, b.0.isFinite, b.1.isFinite else { return nil }
      let absReal = abs(b.0), absImag = abs(b.1)
      if absReal >= absImag {
        guard absReal != 0 else { return nil }
        let ratio = b.1 / b.0
        let denom = b.0 + b.1 * ratio
        return .constant(.complex(real: (a.0 + a.1 * ratio) / denom, imag: (a.1 - a.0 * ratio) / denom))
      }
      let ratio = b.0 / b.1
      let denom = b.0 * ratio + b.1
      return .constant(.complex(real: (a.0 * ratio + a.1) / denom, imag: (a.1 * ratio - a.0) / denom))
    default:
      return nil
    }
  }

  // MARK: Sequences

  private static func concatenate(_ l: CodeConstant, _ r: CodeConstant) -> CodeConstant? {
    switch (l, r) {
    case (.constant(.str(let a)), .constant(.str(let b))):
      return .constant(.str(PyStringLiteral(codePoints: a.codePoints + b.codePoints)))
    case (.constant(.bytes(let a)), .constant(.bytes(let b))):
      return .constant(.bytes(a + b))
    case (.tuple(let a), .tuple(let b)):
      return .tuple(a + b)
    default:
      return nil
    }
  }

  /// `seq * n` with CPython's `safe_multiply` limits (nil also for negative counts).
  private static func repeatSequence(_ seq: CodeConstant, _ count: CodeConstant) -> CodeConstant? {
    guard case .constant(let c) = count else { return nil }
    let n: Int
    switch c {
    case .int(let i): n = i
    case .bool(let b): n = b ? 1 : 0
    case .bigInt(let digits): n = digits.hasPrefix("-") ? -1 : Int.max
    default: return nil
    }
    switch seq {
    case .constant(.str(let s)):
      let size = s.codePoints.count
      if size > 0 && (n < 0 || n > maxStrSize / size) { return nil }
      return .constant(.str(PyStringLiteral(codePoints: n <= 0 ? [] : Array(repeating: s.codePoints, count: n).flatMap { $0 })))
    case .constant(.bytes(let b)):
      let size = b.count
      if size > 0 && (n < 0 || n > maxStrSize / size) { return nil }
      return .constant(.bytes(n <= 0 ? [] : Array(repeating: b, count: n).flatMap { $0 }))
    case .tuple(let items):
      let size = items.count
      if size > 0 {
        if n < 0 || n > maxCollectionSize / size { return nil }
        if n > 0 && complexityLeft(seq, maxTotalItems / n) < 0 { return nil }
      }
      return .tuple(n <= 0 ? [] : Array(repeating: items, count: n).flatMap { $0 })
    default:
      return nil
    }
  }

  /// CPython's `check_complexity`: `limit` minus the items of `value` and its nested tuples
  /// and frozensets (negative when too many).
  private static func complexityLeft(_ value: CodeConstant, _ limit: Int) -> Int {
    var limit = limit
    switch value {
    case .tuple(let items), .frozenset(let items):
      limit -= items.count
      for item in items where limit >= 0 { limit = complexityLeft(item, limit) }
    default:
      break
    }
    return limit
  }

  // MARK: Subscript

  /// `value[index]` for constant strings, bytes and tuples with an int index.
  static func item(_ value: CodeConstant, _ index: CodeConstant) -> CodeConstant? {
    guard case .constant(let ic) = index else { return nil }
    let i: Int
    switch ic {
    case .int(let v): i = v
    case .bool(let b): i = b ? 1 : 0
    default: return nil
    }
    func position(_ count: Int) -> Int? {
      let p = i < 0 ? i + count : i
      return p >= 0 && p < count ? p : nil
    }
    switch value {
    case .constant(.str(let s)):
      guard let p = position(s.codePoints.count) else { return nil }
      return .constant(.str(PyStringLiteral(codePoints: [s.codePoints[p]])))
    case .constant(.bytes(let b)):
      guard let p = position(b.count) else { return nil }
      return .constant(.int(Int(b[p])))
    case .tuple(let items):
      guard let p = position(items.count) else { return nil }
      return items[p]
    default:
      return nil
    }
  }
}
