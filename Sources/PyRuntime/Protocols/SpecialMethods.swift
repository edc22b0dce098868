/// Looking up and calling special methods the way the interpreter does: on the type, never the
/// instance (`_PyObject_LookupSpecial`, `vectorcall_method`).
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
    let t = typeOf(v)
    guard let d = t.lookup(name) else { return nil }
    if let o = d.object, o is PyFunction || o is PyMethodDescriptor && !(o as! PyMethodDescriptor).isClassMethod {
      return try call(ts, d, [v] + args)
    }
    let bound = try bindDescriptor(ts, d, instance: v, owner: Value(t))
    return try call(ts, bound, args)
  }
}

/// Slot implementations for classes defined in Python: each calls the class's dunder method.
/// `PyType.fixupSlots()` installs them for every dunder the class (or a Python base) defines,
/// and keeps the native slot of a builtin base when the class inherits the builtin's method.
enum PythonSlots {
  /// Identity of the Python-dispatching binary slots (shared by all classes, per operator):
  /// two classes that both use it are handled by one call, as CPython's SLOT1BINFULL.
  static func binaryId(_ op: BinaryOp) -> Int { 10 + op.rawValue }
  static func inplaceId(_ op: BinaryOp) -> Int { 40 + op.rawValue }

  static func name(_ s: String) -> PyStr { PyStr.intern(s) }

  static func callRequired(_ ts: ThreadState, _ v: Value, _ dunder: String, _ args: [Value]) throws(PyError) -> Value {
    if let r = try Protocols.callSpecial(ts, v, name(dunder), args) { return r }
    throw PyError.attributeError("'\(Protocols.typeName(v))' object has no attribute '\(dunder)'")
  }

  static func binary(_ op: BinaryOp) -> BinarySlot {
    let forward = name(op.dunder), reflected = name(op.reflectedDunder)
    let id = binaryId(op)
    return BinarySlot(id: id) { ts, a, b throws(PyError) in
      let ta = Protocols.typeOf(a), tb = Protocols.typeOf(b)
      let aUsesUs = ta.slots.binary[op.rawValue]?.id == id
      var doOther = ta !== tb && tb.slots.binary[op.rawValue]?.id == id && tb.lookup(reflected) != nil
      if aUsesUs {
        if doOther && tb.isSubtype(of: ta) && methodIsOverloaded(ta, tb, reflected) {
          if let r = try Protocols.callSpecial(ts, b, reflected, [a]), !r.isNotImplemented { return r }
          doOther = false
        }
        if ta.lookup(forward) != nil {
          let r = try Protocols.callSpecial(ts, a, forward, [b]) ?? .notImplemented
          if !r.isNotImplemented || ta === tb { return r }
        }
      }
      if doOther {
        return try Protocols.callSpecial(ts, b, reflected, [a]) ?? .notImplemented
      }
      return .notImplemented
    }
  }

  /// True when `sub` defines `name` differently from `base`.
  static func methodIsOverloaded(_ base: PyType, _ sub: PyType, _ name: PyStr) -> Bool {
    guard let b = sub.lookup(name) else { return false }
    guard let a = base.lookup(name) else { return true }
    return !a.isIdentical(to: b)
  }

  static func inplace(_ op: BinaryOp) -> BinarySlot {
    let n = name(op.inplaceDunder)
    return BinarySlot(id: inplaceId(op)) { ts, a, b throws(PyError) in
      try Protocols.callSpecial(ts, a, n, [b]) ?? .notImplemented
    }
  }
}

