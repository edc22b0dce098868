/// The base of every heap-allocated Python object.
///
/// An object owns: a reference to its type (uncounted — types are deferred objects, kept alive
/// by the interpreter, so creating an instance never writes the shared class's refcount), a few
/// flag bits, and — only for instances of Python classes deriving from builtin types — the
/// extra storage those instances need (`__dict__`, `__slots__` values).
///
/// Subclasses are the object layouts (`PyStr`, `PyList`, `PyInstance` …). Behaviour is not
/// dispatched through Swift virtual methods but through the type's slots (`PyType.slots`),
/// as CPython does, so Python classes can override it.
open class PyObject {
  /// The object's class (`type(o)`). Uncounted: see the type doc comment.
  public final unowned(unsafe) var type: PyType
  public final var flags: ObjectFlags
  /// `__dict__` / `__slots__` storage of instances of Python subclasses of builtin types.
  public final var extra: InstanceExtras?

  @inline(__always)
  public init(type: PyType) {
    self.type = type
    self.flags = []
    self.extra = nil
  }

  /// Deferred objects are referenced without reference counting (see `Value`).
  @inline(__always)
  public final var isDeferred: Bool { flags.contains(.deferred) }

  /// Calls `visit` with every value this object references directly (for the cycle
  /// collector and for tools that walk the heap). Containers override it.
  open func traverse(_ visit: (Value) -> Void) {
    if let extra { extra.traverse(visit) }
  }
}

/// Per-object flag bits.
public struct ObjectFlags: OptionSet, Sendable {
  public var rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Referenced without counting; kept alive by the interpreter's deferred registry.
  public static let deferred = ObjectFlags(rawValue: 1 << 0)
  /// An interned string (deferred, unique per contents).
  public static let interned = ObjectFlags(rawValue: 1 << 1)
  /// `__del__` has run (PEP 442: it runs at most once).
  public static let finalized = ObjectFlags(rawValue: 1 << 2)
}

/// Storage that only some instances need: the attribute dict and `__slots__` values of
/// instances of Python classes that derive from builtin types (`class L(list): ...`).
public final class InstanceExtras {
  public var dict: PyDict?
  public var slotValues: [Value]

  public init(dict: PyDict?, slotCount: Int) {
    self.dict = dict
    self.slotValues = Array(repeating: .unbound, count: slotCount)
  }

  func traverse(_ visit: (Value) -> Void) {
    if let dict { visit(.object(dict)) }
    for v in slotValues { visit(v) }
  }
}
