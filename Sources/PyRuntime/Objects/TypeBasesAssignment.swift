/// `cls.__bases__ = (...)` (CPython's `type_set_bases`): the new bases must be classes that
/// keep the instance layout and create no cycle; the MRO of the class and of its subclasses
/// is recomputed, and the subclass lists of old and new bases updated.
enum TypeBasesAssignment {
  static func set(_ ts: ThreadState, _ cls: PyType, _ newValue: Value?) throws(PyError) {
    guard let newValue else {
      throw PyError.typeError("cannot delete '__bases__' attribute of immutable type '\(cls.name)'")
    }
    try TypeSupport.checkMutable(cls, "__bases__")
    guard let tuple = newValue.as(PyTuple.self) else {
      throw PyError.typeError("can only assign tuple to \(cls.name).__bases__, not \(Protocols.typeName(newValue))")
    }
    if tuple.count == 0 {
      throw PyError.typeError("can only assign non-empty tuple to \(cls.name).__bases__, not ()")
    }
    var bases: [PyType] = []
    for v in tuple.items {
      guard let b = v.as(PyType.self) else {
        throw PyError.typeError("\(cls.name).__bases__ must be tuple of classes, not '\(Protocols.typeName(v))'")
      }
      if b.isSubtype(of: cls) {
        throw PyError.typeError("a __bases__ item causes an inheritance cycle")
      }
      bases.append(b)
    }
    for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
      throw PyError.typeError("duplicate base class \(b.shortName)")
    }
    let newBase = try TypeCreation.solidBase(bases)
    let oldLayout = TypeCreation.layoutBase(cls.base ?? BuiltinTypes.object)
    let newLayout = TypeCreation.layoutBase(newBase)
    if nativeBase(oldLayout) !== nativeBase(newLayout) {
      throw PyError.typeError("__bases__ assignment: '\(newBase.name)' deallocator differs from '\((cls.base ?? BuiltinTypes.object).name)'")
    }
    if oldLayout !== newLayout {
      throw PyError.typeError("__bases__ assignment: '\(newBase.name)' object layout differs from '\((cls.base ?? BuiltinTypes.object).name)'")
    }
    let oldBases = cls.bases
    let oldBase = cls.base
    let oldMRO = cls.mro
    cls.bases = bases
    cls.base = newBase
    do throws(PyError) {
      try recomputeMRO(cls)
    } catch {
      cls.bases = oldBases
      cls.base = oldBase
      cls.mro = oldMRO
      throw error
    }
    for b in oldBases where !bases.contains(where: { $0 === b }) {
      b.subclassRefs.removeAll { $0.pointer.toOpaque() == Unmanaged.passUnretained(cls).toOpaque() }
    }
    for b in bases where !oldBases.contains(where: { $0 === b }) {
      b.subclassRefs.append(WeakType(type: cls))
    }
    cls.modified()
    cls.fixupSlotsRecursively()
  }

  /// The builtin type whose storage instances use.
  static func nativeBase(_ t: PyType) -> PyType {
    t.mro.first(where: { !$0.typeFlags.contains(.heapType) }) ?? BuiltinTypes.object
  }

  /// New MROs for `cls` and (recursively) its subclasses.
  static func recomputeMRO(_ cls: PyType) throws(PyError) {
    cls.mro = try TypeCreation.c3(cls)
    for ref in cls.subclassRefs {
      if let sub = ref.type { try recomputeMRO(sub) }
    }
  }
}
