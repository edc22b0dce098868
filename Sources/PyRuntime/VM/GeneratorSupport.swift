import PyCompiler

/// What resuming a generator came to (CPython's `PySendResult`).
enum GeneratorOutcome {
  /// The frame yielded this value (PYGEN_NEXT).
  case yielded(Value)
  /// The frame returned this value (PYGEN_RETURN).
  case returned(Value)
  /// `next()` on a generator that had already finished: no value, no exception
  /// (PYGEN_ERROR with no exception set).
  case exhausted
}

/// Generators, coroutines and async generators at run time, as CPython's Objects/genobject.c:
/// resuming their frames (`gen_send_ex2`), throwing into them (`_gen_throw`, with delegation to
/// the sub-iterator of a `yield from`/`await`), closing them (`gen_close`), PEP 479, and the
/// support of the generator/coroutine instructions (SEND, GET_AWAITABLE, GET_AITER, GET_ANEXT…).
enum GeneratorSupport {
  // MARK: Resuming

  /// Resumes `g` with `arg` sent in (nil: `next()`), or with `exc` raised at its suspension
  /// point (`gen_send_ex2`). `closing` marks `close()`, which may touch a finished coroutine.
  static func sendEx(_ ts: ThreadState, _ g: PyGenerator, _ arg: Value?, raising exc: PyBaseException? = nil,
                     closing: Bool = false) throws(PyError) -> GeneratorOutcome {
    if !g.started && !g.finished, let a = arg, !a.isNone {
      throw PyError.typeError("can't send non-None value to a just-started \(g.kindName)")
    }
    guard g.claim() else { throw PyError.valueError("\(g.kindName) already executing") }
    if g.finished {
      g.unclaim()
      if g.isCoroutine && !closing {
        throw PyError.runtimeError("cannot reuse already awaited coroutine")
      }
      if arg != nil && exc == nil { return .returned(.none) }
      if let exc { throw PyError(exc) }
      return .exhausted
    }
    if g.started && exc == nil {
      g.registers[g.resumeRegister] = arg ?? .none
    }
    return try runFrame(ts, g, raising: exc)
  }

  /// Runs `g`'s frame (linked into the thread's frame chain, with the generator's own
  /// exception state on top of the caller's) until it yields, returns or raises. The caller
  /// has claimed the frame (`PyGenerator.claim`); the claim is given up on the way out.
  static func runFrame(_ ts: ThreadState, _ g: PyGenerator, raising exc: PyBaseException?) throws(PyError) -> GeneratorOutcome {
    do throws(PyError) {
      try ts.checkNativeStack()
    } catch {
      g.unclaim()
      throw error
    }
    let wasStarted = g.started
    g.started = true
    let f = g.frame
    f.pointee.previous = ts.currentFrame
    f.pointee.isEntry = true
    ts.currentFrame = f
    ts.recursionDepth += 1
    // The generator's exception state goes on top of the caller's. The outer stack only
    // matters for exceptions (`ExceptionSupport.topmostHandled` skips empty entries), and the
    // swaps are skipped when both sides are empty (the common case: no retain traffic).
    let savedHandled = ts.handledException
    if let savedHandled { ts.outerHandledExceptions.append(savedHandled) }
    if savedHandled != nil || g.handledException != nil { ts.handledException = g.handledException }
    var result: Value = .none
    var failure: PyError? = nil
    if ts.recursionDepth > ts.recursionLimit {
      failure = PyError.recursionError("maximum recursion depth exceeded")
    } else {
      do throws(PyError) {
        if let exc {
          // _PyErr_ChainStackItem: the generator's own handled exception becomes the context.
          if g.handledException != nil { ExceptionSupport.chainContext(ts, exc) }
          result = try raiseInFrame(ts, g, exc, started: wasStarted)
        } else {
          result = try ts.run()
        }
      } catch {
        failure = error
      }
    }
    // An exception leaving the frame pops its temporaries while the frame is still the running
    // one (as CPython unwinds its value stack); the rest is released after the caller's frame
    // and exception state are current again.
    if failure != nil { g.releaseTemporaries() }
    ts.currentFrame = f.pointee.previous
    f.pointee.previous = nil
    // A suspended frame has no caller (`f_back` is None until it is resumed).
    if f.pointee.frameObject != nil { f.pointee.frameObject!.back = nil }
    ts.recursionDepth -= 1
    if ts.handledException != nil || g.handledException != nil { g.handledException = ts.handledException }
    if savedHandled != nil {
      ts.handledException = savedHandled
      ts.outerHandledExceptions.removeLast()
    } else if ts.handledException != nil {
      ts.handledException = nil
    }
    if let failure {
      let converted = stopIterationEscaped(failure, g)
      g.finish(releasingClaim: true)
      throw converted
    }
    if g.yieldedValue {
      g.yieldedValue = false
      g.unclaim()
      return .yielded(result)
    }
    g.finish(releasingClaim: true)
    return .returned(result)
  }

