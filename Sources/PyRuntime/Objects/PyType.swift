/// A Python class (`type` instance): builtin types and classes defined in Python alike.
///
/// A type owns its namespace (`dict`), its bases and method resolution order, the slot table
/// that gives its instances behaviour, and a version tag that inline caches key on (bumped
/// whenever the type or one of its bases changes in a way a cache could have observed).
///
/// Types are deferred objects (see `Value`): instances and registers reference them without
/// counting. Builtin types are created once per process and are immutable afterwards (they are
/// shared by all interpreters, as CPython's static types are); classes created by Python code
/// belong to their interpreter.
public final class PyType: PyObject {
  /// `tp_name`: the type's name as error messages show it ("int", "NoneType", "Foo").
  public var name: String
  public var qualname: String
  /// `__base__` (the solid base) and `__bases__`.
  public var base: PyType?
  public var bases: [PyType]
  /// `__mro__`, starting with the type itself.
  public var mro: [PyType] {
    didSet { rebuildMROPointers() }
  }
  /// The MRO as uncounted references, for lookups on hot paths.
  private(set) var mroPointers: UnsafeMutablePointer<Unmanaged<PyType>>
  private(set) var mroCount: Int = 0
  /// The class namespace (`__dict__`).
  public let dict: PyDict
  public var typeFlags: TypeFlags
  /// Which builtin type this is exactly (`.other` for everything else, subclasses included):
  /// lets hot paths test "exactly str/int/…" with one load instead of a global lookup.
  public var kind: BuiltinKind = .other
  public var slots: TypeSlots
  /// Changes whenever a cache keyed on this type could be invalidated; never 0 once assigned.
  public var version: UInt32
  /// `__name__` when it was given as an instance of a str subclass (CPython keeps the object).
  public var nameObject: PyStr?
  /// `__slots__` names of this class itself (not its bases), mangled and sorted as CPython's
  /// `ht_slots`; their values live at `instanceSlotCount - slotNames.count ..< instanceSlotCount`.
  public var slotNames: [String] = []
  /// True when the class body defined `__slots__` (CPython's `ht_slots != NULL`).
  public var declaresSlots = false
  /// Number of `__slots__` values instances carry (this class and its bases).
  public var instanceSlotCount: Int = 0
  /// The inherited `tp_new` is `object.__new__` / the inherited `tp_init` is `object.__init__`
  /// (kept current by `fixupSlots`; decides `object()`'s excess-argument errors).
  public var newIsObjectNew = false
  public var initIsObjectInit = false
  /// Weak references to direct subclasses (for `__subclasses__()` and version invalidation).
  var subclassRefs: [WeakType] = []

  public init(metatype: PyType?, name: String, base: PyType?, bases: [PyType], flags: TypeFlags, dict: PyDict) {
    self.name = name
    self.qualname = name
    self.base = base
    self.bases = bases
    self.mro = []
    self.mroPointers = .allocate(capacity: 1)
    self.dict = dict
    self.typeFlags = flags
    self.slots = TypeSlots()
    self.version = PyType.nextVersion()
    // The metatype of `type` is `type` itself: patched by the bootstrap.
    super.init(type: metatype ?? unsafeBitCast(0 as Int, to: PyType.self))
    Deferral.retain(self)
    // Builtin types register with their bases here (the exception classes in CPython's order,
    // by ExceptionBehaviour); classes do once they are complete.
    if !flags.contains(.heapType) && !flags.contains(.baseExceptionSubclass) {
      for b in bases { b.addSubclass(self) }
    }
  }

  /// `__name__`: the last dotted component of `tp_name`.
  public var shortName: Substring {
    if let dot = name.lastIndex(of: ".") { return name[name.index(after: dot)...] }
    return name[...]
  }

  private func rebuildMROPointers() {
    mroPointers.deallocate()
    mroPointers = .allocate(capacity: max(mro.count, 1))
    for (i, t) in mro.enumerated() { mroPointers[i] = Unmanaged.passUnretained(t) }
    mroCount = mro.count
  }

  /// True when `self` is `other` or a subclass of it (`issubclass` without `__subclasscheck__`).
  @inline(__always)
  public func isSubtype(of other: PyType) -> Bool {
    if self === other { return true }
    let target = Unmanaged.passUnretained(other).toOpaque()
    for i in 0..<mroCount where mroPointers[i].toOpaque() == target { return true }
    return false
  }

