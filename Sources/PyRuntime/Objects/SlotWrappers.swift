/// The dunder methods of builtin types (`int.__add__`, `list.__len__` …), made from their
/// slots as CPython's `add_operators` does, so Python code can call them explicitly
/// (`object.__init__(self)`, `super().__eq__(other)`, `dict.__getitem__(d, k)`).
extension PyType {
  /// Adds a wrapper for every slot this type sets whose dunder is not in its dict yet.
  /// Call after the type's own set-up and before inheriting slots from the base.
  public func addSlotWrappers() {
    let s = slots
    func wrap(_ name: String, _ body: @escaping PyBuiltinFunction.MethodBody) {
      if dict.get(name) == nil {
        // A wrapper_descriptor has no vectorcall in CPython: its calls count against the
        // recursion limit (_PyObject_MakeTpCall), which stops `C.__repr__ = C.__str__`.
        let counted: PyBuiltinFunction.MethodBody = { ts, v, args throws(PyError) in
          try ts.enterRecursiveCall(" while calling a Python object")
          defer { ts.leaveRecursiveCall() }
          return try body(ts, v, args)
        }
        dict.set(name, Value(PyMethodDescriptor(name: name, owner: self, doc: nil, isSlotWrapper: true, counted)))
      }
    }
    func arity(_ name: String, _ args: Args, _ n: Int) throws(PyError) {
      if args.kwnames != nil && !(args.kwnames!.items.isEmpty) {
        throw PyError.typeError("\(self.name).\(name)() takes no keyword arguments")
      }
      if args.count != n {
        throw PyError.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(args.count)")
      }
    }
    if let f = s.repr { wrap("__repr__") { ts, v, a throws(PyError) in try arity("__repr__", a, 0); return try f(ts, v) } }
    if let f = s.str { wrap("__str__") { ts, v, a throws(PyError) in try arity("__str__", a, 0); return try f(ts, v) } }
    if s.hashIsNone {
      if dict.get("__hash__") == nil { dict.set("__hash__", .none) }
    } else if let f = s.hash {
      wrap("__hash__") { ts, v, a throws(PyError) in try arity("__hash__", a, 0); return .int(try f(ts, v)) }
    }
    if let f = s.richCompare {
      for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
        wrap(op.dunder) { ts, v, a throws(PyError) in try arity(op.dunder, a, 1); return try f(ts, v, a[0], op) }
      }
    }
    if let f = s.getAttribute {
      wrap("__getattribute__") { ts, v, a throws(PyError) in
        try arity("__getattribute__", a, 1)
        guard let n = a[0].as(PyStr.self) else {
          throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
        }
        return try f(ts, v, n)
      }
    }
    if let f = s.setAttribute {
      wrap("__setattr__") { ts, v, a throws(PyError) in
        try arity("__setattr__", a, 2)
        guard let n = a[0].as(PyStr.self) else {
          throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
        }
        try f(ts, v, n, a[1])
        return .none
      }
      wrap("__delattr__") { ts, v, a throws(PyError) in
        try arity("__delattr__", a, 1)
        guard let n = a[0].as(PyStr.self) else {
          throw PyError.typeError("attribute name must be string, not '\(Protocols.typeName(a[0]))'")
        }
        try f(ts, v, n, nil)
        return .none
      }
    }
    if let f = s.call { wrap("__call__") { ts, v, a throws(PyError) in try f(ts, v, a) } }
    if let f = s.iter { wrap("__iter__") { ts, v, a throws(PyError) in try arity("__iter__", a, 0); return try f(ts, v) } }
    if let f = s.next {
      wrap("__next__") { ts, v, a throws(PyError) in
        try arity("__next__", a, 0)
        ts.pendingStopIteration = nil
        if let r = try f(ts, v) { return r }
        throw ExceptionSupport.takeStopIteration(ts)
      }
    }
    if let f = s.descrGet {
      wrap("__get__") { ts, v, a throws(PyError) in
        // PyArg_UnpackTuple(args, "", 1, 2, ...): the empty name leaves a leading space.
        if a.count < 1 { throw PyError.typeError(" expected at least 1 argument, got \(a.count)") }
        if a.count > 2 { throw PyError.typeError(" expected at most 2 arguments, got \(a.count)") }
        let inst: Value? = a[0].isNone ? nil : a[0]
        let owner: Value? = a.count > 1 && !a[1].isNone ? a[1] : nil
        if inst == nil && owner == nil { throw PyError.typeError("__get__(None, None) is invalid") }
        return try f(ts, v, inst, owner)
      }
    }
    if let f = s.descrSet {
      wrap("__set__") { ts, v, a throws(PyError) in try arity("__set__", a, 2); try f(ts, v, a[0], a[1]); return .none }
      wrap("__delete__") { ts, v, a throws(PyError) in try arity("__delete__", a, 1); try f(ts, v, a[0], nil); return .none }
    }
    if let f = s.initialize { wrap("__init__") { ts, v, a throws(PyError) in try f(ts, v, a); return .none } }
    if let f = s.bool { wrap("__bool__") { ts, v, a throws(PyError) in try arity("__bool__", a, 0); return .bool(try f(ts, v)) } }
    if let f = s.length { wrap("__len__") { ts, v, a throws(PyError) in try arity("__len__", a, 0); return .int(try f(ts, v)) } }
    if let f = s.getItem { wrap("__getitem__") { ts, v, a throws(PyError) in try arity("__getitem__", a, 1); return try f(ts, v, a[0]) } }
    if let f = s.setItem {
      wrap("__setitem__") { ts, v, a throws(PyError) in try arity("__setitem__", a, 2); try f(ts, v, a[0], a[1]); return .none }
      wrap("__delitem__") { ts, v, a throws(PyError) in try arity("__delitem__", a, 1); try f(ts, v, a[0], nil); return .none }
    }
    if let f = s.contains { wrap("__contains__") { ts, v, a throws(PyError) in try arity("__contains__", a, 1); return .bool(try f(ts, v, a[0])) } }
    for op in BinaryOp.allCases {
      if let slot = s.binary[op.rawValue] {
        let fn = slot.fn
        wrap(op.dunder) { ts, v, a throws(PyError) in
          if op == .pow && a.count == 2, let tp = s.ternaryPow { return try tp(ts, v, a[0], a[1]) }
          try arity(op.dunder, a, 1)
          return try fn(ts, v, a[0])
        }
        wrap(op.reflectedDunder) { ts, v, a throws(PyError) in
          if op == .pow && a.count == 2, let tp = s.ternaryPow { return try tp(ts, a[0], v, a[1]) }
          try arity(op.reflectedDunder, a, 1)
          return try fn(ts, a[0], v)
        }
      }
      if let slot = s.inplace[op.rawValue] {
        let fn = slot.fn
        wrap(op.inplaceDunder) { ts, v, a throws(PyError) in try arity(op.inplaceDunder, a, 1); return try fn(ts, v, a[0]) }
      }
    }
    if let f = s.sequenceConcat { wrap("__add__") { ts, v, a throws(PyError) in try arity("__add__", a, 1); return try f(ts, v, a[0]) } }
    if let f = s.sequenceInplaceConcat { wrap("__iadd__") { ts, v, a throws(PyError) in try arity("__iadd__", a, 1); return try f(ts, v, a[0]) } }
    if let f = s.sequenceRepeat {
      let rep: PyBuiltinFunction.MethodBody = { ts, v, a throws(PyError) in
        try arity("__mul__", a, 1)
        guard Protocols.hasIndex(a[0]) else { return .notImplemented }
        return try f(ts, v, try Protocols.indexAsInt(ts, a[0]))
      }
      wrap("__mul__", rep)
      wrap("__rmul__", rep)
    }
    if let f = s.sequenceInplaceRepeat {
      wrap("__imul__") { ts, v, a throws(PyError) in
        try arity("__imul__", a, 1)
        return try f(ts, v, try Protocols.indexAsInt(ts, a[0]))
      }
    }
    if let f = s.negative { wrap("__neg__") { ts, v, a throws(PyError) in try arity("__neg__", a, 0); return try f(ts, v) } }
    if let f = s.positive { wrap("__pos__") { ts, v, a throws(PyError) in try arity("__pos__", a, 0); return try f(ts, v) } }
    if let f = s.absolute { wrap("__abs__") { ts, v, a throws(PyError) in try arity("__abs__", a, 0); return try f(ts, v) } }
    if let f = s.invert { wrap("__invert__") { ts, v, a throws(PyError) in try arity("__invert__", a, 0); return try f(ts, v) } }
    if let f = s.index { wrap("__index__") { ts, v, a throws(PyError) in try arity("__index__", a, 0); return try f(ts, v) } }
    if let f = s.int { wrap("__int__") { ts, v, a throws(PyError) in try arity("__int__", a, 0); return try f(ts, v) } }
    if let f = s.float { wrap("__float__") { ts, v, a throws(PyError) in try arity("__float__", a, 0); return try f(ts, v) } }
    if let f = s.new, dict.get("__new__") == nil {
      let owner = self
      let nf = PyBuiltinFunction(name: "__new__", module: nil, doc: nil) { ts, a throws(PyError) in
        guard a.positionalCount >= 1 else { throw PyError.typeError("\(owner.name).__new__(): not enough arguments") }
        guard let cls = a[0].as(PyType.self) else {
          throw PyError.typeError("\(owner.name).__new__(X): X is not a type object (\(Protocols.typeName(a[0])))")
        }
        guard cls.isSubtype(of: owner) else {
          throw PyError.typeError("\(owner.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(owner.name)")
        }
        return try f(ts, cls, Args(base: a.base + 1, count: a.count - 1, kwnames: a.kwnames))
      }
      Deferral.retain(nf)
      dict.set("__new__", .object(PyStaticMethod(function: Value(nf))))
    }
    // As PyType_Ready (type_dict_set_doc): every builtin type has its own `__doc__`, None
    // without a docstring, so `None.__doc__` is not object's.
    if dict.get("__doc__") == nil { dict.set("__doc__", .none) }
  }
}