  /// Raises `exc` at `g`'s suspension point (the yield it is suspended after); a generator that
  /// never ran raises it before its first instruction, with its `def` line in the traceback.
  static func raiseInFrame(_ ts: ThreadState, _ g: PyGenerator, _ exc: PyBaseException, started: Bool) throws(PyError) -> Value {
    let f = g.frame
    guard started else {
      let fo = ts.frameObject(for: f)
      fo.lineno = f.pointee.code.firstLineno
      exc.traceback = PyTraceback(next: exc.traceback, frame: fo, pc: -1, lineno: f.pointee.code.firstLineno)
      throw PyError(exc)
    }
    let delegatedIterator = delegation(at: f)?.iteratorRegister
    let pc = max(f.pointee.pc - 1, 0)
    f.pointee.pc = pc
    exc.traceback = PyTraceback(next: exc.traceback, frame: ts.frameObject(for: f), pc: pc, lineno: f.pointee.lineno)
    // Unwinding drops the sub-iterator of the delegation loop (CPython pops it off the value
    // stack while this frame is still the running one).
    if let i = delegatedIterator { f.pointee.registers[i] = .unbound }
    guard let h = f.pointee.code.handler(for: pc) else { throw PyError(exc) }
    f.pointee.registers[h.exceptionRegister] = .object(exc)
    f.pointee.pc = h.handler
    return try ts.run()
  }

