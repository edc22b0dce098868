/// The instance layout of classes: which storage an instance of a class carries (a `__dict__`,
/// weak-reference support, `__slots__` values, a variable-size builtin body) and the rules that
/// follow from it — the *solid base* a class extends, "multiple bases have instance lay-out
/// conflict", and whether `__class__`/`__bases__` may be reassigned between two classes.
///
/// swiftpy has no C struct sizes, so this mirrors the decisions of CPython's typeobject.c
/// (`solid_base`/`extra_ivars`, `best_base`, `compatible_for_assignment`/`same_slots_added`)
/// on the facts those sizes encode.
enum TypeLayout {
  // MARK: What a type's instances carry

  /// Instances have a `__dict__` (CPython's `tp_dictoffset != 0`).
  static func hasDict(_ t: PyType) -> Bool {
    if t.typeFlags.contains(.hasInstanceDict) || t.typeFlags.contains(.baseExceptionSubclass) { return true }
    if t.typeFlags.contains(.heapType) { return false }
    return builtinWithDict(t)
  }

  /// Instances support weak references (CPython's `tp_weaklistoffset != 0`).
  static func hasWeakrefs(_ t: PyType) -> Bool {
    if t.typeFlags.contains(.hasWeakrefs) { return true }
    if t.typeFlags.contains(.heapType) { return false }
    return builtinWithWeakrefs(t)
  }

  /// Instances have a variable-size body (CPython's `tp_itemsize != 0`: int, tuple, bytes, type).
  static func isVariableSize(_ t: PyType) -> Bool {
    !t.typeFlags.intersection([.longSubclass, .tupleSubclass, .bytesSubclass, .typeSubclass]).isEmpty
  }

  /// Builtin types (outside the exception hierarchy) whose instances have a `__dict__`.
  private static func builtinWithDict(_ t: PyType) -> Bool {
    let b = BuiltinTypes.self
    if t === b.type || t === b.function || t === b.module || t === b.staticmethod || t === b.classmethod { return true }
    return t.name == "types.SimpleNamespace" || t.name == "functools.partial"
  }

  /// Builtin types whose instances can be weakly referenced.
  private static func builtinWithWeakrefs(_ t: PyType) -> Bool {
    let b = BuiltinTypes.self
    for w in [b.type, b.set, b.frozenset, b.function, b.module, b.method, b.builtinFunction, b.code,
              b.generator, b.coroutine, b.asyncGenerator] where t === w { return true }
    return false
  }

  /// Exceptions with their own C struct in CPython (the others share BaseException's layout).
  private static let exceptionsWithOwnLayout: Set<String> = [
    "BaseException", "BaseExceptionGroup", "SystemExit", "ImportError", "OSError", "SyntaxError",
    "StopIteration", "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError",
    "NameError", "AttributeError",
  ]

  // MARK: Solid bases

  /// True when `t` adds instance storage to its base (CPython's `extra_ivars`).
  static func addsStorage(_ t: PyType) -> Bool {
    guard let base = t.base else { return true }
    if t.typeFlags.contains(.heapType) {
      if !t.slotNames.isEmpty { return true }
      // A dict added to a variable-size base sits in the body (a negative offset in CPython).
      return isVariableSize(base) && hasDict(t) && !hasDict(base)
    }
    if t.typeFlags.contains(.sharesBaseLayout) || t === BuiltinTypes.bool { return false }
    if t.typeFlags.contains(.baseExceptionSubclass) { return exceptionsWithOwnLayout.contains(t.name) }
    return true
  }

  /// The nearest class (the type itself or a base) that fixes the instance layout
  /// (CPython's `solid_base`).
  static func solidBase(_ t: PyType) -> PyType {
    var c = t
    while !addsStorage(c), let b = c.base { c = b }
    return c
  }

