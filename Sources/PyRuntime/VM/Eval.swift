import PyCompiler

/// The interpreter loop: executes register bytecode (see `PyCompiler/Bytecode/Opcode.swift`
/// for what each instruction means).
///
/// Python-to-Python calls do not recurse in Swift: the loop pushes the callee's frame (its
/// register window starts right after the callee register, where the arguments already are)
/// and keeps going, so deep Python recursion costs no native stack and ends in RecursionError
/// at `sys.getrecursionlimit()`. Native code calling Python (`sorted(key=...)`, dunder
/// methods, generators) enters a new invocation of the loop.
extension ThreadState {
  /// Calls Python function `f` from native code.
  public func callFunction(_ f: PyFunction, _ args: Args) throws(PyError) -> Value {
    let code = f.code
    if !code.runsOnCall {
      return try makeGenerator(f, args)
    }
    try checkNativeStack()
    let start = registerTop
    try prepareRegisters(start: start, count: code.registerCount)
    let regs = registerBase + start
    if ArgumentBinding.isSimple(code, args.count, args.kwnames) {
      for i in 0..<args.count { regs[i] = args[i] }
    } else {
      try ArgumentBinding.bind(self, f, code, args, into: regs, inPlace: false)
    }
    Ops.installClosure(f, code, regs)
    try pushFrame(code: Unmanaged.passUnretained(code), function: Value(f), registers: regs,
                  globals: Unmanaged.passUnretained(f.globals), builtins: Unmanaged.passUnretained(f.builtins),
                  locals: .unbound, isEntry: true, returnRegister: 0)
    return try run()
  }

  /// Runs module-level (or `exec`) code with `globals` and optional `locals` mapping.
  public func runCode(_ code: PyCode, globals: PyDict, locals: Value? = nil) throws(PyError) -> Value {
    let builtins = builtinsFor(globals)
    let start = registerTop
    try prepareRegisters(start: start, count: code.registerCount)
    try pushFrame(code: Unmanaged.passUnretained(code), function: .none, registers: registerBase + start,
                  globals: Unmanaged.passUnretained(globals), builtins: Unmanaged.passUnretained(builtins),
                  locals: locals ?? .object(globals), isEntry: true, returnRegister: 0)
    // Keep the dicts alive for the run (the frame does not count its references).
    return try withExtendedLifetime((globals, builtins)) { () throws(PyError) -> Value in try run() }
  }

  /// Runs a class body (`func`'s code) with `namespace` as its locals; returns the
  /// `__class__` cell if the body made one.
  func runClassBody(_ f: PyFunction, namespace: Value) throws(PyError) -> Value? {
    let code = f.code
    let start = registerTop
    try prepareRegisters(start: start, count: code.registerCount)
    let regs = registerBase + start
    Ops.installClosure(f, code, regs)
    try pushFrame(code: Unmanaged.passUnretained(code), function: Value(f), registers: regs,
                  globals: Unmanaged.passUnretained(f.globals), builtins: Unmanaged.passUnretained(f.builtins),
                  locals: namespace, isEntry: true, returnRegister: 0)
    let r = try run()
    return r.isNone ? nil : r
  }

  /// `__builtins__` of a globals dict (the interpreter's builtins when absent).
  func builtinsFor(_ globals: PyDict) -> PyDict {
    if let b = globals.get("__builtins__") {
      if let m = b.as(PyModule.self) { return m.dict }
      if let d = b.as(PyDict.self) { return d }
    }
    return interpreter.builtins.dict
  }

  /// First free register of the thread's register stack.
  var registerTop: Int { stackRegisterTop }

  /// Pushes a frame (arena-allocated) and makes it current.
  @inline(__always)
  func pushFrame(code: Unmanaged<PyCode>, function: Value, registers: UnsafeMutablePointer<Value>,
                 globals: Unmanaged<PyDict>, builtins: Unmanaged<PyDict>, locals: Value, isEntry: Bool,
                 returnRegister: Int) throws(PyError) {
    recursionDepth += 1
    if recursionDepth > recursionLimit || frameArenaTop >= frameArenaCapacity {
      recursionDepth -= 1
      throw PyError.recursionError("maximum recursion depth exceeded")
    }
    let f = frameArena + frameArenaTop
    frameArenaTop += 1
    f.initialize(to: Frame(previous: currentFrame, codeRef: code, function: function, registers: registers,
                           globalsRef: globals, builtinsRef: builtins, locals: locals, isEntry: isEntry,
                           returnRegister: Int32(returnRegister)))
    f.pointee.savedStackTop = stackRegisterTop
    currentFrame = f
    stackRegisterTop = (registers - registerBase) + code._withUnsafeGuaranteedRef { $0.registerCount }
  }

