/// Looking up and calling special methods the way the interpreter does: on the type, never the
/// instance (`_PyObject_LookupSpecial`, `lookup_maybe_method`, `vectorcall_method`).
extension Protocols {
  /// `type(v).name` bound to `v`, or nil when the type does not define it.
  public static func lookupSpecial(_ ts: ThreadState, _ v: Value, _ name: PyStr) throws(PyError) -> Value? {
    let t = typeOf(v)
    guard let d = t.lookup(name) else { return nil }
    return try bindDescriptor(ts, d, instance: v, owner: Value(t))
  }

  /// Calls special method `name` of `v`'s type with `args`; nil when it is not defined.
  /// Plain functions are called with `v` prepended (no bound-method object is made).
  public static func callSpecial(_ ts: ThreadState, _ v: Value, _ name: PyStr, _ args: [Value]) throws(PyError) -> Value? {
    unowned(unsafe) let t = typeRef(v)
    guard let d = t.lookup(name) else { return nil }
    switch args.count {
    case 0: return try PythonSlots.invoke0(ts, d, v, t)
    case 1: return try PythonSlots.invoke1(ts, d, v, t, args[0])
    default:
      if let o = d.object, o is PyFunction {
        return try call(ts, d, [v] + args)
      }
      let bound = try bindDescriptor(ts, d, instance: v, owner: Value(t))
      return try call(ts, bound, args)
    }
  }
}

/// Slot implementations for classes defined in Python: each calls the class's dunder method
/// (CPython's `slot_tp_*`/`slot_nb_*`/`slot_sq_*`/`slot_mp_*`). `PyType.fixupSlots()` installs
/// them for every dunder the class (or a Python base) defines, and keeps the native slot of a
/// builtin base when the class inherits the builtin's method.
enum PythonSlots {
  /// Identity of the Python-dispatching binary slots (shared by all classes, per operator):
  /// two classes that both use it are handled by one call, as CPython's SLOT1BINFULL.
  static func binaryId(_ op: BinaryOp) -> Int { 10 + op.rawValue }
  static func inplaceId(_ op: BinaryOp) -> Int { 40 + op.rawValue }

  static func name(_ s: String) -> PyStr { PyStr.intern(s) }

  // MARK: Calling a dunder found on the type

