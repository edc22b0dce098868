import Synchronization
import PyRuntime

/// The `_abc` module (CPython 3.11's Modules/_abc.c, the engine under `abc.ABCMeta`): per
/// abstract class, a registry of virtual subclasses and positive/negative caches of
/// `issubclass` answers; a per-interpreter invalidation counter that ages the negative caches
/// when anything is registered; and the collection flags (`__abc_tpflags__`) that make
/// registered classes match sequence/mapping patterns.
///
/// Classes are deferred objects that live as long as the interpreter, so the registry and
/// caches hold them directly (CPython uses weak sets).
public enum ABCModule {
  /// The per-interpreter invalidation counter (`abc_invalidation_counter`).
  final class State: @unchecked Sendable {
    let invalidationCounter = Atomic<Int>(0)
  }

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_abc")
    let d = m.dict
    let state = State()
    d.set("__doc__", .object(PyStr("Module contains faster C implementation of abc.ABCMeta")))
    d.set("_abc_data", Value(BuiltinTypes.abcData))
    let fns: [(String, String?, PyBuiltinFunction.Body)] = [
      ("get_cache_token", "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.", { _, a throws(PyError) in
        try ArgParser.positional(a, "get_cache_token", min: 0, max: 0)
        return .int(state.invalidationCounter.load(ordering: .relaxed))
      }),
      ("_abc_init", "Internal ABC helper for class set-up. Should be never used outside abc module.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_abc_init", min: 1, max: 1)
        try initialize(ts, a[0], state)
        return .none
      }),
      ("_abc_register", "Internal ABC helper for subclasss registration. Should be never used outside abc module.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_abc_register", min: 2, max: 2)
        return try register(ts, a[0], a[1], state)
      }),
      ("_abc_instancecheck", "Internal ABC helper for instance checks. Should be never used outside abc module.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_abc_instancecheck", min: 2, max: 2)
        return try instanceCheck(ts, a[0], a[1], state)
      }),
      ("_abc_subclasscheck", "Internal ABC helper for subclasss checks. Should be never used outside abc module.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_abc_subclasscheck", min: 2, max: 2)
        return .bool(try subclassCheck(ts, a[0], a[1], state))
      }),
      ("_get_dump", "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr.", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_get_dump", min: 1, max: 1)
        let data = try impl(ts, a[0])
        let copy = data.withLock { s in s }
        return .object(PyTuple([
          .object(try PySet.make(ts, copy.registry.map { Value($0) }, frozen: false)),
          .object(try PySet.make(ts, copy.cache.values.map { Value($0) }, frozen: false)),
          .object(try PySet.make(ts, copy.negativeCache.values.map { Value($0) }, frozen: false)),
          .int(copy.negativeCacheVersion),
        ]))
      }),
      ("_reset_registry", "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_reset_registry", min: 1, max: 1)
        try impl(ts, a[0]).withLock { s in s.registry.removeAll(); s.registryIds.removeAll() }
        return .none
      }),
      ("_reset_caches", "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py", { ts, a throws(PyError) in
        try ArgParser.positional(a, "_reset_caches", min: 1, max: 1)
        try impl(ts, a[0]).withLock { s in s.cache.removeAll(); s.negativeCache.removeAll() }
        return .none
      }),
    ]
    for (n, doc, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "_abc", doc: doc, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    return m
  }

  static let implName = PyStr.intern("_abc_impl")
  static let abstractMethodsName = PyStr.intern("__abstractmethods__")
  static let isAbstractName = PyStr.intern("__isabstractmethod__")
  static let tpflagsName = PyStr.intern("__abc_tpflags__")
  static let subclassHookName = PyStr.intern("__subclasshook__")
  static let subclassesName = PyStr.intern("__subclasses__")
  static let subclassCheckName = PyStr.intern("__subclasscheck__")

  /// The `_abc_data` of `cls` (its `_abc_impl` attribute).
  static func impl(_ ts: ThreadState, _ cls: Value) throws(PyError) -> ABCData {
    let v = try Protocols.getAttr(ts, cls, implName)
    guard let data = v.as(ABCData.self) else { throw PyError.typeError("_abc_impl is set to a wrong type") }
    return data
  }

  static func isAbstract(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    guard let flag = try Protocols.getAttrOptional(ts, v, isAbstractName) else { return false }
    return try Protocols.isTrue(ts, flag)
  }

  /// `_abc_init`: `__abstractmethods__` (the namespace's abstract attributes and the inherited
  /// abstract names still abstract on the class), a fresh `_abc_impl`, and `__abc_tpflags__`
  /// moved from the namespace into the class flags.
  static func initialize(_ ts: ThreadState, _ clsValue: Value, _ state: State) throws(PyError) {
    var names: [Value] = []
    func add(_ name: Value) throws(PyError) {
      for n in names where try Protocols.richCompareBool(ts, n, name, .eq) { return }
      names.append(name)
    }
    // The namespace's own abstract attributes.
    let ns = try Protocols.getAttr(ts, clsValue, PyStr.intern("__dict__"))
    let items = try Protocols.toArray(ts, try Protocols.call(ts, try Protocols.getAttr(ts, ns, PyStr.intern("items")), []))
    for item in items {
      let pair = try Protocols.toArray(ts, item)
      guard pair.count == 2 else { continue }
      if try isAbstract(ts, pair[1]) { try add(pair[0]) }
    }
    // Inherited abstract names that the class leaves abstract.
    let bases = try Protocols.getAttr(ts, clsValue, PyStr.intern("__bases__"))
    guard let baseTuple = bases.as(PyTuple.self) else { throw PyError.typeError("__bases__ is not tuple") }
    for base in baseTuple.items {
      guard let inherited = try Protocols.getAttrOptional(ts, base, abstractMethodsName) else { continue }
      for name in try Protocols.toArray(ts, inherited) {
        guard let s = name.as(PyStr.self) else { continue }
        guard let value = try Protocols.getAttrOptional(ts, clsValue, s) else { continue }
        if try isAbstract(ts, value) { try add(name) }
      }
    }
    try Protocols.setAttr(ts, clsValue, abstractMethodsName, .object(try PySet.make(ts, names, frozen: true)))
    let data = ABCData(version: state.invalidationCounter.load(ordering: .relaxed))
    try Protocols.setAttr(ts, clsValue, implName, .object(data))
    // Collection flags for pattern matching.
    if let cls = clsValue.as(PyType.self), let flagsValue = cls.dict.get(tpflagsName) {
      guard case .int(let raw) = flagsValue else { throw PyError.typeError("__abc_tpflags__ must be an int") }
      let wanted = TypeFlags(rawValue: UInt64(truncatingIfNeeded: raw)).intersection([.sequence, .mapping])
      cls.typeFlags.subtract([.sequence, .mapping])
      cls.typeFlags.formUnion(wanted)
      cls.dict.remove(tpflagsName)
    }
  }

  /// Gives `t` and its subclasses the collection flag, except builtin types and classes that
  /// already have one (`set_collection_flag_recursive`).
  static func setCollectionFlag(_ ts: ThreadState, _ t: PyType, _ flag: TypeFlags) throws(PyError) {
    if !t.typeFlags.contains(.heapType) || t.typeFlags.contains(.immutable) { return }
    if !t.typeFlags.intersection([.sequence, .mapping]).isEmpty { return }
    t.typeFlags.formUnion(flag)
    for sub in try subclasses(ts, Value(t)) {
      if let st = sub.as(PyType.self) { try setCollectionFlag(ts, st, flag) }
    }
  }

  static func subclasses(_ ts: ThreadState, _ cls: Value) throws(PyError) -> [Value] {
    guard let method = BuiltinTypes.type.lookup(subclassesName) else { return [] }
    let bound = try Protocols.bindDescriptor(ts, method, instance: cls, owner: Value(BuiltinTypes.type))
    return try Protocols.toArray(ts, try Protocols.call(ts, bound, []))
  }

  static func register(_ ts: ThreadState, _ cls: Value, _ subclass: Value, _ state: State) throws(PyError) -> Value {
    guard let sub = subclass.as(PyType.self) else { throw PyError.typeError("Can only register classes") }
    if try TypeChecks.isSubclass(ts, subclass, cls) { return subclass }
    // Registering an ancestor would make the subclass checks loop.
    if try TypeChecks.isSubclass(ts, cls, subclass) {
      throw PyError.runtimeError("Refusing to create an inheritance cycle")
    }
    let data = try impl(ts, cls)
    data.withLock { s in
      let id = ObjectIdentifier(sub)
      if !s.registryIds.contains(id) {
        s.registryIds.insert(id)
        s.registry.append(sub)
      }
    }
    state.invalidationCounter.add(1, ordering: .relaxed)
    if let c = cls.as(PyType.self) {
      let flag = c.typeFlags.intersection([.sequence, .mapping])
      if !flag.isEmpty { try setCollectionFlag(ts, sub, flag) }
    }
    return subclass
  }

  static func instanceCheck(_ ts: ThreadState, _ cls: Value, _ instance: Value, _ state: State) throws(PyError) -> Value {
    let data = try impl(ts, cls)
    let subclass = try Protocols.getAttr(ts, instance, PyStr.intern("__class__"))
    if let st = subclass.as(PyType.self), data.withLock({ $0.cache[ObjectIdentifier(st)] != nil }) {
      return .bool(true)
    }
    let subtype = Protocols.typeOf(instance)
    if subclass.isIdentical(to: Value(subtype)) {
      let version = state.invalidationCounter.load(ordering: .relaxed)
      let negative = data.withLock { s in
        s.negativeCacheVersion == version && s.negativeCache[ObjectIdentifier(subtype)] != nil
      }
      if negative { return .bool(false) }
      return try callSubclassCheck(ts, cls, subclass)
    }
    let r = try callSubclassCheck(ts, cls, subclass)
    if try Protocols.isTrue(ts, r) { return r }
    return try callSubclassCheck(ts, cls, Value(subtype))
  }

  /// `cls.__subclasscheck__(subclass)` (an overriding metaclass method is honoured).
  static func callSubclassCheck(_ ts: ThreadState, _ cls: Value, _ subclass: Value) throws(PyError) -> Value {
    let method = try Protocols.getAttr(ts, cls, subclassCheckName)
    return try Protocols.call(ts, method, [subclass])
  }

  static func subclassCheck(_ ts: ThreadState, _ cls: Value, _ subclass: Value, _ state: State) throws(PyError) -> Bool {
    guard let sub = subclass.as(PyType.self) else { throw PyError.typeError("issubclass() arg 1 must be a class") }
    let data = try impl(ts, cls)
    let id = ObjectIdentifier(sub)
    let version = state.invalidationCounter.load(ordering: .relaxed)
    // 1. The caches.
    let cached: Bool? = data.withLock { s in
      if s.cache[id] != nil { return true }
      if s.negativeCacheVersion < version {
        s.negativeCache.removeAll()
        s.negativeCacheVersion = version
      } else if s.negativeCache[id] != nil {
        return false
      }
      return nil
    }
    if let cached { return cached }
    // 2. The subclass hook.
    let hook = try Protocols.getAttr(ts, cls, subclassHookName)
    let ok = try Protocols.call(ts, hook, [subclass])
    if !ok.isIdentical(to: .notImplemented) {
      guard case .bool(let b) = ok else {
        throw PyError.make(BuiltinTypes.exceptions.assertionError, "__subclasshook__ must return either False, True, or NotImplemented")
      }
      data.withLock { s in
        if b { s.cache[id] = sub } else { s.negativeCache[id] = sub }
      }
      return b
    }
    // 3. A direct subclass.
    if let c = cls.as(PyType.self), sub.mro.contains(where: { $0 === c }) {
      data.withLock { s in s.cache[id] = sub }
      return true
    }
    // 4. A subclass of a registered class.
    let registry = data.withLock { s in s.registry }
    for r in registry where try TypeChecks.isSubclass(ts, subclass, Value(r)) {
      data.withLock { s in s.cache[id] = sub }
      return true
    }
    // 5. A subclass of a subclass (recursive).
    for scls in try subclasses(ts, cls) where try TypeChecks.isSubclass(ts, subclass, scls) {
      data.withLock { s in s.cache[id] = sub }
      return true
    }
    data.withLock { s in s.negativeCache[id] = sub }
    return false
  }
}

/// `_abc._abc_data`: the registry and caches of one abstract class, behind a lock (no GIL).
public final class ABCData: PyObject {
  struct Contents {
    var registry: [PyType] = []
    var registryIds: Set<ObjectIdentifier> = []
    var cache: [ObjectIdentifier: PyType] = [:]
    var negativeCache: [ObjectIdentifier: PyType] = [:]
    var negativeCacheVersion: Int
  }

  private let lock = Mutex<Void>(())
  private var contents: Contents

  init(version: Int) {
    contents = Contents(negativeCacheVersion: version)
    super.init(type: BuiltinTypes.abcData)
  }

  func withLock<R, E: Error>(_ body: (inout Contents) throws(E) -> R) throws(E) -> R {
    try lock.withLock { _ throws(E) -> R in try body(&contents) }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    let all = withLock { s in s.registry + Array(s.cache.values) + Array(s.negativeCache.values) }
    for t in all { visit(Value(t)) }
  }
}

extension BuiltinTypes {
  public static let abcData: PyType = PyType.builtin("_abc._abc_data") { t in
    t.qualname = "_abc_data"
    t.dict.set("__doc__", .object(PyStr("Internal state held by ABC machinery.")))
  }
}