  /// Pushes the frame of an inline call (everything already resolved to raw references).
  @inline(__always)
  func pushFrame(code: Unmanaged<PyCode>, functionRef: UnsafeRawPointer, registers: UnsafeMutablePointer<Value>,
                 globals: Unmanaged<PyDict>, builtins: Unmanaged<PyDict>, isEntry: Bool, returnRegister: Int,
                 registerCount: Int) throws(PyError) {
    // Python calls are the other place a signal is noticed (recursion without loops).
    if interpreter.signals.isPending { try checkSignals() }
    recursionDepth += 1
    if recursionDepth > recursionLimit || frameArenaTop >= frameArenaCapacity {
      recursionDepth -= 1
      throw PyError.recursionError("maximum recursion depth exceeded")
    }
    let f = frameArena + frameArenaTop
    frameArenaTop += 1
    f.initialize(to: Frame(previous: currentFrame, codeRef: code, functionRef: functionRef, registers: registers,
                           globalsRef: globals, builtinsRef: builtins, isEntry: isEntry,
                           returnRegister: Int32(returnRegister), registerCount: registerCount))
    f.pointee.savedStackTop = stackRegisterTop
    currentFrame = f
    stackRegisterTop = (registers - registerBase) + registerCount
  }

  /// Pops the current arena frame, releasing its registers.
  @inline(__always)
  func popFrame() {
    let f = currentFrame!
    let regs = f.pointee.registers
    let n = f.pointee.registerCount
    var i = 0
    while i < n { Ops.clear(regs + i); i += 1 }
    currentFrame = f.pointee.previous
    f.pointee.releaseFrameObject()
    frameArenaTop -= 1
    recursionDepth -= 1
    stackRegisterTop = f.pointee.savedStackTop
  }

  /// The Python frame object for `f` (made on first request).
  func frameObject(for f: UnsafeMutablePointer<Frame>) -> PyFrameObject {
    if let fo = f.pointee.frameObject {
      fo.pc = f.pointee.pc
      fo.lineno = f.pointee.lineno
      return fo
    }
    // Make the objects of `f` and of the callers that have none, innermost first, linking
    // each to the next (a loop: this runs when the native stack may be nearly exhausted).
    let fo = PyFrameObject(code: f.pointee.code, globals: f.pointee.globals, pc: f.pointee.pc, lineno: f.pointee.lineno)
    f.pointee.frameObject = fo
    var last = fo
    var cur = f.pointee.previous
    while let c = cur {
      if let existing = c.pointee.frameObject {
        existing.pc = c.pointee.pc
        existing.lineno = c.pointee.lineno
        last.back = existing
        break
      }
      let made = PyFrameObject(code: c.pointee.code, globals: c.pointee.globals, pc: c.pointee.pc, lineno: c.pointee.lineno)
      c.pointee.frameObject = made
      last.back = made
      last = made
      cur = c.pointee.previous
    }
    return fo
  }