  /// PEP 479: StopIteration (and StopAsyncIteration in an async generator) escaping the frame
  /// becomes RuntimeError, with the original as cause (`_PyErr_FormatFromCause`).
  static func stopIterationEscaped(_ e: PyError, _ g: PyGenerator) -> PyError {
    let message: String
    if e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      message = "\(g.kindName) raised StopIteration"
    } else if g.isAsyncGenerator && e.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration) {
      message = "async generator raised StopAsyncIteration"
    } else {
      return e
    }
    let r = PyBaseException(type: BuiltinTypes.exceptions.runtimeError, message: message)
    r.cause = .object(e.exception)
    r.context = .object(e.exception)
    r.suppressContext = true
    return PyError(r)
  }

  /// The exception a finished generator's return value travels in: StopIteration(value)
  /// (`_PyGen_SetStopIterationValue`), or StopAsyncIteration for an async generator.
  static func returnException(_ g: PyGenerator?, _ value: Value) -> PyError {
    if let g, g.isAsyncGenerator {
      return PyError(PyBaseException(type: BuiltinTypes.exceptions.stopAsyncIteration, args: PyTuple.empty))
    }
    return stopIteration(value)
  }

  static func stopIteration(_ value: Value) -> PyError {
    let args = value.isNone ? PyTuple.empty : PyTuple([value])
    return PyError(PyBaseException(type: BuiltinTypes.exceptions.stopIteration, args: args))
  }

  /// `StopIteration.value` (`_PyGen_FetchStopIterationValue`).
  static func stopIterationValue(_ e: PyBaseException) -> Value {
    if let v = e.dict?.get("__field_value") { return v }
    return e.args.count > 0 ? e.args.items[0] : .none
  }

  // MARK: Delegation state

  /// A generator suspended inside a `yield from`/`await` loop (`send A B C; yieldValue A A`):
  /// the sub-iterator, the registers of the loop, and where the loop exits.
  struct Delegation {
    let receiver: Value
    let valueRegister: Int
    let iteratorRegister: Int
    let exit: Int
  }

  /// The delegation `g` is suspended in, if any (CPython's `_PyGen_yf`).
  static func delegation(_ g: PyGenerator) -> Delegation? {
    // Claimed while its frame is read (another thread may be resuming it).
    guard g.claim() else { return nil }
    defer { g.unclaim() }
    return claimedDelegation(g)
  }

  /// The delegation of a generator whose frame the calling thread has claimed.
  static func claimedDelegation(_ g: PyGenerator) -> Delegation? {
    guard g.started && !g.finished else { return nil }
    return delegation(at: g.frame)
  }

  /// The delegation loop a suspended frame is stopped in, if any.
  static func delegation(at frame: UnsafeMutablePointer<Frame>) -> Delegation? {
    let f = frame.pointee
    let pc = f.pc
    guard pc >= 2 else { return nil }
    let words = f.codeRef._withUnsafeGuaranteedRef { $0.words }
    let yieldWord = words[pc - 1]
    let sendWord = words[pc - 2]
    guard UInt8(truncatingIfNeeded: yieldWord) == Opcode.yieldValue.rawValue,
          UInt8(truncatingIfNeeded: sendWord) == Opcode.send.rawValue else { return nil }
    let b = Ops.b(sendWord) & 0x7FFF
    return Delegation(receiver: f.registers[b], valueRegister: Ops.a(sendWord), iteratorRegister: b,
                      exit: Ops.c(sendWord))
  }

  /// `gi_yieldfrom` / `cr_await` / `ag_await`.
  static func yieldFrom(_ g: PyGenerator) -> Value {
    delegation(g)?.receiver ?? .none
  }

  // MARK: throw() and close()

  /// `gen.throw(typ[, val[, tb]])` (`_gen_throw`): a generator suspended in a delegation
  /// passes the exception to its sub-iterator first (closing it instead for GeneratorExit when
  /// `closeOnGenExit`); what the sub-iterator yields is yielded, its return value resumes the
  /// generator after the loop, its exception is raised there. Otherwise the exception is
  /// raised at the suspension point. Bad arguments are detected only there, as CPython does.
  static func throwInto(_ ts: ThreadState, _ g: PyGenerator, _ typ: Value, _ val: Value?, _ tb: Value?,
                        closeOnGenExit: Bool) throws(PyError) -> GeneratorOutcome {
    // The delegation step holds the only extra reference to the sub-iterator; it is gone
    // before the generator resumes (CPython pops it off the value stack while unwinding, so
    // a sub-generator dropped there is finalized before the generator's handlers run).
    // A running generator skips to the argument checks, then "already executing" (sendEx).
    if g.claim() {
      let step: DelegatedThrow
      do throws(PyError) {
        step = try delegatedThrow(ts, g, typ, val, tb, closeOnGenExit: closeOnGenExit)
      } catch {
        g.unclaim()
        throw error
      }
      g.unclaim()
      switch step {
      case .notDelegated:
        break
      case .yielded(let v):
        return .yielded(v)
      case .raiseHere(let e):
        return try sendEx(ts, g, nil, raising: e.exception)
      case .loopEnded(let value, let error):
        if let value { return try sendEx(ts, g, value) }
        return try sendEx(ts, g, nil, raising: error!.exception)
      }
    }
    let exc = try thrownException(ts, typ, val, tb)
    return try sendEx(ts, g, nil, raising: exc)
  }

  /// What throwing into the sub-iterator of a delegation came to.
  enum DelegatedThrow {
    /// Not suspended in a delegation (or the sub-iterator has no `throw`): raise in the generator.
    case notDelegated
    /// The sub-iterator yielded this value.
    case yielded(Value)
    /// Closing the sub-iterator failed: raise this at the suspension point.
    case raiseHere(PyError)
    /// The sub-iterator finished and was dropped (the frame continues after the loop): the
    /// loop ends with `value` or with `error` raised after it.
    case loopEnded(value: Value?, error: PyError?)
  }

  /// The delegation part of `_gen_throw`, on a generator the calling thread has claimed (so
  /// re-entering it from the sub-iterator is "already executing").
  static func delegatedThrow(_ ts: ThreadState, _ g: PyGenerator, _ typ: Value, _ val: Value?, _ tb: Value?,
                             closeOnGenExit: Bool) throws(PyError) -> DelegatedThrow {
    guard let d = claimedDelegation(g) else { return .notDelegated }
    if closeOnGenExit && givenExceptionMatches(typ, BuiltinTypes.exceptions.generatorExit) {
      var closeError: PyError? = nil
      do throws(PyError) { try closeIterator(ts, d.receiver) } catch { closeError = error }
      if let closeError { return .raiseHere(closeError) }
      return .notDelegated
    }
    var outcome: GeneratorOutcome? = nil
    var subError: PyError? = nil
    if let sub = d.receiver.as(PyGenerator.self), sub.isGeneratorOrCoroutine {
      // Our frame is current while the sub-generator runs (tracebacks show the chain).
      let f = g.frame
      f.pointee.previous = ts.currentFrame
      ts.currentFrame = f
      do throws(PyError) {
        outcome = try throwInto(ts, sub, typ, val, tb, closeOnGenExit: closeOnGenExit)
      } catch { subError = error }
      ts.currentFrame = f.pointee.previous
      f.pointee.previous = nil
    } else if let meth = try Protocols.getAttrOptional(ts, d.receiver, PyStr.intern("throw")) {
      var args = [typ]
      if let val {
        args.append(val)
        if let tb { args.append(tb) }
      }
      do throws(PyError) {
        outcome = .yielded(try Protocols.call(ts, meth, args))
      } catch { subError = error }
    } else {
      return .notDelegated
    }
    var value: Value? = nil
    var error: PyError? = nil
    switch outcome {
    case .yielded(let v)?:
      return .yielded(v)
    case .returned(let v)?:
      value = v
    case .exhausted?:
      value = Value.none
    case nil:
      let e = subError!
      if e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
        value = stopIterationValue(e.exception)
      } else {
        error = e
      }
    }
    // The loop is over: drop the sub-iterator and continue after it.
    let f = g.frame
    f.pointee.registers[d.iteratorRegister] = .unbound
    f.pointee.pc = d.exit
    return .loopEnded(value: value, error: error)
  }

  /// The exception `throw()` raises (the `throw_here` part of `_gen_throw`).
  static func thrownException(_ ts: ThreadState, _ typ: Value, _ val: Value?, _ tb: Value?) throws(PyError) -> PyBaseException {
    var traceback: PyTraceback? = nil
    if let tb, !tb.isNone {
      guard let t = tb.as(PyTraceback.self) else {
        throw PyError.typeError("throw() third argument must be a traceback object")
      }
      traceback = t
    }
    let exc: PyBaseException
    if let cls = typ.as(PyType.self), cls.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      let v = val ?? .none
      if let e = v.as(PyBaseException.self), e.type.isSubtype(of: cls) {
        exc = e
      } else {
        // PyErr_NormalizeException: no value, a tuple of arguments, or the single argument.
        let args: [Value] = v.isNone ? [] : v.as(PyTuple.self)?.items ?? [v]
        let made = try Protocols.call(ts, typ, args)
        guard let e = made.as(PyBaseException.self) else {
          let resultType = try Protocols.reprString(ts, Value(Protocols.typeOf(made)))
          throw PyError.typeError("calling \(try Protocols.reprString(ts, typ)) should have returned an instance of BaseException, not \(resultType)")
        }
        exc = e
      }
    } else if let e = typ.as(PyBaseException.self) {
      if let val, !val.isNone {
        throw PyError.typeError("instance exception may not have a separate value")
      }
      exc = e
      if traceback == nil { traceback = e.traceback }
    } else {
      throw PyError.typeError("exceptions must be classes or instances deriving from BaseException, not \(Protocols.typeName(typ))")
    }
    exc.traceback = traceback
    return exc
  }

  /// `PyErr_GivenExceptionMatches` for a class or an instance.
  static func givenExceptionMatches(_ v: Value, _ cls: PyType) -> Bool {
    if let t = v.as(PyType.self) { return t.isSubtype(of: cls) }
    if let e = v.as(PyBaseException.self) { return e.type.isSubtype(of: cls) }
    return false
  }

  /// `gen.close()` (`gen_close`): closes the sub-iterator of a delegation first (its error is
  /// then raised in the generator instead of GeneratorExit), raises GeneratorExit at the
  /// suspension point; a yield in answer is "generator ignored GeneratorExit".
  static func close(_ ts: ThreadState, _ g: PyGenerator) throws(PyError) {
    var pending: PyBaseException? = nil
    // A running generator goes on to "already executing" (sendEx).
    if g.claim() {
      if g.finished {
        g.unclaim()
        return
      }
      if !g.started {
        // A frame that never ran has nothing to clean up.
        g.finish(releasingClaim: true)
        return
      }
      if let receiver = claimedDelegation(g)?.receiver {
        do throws(PyError) { try closeIterator(ts, receiver) } catch { pending = error.exception }
      }
      g.unclaim()
    }
    let exc = pending ?? PyBaseException(type: BuiltinTypes.exceptions.generatorExit, args: PyTuple.empty)
    let outcome: GeneratorOutcome
    do throws(PyError) {
      outcome = try sendEx(ts, g, nil, raising: exc, closing: true)
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit)
                     || e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      return
    }
    switch outcome {
    case .yielded:
      throw PyError.runtimeError("\(g.kindName) ignored GeneratorExit")
    case .returned(let v):
      // gen_send_ex turns the return into StopIteration (ignored) or, for an async
      // generator, StopAsyncIteration (which is not).
      if g.isAsyncGenerator { throw returnException(g, v) }
    case .exhausted:
      break
    }
  }

  /// Closes the sub-iterator of a delegation (`gen_close_iter`).
  static func closeIterator(_ ts: ThreadState, _ it: Value) throws(PyError) {
    if let g = it.as(PyGenerator.self), g.isGeneratorOrCoroutine {
      try close(ts, g)
      return
    }
    var method: Value? = nil
    do throws(PyError) {
      method = try Protocols.getAttrOptional(ts, it, PyStr.intern("close"))
    } catch {
      GeneratorFinalization.writeUnraisable(ts, error.exception, object: it)
    }
    if let method { _ = try Protocols.call(ts, method, []) }
  }

  // MARK: Instructions

  /// SEND A B C: one step of `yield from`/`await` (`PyIter_Send`). Returns nil when the
  /// sub-iterator yielded (its value is in R(A)), else its return value (R(B) is dropped).
  static func send(_ ts: ThreadState, _ r: UnsafeMutablePointer<Value>, _ a: Int, _ b: Int) throws(PyError) -> Value? {
    let value = Ops.take(r, a)
    let receiver = r[b]
    do throws(PyError) {
      if let g = receiver.as(PyGenerator.self), g.isGeneratorOrCoroutine {
        switch try sendEx(ts, g, value) {
        case .yielded(let v):
          r[a] = v
          return nil
        case .returned(let v):
          r[b] = .unbound
          return v
        case .exhausted:
          r[b] = .unbound
          return Value.none
        }
      }
      if value.isNone, let next = Protocols.typeOf(receiver).slots.next {
        ts.pendingStopIteration = nil
        if let v = try next(ts, receiver) {
          r[a] = v
          return nil
        }
        var result = Value.none
        if let stop = ts.pendingStopIteration {
          ts.pendingStopIteration = nil
          result = stopIterationValue(stop)
        }
        r[b] = .unbound
        return result
      }
      let method = try Protocols.getAttr(ts, receiver, PyStr.intern("send"))
      r[a] = try Protocols.call(ts, method, [value])
      return nil
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      r[b] = .unbound
      return stopIterationValue(e.exception)
    } catch {
      r[b] = .unbound
      throw error
    }
  }

  /// GET_YIELD_FROM_ITER: a coroutine passes through only into a coroutine (or an iterable
  /// coroutine); a generator passes through; anything else is `iter()`ed.
  static func yieldFromIter(_ ts: ThreadState, _ f: UnsafeMutablePointer<Frame>, _ v: Value) throws(PyError) -> Value {
    if let g = v.as(PyGenerator.self) {
      if g.isCoroutine {
        let flags = f.pointee.code.codeFlags
        if !flags.contains(.coroutine) && !flags.contains(.iterableCoroutine) {
          throw PyError.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
        }
        return v
      }
      if g.type === BuiltinTypes.generator { return v }
    }
    return try Protocols.getIter(ts, v)
  }

  /// A generator made by a function flagged CO_ITERABLE_COROUTINE (`types.coroutine`).
  @inline(__always)
  static func isIterableCoroutine(_ g: PyGenerator) -> Bool {
    g.type === BuiltinTypes.generator && g.frame.pointee.code.codeFlags.contains(.iterableCoroutine)
  }

  /// GET_AWAITABLE: the iterator `await v` drives (`_PyCoro_GetAwaitableIter`), with 3.11's
  /// messages; `context` 1/2 name `__aenter__`/`__aexit__` results.
  static func awaitable(_ ts: ThreadState, _ v: Value, context: Int) throws(PyError) -> Value {
    if let g = v.as(PyGenerator.self), g.isCoroutine || isIterableCoroutine(g) {
      if g.isCoroutine, delegation(g) != nil {
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
    if let g = it.as(PyGenerator.self), g.isCoroutine || isIterableCoroutine(g) {
      throw PyError.typeError("__await__() returned a coroutine")
    }
    if Protocols.typeOf(it).slots.next == nil {
      throw PyError.typeError("__await__() returned non-iterator of type '\(Protocols.typeName(it))'")
    }
    return it
  }

  /// GET_AITER: `type(v).__aiter__(v)`, which must have `__anext__`.
  static func aiter(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    let t = Protocols.typeOf(v)
    if t === BuiltinTypes.asyncGenerator { return v }
    guard let m = t.lookup(PyStr.intern("__aiter__")) else {
      throw PyError.typeError("'async for' requires an object with __aiter__ method, got \(t.name)")
    }
    let it = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: v, owner: Value(t)), [])
    let itType = Protocols.typeOf(it)
    guard itType.lookup(PyStr.intern("__anext__")) != nil else {
      throw PyError.typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(itType.name)")
    }
    return it
  }

  /// GET_ANEXT: the awaitable of the next step of an `async for`.
  static func anext(_ ts: ThreadState, _ it: Value) throws(PyError) -> Value {
    if let g = it.as(PyGenerator.self), g.isAsyncGenerator {
      return try AsyncGenerators.anext(ts, g)
    }
    let t = Protocols.typeOf(it)
    guard let m = t.lookup(PyStr.intern("__anext__")) else {
      throw PyError.typeError("'async for' requires an iterator with __anext__ method, got \(t.name)")
    }
    let next = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: it, owner: Value(t)), [])
    do throws(PyError) {
      return try awaitable(ts, next, context: 0)
    } catch {
      let r = PyBaseException(type: BuiltinTypes.exceptions.typeError,
                              message: "'async for' received an invalid object from __anext__: \(Protocols.typeName(next))")
      r.cause = .object(error.exception)
      r.context = .object(error.exception)
      r.suppressContext = true
      throw PyError(r)
    }
  }

  /// END_ASYNC_FOR: nil when `exc` is StopAsyncIteration (the loop ends), else the exception
  /// to re-raise (without a new traceback entry).
  static func endAsyncFor(_ exc: Value) -> PyBaseException? {
    let e = exc.unsafeAs(PyBaseException.self)
    if e.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration) { return nil }
    return e
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
    if coroutineOriginTrackingDepth > 0 && type === BuiltinTypes.coroutine {
      g.origin = CoroutineOrigin.capture(self, depth: coroutineOriginTrackingDepth)
    }
    if ArgumentBinding.isSimple(code, args.count, args.kwnames) {
      for i in 0..<args.count { g.registers[i] = args[i] }
    } else {
      do throws(PyError) {
        try ArgumentBinding.bind(self, f, code, args, into: g.registers, inPlace: false)
      } catch {
        // The call failed before a generator existed, as far as Python can tell.
        g.finish()
        throw error
      }
    }
    Ops.installClosure(f, code, g.registers)
    return .object(g)
  }
}
