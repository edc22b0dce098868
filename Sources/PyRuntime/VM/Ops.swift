import PyCompiler

/// Operand decoding and the out-of-line parts of instructions, kept out of the interpreter
/// loop's body so the loop stays small (slow paths are `@inline(never)` where they are big).
enum Ops {
  // MARK: Operands

  @inline(__always) static func a(_ w: UInt64) -> Int { Int(truncatingIfNeeded: (w >> 8) & 0x7FFF) }
  /// B or C as a raw 20-bit field (may carry the move flag).
  @inline(__always) static func b(_ w: UInt64) -> Int { Int(truncatingIfNeeded: (w >> 24) & 0xFFFFF) }
  @inline(__always) static func c(_ w: UInt64) -> Int { Int(truncatingIfNeeded: w >> 44) }

  /// Reads register operand `x` (a B/C field): takes the value out when the move flag is set.
  @inline(__always)
  static func read(_ r: UnsafeMutablePointer<Value>, _ x: Int) -> Value {
    if x & Instruction.moveFlagBC != 0 {
      return take(r, x & 0x7FFF)
    }
    return r[x]
  }

  /// Reads the A operand as a source register (with its move flag).
  @inline(__always)
  static func readA(_ r: UnsafeMutablePointer<Value>, _ w: UInt64) -> Value {
    let raw = Int(truncatingIfNeeded: (w >> 8) & 0xFFFF)
    if raw & Instruction.moveFlagA != 0 { return take(r, raw & 0x7FFF) }
    return r[raw]
  }

  /// Moves the value out of register `i`, leaving it unbound.
  @inline(__always)
  static func take(_ r: UnsafeMutablePointer<Value>, _ i: Int) -> Value {
    let p = r + (i & 0x7FFF)
    let v = p.move()
    p.initialize(to: .unbound)
    return v
  }

  /// Makes register `p` unbound, releasing what it held (skips the destroy when it holds an
  /// immediate).
  @inline(__always)
  static func clear(_ p: UnsafeMutablePointer<Value>) {
    if InlineCaches.rawObject(p) != nil {
      p.pointee = .unbound
    } else {
      p.initialize(to: .unbound)
    }
  }