  /// Runs the current frame until the entry frame returns.
  func run() throws(PyError) -> Value {
    var f = currentFrame!
    var words: UnsafeMutablePointer<UInt64>
    var consts: UnsafeMutablePointer<Value>
    var names: UnsafeMutablePointer<Unmanaged<PyStr>>
    (words, consts, names) = f.pointee.codeRef._withUnsafeGuaranteedRef { ($0.words, $0.constants, $0.namePointers) }
    var r = f.pointee.registers
    var pc = f.pointee.pc
    var reraising = false
    /// The code object, for slow paths (deferred: never freed while running).
    var code: PyCode { f.pointee.code }

    @inline(__always) func reload() {
      (words, consts, names) = f.pointee.codeRef._withUnsafeGuaranteedRef { ($0.words, $0.constants, $0.namePointers) }
      r = f.pointee.registers
      pc = f.pointee.pc
    }

    while true {
      // The frame always knows its current instruction (tracebacks, handlers, `f_lineno`).
      f.pointee.pc = pc
      let w = words[pc]
      pc += 1
      do throws(PyError) {
        switch UInt8(truncatingIfNeeded: w) {
        case Opcode.nop.rawValue:
          break

        case Opcode.move.rawValue:
          Ops.store(r + Ops.a(w), Ops.read(r, Ops.b(w)))

        case Opcode.loadConst.rawValue:
          Ops.store(r + Ops.a(w), consts[Int(truncatingIfNeeded: w >> 24)])

        case Opcode.loadInt.rawValue:
          Ops.store(r + Ops.a(w), .int(Int(truncatingIfNeeded: w >> 24) - Instruction.sBxBias))

        case Opcode.loadNone.rawValue:
          Ops.store(r + Ops.a(w), .none)

        case Opcode.loadTrue.rawValue:
          Ops.store(r + Ops.a(w), .bool(true))

        case Opcode.loadFalse.rawValue:
          Ops.store(r + Ops.a(w), .bool(false))

        case Opcode.checkBound.rawValue:
          if r[Ops.a(w)].isUnbound {
            throw Ops.unboundLocal(code, Ops.b(w))
          }

        case Opcode.deleteFast.rawValue:
          let a = Ops.a(w)
          if r[a].isUnbound { throw Ops.unboundLocal(code, Ops.b(w)) }
          Ops.store(r + a, .unbound)

        case Opcode.clear.rawValue:
          Ops.store(r + Ops.a(w), .unbound)

        // MARK: Names
        case Opcode.loadGlobal.rawValue:
          let cache = words + pc
          pc += 2
          Ops.store(r + Ops.a(w), try InlineCaches.loadGlobal(f, names[Ops.b(w)], cache))

        case Opcode.storeGlobal.rawValue:
          f.pointee.globals.set(names[Ops.b(w)].takeUnretainedValue(), Ops.readA(r, w))

        case Opcode.deleteGlobal.rawValue:
          let name = names[Ops.b(w)].takeUnretainedValue()
          if f.pointee.globals.remove(name) == nil { throw Ops.nameError(name) }

        case Opcode.loadName.rawValue:
          Ops.store(r + Ops.a(w), try Ops.loadName(self, f, names[Ops.b(w)].takeUnretainedValue()))

        case Opcode.storeName.rawValue:
          try Ops.storeName(self, f, names[Ops.b(w)].takeUnretainedValue(), Ops.readA(r, w))

        case Opcode.deleteName.rawValue:
          try Ops.deleteName(self, f, names[Ops.b(w)].takeUnretainedValue())

        case Opcode.loadClassDeref.rawValue:
          Ops.store(r + Ops.a(w), try Ops.loadClassDeref(self, f, Ops.read(r, Ops.b(w)), names[Ops.c(w)].takeUnretainedValue()))

        case Opcode.loadLocals.rawValue:
          Ops.store(r + Ops.a(w), f.pointee.locals.isUnbound ? .object(f.pointee.globals) : f.pointee.locals)

        // MARK: Cells
        case Opcode.makeCell.rawValue:
          let b = Ops.b(w)
          Ops.store(r + Ops.a(w), .object(PyCell(b == Instruction.noRegister ? .unbound : Ops.read(r, b))))

        case Opcode.loadDeref.rawValue:
          let cell = Ops.read(r, Ops.b(w)).unsafeAs(PyCell.self)
          let v = cell.value
          if v.isUnbound { throw Ops.unboundDeref(code, Ops.c(w)) }
          Ops.store(r + Ops.a(w), v)

        case Opcode.storeDeref.rawValue:
          r[Ops.a(w)].unsafeAs(PyCell.self).value = Ops.read(r, Ops.b(w))

        case Opcode.deleteDeref.rawValue:
          let cell = r[Ops.a(w)].unsafeAs(PyCell.self)
          if cell.value.isUnbound { throw Ops.unboundDeref(code, Ops.c(w)) }
          cell.value = .unbound

        // MARK: Attributes and items
        case Opcode.loadAttr.rawValue:
          let cache = words + pc
          pc += 2
          let b = Ops.b(w)
          let v = try InlineCaches.loadAttr(self, r + (b & 0x7FFF), names[Ops.c(w)], cache)
          if b & Instruction.moveFlagBC != 0 { Ops.clear(r + (b & 0x7FFF)) }
          Ops.store(r + Ops.a(w), v)

        case Opcode.storeAttr.rawValue:
          let cache = words + pc
          pc += 2
          let aRaw = Int(truncatingIfNeeded: (w >> 8) & 0xFFFF)
          try InlineCaches.storeAttr(self, r + (aRaw & 0x7FFF), names[Ops.b(w)], Ops.read(r, Ops.c(w)), cache)
          if aRaw & Instruction.moveFlagA != 0 { Ops.clear(r + (aRaw & 0x7FFF)) }

        case Opcode.deleteAttr.rawValue:
          try Protocols.setAttr(self, Ops.readA(r, w), names[Ops.b(w)].takeUnretainedValue(), nil)

        case Opcode.loadMethod.rawValue:
          let cache = words + pc
          pc += 2
          let b = Ops.b(w)
          try InlineCaches.loadMethod(self, r + (b & 0x7FFF), names[Ops.c(w)], cache, r + Ops.a(w))
          if b & Instruction.moveFlagBC != 0 && (b & 0x7FFF) != Ops.a(w) && (b & 0x7FFF) != Ops.a(w) + 1 {
            Ops.clear(r + (b & 0x7FFF))
          }

        case Opcode.subscr.rawValue:
          let container = Ops.read(r, Ops.b(w))
          let key = Ops.read(r, Ops.c(w))
          Ops.store(r + Ops.a(w), try Ops.getSubscript(self, container, key))

        case Opcode.storeSubscr.rawValue:
          try Ops.storeSubscript(self, Ops.readA(r, w), Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w)))

        case Opcode.deleteSubscr.rawValue:
          try Protocols.setItem(self, Ops.readA(r, w), Ops.read(r, Ops.b(w)), nil)

        case Opcode.buildSlice.rawValue:
          let b = Ops.b(w)
          let step: Value = Ops.c(w) == 3 ? Ops.take(r, b + 2) : .none
          Ops.store(r + Ops.a(w), .object(PySlice(start: Ops.take(r, b), stop: Ops.take(r, b + 1), step: step)))

        // MARK: Arithmetic
        case Opcode.add.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          if case .int(let i) = x, case .int(let j) = y {
            let (s, o) = i.addingReportingOverflow(j)
            if !o { Ops.store(r + Ops.a(w), .int(s)); break }
          } else if case .float(let i) = x, case .float(let j) = y {
            Ops.store(r + Ops.a(w), .float(i + j)); break
          }
          Ops.store(r + Ops.a(w), try Protocols.binaryOp(self, x, y, .add))

        case Opcode.sub.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          if case .int(let i) = x, case .int(let j) = y {
            let (s, o) = i.subtractingReportingOverflow(j)
            if !o { Ops.store(r + Ops.a(w), .int(s)); break }
          } else if case .float(let i) = x, case .float(let j) = y {
            Ops.store(r + Ops.a(w), .float(i - j)); break
          }
          Ops.store(r + Ops.a(w), try Protocols.binaryOp(self, x, y, .sub))

        case Opcode.mul.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          if case .int(let i) = x, case .int(let j) = y {
            let (s, o) = i.multipliedReportingOverflow(by: j)
            if !o { Ops.store(r + Ops.a(w), .int(s)); break }
          } else if case .float(let i) = x, case .float(let j) = y {
            Ops.store(r + Ops.a(w), .float(i * j)); break
          }
          Ops.store(r + Ops.a(w), try Protocols.binaryOp(self, x, y, .mul))

        case Opcode.matMul.rawValue, Opcode.trueDiv.rawValue, Opcode.floorDiv.rawValue, Opcode.mod.rawValue,
             Opcode.pow.rawValue, Opcode.lshift.rawValue, Opcode.rshift.rawValue, Opcode.and.rawValue,
             Opcode.or.rawValue, Opcode.xor.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          let k = Int(UInt8(truncatingIfNeeded: w) &- Opcode.add.rawValue)
          if case .int(let i) = x, case .int(let j) = y, let v = Ops.intBinary(k, i, j) {
            Ops.store(r + Ops.a(w), v); break
          } else if case .float(let i) = x, case .float(let j) = y, let v = Ops.floatBinary(k, i, j) {
            Ops.store(r + Ops.a(w), v); break
          }
          Ops.store(r + Ops.a(w), try Protocols.binaryOp(self, x, y, Ops.binaryOp(UInt8(truncatingIfNeeded: w))))

        case Opcode.inplaceAdd.rawValue ... Opcode.inplaceXor.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          let k = Int(UInt8(truncatingIfNeeded: w) &- Opcode.inplaceAdd.rawValue)
          if case .int(let i) = x, case .int(let j) = y, let v = Ops.intBinary(k, i, j) {
            Ops.store(r + Ops.a(w), v); break
          } else if case .float(let i) = x, case .float(let j) = y, let v = Ops.floatBinary(k, i, j) {
            Ops.store(r + Ops.a(w), v); break
          }
          Ops.store(r + Ops.a(w), try Protocols.inplaceOp(self, x, y, Ops.inplaceOp(UInt8(truncatingIfNeeded: w))))

        case Opcode.neg.rawValue:
          Ops.store(r + Ops.a(w), try Protocols.negative(self, Ops.read(r, Ops.b(w))))
        case Opcode.pos.rawValue:
          Ops.store(r + Ops.a(w), try Protocols.positive(self, Ops.read(r, Ops.b(w))))
        case Opcode.invert.rawValue:
          Ops.store(r + Ops.a(w), try Protocols.invert(self, Ops.read(r, Ops.b(w))))
        case Opcode.not.rawValue:
          Ops.store(r + Ops.a(w), .bool(!(try Protocols.isTrue(self, Ops.read(r, Ops.b(w))))))

        // MARK: Comparisons
        case Opcode.lt.rawValue ... Opcode.ge.rawValue:
          let x = Ops.read(r, Ops.b(w)), y = Ops.read(r, Ops.c(w))
          let op = CompareOp(rawValue: Int(UInt8(truncatingIfNeeded: w) - Opcode.lt.rawValue))!
          if case .int(let i) = x, case .int(let j) = y {
            Ops.store(r + Ops.a(w), .bool(Protocols.compare(i, j, op))); break
          }
          Ops.store(r + Ops.a(w), try Protocols.richCompare(self, x, y, op))

        case Opcode.is.rawValue:
          Ops.store(r + Ops.a(w), .bool(Ops.read(r, Ops.b(w)).isIdentical(to: Ops.read(r, Ops.c(w)))))
        case Opcode.isNot.rawValue:
          Ops.store(r + Ops.a(w), .bool(!Ops.read(r, Ops.b(w)).isIdentical(to: Ops.read(r, Ops.c(w)))))
        case Opcode.contains.rawValue:
          let item = Ops.read(r, Ops.b(w)), container = Ops.read(r, Ops.c(w))
          Ops.store(r + Ops.a(w), .bool(try Protocols.contains(self, container, item)))
        case Opcode.notContains.rawValue:
          let item = Ops.read(r, Ops.b(w)), container = Ops.read(r, Ops.c(w))
          Ops.store(r + Ops.a(w), .bool(!(try Protocols.contains(self, container, item))))

        // MARK: Control flow
        case Opcode.jump.rawValue:
          let target = Int(truncatingIfNeeded: w >> 24)
          // Loops jump back: the place to notice a signal (Ctrl-C) without a cost per instruction.
          if target < pc && interpreter.signals.isPending { try checkSignals() }
          pc = target

        case Opcode.jumpIfTrue.rawValue:
          let v = Ops.readA(r, w)
          if case .bool(let b) = v { if b { pc = Int(truncatingIfNeeded: w >> 24) } }
          else if try Protocols.isTrue(self, v) { pc = Int(truncatingIfNeeded: w >> 24) }

        case Opcode.jumpIfFalse.rawValue:
          let v = Ops.readA(r, w)
          if case .bool(let b) = v { if !b { pc = Int(truncatingIfNeeded: w >> 24) } }
          else if !(try Protocols.isTrue(self, v)) { pc = Int(truncatingIfNeeded: w >> 24) }

        case Opcode.jumpIfNone.rawValue:
          if Ops.readA(r, w).isNone { pc = Int(truncatingIfNeeded: w >> 24) }

        case Opcode.jumpIfNotNone.rawValue:
          if !Ops.readA(r, w).isNone { pc = Int(truncatingIfNeeded: w >> 24) }

        // MARK: Iteration
        case Opcode.getIter.rawValue:
          Ops.store(r + Ops.a(w), try Protocols.getIter(self, Ops.read(r, Ops.b(w))))

        case Opcode.forIter.rawValue:
          if let next = try Ops.iterNext(self, r + Ops.a(w)) {
            Ops.store(r + Ops.b(w), next)
          } else {
            pc = Ops.c(w)
          }

        // MARK: Calls
        case Opcode.call.rawValue, Opcode.callMethod.rawValue:
          pc += 1
          let a = Ops.a(w)
          var nargs = Ops.b(w)
          let c = Ops.c(w)
          let kwnames: PyTuple? = c == 0 ? nil : consts[c - 1].unsafeAs(PyTuple.self)
          var argBase = a + 1
          if UInt8(truncatingIfNeeded: w) == Opcode.callMethod.rawValue {
            if r[a + 1].isUnbound { argBase = a + 2 } else { nargs += 1 }
          }
          // Inline call of a Python function: the arguments already sit where the callee's
          // parameters go, and the callee stays alive in R(A) until it returns.
          if f.pointee.generatorRef == nil, let target = Ops.inlineTarget(r + a) {
            let calleeRegs = r + argBase
            let start = calleeRegs - registerBase
            // Registers beyond the arguments hold stale temporaries of the caller.
            try prepareRegisters(start: start + nargs, count: max(target.registerCount - nargs, 0))
            if !(kwnames == nil && nargs == target.argCount && target.plainSignature) {
              try Ops.bindInline(self, r + a, Args(base: calleeRegs, count: nargs, kwnames: kwnames), calleeRegs)
            }
            if target.hasClosure { Ops.installClosure(r + a, calleeRegs) }
            try pushFrame(code: target.code, functionRef: target.function, registers: calleeRegs,
                          globals: target.globals, builtins: target.builtins, isEntry: false, returnRegister: a,
                          registerCount: target.registerCount)
            f = currentFrame!
            reload()
            pc = 0
            break
          }
          let callee = r[a]
          let result = try Ops.callGeneric(self, callee, Args(base: r + argBase, count: nargs, kwnames: kwnames))
          var i = a + 1
          let end = argBase + nargs
          while i < end { r[i] = .unbound; i += 1 }
          Ops.store(r + a, result)

        case Opcode.callEx.rawValue:
          let a = Ops.a(w)
          let callee = r[a]
          let posArgs = Ops.take(r, a + 1)
          let kwArgs: Value = Ops.b(w) != 0 ? Ops.take(r, a + 2) : .none
          Ops.store(r + a, try Ops.callEx(self, callee, posArgs, kwArgs))

        case Opcode.return.rawValue, Opcode.returnNone.rawValue:
          let result: Value = UInt8(truncatingIfNeeded: w) == Opcode.returnNone.rawValue ? .none : Ops.take(r, Ops.a(w))
          if let gu = f.pointee.generatorRef {
            let g = gu.takeUnretainedValue()
            g.finished = true
            g.yieldedValue = false
            f.pointee.pc = pc
            return result
          }
          // (arena frame)
          let isEntry = f.pointee.isEntry
          let dest = Int(f.pointee.returnRegister)
          popFrame()
          if isEntry { return result }
          f = currentFrame!
          reload()
          pc += 2  // past the call instruction and its cache word
          Ops.store(r + dest, result)

        // MARK: Building
        case Opcode.buildTuple.rawValue:
          Ops.store(r + Ops.a(w), .object(PyTuple(Ops.takeRange(r, Ops.b(w), Ops.c(w)))))
        case Opcode.buildList.rawValue:
          Ops.store(r + Ops.a(w), .object(PyList(Ops.takeRange(r, Ops.b(w), Ops.c(w)))))
        case Opcode.buildSet.rawValue:
          Ops.store(r + Ops.a(w), .object(try PySet.make(self, Ops.takeRange(r, Ops.b(w), Ops.c(w)), frozen: false)))
        case Opcode.buildMap.rawValue:
          let b = Ops.b(w)
          let d = PyDict(presized: Ops.c(w), unicodeKeys: (0..<Ops.c(w)).allSatisfy { r[(b & 0x7FFF) + 2 * $0].strIfExact != nil })
          for i in 0..<Ops.c(w) {
            try d.setItem(self, Ops.take(r, b + 2 * i), Ops.take(r, b + 2 * i + 1))
          }
          Ops.store(r + Ops.a(w), .object(d))
        case Opcode.buildString.rawValue:
          let parts = Ops.takeRange(r, Ops.b(w), Ops.c(w)).map { $0.unsafeAs(PyStr.self) }
          Ops.store(r + Ops.a(w), .object(StrOps.join(StrOps.empty, parts)))
        case Opcode.listAppend.rawValue:
          r[Ops.a(w)].unsafeAs(PyList.self).append(Ops.read(r, Ops.b(w)))
        case Opcode.setAdd.rawValue:
          try Ops.setAdd(self, r[Ops.a(w)], Ops.read(r, Ops.b(w)))
        case Opcode.mapAdd.rawValue:
          try r[Ops.a(w)].unsafeAs(PyDict.self).setItem(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w)))
        case Opcode.listExtend.rawValue:
          try Ops.listExtend(self, r[Ops.a(w)], Ops.read(r, Ops.b(w)))
        case Opcode.setUpdate.rawValue:
          try Ops.setUpdate(self, r[Ops.a(w)], Ops.read(r, Ops.b(w)))
        case Opcode.dictUpdate.rawValue:
          try Ops.dictUpdate(self, r[Ops.a(w)], Ops.read(r, Ops.b(w)))
        case Opcode.dictMerge.rawValue:
          try Ops.dictMerge(self, r[Ops.a(w)], Ops.read(r, Ops.b(w)), r[Ops.c(w) & 0x7FFF])
        case Opcode.listToTuple.rawValue:
          Ops.store(r + Ops.a(w), .object(PyTuple(Ops.read(r, Ops.b(w)).unsafeAs(PyList.self).items)))
        case Opcode.unpackSequence.rawValue:
          try Ops.unpackSequence(self, r, Ops.a(w), Ops.read(r, Ops.b(w)), Ops.c(w))
        case Opcode.unpackEx.rawValue:
          try Ops.unpackEx(self, r, Ops.a(w), Ops.read(r, Ops.b(w)), Ops.c(w))
        case Opcode.formatValue.rawValue:
          Ops.store(r + Ops.a(w), try Ops.formatValue(self, r, Ops.b(w), Ops.c(w)))

