/// Method resolution orders: the C3 linearisation (`type.mro()`), custom `mro()` methods of
/// metaclasses and their validation, and recomputing the MROs of a class hierarchy when
/// `__bases__` changes (CPython's `mro_implementation`, `mro_invoke`, `mro_check`,
/// `mro_hierarchy`).
enum TypeMRO {
  /// The C3 linearisation of `cls` and its bases (`type.mro(cls)`), with CPython's errors:
  /// "duplicate base class X" and "Cannot create a consistent method resolution\norder (MRO)
  /// for bases A, B".
  static func c3(_ cls: PyType) throws(PyError) -> [PyType] {
    let bases = cls.bases
    // A base whose own first MRO is still being computed (its custom mro() is running).
    for b in bases where b.mro.isEmpty {
      throw PyError.typeError("Cannot extend an incomplete type '\(b.name)'")
    }
    if bases.count == 1 { return [cls] + bases[0].mro }
    if bases.isEmpty { return [cls] }
    for i in 0..<bases.count {
      for j in (i + 1)..<bases.count where bases[i] === bases[j] {
        throw PyError.typeError("duplicate base class \(bases[i].shortName)")
      }
    }
    var toMerge: [[PyType]] = bases.map { $0.mro }
    toMerge.append(bases)
    var remain = [Int](repeating: 0, count: toMerge.count)
    var result: [PyType] = [cls]

    func inTail(_ candidate: PyType) -> Bool {
      for j in 0..<toMerge.count {
        let list = toMerge[j]
        var k = remain[j] + 1
        while k < list.count {
          if list[k] === candidate { return true }
          k += 1
        }
      }
      return false
    }

    while true {
      var emptyCount = 0
      var merged = false
      for i in 0..<toMerge.count {
        if remain[i] >= toMerge[i].count {
          emptyCount += 1
          continue
        }
        let candidate = toMerge[i][remain[i]]
        if inTail(candidate) { continue }
        result.append(candidate)
        for j in 0..<toMerge.count where remain[j] < toMerge[j].count && toMerge[j][remain[j]] === candidate {
          remain[j] += 1
        }
        merged = true
        break
      }
      if merged { continue }
      if emptyCount == toMerge.count { return result }
      var heads: [PyType] = []
      for i in 0..<toMerge.count where remain[i] < toMerge[i].count {
        let h = toMerge[i][remain[i]]
        if !heads.contains(where: { $0 === h }) { heads.append(h) }
      }
      throw PyError.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                              + heads.map { String($0.shortName) }.joined(separator: ", "))
    }
  }

  /// The MRO `cls` gets (CPython's `mro_invoke`): the C3 linearisation, or the result of the
  /// metaclass's own `mro()` checked to be classes with suitable layouts.
  static func compute(_ ts: ThreadState, _ cls: PyType) throws(PyError) -> [PyType] {
    let meta = cls.type
    let mroName = PyStr.intern("mro")
    if meta === BuiltinTypes.type {
      return try c3(cls)
    }
    guard let method = meta.lookup(mroName) else { return try c3(cls) }
    if let builtin = BuiltinTypes.type.dict.get(mroName), builtin.isIdentical(to: method) {
      return try c3(cls)
    }
    let result = try Protocols.call(ts, try Protocols.bindDescriptor(ts, method, instance: Value(cls), owner: Value(meta)), [])
    let items = try Protocols.toArray(ts, result)
    if items.isEmpty { throw PyError.typeError("type MRO must not be empty") }
    let solid = TypeLayout.solidBase(cls)
    var mro: [PyType] = []
    mro.reserveCapacity(items.count)
    for v in items {
      guard let t = v.as(PyType.self) else {
        throw PyError.typeError("mro() returned a non-class ('\(Protocols.typeName(v))')")
      }
      if !solid.isSubtype(of: TypeLayout.solidBase(t)) {
        throw PyError.typeError("mro() returned base with unsuitable layout ('\(t.name)')")
      }
      mro.append(t)
    }
    return mro
  }

  /// Recomputes the MRO of `cls` and of every subclass after its bases changed (CPython's
  /// `mro_hierarchy`); on error every MRO already changed is restored.
  static func recomputeHierarchy(_ ts: ThreadState, _ cls: PyType) throws(PyError) {
    var changed: [(PyType, [PyType])] = []
    func visit(_ t: PyType) throws(PyError) {
      let old = t.mro
      let new = try compute(ts, t)
      t.mro = new
      changed.append((t, old))
      for sub in t.directSubclasses { try visit(sub) }
    }
    do throws(PyError) {
      try visit(cls)
    } catch {
      for (t, old) in changed.reversed() { t.mro = old }
      throw error
    }
  }
}
