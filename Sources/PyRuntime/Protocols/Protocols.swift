/// The abstract object protocol (CPython's Objects/abstract.c and object.c): what the
/// interpreter and native code call to operate on any value. Each operation has a fast path
/// for immediates and exact builtin types, then dispatches through the type's slots.
public enum Protocols {
  /// `type(v)`.
  @inline(__always)
  public static func typeOf(_ v: Value) -> PyType {
    switch v {
    case .int: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .bool: return BuiltinTypes.bool
    case .none: return BuiltinTypes.noneType
    case .object(let o): return o.type
    case .deferred(let u): return u._withUnsafeGuaranteedRef { $0.type }
    case .unbound: fatalError("typeOf(.unbound)")
    }
  }

  /// `type(v)` without reference counting: types are deferred objects, so the result may be
  /// used as long as `v` is alive. Bind it to an `unowned(unsafe)` local.
  @inline(__always)
  public static func typeRef(_ v: Value) -> PyType {
    if let p = v.rawObject {
      return Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { $0.type }
    }
    return immediateType(v)
  }

  @inline(never)
  static func immediateType(_ v: Value) -> PyType {
    switch v {
    case .int: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .bool: return BuiltinTypes.bool
    case .none: return BuiltinTypes.noneType
    default: fatalError("typeOf(.unbound)")
    }
  }

  /// The type's name as messages show it (`'int'`).
  @inline(__always)
  public static func typeName(_ v: Value) -> String { typeOf(v).name }

  // MARK: Truth

  /// `bool(v)` (`PyObject_IsTrue`).
  @inline(__always)
  public static func isTrue(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .none: return false
    case .float(let d): return d != 0
    default: return try isTrueSlow(ts, v)
    }
  }

  static func isTrueSlow(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    unowned(unsafe) let t = typeRef(v)
    if let f = t.slots.bool { return try f(ts, v) }
    if let f = t.slots.length { return try f(ts, v) != 0 }
    return true
  }

  // MARK: Hashing

  /// `hash(v)`.
  @inline(__always)
  public static func hash(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return IntHash.hash(i)
    case .bool(let b): return b ? 1 : 0
    default:
      if let s = v.strIfExact { return s.pyHash }
      return try hashSlow(ts, v)
    }
  }

  static func hashSlow(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    if case .float(let d) = v { return FloatHash.hash(d) }
    if case .none = v { return NoneHash.value }
    unowned(unsafe) let t = typeRef(v)
    if !t.slots.hashIsNone, let f = t.slots.hash { return try f(ts, v) }
    throw PyError.typeError("unhashable type: '\(t.name)'")
  }

  // MARK: Comparison

  /// `a op b` with Python's rich comparison rules (reflected operands, subclass priority,
  /// identity fallback for == and !=, TypeError for orderings).
  public static func richCompare(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .bool(compare(x, y, op))
    case (.float(let x), .float(let y)): return .bool(compare(x, y, op))
    case (.int, .float(let y)): return .bool(FloatCompare.intVsFloat(a, y, op))
    case (.float(let x), .int): return .bool(FloatCompare.intVsFloat(b, x, op.reflected))
    default: break
    }
    if let x = a.strIfExact, let y = b.strIfExact { return .bool(StrCompare.compare(x, y, op)) }
    try ts.enterRecursiveCall(" in comparison")
    defer { ts.leaveRecursiveCall() }
    unowned(unsafe) let ta = typeRef(a)
    unowned(unsafe) let tb = typeRef(b)
    var checkedReverse = false
    if ta !== tb, tb.isSubtype(of: ta), let f = tb.slots.richCompare {
      checkedReverse = true
      let r = try f(ts, b, a, op.reflected)
      if !r.isNotImplemented { return r }
    }
    if let f = ta.slots.richCompare {
      let r = try f(ts, a, b, op)
      if !r.isNotImplemented { return r }
    }
    if !checkedReverse, let f = tb.slots.richCompare {
      let r = try f(ts, b, a, op.reflected)
      if !r.isNotImplemented { return r }
    }
    switch op {
    case .eq: return .bool(a.isIdentical(to: b))
    case .ne: return .bool(!a.isIdentical(to: b))
    default:
      throw PyError.typeError("'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
    }
  }

  /// `bool(a op b)`; for == and != identity decides first, as CPython's
  /// `PyObject_RichCompareBool`.
  @inline(__always)
  public static func richCompareBool(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool {
    if op == .eq || op == .ne, let ua = a.unmanaged, let ub = b.unmanaged, ua.toOpaque() == ub.toOpaque() {
      return op == .eq
    }
    let r = try richCompare(ts, a, b, op)
    if case .bool(let x) = r { return x }
    return try isTrue(ts, r)
  }

  @inline(__always)
  static func compare<T: Comparable>(_ x: T, _ y: T, _ op: CompareOp) -> Bool {
    switch op {
    case .lt: return x < y
    case .le: return x <= y
    case .eq: return x == y
    case .ne: return x != y
    case .gt: return x > y
    case .ge: return x >= y
    }
  }
}

extension Value {
  /// The str when this value is exactly a `str` (not a subclass).
  @inline(__always)
  public var strIfExact: PyStr? {
    guard let p = rawObject else { return nil }
    let isStr = Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { $0.type.kind == .str }
    return isStr ? Unmanaged<PyStr>.fromOpaque(p).takeUnretainedValue() : nil
  }
}

/// `hash(None)`: CPython 3.11 hashes None by its address; any fixed value is equivalent.
enum NoneHash {
  static let value = 0x4d3f80 >> 4
}
