/// Arithmetic dispatch (CPython's Objects/abstract.c `binary_op1`, `PyNumber_*`): fast paths
/// for immediates live in the interpreter loop and in `IntOps`/`FloatOps`; this is the
/// general algorithm with reflected operands, subclass priority, sequence fallbacks and
/// CPython's TypeError messages.
extension Protocols {
  /// `a op b`.
  public static func binaryOp(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      if let r = try IntOps.smallBinary(x, y, op) { return r }
    case (.float(let x), .float(let y)):
      let r = try FloatOps.binary(x, y, op)
      if !r.isNotImplemented { return r }
    case (.int(let x), .float(let y)):
      // int op float: the int converts exactly as float's slot would (Int -> Double rounds
      // to nearest, as PyLong_AsDouble).
      let r = try FloatOps.binary(Double(x), y, op)
      if !r.isNotImplemented { return r }
    case (.float(let x), .int(let y)):
      let r = try FloatOps.binary(x, Double(y), op)
      if !r.isNotImplemented { return r }
    default: break
    }
    let r = try binaryOp1(ts, a, b, op)
    if !r.isNotImplemented { return r }
    if op == .add, let concat = typeOf(a).slots.sequenceConcat {
      return try concat(ts, a, b)
    }
    if op == .mul {
      if let rep = typeOf(a).slots.sequenceRepeat { return try sequenceRepeat(ts, rep, a, b) }
      if let rep = typeOf(b).slots.sequenceRepeat { return try sequenceRepeat(ts, rep, b, a) }
    }
    throw unsupported(op.symbol, a, b)
  }

  /// `a op= b`: `__iop__` first, then the binary operator.
  public static func inplaceOp(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      if let r = try IntOps.smallBinary(x, y, op) { return r }
    case (.float(let x), .float(let y)):
      let r = try FloatOps.binary(x, y, op)
      if !r.isNotImplemented { return r }
    case (.int(let x), .float(let y)):
      // int op float: the int converts exactly as float's slot would (Int -> Double rounds
      // to nearest, as PyLong_AsDouble).
      let r = try FloatOps.binary(Double(x), y, op)
      if !r.isNotImplemented { return r }
    case (.float(let x), .int(let y)):
      let r = try FloatOps.binary(x, Double(y), op)
      if !r.isNotImplemented { return r }
    default: break
    }
    let ta = typeOf(a)
    if let slot = ta.slots.inplace[op.rawValue] {
      let r = try slot.fn(ts, a, b)
      if !r.isNotImplemented { return r }
    }
    let r = try binaryOp1(ts, a, b, op)
    if !r.isNotImplemented { return r }
    if op == .add {
      if let concat = ta.slots.sequenceInplaceConcat { return try concat(ts, a, b) }
      if let concat = ta.slots.sequenceConcat { return try concat(ts, a, b) }
    }
    if op == .mul {
      if let rep = ta.slots.sequenceInplaceRepeat ?? ta.slots.sequenceRepeat { return try sequenceRepeat(ts, rep, a, b) }
      // As PyNumber_InPlaceMultiply: the right operand repeats only when the left one has
      // no sequence methods at all (classes always have them, so `X() *= "s"` fails).
      if !hasSequenceMethods(ta), let rep = typeOf(b).slots.sequenceRepeat { return try sequenceRepeat(ts, rep, b, a) }
    }
    let symbol = op == .pow ? "**=" : op.symbol + "="
    throw unsupported(symbol, a, b)
  }

  /// The number-slot part of a binary operation; NotImplemented when no slot handled it.
  public static func binaryOp1(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: BinaryOp) throws(PyError) -> Value {
    let ta = typeOf(a), tb = typeOf(b)
    let slotA = ta.slots.binary[op.rawValue]
    var slotB = ta !== tb ? tb.slots.binary[op.rawValue] : nil
    if let sa = slotA, let sb = slotB, sa.id == sb.id { slotB = nil }
    if let sa = slotA {
      if let sb = slotB, tb.isSubtype(of: ta) {
        let r = try sb.fn(ts, a, b)
        if !r.isNotImplemented { return r }
        slotB = nil
      }
      let r = try sa.fn(ts, a, b)
      if !r.isNotImplemented { return r }
    }
    if let sb = slotB {
      let r = try sb.fn(ts, a, b)
      if !r.isNotImplemented { return r }
    }
    return .notImplemented
  }

  /// Whether a type has CPython's `tp_as_sequence` table: every class does; builtin types do
  /// when they define a sequence slot (containers, str, bytes, range…).
  static func hasSequenceMethods(_ t: PyType) -> Bool {
    t.typeFlags.contains(.heapType) || t.slots.sequenceRepeat != nil || t.slots.sequenceConcat != nil
      || t.slots.contains != nil
  }

  static func sequenceRepeat(_ ts: ThreadState, _ rep: (ThreadState, Value, Int) throws(PyError) -> Value,
                             _ seq: Value, _ count: Value) throws(PyError) -> Value {
    guard hasIndex(count) else {
      throw PyError.typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
    }
    // PyNumber_AsSsize_t(count, PyExc_OverflowError)
    let r = try index(ts, count)
    var n = 0
    if case .int(let i) = r {
      n = i
    } else if let l = r.as(PyLong.self), let i = l.intValue {
      n = i
    } else {
      throw PyError.overflowError("cannot fit '\(typeName(count))' into an index-sized integer")
    }
    return try rep(ts, seq, n)
  }

  public static func unsupported(_ symbol: String, _ a: Value, _ b: Value) -> PyError {
    PyError.typeError("unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
  }

  /// `pow(a, b, m)` (CPython's `ternary_op`): the first operand's slot, the second's (first
  /// when it is a subclass), then the modulus's; a slot shared by two operands is tried once.
  public static func ternaryPow(_ ts: ThreadState, _ a: Value, _ b: Value, _ m: Value) throws(PyError) -> Value {
    if m.isNone { return try binaryOp(ts, a, b, .pow) }
    let ta = typeOf(a), tb = typeOf(b), tm = typeOf(m)
    func id(_ t: PyType) -> Int? { t.slots.ternaryPow == nil ? nil : t.slots.binary[BinaryOp.pow.rawValue]?.id ?? -1 }
    let slotA = ta.slots.ternaryPow, idA = id(ta)
    var slotB = ta !== tb ? tb.slots.ternaryPow : nil
    let idB = slotB == nil ? nil : id(tb)
    if slotB != nil && idB == idA { slotB = nil }
    if let fa = slotA {
      if let fb = slotB, tb.isSubtype(of: ta) {
        let r = try fb(ts, a, b, m)
        if !r.isNotImplemented { return r }
        slotB = nil
      }
      let r = try fa(ts, a, b, m)
      if !r.isNotImplemented { return r }
    }
    if let fb = slotB {
      let r = try fb(ts, a, b, m)
      if !r.isNotImplemented { return r }
    }
    if let fm = tm.slots.ternaryPow {
      let idM = id(tm)
      if !(slotA != nil && idM == idA) && !(idB != nil && idM == idB) {
        let r = try fm(ts, a, b, m)
        if !r.isNotImplemented { return r }
      }
    }
    throw PyError.typeError("unsupported operand type(s) for ** or pow(): '\(ta.name)', '\(tb.name)', '\(tm.name)'")
  }

  // MARK: Unary

  public static func negative(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    switch v {
    case .int(let i) where i != Int.min: return .int(-i)
    case .float(let d): return .float(-d)
    case .bool(let b): return .int(b ? -1 : 0)
    default:
      if let f = typeOf(v).slots.negative { return try f(ts, v) }
      throw PyError.typeError("bad operand type for unary -: '\(typeName(v))'")
    }
  }

  public static func positive(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    switch v {
    case .int, .float: return v
    case .bool(let b): return .int(b ? 1 : 0)
    default:
      if let f = typeOf(v).slots.positive { return try f(ts, v) }
      throw PyError.typeError("bad operand type for unary +: '\(typeName(v))'")
    }
  }

  public static func invert(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    switch v {
    case .int(let i): return .int(~i)
    case .bool(let b): return .int(b ? -2 : -1)
    default:
      if let f = typeOf(v).slots.invert { return try f(ts, v) }
      throw PyError.typeError("bad operand type for unary ~: '\(typeName(v))'")
    }
  }

  public static func absolute(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    switch v {
    case .int(let i) where i != Int.min: return .int(i < 0 ? -i : i)
    case .float(let d): return .float(Swift.abs(d))
    case .bool(let b): return .int(b ? 1 : 0)
    default:
      if let f = typeOf(v).slots.absolute { return try f(ts, v) }
      throw PyError.typeError("bad operand type for abs(): '\(typeName(v))'")
    }
  }

  // MARK: Index

  /// True when `v` supports `__index__`.
  public static func hasIndex(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .float, .none, .unbound: return false
    default: return typeOf(v).slots.index != nil
    }
  }

  /// `operator.index(v)`: an int value (immediate or PyLong).
  public static func index(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    switch v {
    case .int: return v
    case .bool(let b): return .int(b ? 1 : 0)
    default:
      if let f = typeOf(v).slots.index {
        let r = try f(ts, v)
        switch r {
        case .int: return r
        case .bool(let b): return .int(b ? 1 : 0)  // CPython also warns (DeprecationWarning)
        default:
          // An int subclass is accepted as an exact int (PyNumber_Index; CPython also warns
          // DeprecationWarning, which swiftpy does not show: there is no warnings machinery).
          if typeOf(r).isSubtype(of: BuiltinTypes.int) { return IntOps.exact(r) }
          throw PyError.typeError("__index__ returned non-int (type \(typeName(r)))")
        }
      }
      throw PyError.typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
  }

  /// `__index__` as a Swift Int; OverflowError with `overflowMessage` (CPython's
  /// "cannot fit 'int' into an index-sized integer") when it does not fit.
  public static func indexAsInt(_ ts: ThreadState, _ v: Value, overflowMessage: String? = nil) throws(PyError) -> Int {
    let r = try index(ts, v)
    if case .int(let i) = r { return i }
    if let l = r.as(PyLong.self), let i = l.intValue { return i }
    guard let message = overflowMessage else {
      throw PyError.overflowError("Python int too large to convert to C ssize_t")
    }
    // PyNumber_AsSsize_t(item, IndexError) names the type of the original object.
    let text = message.hasPrefix("cannot fit ") ? "cannot fit '\(typeName(v))' into an index-sized integer" : message
    throw PyError.indexError(text)
  }
}
