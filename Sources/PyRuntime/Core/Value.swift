/// A Python value as the interpreter holds it: in registers, containers and arguments.
///
/// Small ints (64-bit), floats, bools and None are immediate — no allocation, no reference
/// counting. Everything else is an object. Objects come in two reference kinds:
/// - `.object`: a counted (ARC) reference. Copying it retains, dropping it releases. Ordinary
///   objects (lists, strs, instances, closures …) are referenced this way, so they are freed as
///   soon as the last reference goes, as in CPython.
/// - `.deferred`: an uncounted reference to a *deferred* object — types, modules, code objects,
///   functions defined at module or class level, builtin functions, interned strings, constants
///   of code objects. Such objects are kept alive by the interpreter's deferred registry, so
///   copying a reference to them never writes their reference count: threads calling the same
///   function or reading the same class do not contend on a shared cache line
///   (see docs/ARCHITECTURE.md, "Memory").
/// `Value(object)` picks the right kind from the object's `isDeferred` flag.
///
/// `.unbound` marks an empty register (an unassigned local, a missing `self` slot after
/// `loadMethod`). It never reaches Python code.
@frozen
public enum Value {
  case int(Int)
  case float(Double)
  case bool(Bool)
  case none
  case object(PyObject)
  case deferred(Unmanaged<PyObject>)
  case unbound

  /// A reference to `object`, uncounted when the object is deferred.
  @inline(__always)
  public init(_ object: PyObject) {
    if object.isDeferred {
      self = .deferred(Unmanaged.passUnretained(object))
    } else {
      self = .object(object)
    }
  }

  @inline(__always)
  public init(_ b: Bool) { self = .bool(b) }

  /// The object this value refers to, or nil for immediates (a counted reference).
  @inline(__always)
  public var object: PyObject? {
    switch self {
    case .object(let o): return o
    case .deferred(let u): return u.takeUnretainedValue()
    default: return nil
    }
  }

  /// Calls `body` with the object this value refers to, without retaining it.
  @inline(__always)
  public func withObject<R>(_ body: (PyObject) throws(PyError) -> R) throws(PyError) -> R? {
    switch self {
    case .object(let o): return try body(o)
    case .deferred(let u): return try body(u.takeUnretainedValue())
    default: return nil
    }
  }

  /// The object pointer without any reference counting; nil for immediates.
  @inline(__always)
  public var unmanaged: Unmanaged<PyObject>? {
    guard let p = rawObject else { return nil }
    return Unmanaged.fromOpaque(p)
  }

  @inline(__always) public var isNone: Bool {
    withUnsafeBytes(of: self) { $0.load(fromByteOffset: 8, as: UInt8.self) == ValueLayout.emptyTag && $0.load(as: UInt64.self) == 0 }
  }
  @inline(__always) public var isUnbound: Bool {
    withUnsafeBytes(of: self) { $0.load(fromByteOffset: 8, as: UInt8.self) == ValueLayout.emptyTag && $0.load(as: UInt64.self) == 1 }
  }

  /// `a is b`: identity of objects, equality of immediates of the same kind.
  @inline(__always)
  public func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.bool(let a), .bool(let b)): return a == b
    case (.none, .none): return true
    case (.unbound, .unbound): return true
    default:
      guard let a = rawObject, let b = other.rawObject else { return false }
      return a == b
    }
  }

  /// The object cast to `T` when it is one (a counted reference).
  @inline(__always)
  public func `as`<T: PyObject>(_ type: T.Type) -> T? {
    switch self {
    case .object(let o): return o as? T
    case .deferred(let u): return u.takeUnretainedValue() as? T
    default: return nil
    }
  }

  /// The object as `T` without a dynamic check: only when the type is already known.
  @inline(__always)
  public func unsafeAs<T: PyObject>(_ type: T.Type) -> T {
    switch self {
    case .object(let o): return unsafeDowncast(o, to: T.self)
    case .deferred(let u): return unsafeDowncast(u.takeUnretainedValue(), to: T.self)
    default: fatalError("unsafeAs on an immediate value")
    }
  }
}
