import PyCompiler

/// Generators and coroutines: creating them, resuming their frames (`send`, `throw`, `close`),
/// delegation (`yield from` / `await`), PEP 479, and their Python-visible types.
enum GeneratorSupport {
  // MARK: Resuming

  /// Runs `g` until it yields or finishes. Returns (value, finished).
  static func resume(_ ts: ThreadState, _ g: PyGenerator, send value: Value) throws(PyError) -> (Value, Bool) {
    if g.running { throw PyError.valueError("\(g.kindName) already executing") }
    if g.finished {
      if g.type === BuiltinTypes.coroutine {
        throw PyError.runtimeError("cannot reuse already awaited coroutine")
      }
      throw stopIteration(.none, g)
    }
    if g.started {
      g.frame.pointee.registers[g.resumeRegister] = value
    } else if !value.isNone {
      throw PyError.typeError("can't send non-None value to a just-started \(g.kindName)")
    }
    return try runFrame(ts, g) { () throws(PyError) in try ts.run() }
  }

  /// Links `g`'s frame into the thread's frame chain and runs `body` (which runs the loop).
  static func runFrame(_ ts: ThreadState, _ g: PyGenerator, _ body: () throws(PyError) -> Value) throws(PyError) -> (Value, Bool) {
    try ts.checkNativeStack()
    g.started = true
    g.running = true
    let f = g.frame
    f.pointee.previous = ts.currentFrame
    f.pointee.isEntry = true
    ts.currentFrame = f
    ts.recursionDepth += 1
    // The generator's own exception state goes on top of the caller's (gi_exc_state).
    let savedHandled = ts.handledException
    ts.outerHandledExceptions.append(savedHandled)
    ts.handledException = g.handledException
    defer {
      ts.currentFrame = f.pointee.previous
      f.pointee.previous = nil
      ts.recursionDepth -= 1
      g.running = false
      g.handledException = ts.handledException
      ts.handledException = savedHandled
      ts.outerHandledExceptions.removeLast()
    }
    do throws(PyError) {
      let v = try body()
      if g.yieldedValue {
        g.yieldedValue = false
        return (v, false)
      }
      g.finish()
      return (v, true)
    } catch let e {
      g.finish()
      // PEP 479: StopIteration escaping a generator becomes RuntimeError.
      if e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) && g.type !== BuiltinTypes.asyncGenerator {
        let r = PyBaseException(type: BuiltinTypes.exceptions.runtimeError, message: "\(g.kindName) raised StopIteration")
        r.cause = .object(e.exception)
        r.context = .object(e.exception)
        r.suppressContext = true
        throw PyError(r)
      }
      if g.type === BuiltinTypes.asyncGenerator,
         e.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration) || e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
        let name = e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) ? "StopIteration" : "StopAsyncIteration"
        let r = PyBaseException(type: BuiltinTypes.exceptions.runtimeError, message: "async generator raised \(name)")
        r.cause = .object(e.exception)
        r.context = .object(e.exception)
        r.suppressContext = true
        throw PyError(r)
      }
      throw e
    }
  }

  /// Raises `exc` inside `g` at its suspension point (`gen.throw`), delegating to a
  /// sub-iterator first when `g` is suspended in `yield from`/`await`.
  static func throwInto(_ ts: ThreadState, _ g: PyGenerator, _ exc: PyBaseException) throws(PyError) -> (Value, Bool) {
    if g.running { throw PyError.valueError("\(g.kindName) already executing") }
    if g.finished { throw PyError(exc) }
    if let (sub, subRegister, exitTarget) = delegate(g) {
      // Forward to the sub-iterator; its result decides how we continue.
      var forwarded: Value? = nil
      var subDone: Value? = nil
      do throws(PyError) {
        if exc.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit) {
          try closeIterator(ts, sub)
        } else if let sg = sub.as(PyGenerator.self) {
          let (v, done) = try throwInto(ts, sg, exc)
          if done { subDone = v } else { forwarded = v }
        } else if let t = try Protocols.getAttrOptional(ts, sub, PyStr.intern("throw")) {
          do throws(PyError) {
            forwarded = try Protocols.call(ts, t, [Value(exc.type), .object(exc), exc.traceback.map { .object($0) } ?? .none])
          } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
            subDone = stopIterationValue(e.exception)
          }
        }
      } catch let e {
        // The sub-iterator raised: continue by raising that in our frame.
        g.frame.pointee.registers[subRegister] = .unbound
        return try raiseInFrame(ts, g, e.exception)
      }
      if let v = forwarded { return (v, false) }
      if let v = subDone {
        // Sub-iterator finished: resume our frame after the delegation loop.
        g.frame.pointee.registers[subRegister] = v
        g.frame.pointee.pc = exitTarget
        return try runFrame(ts, g) { () throws(PyError) in try ts.run() }
      }
    }
    return try raiseInFrame(ts, g, exc)
  }

  /// Raises `exc` at `g`'s current suspension point.
  static func raiseInFrame(_ ts: ThreadState, _ g: PyGenerator, _ exc: PyBaseException) throws(PyError) -> (Value, Bool) {
    return try runFrame(ts, g) { () throws(PyError) -> Value in
      let f = g.frame
      // The instruction that raised is the yield we are suspended after.
      let pc = max(f.pointee.pc - 1, 0)
      f.pointee.pc = pc
      if g.started {
        exc.traceback = PyTraceback(next: exc.traceback, frame: ts.frameObject(for: f), pc: pc, lineno: f.pointee.lineno)
      }
      guard g.started, let h = f.pointee.code.handler(for: pc) else {
        throw PyError(exc)
      }
      f.pointee.registers[h.exceptionRegister] = .object(exc)
      f.pointee.pc = h.handler
      return try ts.run()
    }
  }

  /// When `g` is suspended inside a `yield from`/`await` loop: the sub-iterator, the register
  /// receiving values, and where the loop exits.
  static func delegate(_ g: PyGenerator) -> (Value, Int, Int)? {
    guard g.started, !g.finished else { return nil }
    let f = g.frame.pointee
    let pc = f.pc
    guard pc >= 2 else { return nil }
    let yieldWord = f.code.words[pc - 1]
    let sendWord = f.code.words[pc - 2]
    guard UInt8(truncatingIfNeeded: yieldWord) == Opcode.yieldValue.rawValue,
          UInt8(truncatingIfNeeded: sendWord) == Opcode.send.rawValue else { return nil }
    let receiver = f.registers[Ops.b(sendWord) & 0x7FFF]
    return (receiver, Ops.a(sendWord), Ops.c(sendWord))
  }

  /// `gen.close()`.
  static func close(_ ts: ThreadState, _ g: PyGenerator) throws(PyError) {
    if g.finished || !g.started {
      g.finish()
      return
    }
    let exit = PyBaseException(type: BuiltinTypes.exceptions.generatorExit, args: PyTuple.empty)
    do throws(PyError) {
      let (_, done) = try throwInto(ts, g, exit)
      if !done {
        throw PyError.runtimeError("\(g.kindName) ignored GeneratorExit")
      }
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit)
                     || e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
    }
  }

  static func closeIterator(_ ts: ThreadState, _ it: Value) throws(PyError) {
    if let g = it.as(PyGenerator.self) {
      try close(ts, g)
    } else if let c = try Protocols.getAttrOptional(ts, it, PyStr.intern("close")) {
      _ = try Protocols.call(ts, c, [])
    }
  }

  static func stopIteration(_ value: Value, _ g: PyGenerator?) -> PyError {
    let args = value.isNone ? PyTuple.empty : PyTuple([value])
    return PyError(PyBaseException(type: BuiltinTypes.exceptions.stopIteration, args: args))
  }

  static func stopIterationValue(_ e: PyBaseException) -> Value {
    if let v = e.dict?.get("__field_value") { return v }
    return e.args.count > 0 ? e.args.items[0] : .none
  }

  // MARK: Delegation (SEND)

  /// One step of `yield from`/`await`: nil when the receiver yielded (its value is stored
  /// through `into`), else the receiver's return value.
  static func send(_ ts: ThreadState, receiver: Value, value: Value, into: UnsafeMutablePointer<Value>) throws(PyError) -> Value? {
    if let g = receiver.as(PyGenerator.self) {
      let (v, done) = try resume(ts, g, send: value)
      if done { return v }
      into.pointee = v
      return nil
    }
    do throws(PyError) {
      let v: Value
      if value.isNone, let next = Protocols.typeOf(receiver).slots.next {
        guard let x = try next(ts, receiver) else { return Value.none }  // exhausted: finished with None (NOT nil)
        v = x
      } else {
        guard let sent = try Protocols.callSpecial(ts, receiver, PyStr.intern("send"), [value]) else {
          throw PyError.attributeError("'\(Protocols.typeName(receiver))' object has no attribute 'send'")
        }
        v = sent
      }
      into.pointee = v
      return nil
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      return stopIterationValue(e.exception)
    }
  }

  static func yieldFromIter(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ v: Value) throws(PyError) -> Value {
    if let g = v.as(PyGenerator.self) {
      if g.type === BuiltinTypes.coroutine && !f.pointee.code.codeFlags.contains(.coroutine)
          && !f.pointee.code.codeFlags.contains(.iterableCoroutine) {
        throw PyError.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
      }
      return v
    }
    return try Protocols.getIter(ts, v)
  }

  static func awaitable(_ ts: ThreadState, _ v: Value, context: Int) throws(PyError) -> Value {
    if let g = v.as(PyGenerator.self), g.type === BuiltinTypes.coroutine
        || (g.type === BuiltinTypes.generator && g.frame.pointee.code.codeFlags.contains(.iterableCoroutine)) {
      if g.type === BuiltinTypes.coroutine, delegate(g) != nil {
        throw PyError.runtimeError("coroutine is being awaited already")
      }
      return v
    }
    let t = Protocols.typeOf(v)
    guard let m = t.lookup(PyStr.intern("__await__")) else {
      switch context {
      case 1: throw PyError.typeError("'async with' received an object from __aenter__ that does not implement __await__: \(t.name)")
      case 2: throw PyError.typeError("'async with' received an object from __aexit__ that does not implement __await__: \(t.name)")
      default: throw PyError.typeError("object \(t.name) can't be used in 'await' expression")
      }
    }
    let it = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: v, owner: Value(t)), [])
    if let g = it.as(PyGenerator.self), g.type === BuiltinTypes.coroutine {
      throw PyError.typeError("__await__() returned a coroutine")
    }
    if Protocols.typeOf(it).slots.next == nil {
      throw PyError.typeError("__await__() returned non-iterator of type '\(Protocols.typeName(it))'")
    }
    return it
  }

  static func aiter(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    let t = Protocols.typeOf(v)
    guard let m = t.lookup(PyStr.intern("__aiter__")) else {
      throw PyError.typeError("'async for' requires an object with __aiter__ method, got \(t.name)")
    }
    let it = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: v, owner: Value(t)), [])
    if Protocols.typeOf(it).lookup(PyStr.intern("__anext__")) == nil {
      throw PyError.typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(Protocols.typeName(it))")
    }
    return it
  }

  static func anext(_ ts: ThreadState, _ it: Value) throws(PyError) -> Value {
    let t = Protocols.typeOf(it)
    guard let m = t.lookup(PyStr.intern("__anext__")) else {
      throw PyError.typeError("'async for' requires an iterator with __anext__ method, got \(t.name)")
    }
    let aw = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: it, owner: Value(t)), [])
    do throws(PyError) {
      return try awaitable(ts, aw, context: 0)
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      throw PyError.typeError("'async for' received an invalid object from __anext__: \(Protocols.typeName(aw))")
    }
  }
}