  /// Finds `name` along the MRO (`_PyType_Lookup`): the first class dict that has it.
  @inline(__always)
  public func lookup(_ name: PyStr) -> Value? {
    for i in 0..<mroCount {
      unowned(unsafe) let t = mroPointers[i].takeUnretainedValue()
      if let v = t.dict.get(name) { return v }
    }
    return nil
  }

  /// Marks the type (and its subclasses) changed, invalidating caches keyed on it.
  public func modified() {
    version = PyType.nextVersion()
    for sub in directSubclasses { sub.modified() }
  }

  /// Version tags: process-wide, but only bumped when types change (never on hot paths).
  private static let versionCounter = AtomicCounter(1)
  static func nextVersion() -> UInt32 { UInt32(truncatingIfNeeded: versionCounter.next()) }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(dict))
    for b in bases { visit(.object(b)) }
  }
}

/// A reference to a subclass, for `PyType.subclassRefs`. Uncounted: classes are deferred
/// objects, never freed while anything can reach them (a Swift `weak` reference would give
/// every class a refcount side table and make each retain take the slow path).
struct WeakType {
  let pointer: Unmanaged<PyType>

  init(type: PyType) { self.pointer = Unmanaged.passUnretained(type) }

  var type: PyType? { pointer.takeUnretainedValue() }
}

/// Type flags, as CPython's `Py_TPFLAGS_*` where they exist.
public struct TypeFlags: OptionSet, Sendable {
  public var rawValue: UInt64
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  /// A class created by a `class` statement or `type(name, bases, dict)`.
  public static let heapType = TypeFlags(rawValue: 1 << 9)
  /// Can be subclassed.
  public static let baseType = TypeFlags(rawValue: 1 << 10)
  /// Instances have a `__dict__`.
  public static let hasInstanceDict = TypeFlags(rawValue: 1 << 4)
  /// Instances can be weakly referenced (CPython's `tp_weaklistoffset != 0`).
  public static let hasWeakrefs = TypeFlags(rawValue: 1 << 11)
  /// A builtin type whose instances have exactly its base's layout (CPython: no extra ivars,
  /// e.g. `ValueError` over `Exception`), so it is not its own solid base.
  public static let sharesBaseLayout = TypeFlags(rawValue: 1 << 12)
  /// Calling the type fails: "cannot create 'X' instances" (CPython's tp_new == NULL,
  /// `Py_TPFLAGS_DISALLOW_INSTANTIATION`).
  public static let disallowInstantiation = TypeFlags(rawValue: 1 << 7)
  /// The class has a `__del__` (its `finalize` slot is set): deallocation must finalize.
  public static let hasFinalizer = TypeFlags(rawValue: 1 << 13)
  public static let isAbstract = TypeFlags(rawValue: 1 << 20)
  /// For `match` statements: the class is a sequence / a mapping (collections.abc registration).
  public static let sequence = TypeFlags(rawValue: 1 << 5)
  public static let mapping = TypeFlags(rawValue: 1 << 6)
  /// Builtin types whose attributes cannot be set (`int.x = 1` is a TypeError).
  public static let immutable = TypeFlags(rawValue: 1 << 8)
  public static let longSubclass = TypeFlags(rawValue: 1 << 24)
  public static let listSubclass = TypeFlags(rawValue: 1 << 25)
  public static let tupleSubclass = TypeFlags(rawValue: 1 << 26)
  public static let bytesSubclass = TypeFlags(rawValue: 1 << 27)
  public static let unicodeSubclass = TypeFlags(rawValue: 1 << 28)
  public static let dictSubclass = TypeFlags(rawValue: 1 << 29)
  public static let baseExceptionSubclass = TypeFlags(rawValue: 1 << 30)
  public static let typeSubclass = TypeFlags(rawValue: 1 << 31)
}

/// Identity tags of the builtin types that hot paths test for.
public enum BuiltinKind: UInt8, Sendable {
  case other, str, int, float, bool, list, tuple, dict, function, rangeIterator, listIterator
  /// `builtin_function_or_method`, `method_descriptor`/`wrapper_descriptor`, `method`, `type`.
  case builtinFunction, methodDescriptor, boundMethod, type
}