        // MARK: Functions and classes
        case Opcode.makeFunction.rawValue:
          Ops.store(r + Ops.a(w), try Ops.makeFunction(self, f, r, Ops.a(w), consts[Ops.b(w)], Ops.c(w)))
        case Opcode.loadBuildClass.rawValue:
          guard let bc = f.pointee.builtins.get(PyStr.intern("__build_class__")) else {
            throw PyError.nameError("__build_class__ not found")
          }
          Ops.store(r + Ops.a(w), bc)
        case Opcode.setupAnnotations.rawValue:
          try Ops.setupAnnotations(self, f)

        // MARK: Imports
        case Opcode.importName.rawValue:
          let c = Ops.c(w)
          let fromlist = Ops.read(r, c)
          let level = c & Instruction.moveFlagBC != 0 ? Ops.take(r, (c & 0x7FFF) + 1) : r[c + 1]
          r[Ops.a(w)] = try ImportSystem.importName(self, names[Ops.b(w)].takeUnretainedValue(), globals: f.pointee.globals,
                                                    fromlist: fromlist, level: level)
        case Opcode.importFrom.rawValue:
          Ops.store(r + Ops.a(w), try ImportSystem.importFrom(self, Ops.read(r, Ops.b(w)), names[Ops.c(w)].takeUnretainedValue()))
        case Opcode.importStar.rawValue:
          try ImportSystem.importStar(self, Ops.readA(r, w), f)