  /// Calls descriptor `d` (found on `t`, the type of `v`) as a method of `v` with no
  /// arguments: plain functions and builtin method descriptors get `v` directly, anything
  /// else is bound through `__get__` first (`call_unbound_noarg`).
  @inline(__always)
  static func invoke0(_ ts: ThreadState, _ d: Value, _ v: Value, _ t: PyType) throws(PyError) -> Value {
    if let o = d.object {
      if let f = o as? PyFunction {
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { buf throws(PyError) -> Value in
          buf.initializeElement(at: 0, to: v)
          defer { buf.deinitialize() }
          return try ts.callFunction(f, Args(base: UnsafePointer(buf.baseAddress!), count: 1))
        }
      }
      if let md = o as? PyMethodDescriptor, !md.isClassMethod {
        try Protocols.checkDescriptorSelf(md, v, t)
        return try md.body(ts, v, Args(base: UnsafePointer(bitPattern: MemoryLayout<Value>.alignment)!, count: 0))
      }
    }
    let bound = try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(t))
    return try Protocols.call(ts, bound, [])
  }

  /// As `invoke0` with one argument.
  @inline(__always)
  static func invoke1(_ ts: ThreadState, _ d: Value, _ v: Value, _ t: PyType, _ a: Value) throws(PyError) -> Value {
    if let o = d.object {
      if let f = o as? PyFunction {
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buf throws(PyError) -> Value in
          buf.initializeElement(at: 0, to: v)
          buf.initializeElement(at: 1, to: a)
          defer { buf.deinitialize() }
          return try ts.callFunction(f, Args(base: UnsafePointer(buf.baseAddress!), count: 2))
        }
      }
      if let md = o as? PyMethodDescriptor, !md.isClassMethod {
        try Protocols.checkDescriptorSelf(md, v, t)
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { buf throws(PyError) -> Value in
          buf.initializeElement(at: 0, to: a)
          defer { buf.deinitialize() }
          return try md.body(ts, v, Args(base: UnsafePointer(buf.baseAddress!), count: 1))
        }
      }
    }
    let bound = try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(t))
    return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { buf throws(PyError) -> Value in
      buf.initializeElement(at: 0, to: a)
      defer { buf.deinitialize() }
      return try Protocols.call(ts, bound, Args(base: UnsafePointer(buf.baseAddress!), count: 1))
    }
  }

  /// `vectorcall_method`: calls dunder `n` of `v`'s type; AttributeError(name) when missing.
  @inline(__always)
  static func method0(_ ts: ThreadState, _ v: Value, _ n: PyStr) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(n) else { throw missing(n) }
    return try invoke0(ts, d, v, t)
  }

  @inline(__always)
  static func method1(_ ts: ThreadState, _ v: Value, _ n: PyStr, _ a: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(n) else { throw missing(n) }
    return try invoke1(ts, d, v, t, a)
  }

  static func method2(_ ts: ThreadState, _ v: Value, _ n: PyStr, _ a: Value, _ b: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(n) else { throw missing(n) }
    if let o = d.object, o is PyFunction {
      return try Protocols.call(ts, d, [v, a, b])
    }
    let bound = try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(t))
    return try Protocols.call(ts, bound, [a, b])
  }

  /// `vectorcall_maybe`: NotImplemented when the type lacks the dunder.
  @inline(__always)
  static func maybe1(_ ts: ThreadState, _ v: Value, _ n: PyStr, _ a: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(n) else { return .notImplemented }
    return try invoke1(ts, d, v, t, a)
  }

  /// The AttributeError of `lookup_method` (its message is the bare name).
  static func missing(_ n: PyStr) -> PyError {
    PyError(PyBaseException(type: BuiltinTypes.exceptions.attributeError, args: PyTuple([.object(n)])))
  }

  // MARK: Number slots

  static func binary(_ op: BinaryOp) -> BinarySlot {
    let forward = name(op.dunder), reflected = name(op.reflectedDunder)
    let id = binaryId(op)
    return BinarySlot(id: id) { ts, a, b throws(PyError) in
      unowned(unsafe) let ta = Protocols.typeRef(a)
      unowned(unsafe) let tb = Protocols.typeRef(b)
      var doOther = ta !== tb && tb.slots.binary[op.rawValue]?.id == id
      if ta.slots.binary[op.rawValue]?.id == id {
        var overloaded = false
        if doOther && tb.isSubtype(of: ta) { overloaded = try methodIsOverloaded(ts, ta, tb, reflected) }
        if overloaded {
          let r = try maybe1(ts, b, reflected, a)
          if !r.isNotImplemented { return r }
          doOther = false
        }
        let r = try maybe1(ts, a, forward, b)
        if !r.isNotImplemented || ta === tb { return r }
      }
      if doOther {
        return try maybe1(ts, b, reflected, a)
      }
      return .notImplemented
    }
  }

  /// True when `sub` defines `name` differently from `base` (CPython's `method_is_overloaded`,
  /// which compares the attributes with `!=`).
  static func methodIsOverloaded(_ ts: ThreadState, _ base: PyType, _ sub: PyType, _ name: PyStr) throws(PyError) -> Bool {
    guard let b = try Protocols.getAttrOptional(ts, Value(sub), name) else { return false }
    guard let a = try Protocols.getAttrOptional(ts, Value(base), name) else { return true }
    return try Protocols.richCompareBool(ts, a, b, .ne)
  }

  static func inplace(_ op: BinaryOp) -> BinarySlot {
    let n = name(op.inplaceDunder)
    return BinarySlot(id: inplaceId(op)) { ts, a, b throws(PyError) in
      try method1(ts, a, n, b)
    }
  }

  /// `slot_nb_power` with a modulus: `__pow__(b, m)` of the first operand only when its type
  /// dispatches `**` to Python (three-argument pow never uses `__rpow__`).
  static func ternaryPow(_ ts: ThreadState, _ a: Value, _ b: Value, _ m: Value) throws(PyError) -> Value {
    if Protocols.typeOf(a).slots.binary[BinaryOp.pow.rawValue]?.id == binaryId(.pow) {
      return try method2(ts, a, name("__pow__"), b, m)
    }
    return .notImplemented
  }

  // MARK: Other slots

  static func hash(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    unowned(unsafe) let t = Protocols.typeRef(v)
    let n = name("__hash__")
    guard let d = t.lookup(n), !d.isNone else {
      throw PyError.typeError("unhashable type: '\(t.name)'")
    }
    let r = try invoke0(ts, d, v, t)
    switch r {
    case .int(let i): return i == -1 ? -2 : i
    case .bool(let b): return b ? 1 : 0
    default:
      guard Protocols.typeOf(r).isSubtype(of: BuiltinTypes.int) else {
        throw PyError.typeError("__hash__ method should return an integer")
      }
      guard let l = r.as(PyLong.self) else { return 0 }
      if let i = l.intValue { return i == -1 ? -2 : i }
      let h = IntOps.bigHash(l)
      return h == -1 ? -2 : h
    }
  }

  static func length(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    let r = try method0(ts, v, name("__len__"))
    let i = try Protocols.index(ts, r)
    switch i {
    case .int(let n):
      if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
      return n
    default:
      if let l = i.as(PyLong.self) {
        if l.isNegative { throw PyError.valueError("__len__() should return >= 0") }
        if let n = l.intValue { return n }
      }
      throw PyError.overflowError("cannot fit 'int' into an index-sized integer")
    }
  }

  static func iter(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(name("__iter__")) else {
      if t.lookup(name("__getitem__")) != nil { return .object(SequenceIterator(v)) }
      throw PyError.typeError("'\(t.name)' object is not iterable")
    }
    if d.isNone { throw PyError.typeError("'\(t.name)' object is not iterable") }
    return try invoke0(ts, d, v, t)
  }

  static func contains(_ ts: ThreadState, _ v: Value, _ x: Value) throws(PyError) -> Bool {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(name("__contains__")) else {
      return try Protocols.iterSearchContains(ts, v, x)
    }
    if d.isNone { throw PyError.typeError("'\(t.name)' object is not a container") }
    return try Protocols.isTrue(ts, try invoke1(ts, d, v, t, x))
  }

  static func call(_ ts: ThreadState, _ v: Value, _ args: Args) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(Dunder.call) else {
      throw PyError.typeError("'\(t.name)' object is not callable")
    }
    if let o = d.object, o is PyFunction {
      return try Protocols.callWithSelf(ts, d, v, args)
    }
    // A `__call__` that is not a function may lead back here (`A.__call__ = A()`): counted
    // as _PyObject_Call counts tp_call.
    try ts.enterRecursiveCall(" while calling a Python object")
    defer { ts.leaveRecursiveCall() }
    let bound = try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(t))
    return try Protocols.call(ts, bound, args)
  }

  static func initialize(_ ts: ThreadState, _ v: Value, _ args: Args) throws(PyError) {
    unowned(unsafe) let t = Protocols.typeRef(v)
    guard let d = t.lookup(Dunder.`init`) else { throw missing(Dunder.`init`) }
    let r: Value
    if let fn = d.as(PyFunction.self), fn.type === BuiltinTypes.function {
      r = try ts.callFunction(fn, prepending: v, args)
    } else {
      r = try Protocols.call(ts, try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(t)), args)
    }
    if !r.isNone {
      throw PyError.typeError("__init__() should return None, not '\(Protocols.typeName(r))'")
    }
  }

  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    let f = try Protocols.getAttr(ts, Value(cls), name("__new__"))
    return try Protocols.callWithSelf(ts, f, Value(cls), args)
  }

  static func bool(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    unowned(unsafe) let t = Protocols.typeRef(v)
    if let d = t.lookup(name("__bool__")) {
      let r = try invoke0(ts, d, v, t)
      guard case .bool(let b) = r else {
        throw PyError.typeError("__bool__ should return bool, returned \(Protocols.typeName(r))")
      }
      return b
    }
    if let d = t.lookup(name("__len__")) {
      return try Protocols.isTrue(ts, try invoke0(ts, d, v, t))
    }
    return true
  }

  static func richCompare(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
    unowned(unsafe) let t = Protocols.typeRef(a)
    guard let d = t.lookup(name(op.dunder)) else { return .notImplemented }
    if let o = d.object, o is PyFunction || o is PyMethodDescriptor {
      return try invoke1(ts, d, a, t, b)
    }
    // slot_tp_richcompare: an error while binding the method (a property raising) counts as
    // a missing method.
    let bound: Value
    do throws(PyError) {
      bound = try Protocols.bindDescriptor(ts, d, instance: a, owner: Value(t))
    } catch {
      return .notImplemented
    }
    return try Protocols.call(ts, bound, [b])
  }

  static func getAttribute(_ ts: ThreadState, _ v: Value, _ n: PyStr) throws(PyError) -> Value {
    try method1(ts, v, name("__getattribute__"), .object(n))
  }

  static func getAttrHook(_ ts: ThreadState, _ v: Value, _ n: PyStr) throws(PyError) -> Value {
    try method1(ts, v, name("__getattr__"), .object(n))
  }
}

