/// Creating classes: `type(name, bases, namespace, **kwargs)` — what a `class` statement ends
/// in. Picks the metaclass, checks the bases, computes the C3 MRO, handles `__slots__`,
/// `__classcell__`, `__set_name__` and `__init_subclass__` (CPython's `type_new`).
enum TypeCreation {
  static func typeNew(_ ts: ThreadState, _ meta: PyType, _ args: Args) throws(PyError) -> Value {
    guard args.positionalCount == 3 else {
      if args.positionalCount == 1 && meta === BuiltinTypes.type { return Value(Protocols.typeOf(args[0])) }
      throw PyError.typeError("type() takes 1 or 3 arguments")
    }
    guard let nameStr = args[0].as(PyStr.self) else {
      throw PyError.typeError("type.__new__() argument 1 must be str, not \(Protocols.typeName(args[0]))")
    }
    guard let basesTuple = args[1].as(PyTuple.self) else {
      throw PyError.typeError("type.__new__() argument 2 must be tuple, not \(Protocols.typeName(args[1]))")
    }
    guard let ns = args[2].as(PyDict.self) else {
      throw PyError.typeError("type.__new__() argument 3 must be dict, not \(Protocols.typeName(args[2]))")
    }
    var bases: [PyType] = []
    for b in basesTuple.items {
      guard let bt = b.as(PyType.self) else {
        if let mro = try Protocols.getAttrOptional(ts, b, PyStr.intern("__mro_entries__")) {
          _ = mro
          throw PyError.typeError("type() doesn't support MRO entry resolution; use types.new_class()")
        }
        throw PyError.typeError("bases must be types")
      }
      bases.append(bt)
    }
    // The most derived metaclass.
    var winner = meta
    for b in bases {
      let bm = b.type
      if winner.isSubtype(of: bm) { continue }
      if bm.isSubtype(of: winner) { winner = bm; continue }
      throw PyError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
    }
    if winner !== meta, let wnew = winner.slots.new, winner.dict.get("__new__") != nil || winner !== BuiltinTypes.type {
      // A more derived metaclass with its own __new__ takes over.
      if !(winner.lookup(PyStr.intern("__new__"))?.isIdentical(to: BuiltinTypes.type.dict.get("__new__")!) ?? true) {
        return try wnew(ts, winner, args)
      }
    }
    if bases.isEmpty { bases = [BuiltinTypes.object] }
    for b in bases where !b.typeFlags.contains(.baseType) {
      throw PyError.typeError("type '\(b.name)' is not an acceptable base type")
    }
    for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
      throw PyError.typeError("duplicate base class \(b.shortName)")
    }
    let solid = try solidBase(bases)
    let dict = ns.copy()
    let name = nameStr.string
    let cls = PyType(metatype: winner, name: name, base: solid, bases: bases,
                     flags: [.heapType, .baseType], dict: dict)
    ts.interpreter.registerDeferred(cls)
    cls.typeFlags.formUnion(solid.typeFlags.intersection([.longSubclass, .listSubclass, .tupleSubclass,
                                                          .bytesSubclass, .unicodeSubclass, .dictSubclass,
                                                          .baseExceptionSubclass, .typeSubclass, .sequence, .mapping]))
    for b in bases { cls.typeFlags.formUnion(b.typeFlags.intersection([.sequence, .mapping])) }
    cls.mro = try c3(cls)
    // __qualname__ and __module__.
    if let q = dict.get("__qualname__") {
      guard let qs = q.as(PyStr.self) else {
        throw PyError.typeError("type __qualname__ must be a str, not \(Protocols.typeName(q))")
      }
      cls.qualname = qs.string
      dict.remove(PyStr.intern("__qualname__"))
    }
    if dict.get("__module__") == nil, let frame = ts.currentFrame, let m = frame.pointee.globals.get("__name__") {
      dict.set("__module__", m)
    }
    // Special methods that are implicitly static or class methods.
    if let f = dict.get("__new__"), f.object is PyFunction {
      dict.set("__new__", .object(PyStaticMethod(function: f)))
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
      if let f = dict.get(n), f.object is PyFunction {
        dict.set(n, .object(PyClassMethod(function: f)))
      }
    }
    // __slots__.
    try SlotsSupport.apply(ts, cls, solid: solid, bases: bases)
    // `__dict__` and `__weakref__` descriptors, unless a base already provides them.
    // Metaclasses inherit type's own `__dict__` (the class namespace).
    if cls.typeFlags.contains(.hasInstanceDict)
        && !bases.contains(where: { $0.typeFlags.contains(.hasInstanceDict) || $0.isSubtype(of: BuiltinTypes.type) }) {
      if dict.get("__dict__") == nil { dict.set("__dict__", InstanceDictDescriptor.make(cls)) }
      if dict.get("__weakref__") == nil {
        dict.set("__weakref__", Value(PyGetSetDescriptor(name: "__weakref__", owner: cls, doc: "list of weak references to the object (if defined)", get: { _, _ in .none }, set: nil)))
      }
    }
    // `__doc__` defaults to None (after the slots, as PyType_Ready: a `__doc__` slot is allowed).
    if dict.get("__doc__") == nil { dict.set("__doc__", .none) }
    // __classcell__: the cell `super()` reads.
    if let cellValue = dict.get("__classcell__") {
      guard let cell = cellValue.as(PyCell.self) else {
        throw PyError.typeError("__classcell__ must be a nonlocal cell, not \(Protocols.typeName(cellValue))")
      }
      cell.value = Value(cls)
      dict.remove(PyStr.intern("__classcell__"))
    }
    for b in bases { b.subclassRefs.append(WeakType(type: cls)) }
    cls.fixupSlots()
    // __set_name__ on every attribute that has it.
    for (k, v) in dict.items {
      if let setName = try Protocols.lookupSpecial(ts, v, PyStr.intern("__set_name__")) {
        do throws(PyError) {
          _ = try Protocols.call(ts, setName, [Value(cls), k])
        } catch {
          let note = "Error calling __set_name__ on '\(Protocols.typeName(v))' instance \((try? Protocols.reprString(ts, k)) ?? "?") in '\(name)'"
          ExceptionSupport.addNote(error.exception, note)
          throw error
        }
      }
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    // (searched along cls's MRO after cls, not along the first base's MRO).
    let initSubName = PyStr.intern("__init_subclass__")
    if let initSub = cls.mro.dropFirst().lazy.compactMap({ $0.dict.get(initSubName) }).first {
      let bound = try Protocols.bindDescriptor(ts, initSub, instance: nil, owner: Value(cls))
      let kw = Args(base: args.base + 3, count: args.count - 3, kwnames: args.kwnames)
      _ = try Protocols.call(ts, bound, kw)
    }
    return Value(cls)
  }