  /// The base whose layout a new class with `bases` extends (CPython's `best_base`), with its
  /// errors: "bases must be types", "type 'X' is not an acceptable base type",
  /// "multiple bases have instance lay-out conflict".
  static func bestBase(_ bases: [Value]) throws(PyError) -> PyType {
    var base: PyType? = nil
    var winner: PyType? = nil
    for v in bases {
      guard let b = v.as(PyType.self) else { throw PyError.typeError("bases must be types") }
      if !b.typeFlags.contains(.baseType) {
        throw PyError.typeError("type '\(b.name)' is not an acceptable base type")
      }
      let candidate = solidBase(b)
      guard let w = winner else {
        winner = candidate
        base = b
        continue
      }
      if w.isSubtype(of: candidate) { continue }
      if candidate.isSubtype(of: w) {
        winner = candidate
        base = b
        continue
      }
      throw PyError.typeError("multiple bases have instance lay-out conflict")
    }
    return base ?? BuiltinTypes.object
  }

  // MARK: Reassigning __class__ / __bases__

  /// Builtin types whose instances CPython frees without the cycle collector (`tp_free`
  /// differs from every class's, so `__bases__` cannot move between them).
  private static func freedWithoutGC(_ t: PyType) -> Bool {
    if t.typeFlags.contains(.heapType) { return false }
    let b = BuiltinTypes.self
    return t === b.object || t === b.int || t === b.bool || t === b.float || t === b.complex || t === b.str || t === b.bytes
  }

  /// True when `child` has exactly its base's layout (CPython's `compatible_with_tp_base`).
  private static func sameLayoutAsBase(_ child: PyType) -> Bool {
    guard let parent = child.base else { return false }
    if freedWithoutGC(child) != freedWithoutGC(parent) { return false }
    if hasDict(child) != hasDict(parent) || hasWeakrefs(child) != hasWeakrefs(parent) { return false }
    return !addsStorage(child)
  }

  /// The storage `t` adds to `t.base`, as a comparable description (CPython's
  /// `same_slots_added` compares sizes and slot names).
  private static func addedStorage(_ t: PyType) -> (weak: Bool, slots: [String]?, size: Int) {
    let base = t.base!
    let weak = hasWeakrefs(t) && !hasWeakrefs(base)
    let dictInBody = isVariableSize(base) && hasDict(t) && !hasDict(base)
    let size = t.slotNames.count + (weak ? 1 : 0) + (dictInBody ? 1 : 0)
    return (weak, t.declaresSlots ? t.slotNames : nil, size)
  }

  /// A `__dict__` that a class added over a fixed-size builtin layout (CPython 3.11's
  /// `Py_TPFLAGS_MANAGED_DICT`).
  private static func managedDict(_ t: PyType) -> Bool {
    guard t.typeFlags.contains(.heapType), hasDict(t) else { return false }
    var root = t
    while root.typeFlags.contains(.heapType), let b = root.base { root = b }
    return !hasDict(root) && !isVariableSize(root)
  }

  /// Raises "X assignment: 'new' object layout differs from 'old'" (or "deallocator differs")
  /// unless instances of `old` can become instances of `new` (CPython's
  /// `compatible_for_assignment`).
  static func checkCompatible(_ old: PyType, _ new: PyType, _ attr: String) throws(PyError) {
    if freedWithoutGC(new) != freedWithoutGC(old) {
      throw PyError.typeError("\(attr) assignment: '\(new.name)' deallocator differs from '\(old.name)'")
    }
    var newBase = new, oldBase = old
    while sameLayoutAsBase(newBase) { newBase = newBase.base! }
    while sameLayoutAsBase(oldBase) { oldBase = oldBase.base! }
    var compatible = true
    if newBase !== oldBase {
      compatible = false
      if let nb = newBase.base, let ob = oldBase.base, nb === ob,
         newBase.typeFlags.contains(.heapType), oldBase.typeFlags.contains(.heapType) {
        let a = addedStorage(newBase), b = addedStorage(oldBase)
        var same = a.weak == b.weak && a.size == b.size
        if same, let sa = a.slots, let sb = b.slots { same = sa == sb }
        compatible = same
      }
    }
    if compatible && managedDict(new) == managedDict(old) { return }
    throw PyError.typeError("\(attr) assignment: '\(new.name)' object layout differs from '\(old.name)'")
  }
}