extension ThreadState {
  /// Calling a generator/coroutine function: binds the arguments into a new generator's own
  /// registers; nothing runs until the first `next()`/`send()`.
  func makeGenerator(_ f: PyFunction, _ args: Args) throws(PyError) -> Value {
    let code = f.code
    let type: PyType = code.codeFlags.contains(.coroutine) ? BuiltinTypes.coroutine
      : code.codeFlags.contains(.asyncGenerator) ? BuiltinTypes.asyncGenerator : BuiltinTypes.generator
    let frame = Frame(previous: nil, code: code, function: Value(f), registers: registerBase, pc: 0,
                      globals: f.globals, builtins: f.builtins, locals: .unbound, isEntry: true, returnRegister: 0)
    let g = PyGenerator(type: type, frame: frame, registerCount: code.registerCount, name: f.name, qualname: f.qualname)
    g.frame.pointee.generatorRef = Unmanaged.passUnretained(g)
    if ArgumentBinding.isSimple(code, args.count, args.kwnames) {
      for i in 0..<args.count { g.registers[i] = args[i] }
    } else {
      try ArgumentBinding.bind(self, f, code, args, into: g.registers, inPlace: false)
    }
    Ops.installClosure(f, code, g.registers)
    return .object(g)
  }
}

/// The value an async generator yields, marked so `__anext__` tells it from `await`
/// traffic passing through.
public final class AsyncGenWrapped: PyObject {
  public let value: Value

  init(_ value: Value) {
    self.value = value
    super.init(type: BuiltinTypes.asyncGenWrappedValue)
  }
}

extension BuiltinTypes {
  public static let asyncGenWrappedValue: PyType = PyType.builtin("async_generator_wrapped_value") { _ in }
}