extension Protocols {
  /// `x in v` by iterating `v` (`_PySequence_IterSearch`).
  static func iterSearchContains(_ ts: ThreadState, _ v: Value, _ x: Value) throws(PyError) -> Bool {
    let it: Value
    do throws(PyError) {
      it = try getIter(ts, v)
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      throw PyError.typeError("argument of type '\(typeName(v))' is not iterable")
    }
    while let item = try next(ts, it) {
      if try richCompareBool(ts, item, x, .eq) { return true }
    }
    return false
  }
}

extension PyType {
  /// Re-derives this class's slots from the dunder methods along its MRO (CPython's
  /// `fixup_slot_dispatchers`/`update_slot`). Called when a class is created and when one of
  /// its dunder attributes is assigned or deleted (then also for its subclasses).
  public func fixupSlots() {
    guard typeFlags.contains(.heapType) else { return }
    // Start from the nearest builtin base's native slots.
    var native = mro.first(where: { !$0.typeFlags.contains(.heapType) }) ?? BuiltinTypes.object
    if native === self { native = BuiltinTypes.object }
    var s = native.slots

    /// The dunder as this class sees it: nil when absent or inherited unchanged from the
    /// native base (then the native slot stays).
    func defines(_ dunder: String) -> Value? {
      let n = PyStr.intern(dunder)
      guard let v = lookup(n) else { return nil }
      if let nv = native.lookup(n), nv.isIdentical(to: v) { return nil }
      return v
    }
    func has(_ dunder: String) -> Bool { defines(dunder) != nil }

    newIsObjectNew = ObjectSupport.inheritsFromObject(self, Dunder.new)
    initIsObjectInit = ObjectSupport.inheritsFromObject(self, Dunder.`init`)

    if has("__repr__") { s.repr = { ts, v throws(PyError) in try PythonSlots.method0(ts, v, PythonSlots.name("__repr__")) } }
    if has("__str__") { s.str = { ts, v throws(PyError) in try PythonSlots.method0(ts, v, PythonSlots.name("__str__")) } }
    if let h = defines("__hash__") {
      if h.isNone {
        s.hash = nil
        s.hashIsNone = true
      } else {
        s.hashIsNone = false
        s.hash = PythonSlots.hash
      }
    }
    if ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].contains(where: has) {
      s.richCompare = PythonSlots.richCompare
    }
    if has("__getattribute__") {
      s.getAttribute = PythonSlots.getAttribute
    }
    s.getAttrFallback = has("__getattr__") ? PythonSlots.getAttrHook : native.slots.getAttrFallback
    if has("__setattr__") || has("__delattr__") {
      let hasSet = has("__setattr__"), hasDel = has("__delattr__")
      let nativeSet = native.slots.setAttribute
      s.setAttribute = { ts, v, n, value throws(PyError) in
        if let value {
          if hasSet { _ = try PythonSlots.method2(ts, v, PythonSlots.name("__setattr__"), .object(n), value); return }
        } else if hasDel {
          _ = try PythonSlots.method1(ts, v, PythonSlots.name("__delattr__"), .object(n)); return
        }
        if let nativeSet { return try nativeSet(ts, v, n, value) }
        try Protocols.genericSetAttr(ts, v, n, value)
      }
    }
    if has("__call__") { s.call = PythonSlots.call }
    if has("__iter__") { s.iter = PythonSlots.iter }
    if has("__next__") {
      s.next = { ts, v throws(PyError) in
        do throws(PyError) {
          return try PythonSlots.method0(ts, v, PythonSlots.name("__next__"))
        } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
          ts.pendingStopIteration = e.exception
          return nil
        }
      }
    }
    if has("__get__") {
      s.descrGet = { ts, d, inst, owner throws(PyError) in
        let t = Protocols.typeOf(d)
        guard let get = t.lookup(PythonSlots.name("__get__")) else { return d }
        return try Protocols.call(ts, get, [d, inst ?? .none, owner ?? .none])
      }
    }
    if has("__set__") || has("__delete__") {
      s.descrSet = { ts, d, inst, value throws(PyError) in
        if let value { _ = try PythonSlots.method2(ts, d, PythonSlots.name("__set__"), inst, value) }
        else { _ = try PythonSlots.method1(ts, d, PythonSlots.name("__delete__"), inst) }
      }
    }
    if has("__init__") { s.initialize = PythonSlots.initialize }
    if has("__new__") { s.new = PythonSlots.new }
    if has("__del__") {
      s.finalize = { ts, o in Finalization.callDel(ts, o) }
      typeFlags.insert(.hasFinalizer)
    } else {
      typeFlags.remove(.hasFinalizer)
    }
    if has("__bool__") { s.bool = PythonSlots.bool }
    if has("__len__") { s.length = PythonSlots.length }
    if has("__getitem__") {
      s.getItem = { ts, v, k throws(PyError) in try PythonSlots.method1(ts, v, PythonSlots.name("__getitem__"), k) }
    }
    if has("__setitem__") || has("__delitem__") {
      s.setItem = { ts, v, k, value throws(PyError) in
        if let value { _ = try PythonSlots.method2(ts, v, PythonSlots.name("__setitem__"), k, value) }
        else { _ = try PythonSlots.method1(ts, v, PythonSlots.name("__delitem__"), k) }
      }
    }
    if has("__contains__") { s.contains = PythonSlots.contains }
    for op in BinaryOp.allCases {
      if has(op.dunder) || has(op.reflectedDunder) { s.binary[op.rawValue] = PythonSlots.binary(op) }
      if has(op.inplaceDunder) { s.inplace[op.rawValue] = PythonSlots.inplace(op) }
    }
    if has("__pow__") || has("__rpow__") { s.ternaryPow = PythonSlots.ternaryPow }
    let unary: [(String, WritableKeyPath<TypeSlots, TypeSlots.Unary?>)] = [
      ("__neg__", \.negative), ("__pos__", \.positive), ("__abs__", \.absolute), ("__invert__", \.invert),
      ("__index__", \.index), ("__int__", \.int), ("__float__", \.float),
    ]
    for (dunder, path) in unary where has(dunder) {
      let n = PythonSlots.name(dunder)
      s[keyPath: path] = { ts, v throws(PyError) in try PythonSlots.method0(ts, v, n) }
    }
    slots = s
  }
}