        // MARK: Exceptions
        case Opcode.raise.rawValue:
          // A bare `raise` re-raises without a traceback entry for this frame (do_raise → 1).
          if Ops.c(w) == 0 && ExceptionSupport.topmostHandled(self) != nil { reraising = true }
          try Ops.raise(self, r, Ops.a(w), Ops.b(w), Ops.c(w))
        case Opcode.reraise.rawValue:
          let e = Ops.readA(r, w)
          reraising = true
          throw PyError(e.unsafeAs(PyBaseException.self))
        case Opcode.pushExcInfo.rawValue:
          let a = Ops.a(w)
          Ops.store(r + a, handledException.map { .object($0) } ?? .none)
          handledException = Ops.read(r, Ops.b(w)).as(PyBaseException.self)
        case Opcode.popExcept.rawValue:
          handledException = r[Ops.a(w)].as(PyBaseException.self)
        case Opcode.checkExcMatch.rawValue:
          Ops.store(r + Ops.a(w), .bool(try Ops.exceptionMatches(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w)))))
        case Opcode.checkEgMatch.rawValue:
          try Ops.checkEgMatch(self, r, Ops.a(w), Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w)))
        case Opcode.prepReraiseStar.rawValue:
          Ops.store(r + Ops.a(w), try Ops.prepReraiseStar(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w))))
        case Opcode.loadAssertionError.rawValue:
          Ops.store(r + Ops.a(w), Value(BuiltinTypes.exceptions.assertionError))
        case Opcode.beforeWith.rawValue:
          try Ops.beforeWith(self, r, Ops.a(w), Ops.read(r, Ops.b(w)))
        case Opcode.withExceptStart.rawValue:
          Ops.store(r + Ops.a(w), try Ops.withExceptStart(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w))))

        // MARK: Generators
        case Opcode.yieldValue.rawValue:
          guard let g = f.pointee.generator else { throw PyError.systemError("yield outside a generator frame") }
          let v = Ops.read(r, Ops.b(w))
          f.pointee.pc = pc  // resume after the yield
          g.resumeRegister = Ops.a(w)
          g.yieldedValue = true
          return v
        case Opcode.getYieldFromIter.rawValue:
          Ops.store(r + Ops.a(w), try Ops.getYieldFromIter(self, f, Ops.read(r, Ops.b(w))))
        case Opcode.send.rawValue:
          if let done = try Ops.send(self, r, Ops.a(w), Ops.b(w)) {
            Ops.store(r + Ops.a(w), done)
            pc = Ops.c(w)
          }
        case Opcode.getAwaitable.rawValue:
          Ops.store(r + Ops.a(w), try Ops.getAwaitable(self, Ops.read(r, Ops.b(w)), Ops.c(w)))
        case Opcode.getAIter.rawValue:
          Ops.store(r + Ops.a(w), try Ops.getAIter(self, Ops.read(r, Ops.b(w))))
        case Opcode.getANext.rawValue:
          Ops.store(r + Ops.a(w), try Ops.getANext(self, Ops.read(r, Ops.b(w))))
        case Opcode.endAsyncFor.rawValue:
          // Not StopAsyncIteration: re-raised without a new traceback entry (exception_unwind).
          if let e = Ops.endAsyncFor(self, Ops.readA(r, w)) {
            reraising = true
            throw PyError(e)
          }
        case Opcode.asyncGenWrap.rawValue:
          Ops.store(r + Ops.a(w), .object(AsyncGenWrapped(Ops.readA(r, w))))
        case Opcode.beforeAsyncWith.rawValue:
          try Ops.beforeAsyncWith(self, r, Ops.a(w), Ops.read(r, Ops.b(w)))

        // MARK: Pattern matching
        case Opcode.matchMapping.rawValue:
          Ops.store(r + Ops.a(w), .bool(Protocols.typeOf(Ops.read(r, Ops.b(w))).typeFlags.contains(.mapping)))
        case Opcode.matchSequence.rawValue:
          Ops.store(r + Ops.a(w), .bool(Protocols.typeOf(Ops.read(r, Ops.b(w))).typeFlags.contains(.sequence)))
        case Opcode.matchKeys.rawValue:
          Ops.store(r + Ops.a(w), try Ops.matchKeys(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w))))
        case Opcode.matchClass.rawValue:
          let data = words[pc]
          pc += 1
          r[Ops.a(w)] = try Ops.matchClass(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w)), count: Int(data & 0xFFFF_FFFF),
                                           names: r[Int(data >> 32)])
        case Opcode.getLen.rawValue:
          Ops.store(r + Ops.a(w), .int(try Protocols.length(self, Ops.read(r, Ops.b(w)))))
        case Opcode.copyDictWithoutKeys.rawValue:
          Ops.store(r + Ops.a(w), try Ops.copyDictWithoutKeys(self, Ops.read(r, Ops.b(w)), Ops.read(r, Ops.c(w))))

        case Opcode.printExpr.rawValue:
          try Ops.printExpr(self, Ops.readA(r, w))

        default:
          throw PyError.systemError("unknown opcode \(UInt8(truncatingIfNeeded: w))")
        }
      } catch let error {
        // Unwind: find a handler in this frame or pop frames until one is found.
        let e = error.exception
        var addTraceback = !reraising
        reraising = false
        if addTraceback && e.traceback == nil {
          ExceptionSupport.chainContext(self, e)
        }
        while true {
          if addTraceback {
            let fo = frameObject(for: f)
            e.traceback = PyTraceback(next: e.traceback, frame: fo, pc: f.pointee.pc, lineno: f.pointee.lineno)
          }
          if let h = f.pointee.code.handler(for: f.pointee.pc) {
            reload()
            r[h.exceptionRegister] = .object(e)
            pc = h.handler
            break
          }
          // No handler: leave the frame.
          if let g = f.pointee.generator {
            g.finished = true
            throw PyError(e)
          }
          let isEntry = f.pointee.isEntry
          popFrame()
          if isEntry { throw PyError(e) }
          f = currentFrame!
          addTraceback = true
        }
      }
    }
  }
}