  /// Moves `count` values out of registers starting at `start`.
  @inline(__always)
  static func takeRange(_ r: UnsafeMutablePointer<Value>, _ start: Int, _ count: Int) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(count)
    let s = start & 0x7FFF
    for i in 0..<count { out.append(take(r, s + i)) }
    return out
  }

  static let binaryTable: [BinaryOp] = [.add, .sub, .mul, .matMul, .trueDiv, .floorDiv, .mod, .pow,
                                         .lshift, .rshift, .and, .or, .xor]

  @inline(__always) static func binaryOp(_ opcode: UInt8) -> BinaryOp {
    binaryTable[Int(opcode - Opcode.add.rawValue)]
  }

  @inline(__always) static func inplaceOp(_ opcode: UInt8) -> BinaryOp {
    binaryTable[Int(opcode - Opcode.inplaceAdd.rawValue)]
  }

  // MARK: Errors

  @inline(never)
  static func unboundLocal(_ code: PyCode, _ index: Int) -> PyError {
    let name = index < code.varnames.count ? code.varnames[index].string : "?"
    let e = PyBaseException(type: BuiltinTypes.exceptions.unboundLocalError,
                            message: "cannot access local variable '\(name)' where it is not associated with a value")
    e.attributes.set("__field_name", .object(PyStr.intern(name)))
    return PyError(e)
  }

  @inline(never)
  static func unboundDeref(_ code: PyCode, _ index: Int) -> PyError {
    let all = code.cellvars + code.freevars
    let name = index < all.count ? all[index].string : "?"
    if index < code.cellvars.count {
      return PyError.unboundLocalError("cannot access local variable '\(name)' where it is not associated with a value")
    }
    let e = PyBaseException(type: BuiltinTypes.exceptions.nameError,
                            message: "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    e.attributes.set("__field_name", .object(PyStr.intern(name)))
    return PyError(e)
  }

  @inline(never)
  static func nameError(_ name: PyStr) -> PyError {
    let e = PyBaseException(type: BuiltinTypes.exceptions.nameError, message: "name '\(name.string)' is not defined")
    e.attributes.set("__field_name", .object(name))
    return PyError(e)
  }

  // MARK: Names in module/class bodies

  static func loadName(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ name: PyStr) throws(PyError) -> Value {
    let locals = f.pointee.locals
    if let d = locals.as(PyDict.self), d.type === BuiltinTypes.dict {
      if let v = d.get(name) { return v }
    } else if !locals.isUnbound {
      do throws(PyError) {
        return try Protocols.getItem(ts, locals, .object(name))
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.keyError) {
      }
    }
    if let v = f.pointee.globals.get(name) ?? f.pointee.builtins.get(name) { return v }
    throw nameError(name)
  }

  static func storeName(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ name: PyStr, _ v: Value) throws(PyError) {
    let locals = f.pointee.locals
    if let d = locals.as(PyDict.self), d.type === BuiltinTypes.dict {
      d.set(name, v)
    } else if locals.isUnbound {
      f.pointee.globals.set(name, v)
    } else {
      try Protocols.setItem(ts, locals, .object(name), v)
    }
  }

  static func deleteName(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ name: PyStr) throws(PyError) {
    let locals = f.pointee.locals
    if let d = locals.as(PyDict.self), d.type === BuiltinTypes.dict {
      if d.remove(name) == nil { throw nameError(name) }
    } else {
      do throws(PyError) {
        try Protocols.setItem(ts, locals, .object(name), nil)
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.keyError) {
        throw nameError(name)
      }
    }
  }

  static func loadClassDeref(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ cell: Value, _ name: PyStr) throws(PyError) -> Value {
    let locals = f.pointee.locals
    if let d = locals.as(PyDict.self) {
      if let v = d.get(name) { return v }
    } else if !locals.isUnbound {
      do throws(PyError) {
        return try Protocols.getItem(ts, locals, .object(name))
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.keyError) {
      }
    }
    let v = cell.unsafeAs(PyCell.self).value
    if v.isUnbound {
      throw PyError.nameError("cannot access free variable '\(name.string)' where it is not associated with a value in enclosing scope")
    }
    return v
  }

  // MARK: Attributes, items

  /// The method `name` of `obj`'s type when a call can skip making a bound method: a plain
  /// Python function or builtin method descriptor found on the type and not shadowed by the
  /// instance dict; nil otherwise.
  @inline(__always)
  static func lookupMethod(_ ts: ThreadState, _ obj: Value, _ name: PyStr) throws(PyError) -> Value? {
    let t = Protocols.typeOf(obj)
    if t.slots.getAttribute != nil { return nil }
    guard let d = t.lookup(name), let o = d.unmanaged else { return nil }
    let isMethod: Bool = o._withUnsafeGuaranteedRef { m in
      m.type.kind == .function || (m.type === BuiltinTypes.methodDescriptor)
    }
    guard isMethod else { return nil }
    if let inst = Protocols.instanceDict(obj), inst.get(name) != nil { return nil }
    return d
  }

  @inline(__always)
  static func getSubscript(_ ts: ThreadState, _ container: Value, _ key: Value) throws(PyError) -> Value {
    if case .int(let i) = key, let l = container.as(PyList.self), l.type === BuiltinTypes.list {
      if let x = l.get(pythonIndex: i) { return x }
      throw PyError.indexError("list index out of range")
    }
    return try Protocols.getItem(ts, container, key)
  }

  @inline(__always)
  static func storeSubscript(_ ts: ThreadState, _ container: Value, _ key: Value, _ value: Value) throws(PyError) {
    if case .int(let i) = key, let l = container.as(PyList.self), l.type === BuiltinTypes.list,
       l.set(pythonIndex: i, value) {
      return
    }
    try Protocols.setItem(ts, container, key, value)
  }

  // MARK: Iteration

  @inline(__always)
  static func iterNext(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>) throws(PyError) -> Value? {
    if let p = InlineCaches.rawObject(reg) {
      let fast: (Bool, Value?) = Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { o in
        switch Unmanaged.passUnretained(o.type)._withUnsafeGuaranteedRef({ $0.kind }) {
        case .rangeIterator: return (true, unsafeDowncast(o, to: RangeIterator.self).advance().map { .int($0) })
        case .listIterator: return (true, unsafeDowncast(o, to: ArrayIterator.self).next())
        default: return (false, nil)
        }
      }
      if fast.0 { return fast.1 }
    }
    return try Protocols.next(ts, reg.pointee)
  }

  // MARK: Calls

  /// Copies a function's closure cells into its frame's free-variable registers (after the
  /// locals and cell variables), as CPython's COPY_FREE_VARS.
  @inline(__always)
  static func installClosure(_ f: PyFunction, _ code: PyCode, _ regs: UnsafeMutablePointer<Value>) {
    guard let closure = f.closure else { return }
    let base = code.varnames.count + code.cellvars.count
    for (i, cell) in closure.items.enumerated() { regs[base + i] = cell }
  }

  /// What an inline call needs to know about its callee, read once without reference counting.
  struct InlineTarget {
    let function: UnsafeRawPointer
    let code: Unmanaged<PyCode>
    let globals: Unmanaged<PyDict>
    let builtins: Unmanaged<PyDict>
    let registerCount: Int
    let argCount: Int
    let plainSignature: Bool
    let hasClosure: Bool
  }

  /// The callee in register `reg` when it is a Python function whose call can run inline.
  @inline(__always)
  static func inlineTarget(_ reg: UnsafeMutablePointer<Value>) -> InlineTarget? {
    guard let p = InlineCaches.rawObject(reg) else { return nil }
    return Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { o -> InlineTarget? in
      guard Unmanaged.passUnretained(o.type)._withUnsafeGuaranteedRef({ $0.kind }) == .function else { return nil }
      let fn = unsafeDowncast(o, to: PyFunction.self)
      let codeRef = Unmanaged.passUnretained(fn.code)
      return codeRef._withUnsafeGuaranteedRef { code -> InlineTarget? in
        guard code.runsOnCall else { return nil }
        return InlineTarget(function: p, code: codeRef, globals: Unmanaged.passUnretained(fn.globals),
                            builtins: Unmanaged.passUnretained(fn.builtins), registerCount: code.registerCount,
                            argCount: code.argCount, plainSignature: code.hasPlainSignature,
                            hasClosure: fn.closure != nil)
      }
    }
  }

  /// Argument binding for an inline call whose arguments need rearranging.
  @inline(never)
  static func bindInline(_ ts: ThreadState, _ calleeReg: UnsafeMutablePointer<Value>, _ args: Args,
                         _ regs: UnsafeMutablePointer<Value>) throws(PyError) {
    let fn = calleeReg.pointee.unsafeAs(PyFunction.self)
    try ArgumentBinding.bind(ts, fn, fn.code, args, into: regs, inPlace: true)
  }

  @inline(never)
  static func installClosure(_ calleeReg: UnsafeMutablePointer<Value>, _ regs: UnsafeMutablePointer<Value>) {
    let fn = calleeReg.pointee.unsafeAs(PyFunction.self)
    installClosure(fn, fn.code, regs)
  }

  /// The Python function a call can enter inline (same loop, no Swift recursion).
  @inline(__always)
  static func inlineCallable(_ callee: Value) -> Unmanaged<PyFunction>? {
    guard let u = callee.unmanaged else { return nil }
    let isFunction = u._withUnsafeGuaranteedRef { $0.type.kind == .function }
    return isFunction ? Unmanaged<PyFunction>.fromOpaque(u.toOpaque()) : nil
  }

  /// `LOAD_GLOBAL`: globals, then builtins.
  @inline(__always)
  static func loadGlobal(_ f: UnsafeMutablePointer<Frame>, _ name: Unmanaged<PyStr>) throws(PyError) -> Value {
    unowned(unsafe) let n = name.takeUnretainedValue()
    if let v = f.pointee.globals.get(n) { return v }
    if let v = f.pointee.builtins.get(n) { return v }
    throw nameError(n)
  }

  @inline(never)
  static func callGeneric(_ ts: ThreadState, _ callee: Value, _ args: Args) throws(PyError) -> Value {
    return try Protocols.call(ts, callee, args)
  }

  /// `f(*args, **kwargs)`.
  static func callEx(_ ts: ThreadState, _ callee: Value, _ posArgs: Value, _ kwArgs: Value) throws(PyError) -> Value {
    var positional: [Value]
    if let t = posArgs.as(PyTuple.self) {
      positional = t.items
    } else {
      positional = try Protocols.toArray(ts, posArgs)
    }
    var names: [Value] = []
    if let d = kwArgs.as(PyDict.self) {
      for (k, v) in d.items {
        guard k.as(PyStr.self) != nil else { throw PyError.typeError("keywords must be strings") }
        names.append(k)
        positional.append(v)
      }
    }
    let kwnames = names.isEmpty ? nil : PyTuple(names)
    return try Args.with(positional, kwnames: kwnames) { a throws(PyError) in try Protocols.call(ts, callee, a) }
  }

  // MARK: Building

  static func setAdd(_ ts: ThreadState, _ set: Value, _ item: Value) throws(PyError) {
    try set.unsafeAs(PySet.self).add(ts, item)
  }

  static func listExtend(_ ts: ThreadState, _ list: Value, _ iterable: Value) throws(PyError) {
    let l = list.unsafeAs(PyList.self)
    if Protocols.typeOf(iterable).slots.iter == nil && Protocols.typeOf(iterable).slots.getItem == nil {
      throw PyError.typeError("Value after * must be an iterable, not \(Protocols.typeName(iterable))")
    }
    try l.extend(ts, iterable)
  }

  static func setUpdate(_ ts: ThreadState, _ set: Value, _ iterable: Value) throws(PyError) {
    try set.unsafeAs(PySet.self).update(ts, iterable)
  }

  static func dictUpdate(_ ts: ThreadState, _ dict: Value, _ other: Value) throws(PyError) {
    let d = dict.unsafeAs(PyDict.self)
    if other.as(PyDict.self) == nil, try Protocols.getAttrOptional(ts, other, PyStr.intern("keys")) == nil {
      throw PyError.typeError("'\(Protocols.typeName(other))' object is not a mapping")
    }
    try DictMethods.merge(ts, d, other)
  }

  static func dictMerge(_ ts: ThreadState, _ dict: Value, _ other: Value, _ callee: Value) throws(PyError) {
    let d = dict.unsafeAs(PyDict.self)
    let fname = (try? CallSupport.functionDescription(ts, callee)) ?? "function"
    var pairs: [(Value, Value)] = []
    if let o = other.as(PyDict.self) {
      pairs = o.items.map { ($0.key, $0.value) }
    } else {
      guard let keys = try Protocols.getAttrOptional(ts, other, PyStr.intern("keys")) else {
        throw PyError.typeError("\(fname) argument after ** must be a mapping, not \(Protocols.typeName(other))")
      }
      for k in try Protocols.toArray(ts, try Protocols.call(ts, keys, [])) {
        pairs.append((k, try Protocols.getItem(ts, other, k)))
      }
    }
    for (k, v) in pairs {
      guard let ks = k.as(PyStr.self) else { throw PyError.typeError("keywords must be strings") }
      if d.get(ks) != nil {
        throw PyError.typeError("\(fname) got multiple values for keyword argument '\(ks.string)'")
      }
      d.set(ks, v)
    }
  }

  static func unpackSequence(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ seq: Value, _ n: Int) throws(PyError) {
    var items: [Value]
    if let t = seq.as(PyTuple.self), t.type === BuiltinTypes.tuple {
      items = t.items
    } else if let l = seq.as(PyList.self), l.type === BuiltinTypes.list {
      items = l.items
    } else {
      let t = Protocols.typeOf(seq)
      if t.slots.iter == nil && t.slots.getItem == nil {
        throw PyError.typeError("cannot unpack non-iterable \(t.name) object")
      }
      let it = try Protocols.getIter(ts, seq)
      items = []
      while let x = try Protocols.next(ts, it) {
        items.append(x)
        if items.count > n {
          throw PyError.valueError("too many values to unpack (expected \(n))")
        }
      }
    }
    if items.count != n {
      if items.count < n {
        throw PyError.valueError("not enough values to unpack (expected \(n), got \(items.count))")
      }
      throw PyError.valueError("too many values to unpack (expected \(n))")
    }
    for i in 0..<n { r[a + i] = items[i] }
  }

  static func unpackEx(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ seq: Value, _ spec: Int) throws(PyError) {
    let before = spec & 0x3FF, after = spec >> 10
    let t = Protocols.typeOf(seq)
    if t.slots.iter == nil && t.slots.getItem == nil {
      throw PyError.typeError("cannot unpack non-iterable \(t.name) object")
    }
    let items = try Protocols.toArray(ts, seq)
    if items.count < before + after {
      throw PyError.valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
    }
    for i in 0..<before { r[a + i] = items[i] }
    r[a + before] = .object(PyList(Array(items[before..<(items.count - after)])))
    for i in 0..<after { r[a + before + 1 + i] = items[items.count - after + i] }
  }

  static func formatValue(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ b: Int, _ flags: Int) throws(PyError) -> Value {
    var v = read(r, b)
    switch flags & 3 {
    case 1: v = .object(try Protocols.str(ts, v))
    case 2: v = .object(try Protocols.repr(ts, v))
    case 3: v = .object(try Protocols.ascii(ts, v))
    default: break
    }
    let spec: Value = flags & 4 != 0 ? read(r, (b & 0x7FFF) + 1) : .object(StrOps.empty)
    if let s = v.strIfExact, let sp = spec.as(PyStr.self), sp.count == 0 { return .object(s) }
    return .object(try Protocols.format(ts, v, spec))
  }

  // MARK: Functions

  static func makeFunction(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ r: UnsafeMutablePointer<Value>,
                           _ a: Int, _ codeValue: Value, _ flags: Int) throws(PyError) -> Value {
    let code = codeValue.unsafeAs(PyCode.self)
    let qual = code.qualname
    let fn = PyFunction(code: code, globals: f.pointee.globals, builtins: f.pointee.builtins, qualname: qual)
    var next = a + 1
    if flags & 1 != 0 { fn.defaults = take(r, next).as(PyTuple.self); next += 1 }
    if flags & 2 != 0 { fn.kwdefaults = take(r, next).as(PyDict.self); next += 1 }
    if flags & 4 != 0 { fn.annotations = take(r, next); next += 1 }
    if flags & 8 != 0 { fn.closure = take(r, next).as(PyTuple.self); next += 1 }
    // By convention (as CPython 3.11) a function's first constant is its docstring or None.
    if code.constantCount > 0, case let doc = code.constants[0], doc.strIfExact != nil {
      fn.doc = doc
    }
    // Functions defined at module or class level are long-lived and shared: defer them.
    if !code.codeFlags.contains(.nested) {
      ts.interpreter.registerDeferred(fn)
    }
    return Value(fn)
  }

  static func setupAnnotations(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>) throws(PyError) {
    let key = PyStr.intern("__annotations__")
    let locals = f.pointee.locals.isUnbound ? Value.object(f.pointee.globals) : f.pointee.locals
    if let d = locals.as(PyDict.self) {
      if d.get(key) == nil { d.set(key, .object(PyDict())) }
      return
    }
    do throws(PyError) {
      _ = try Protocols.getItem(ts, locals, .object(key))
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.keyError) {
      try Protocols.setItem(ts, locals, .object(key), .object(PyDict()))
    }
  }

  // MARK: Exceptions

  static func raise(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ b: Int, _ kind: Int) throws(PyError) {
    if kind == 0 {
      guard let e = ExceptionSupport.topmostHandled(ts) else { throw PyError.runtimeError("No active exception to reraise") }
      throw PyError(e)
    }
    let exc = try ExceptionRaising.instantiate(ts, r[a])
    if kind == 2 {
      let causeValue = r[b & 0x7FFF]
      if causeValue.isNone {
        exc.cause = .none
      } else {
        exc.cause = try ExceptionRaising.instantiateCause(ts, causeValue)
      }
      exc.suppressContext = true
    }
    ExceptionSupport.chainContext(ts, exc)
    throw PyError(exc)
  }

  static func exceptionMatches(_ ts: ThreadState, _ exc: Value, _ cls: Value) throws(PyError) -> Bool {
    try ExceptionRaising.checkCatchable(cls)
    let t = Protocols.typeOf(exc)
    if let c = cls.as(PyType.self) { return t.isSubtype(of: c) }
    if let tup = cls.as(PyTuple.self) {
      for item in tup.items where t.isSubtype(of: item.unsafeAs(PyType.self)) { return true }
    }
    return false
  }

  static func checkEgMatch(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ exc: Value, _ cls: Value) throws(PyError) {
    let (match, rest) = try ExceptionGroups.split(ts, exc, cls)
    if let m = match.as(PyBaseException.self) { ts.handledException = m }
    r[a] = match
    r[a + 1] = rest
  }

  static func prepReraiseStar(_ ts: ThreadState, _ orig: Value, _ list: Value) throws(PyError) -> Value {
    return try ExceptionGroups.prepReraiseStar(ts, orig, list)
  }

  static func beforeWith(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ mgr: Value) throws(PyError) {
    let t = Protocols.typeOf(mgr)
    guard let enter = t.lookup(Dunder.enter) else {
      throw PyError.typeError("'\(t.name)' object does not support the context manager protocol")
    }
    guard let exit = t.lookup(Dunder.exit) else {
      throw PyError.typeError("'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
    }
    r[a] = try Protocols.bindDescriptor(ts, exit, instance: mgr, owner: Value(t))
    let boundEnter = try Protocols.bindDescriptor(ts, enter, instance: mgr, owner: Value(t))
    r[a + 1] = try Protocols.call(ts, boundEnter, [])
  }

  static func withExceptStart(_ ts: ThreadState, _ exit: Value, _ exc: Value) throws(PyError) -> Value {
    let e = exc.unsafeAs(PyBaseException.self)
    return try Protocols.call(ts, exit, [Value(e.type), exc, e.traceback.map { .object($0) } ?? .none])
  }

  static func beforeAsyncWith(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ mgr: Value) throws(PyError) {
    let t = Protocols.typeOf(mgr)
    guard let enter = t.lookup(PyStr.intern("__aenter__")) else {
      throw PyError.typeError("'\(t.name)' object does not support the asynchronous context manager protocol")
    }
    guard let exit = t.lookup(PyStr.intern("__aexit__")) else {
      throw PyError.typeError("'\(t.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
    }
    r[a] = try Protocols.bindDescriptor(ts, exit, instance: mgr, owner: Value(t))
    let boundEnter = try Protocols.bindDescriptor(ts, enter, instance: mgr, owner: Value(t))
    r[a + 1] = try Protocols.call(ts, boundEnter, [])
  }

  // MARK: Generators and coroutines

  static func getYieldFromIter(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ v: Value) throws(PyError) -> Value {
    return try GeneratorSupport.yieldFromIter(ts, f, v)
  }

  static func send(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ b: Int) throws(PyError) -> Value? {
    return try GeneratorSupport.send(ts, r, a, b & 0x7FFF)
  }

  static func getAwaitable(_ ts: ThreadState, _ v: Value, _ where_: Int) throws(PyError) -> Value {
    return try GeneratorSupport.awaitable(ts, v, context: where_)
  }

  static func getAIter(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    return try GeneratorSupport.aiter(ts, v)
  }

  static func getANext(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    return try GeneratorSupport.anext(ts, v)
  }

  /// END_ASYNC_FOR: nil when the loop ends normally, else the exception to re-raise.
  static func endAsyncFor(_ ts: ThreadState, _ exc: Value) -> PyBaseException? {
    return GeneratorSupport.endAsyncFor(exc)
  }

  // MARK: Pattern matching

  static func matchKeys(_ ts: ThreadState, _ subject: Value, _ keys: Value) throws(PyError) -> Value {
    return try PatternSupport.matchKeys(ts, subject, keys)
  }

  static func matchClass(_ ts: ThreadState, _ subject: Value, _ cls: Value, count: Int, names: Value) throws(PyError) -> Value {
    return try PatternSupport.matchClass(ts, subject, cls, count: count, names: names)
  }

  static func copyDictWithoutKeys(_ ts: ThreadState, _ subject: Value, _ keys: Value) throws(PyError) -> Value {
    let d = PyDict()
    try DictMethods.merge(ts, d, subject)
    for k in keys.unsafeAs(PyTuple.self).items { try d.delItem(ts, k) }
    return .object(d)
  }

  static func printExpr(_ ts: ThreadState, _ v: Value) throws(PyError) {
    if let hook = ts.interpreter.sys.dict.get("displayhook") {
      _ = try Protocols.call(ts, hook, [v])
      return
    }
    if v.isNone { return }
    ts.interpreter.builtins.dict.set("_", v)
    if let out = ts.interpreter.sys.dict.get("stdout")?.as(StdStream.self) {
      out.write(try Protocols.repr(ts, v))
      out.write("\n")
    }
  }
}

extension Ops {
  /// Writes `v` into register `p`, releasing the old value only when it is a counted object
  /// (an immediate or a deferred reference needs no release, so the common int/float result
  /// skips Swift's out-of-line destroy).
  @inline(__always)
  static func store(_ p: UnsafeMutablePointer<Value>, _ v: __owned Value) {
    if UnsafeRawPointer(p).load(fromByteOffset: 8, as: UInt8.self) == ValueLayout.objectTag {
      p.pointee = v
    } else {
      p.initialize(to: v)
    }
  }
}