extension PyType {
  /// Re-derives this class's slots from the dunder methods along its MRO (CPython's
  /// `fixup_slot_dispatchers`/`update_slot`). Called when a class is created and when one of
  /// its dunder attributes is assigned or deleted (then also for its subclasses).
  public func fixupSlots() {
    guard typeFlags.contains(.heapType) else { return }
    var s = TypeSlots()
    // Start from the solid builtin base's native slots.
    var native = mro.first(where: { !$0.typeFlags.contains(.heapType) }) ?? BuiltinTypes.object
    if native === self { native = BuiltinTypes.object }
    s = native.slots

    /// The dunder as this class sees it: nil when absent or inherited unchanged from the
    /// native base (then the native slot stays).
    func defines(_ dunder: String) -> Value? {
      let n = PyStr.intern(dunder)
      guard let v = lookup(n) else { return nil }
      if let nv = native.lookup(n), nv.isIdentical(to: v) { return nil }
      return v
    }
    func has(_ dunder: String) -> Bool { defines(dunder) != nil }

    if has("__repr__") { s.repr = { ts, v throws(PyError) in try PythonSlots.callRequired(ts, v, "__repr__", []) } }
    if has("__str__") { s.str = { ts, v throws(PyError) in try PythonSlots.callRequired(ts, v, "__str__", []) } }
    if let h = defines("__hash__") {
      if h.isNone {
        s.hash = nil
        s.hashIsNone = true
      } else {
        s.hashIsNone = false
        s.hash = { ts, v throws(PyError) in
          let r = try PythonSlots.callRequired(ts, v, "__hash__", [])
          switch r {
          case .int(let i): return i == -1 ? -2 : i
          case .bool(let b): return b ? 1 : 0
          default:
            guard Protocols.typeOf(r).isSubtype(of: BuiltinTypes.int) else {
              throw PyError.typeError("__hash__ method should return an integer")
            }
            return try Protocols.hash(ts, r)
          }
        }
      }
    } else if has("__eq__") && dict.get("__hash__") == nil {
      // Defining __eq__ without __hash__ makes instances unhashable.
      s.hash = nil
      s.hashIsNone = true
    }
    let compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    if compareNames.contains(where: has) {
      let nativeCompare = native.slots.richCompare
      s.richCompare = { ts, a, b, op throws(PyError) in
        let t = Protocols.typeOf(a)
        let n = PyStr.intern(op.dunder)
        if let d = t.lookup(n), !(native.lookup(n).map { $0.isIdentical(to: d) } ?? false) {
          return try Protocols.callSpecial(ts, a, n, [b]) ?? .notImplemented
        }
        if let nc = nativeCompare { return try nc(ts, a, b, op) }
        return .notImplemented
      }
    }
    if has("__getattribute__") || has("__getattr__") {
      let hasGetattribute = has("__getattribute__")
      s.getAttribute = { ts, v, n throws(PyError) in
        if hasGetattribute { return try PythonSlots.callRequired(ts, v, "__getattribute__", [.object(n)]) }
        return try Protocols.genericGetAttr(ts, v, n)
      }
      if has("__getattr__") {
        s.getAttrFallback = { ts, v, n throws(PyError) in try PythonSlots.callRequired(ts, v, "__getattr__", [.object(n)]) }
      } else {
        s.getAttrFallback = nil
      }
    }
    if has("__setattr__") || has("__delattr__") {
      let hasSet = has("__setattr__"), hasDel = has("__delattr__")
      s.setAttribute = { ts, v, n, value throws(PyError) in
        if let value {
          if hasSet { _ = try PythonSlots.callRequired(ts, v, "__setattr__", [.object(n), value]); return }
        } else if hasDel {
          _ = try PythonSlots.callRequired(ts, v, "__delattr__", [.object(n)]); return
        }
        try Protocols.genericSetAttr(ts, v, n, value)
      }
    }
    if has("__call__") {
      s.call = { ts, v, args throws(PyError) in
        guard let d = Protocols.typeOf(v).lookup(PyStr.intern("__call__")) else {
          throw PyError.typeError("'\(Protocols.typeName(v))' object is not callable")
        }
        let bound = try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(Protocols.typeOf(v)))
        return try Protocols.call(ts, bound, args)
      }
    }
    if has("__iter__") {
      s.iter = { ts, v throws(PyError) in try PythonSlots.callRequired(ts, v, "__iter__", []) }
    } else if let it = dict.get("__iter__"), it.isNone {
      s.iter = nil
    }
    if has("__next__") {
      s.next = { ts, v throws(PyError) in
        do throws(PyError) {
          return try PythonSlots.callRequired(ts, v, "__next__", [])
        } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
          ts.pendingStopIteration = e.exception
          return nil
        }
      }
    }
    if has("__get__") {
      s.descrGet = { ts, d, inst, owner throws(PyError) in
        try PythonSlots.callRequired(ts, d, "__get__", [inst ?? .none, owner ?? .none])
      }
    }
    if has("__set__") || has("__delete__") {
      s.descrSet = { ts, d, inst, value throws(PyError) in
        if let value { _ = try PythonSlots.callRequired(ts, d, "__set__", [inst, value]) }
        else { _ = try PythonSlots.callRequired(ts, d, "__delete__", [inst]) }
      }
    }
    if has("__init__") {
      s.initialize = { ts, v, args throws(PyError) in
        guard let d = Protocols.typeOf(v).lookup(Dunder.`init`) else { return }
        let r: Value
        if let fn = d.as(PyFunction.self), fn.type === BuiltinTypes.function {
          r = try ts.callFunction(fn, prepending: v, args)
        } else {
          r = try Protocols.call(ts, try Protocols.bindDescriptor(ts, d, instance: v, owner: Value(Protocols.typeOf(v))), args)
        }
        if !r.isNone {
          throw PyError.typeError("__init__() should return None, not '\(Protocols.typeName(r))'")
        }
      }
    }
    if has("__new__") {
      s.new = { ts, cls, args throws(PyError) in
        guard let d = cls.lookup(PyStr.intern("__new__")) else { throw PyError.typeError("cannot create '\(cls.name)' instances") }
        let f = try Protocols.bindDescriptor(ts, d, instance: nil, owner: Value(cls))
        return try Protocols.callWithSelf(ts, f, Value(cls), args)
      }
    }
    if has("__del__") {
      s.finalize = { ts, o in
        do throws(PyError) {
          _ = try PythonSlots.callRequired(ts, .object(o), "__del__", [])
        } catch {
          // slot_tp_finalize: PyErr_WriteUnraisable(the __del__ function).
          let del = o.type.lookup(PyStr.intern("__del__"))
          ExceptionSupport.writeUnraisable(ts, error.exception, object: del)
        }
      }
    }
    if has("__bool__") {
      s.bool = { ts, v throws(PyError) in
        let r = try PythonSlots.callRequired(ts, v, "__bool__", [])
        guard case .bool(let b) = r else {
          throw PyError.typeError("__bool__ should return bool, returned \(Protocols.typeName(r))")
        }
        return b
      }
    }
    if has("__len__") {
      s.length = { ts, v throws(PyError) in
        let r = try PythonSlots.callRequired(ts, v, "__len__", [])
        guard Protocols.hasIndex(r) else {
          throw PyError.typeError("'\(Protocols.typeName(r))' object cannot be interpreted as an integer")
        }
        let n = try Protocols.indexAsInt(ts, r, overflowMessage: "cannot fit 'int' into an index-sized integer")
        if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
        return n
      }
    }
    if has("__getitem__") {
      s.getItem = { ts, v, k throws(PyError) in try PythonSlots.callRequired(ts, v, "__getitem__", [k]) }
    }
    if has("__setitem__") || has("__delitem__") {
      s.setItem = { ts, v, k, value throws(PyError) in
        if let value { _ = try PythonSlots.callRequired(ts, v, "__setitem__", [k, value]) }
        else { _ = try PythonSlots.callRequired(ts, v, "__delitem__", [k]) }
      }
    }
    if has("__contains__") {
      s.contains = { ts, v, x throws(PyError) in
        try Protocols.isTrue(ts, try PythonSlots.callRequired(ts, v, "__contains__", [x]))
      }
    }
    for op in BinaryOp.allCases {
      if has(op.dunder) || has(op.reflectedDunder) { s.binary[op.rawValue] = PythonSlots.binary(op) }
      if has(op.inplaceDunder) { s.inplace[op.rawValue] = PythonSlots.inplace(op) }
    }
    if has("__pow__") || has("__rpow__") {
      s.ternaryPow = { ts, a, b, m throws(PyError) in
        if Protocols.typeOf(a).lookup(PyStr.intern("__pow__")) != nil {
          return try Protocols.callSpecial(ts, a, PyStr.intern("__pow__"), [b, m]) ?? .notImplemented
        }
        return .notImplemented
      }
    }
    let unary: [(String, WritableKeyPath<TypeSlots, TypeSlots.Unary?>)] = [
      ("__neg__", \.negative), ("__pos__", \.positive), ("__abs__", \.absolute), ("__invert__", \.invert),
      ("__index__", \.index), ("__int__", \.int), ("__float__", \.float),
    ]
    for (dunder, path) in unary where has(dunder) {
      s[keyPath: path] = { ts, v throws(PyError) in try PythonSlots.callRequired(ts, v, dunder, []) }
    }
    slots = s
  }
}
