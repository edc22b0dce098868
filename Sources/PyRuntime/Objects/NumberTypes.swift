import PySyntax

/// Minimal behaviour of `int`, `bool` and `float` — arithmetic slots, reprs, hashing and
/// comparisons. (The full method sets live in the numbers' own files.)
extension BuiltinTypes {
  static func installNumbers() {
    let i = int
    for op in BinaryOp.allCases {
      i.setBinary(op) { ts, a, b throws(PyError) in try IntOps.binarySlot(ts, a, b, op) }
    }
    i.slots.repr = { _, v in .object(PyStr(IntOps.repr(v))) }
    i.slots.hash = { _, v in
      switch v {
      case .int(let x): return IntHash.hash(x)
      case .bool(let b): return b ? 1 : 0
      default: return IntOps.bigHash(v.unsafeAs(PyLong.self))
      }
    }
    i.slots.richCompare = { _, a, b, op in
      if IntOps.isInt(a) && IntOps.isInt(b) { return .bool(Protocols.compare(IntOps.compare(a, b), 0, op)) }
      if case .float(let y) = b { return .bool(FloatCompare.intVsFloat(a, y, op)) }
      return .notImplemented
    }
    i.slots.negative = { _, v in
      if case .int(let x) = v, x != Int.min { return .int(-x) }
      let l = IntOps.toBig(v)!, r = PyLong()
      __gmpz_neg(&r.mpz, &l.mpz)
      return IntOps.normalize(r)
    }
    i.slots.positive = { _, v in IntOps.exact(v) }
    i.slots.absolute = { _, v in
      if case .int(let x) = v, x != Int.min { return .int(x < 0 ? -x : x) }
      let l = IntOps.toBig(v)!, r = PyLong()
      __gmpz_abs(&r.mpz, &l.mpz)
      return IntOps.normalize(r)
    }
    i.slots.invert = { _, v in
      if case .int(let x) = v { return .int(~x) }
      let l = IntOps.toBig(v)!, r = PyLong()
      __gmpz_com(&r.mpz, &l.mpz)
      return IntOps.normalize(r)
    }
    i.slots.index = { _, v in IntOps.exact(v) }
    i.slots.int = { _, v in IntOps.exact(v) }
    i.slots.float = { _, v throws(PyError) in .float(try IntOps.toDouble(v)) }
    i.slots.bool = { _, v in
      switch v {
      case .int(let x): return x != 0
      case .bool(let b): return b
      default: return v.unsafeAs(PyLong.self).mpz._mp_size != 0
      }
    }
    i.slots.new = { ts, cls, args throws(PyError) in try IntOps.new(ts, cls, args) }

    let b = bool
    b.slots.repr = { _, v in
      if case .bool(let x) = v { return .object(PyStr.intern(x ? "True" : "False")) }
      return .object(PyStr(IntOps.repr(v)))
    }
    for op in [BinaryOp.and, .or, .xor] {
      b.setBinary(op) { ts, x, y throws(PyError) in
        if case .bool(let p) = x, case .bool(let q) = y {
          switch op {
          case .and: return .bool(p && q)
          case .or: return .bool(p || q)
          default: return .bool(p != q)
          }
        }
        return try IntOps.binarySlot(ts, x, y, op)
      }
    }
    b.slots.new = { ts, cls, args throws(PyError) in
      try ArgParser.positional(args, "bool", min: 0, max: 1)
      return .bool(args.count == 0 ? false : try Protocols.isTrue(ts, args[0]))
    }

    let f = float
    for op in BinaryOp.allCases {
      f.setBinary(op) { ts, a, b throws(PyError) in
        guard let x = FloatOps.asDouble(a), let y = FloatOps.asDouble(b) else {
          // int operands convert (OverflowError for huge ints).
          guard FloatOps.isFloatLike(a) || FloatOps.isFloatLike(b), IntOps.isInt(a) || IntOps.isInt(b) else { return .notImplemented }
          let x = try FloatOps.toDouble(a), y = try FloatOps.toDouble(b)
          return try FloatOps.binaryOrComplex(ts, x, y, op)
        }
        return try FloatOps.binaryOrComplex(ts, x, y, op)
      }
    }
    f.slots.repr = { _, v in .object(PyStr(PythonRepr.float(FloatOps.asDouble(v)!))) }
    f.slots.hash = { _, v in FloatHash.hash(FloatOps.asDouble(v)!) }
    f.slots.richCompare = { _, a, b, op in
      guard let x = FloatOps.asDouble(a) else { return .notImplemented }
      if let y = FloatOps.asDouble(b) { return .bool(Protocols.compare(x, y, op)) }
      if IntOps.isInt(b) { return .bool(FloatCompare.intVsFloat(b, x, op.reflected)) }
      return .notImplemented
    }
    f.slots.negative = { _, v in .float(-FloatOps.asDouble(v)!) }
    f.slots.positive = { _, v in .float(FloatOps.asDouble(v)!) }
    f.slots.absolute = { _, v in .float(Swift.abs(FloatOps.asDouble(v)!)) }
    f.slots.bool = { _, v in FloatOps.asDouble(v)! != 0 }
    f.slots.float = { _, v in .float(FloatOps.asDouble(v)!) }
    f.slots.int = { _, v throws(PyError) in try FloatOps.toInt(FloatOps.asDouble(v)!) }
    f.slots.new = { ts, cls, args throws(PyError) in try FloatOps.new(ts, cls, args) }
  }
}

/// Exact comparison of an int with a float (CPython's `float_richcompare` int branch).
enum FloatCompare {
  static func intVsFloat(_ a: Value, _ y: Double, _ op: CompareOp) -> Bool {
    if y.isNaN { return op == .ne }
    if case .int(let x) = a, x > -(1 << 53) && x < (1 << 53) {
      return Protocols.compare(Double(x), y, op)
    }
    if y.isInfinite { return Protocols.compare(0.0, y, op) }
    // Compare exactly through GMP: int vs floor/ceil of y.
    let l = IntOps.toBig(a)!
    let c = __gmpz_cmp_d(&l.mpz, y)
    if c == 0 {
      return Protocols.compare(0, 0, op)
    }
    return Protocols.compare(c < 0 ? -1 : 1, 0, op)
  }
}

import CSupport