  /// The base whose instance layout the new class extends ("multiple bases have instance
  /// lay-out conflict" when two bases need different layouts).
  static func solidBase(_ bases: [PyType]) throws(PyError) -> PyType {
    var winner: PyType? = nil
    for b in bases {
      let s = layoutBase(b)
      guard let w = winner else { winner = s; continue }
      if w.isSubtype(of: s) { continue }
      if s.isSubtype(of: w) { winner = s; continue }
      throw PyError.typeError("multiple bases have instance lay-out conflict")
    }
    return bases.first { layoutBase($0) === winner } ?? bases[0]
  }

  /// The nearest class (itself or a base) that fixes the instance layout.
  static func layoutBase(_ t: PyType) -> PyType {
    var c = t
    while c.typeFlags.contains(.heapType) && c.instanceSlotCount == (c.base?.instanceSlotCount ?? 0), let b = c.base {
      c = b
    }
    return c
  }

  /// C3 linearisation of `cls`'s bases ("Cannot create a consistent method resolution order
  /// (MRO) for bases A, B" when there is none).
  static func c3(_ cls: PyType) throws(PyError) -> [PyType] {
    var seqs: [[PyType]] = cls.bases.map { $0.mro }
    seqs.append(cls.bases)
    var result: [PyType] = [cls]
    while true {
      seqs = seqs.filter { !$0.isEmpty }
      if seqs.isEmpty { return result }
      var candidate: PyType? = nil
      for s in seqs {
        let head = s[0]
        if !seqs.contains(where: { $0.dropFirst().contains { $0 === head } }) {
          candidate = head
          break
        }
      }
      guard let c = candidate else {
        var names: [String] = []
        for s in seqs where !names.contains(String(s[0].shortName)) { names.append(String(s[0].shortName)) }
        throw PyError.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names.joined(separator: ", "))
      }
      result.append(c)
      for i in 0..<seqs.count where seqs[i][0] === c { seqs[i].removeFirst() }
    }
  }
}
