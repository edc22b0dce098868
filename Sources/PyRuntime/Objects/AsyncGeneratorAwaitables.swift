/// The awaitables that drive async generators (Objects/genobject.c): `async_generator_asend`
/// (from `__anext__()`/`asend(v)`), `async_generator_athrow` (from `athrow(...)`/`aclose()`),
/// and `async_generator_wrapped_value`, the marker around values an async generator yields.
///
/// Each awaitable is one-shot: once it has finished (or was closed) awaiting it again is
/// "cannot reuse already awaited …".
enum AwaitableState {
  /// Not iterated yet.
  case initial
  /// Being iterated.
  case iterating
  /// Finished or closed.
  case closed
}

/// The value an async generator yields, wrapped so the awaitable driving it tells it from
/// values passing through from an `await` (`_PyAsyncGenWrappedValue`).
public final class AsyncGenWrapped: PyObject {
  public let value: Value

  init(_ value: Value) {
    self.value = value
    super.init(type: BuiltinTypes.asyncGenWrappedValue)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(value)
  }
}

/// `agen.__anext__()` / `agen.asend(v)` (`PyAsyncGenASend`).
public final class AsyncGenASend: PyObject {
  let generator: PyGenerator
  /// The value to send at the first step; nil for `__anext__()`.
  let sendValue: Value?
  var state = AwaitableState.initial

  init(_ g: PyGenerator, sendValue: Value?) {
    generator = g
    self.sendValue = sendValue
    super.init(type: BuiltinTypes.asyncGenASend)
  }

  /// `send(arg)`; nil `arg` is `__next__` (`async_gen_asend_send`).
  func send(_ ts: ThreadState, _ arg: Value?) throws(PyError) -> Value {
    if state == .closed {
      throw PyError.runtimeError("cannot reuse already awaited __anext__()/asend()")
    }
    var arg = arg
    if state == .initial {
      if generator.runningAsync {
        state = .closed
        throw PyError.runtimeError("anext(): asynchronous generator is already running")
      }
      if arg == nil || arg!.isNone { arg = sendValue }
      state = .iterating
    }
    generator.runningAsync = true
    let g = generator
    do throws(PyError) {
      return try AsyncGenerators.unwrap(g) { () throws(PyError) in try GeneratorSupport.sendEx(ts, g, arg) }
    } catch {
      state = .closed
      throw error
    }
  }

  /// `throw(...)` (`async_gen_asend_throw`).
  func throwIn(_ ts: ThreadState, _ typ: Value, _ val: Value?, _ tb: Value?) throws(PyError) -> Value {
    if state == .closed {
      throw PyError.runtimeError("cannot reuse already awaited __anext__()/asend()")
    }
    let g = generator
    do throws(PyError) {
      return try AsyncGenerators.unwrap(g) { () throws(PyError) in
        try GeneratorSupport.throwInto(ts, g, typ, val, tb, closeOnGenExit: true)
      }
    } catch {
      state = .closed
      throw error
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(generator))
    if let sendValue { visit(sendValue) }
  }
}

/// `agen.athrow(...)` / `agen.aclose()` (`PyAsyncGenAThrow`).
public final class AsyncGenAThrow: PyObject {
  let generator: PyGenerator
  /// The arguments of `athrow`; nil for `aclose()`.
  let arguments: [Value]?
  var state = AwaitableState.initial

  init(_ g: PyGenerator, arguments: [Value]?) {
    generator = g
    self.arguments = arguments
    super.init(type: BuiltinTypes.asyncGenAThrow)
  }

  private var isClose: Bool { arguments == nil }

  private func reuseError() -> PyError {
    PyError.runtimeError("cannot reuse already awaited aclose()/athrow()")
  }

  /// The end of an `aclose()` whose generator yielded a value in answer.
  private func ignoredExit() -> PyError {
    generator.runningAsync = false
    state = .closed
    return PyError.runtimeError("async generator ignored GeneratorExit")
  }

  /// The end of a step that raised (`check_error`): for `aclose()` a generator that finished
  /// by StopAsyncIteration or GeneratorExit ends the awaitable with StopIteration.
  private func checkError(_ e: PyError) -> PyError {
    generator.runningAsync = false
    state = .closed
    if isClose && (e.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration)
                   || e.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit)) {
      return GeneratorSupport.stopIteration(.none)
    }
    return e
  }

  /// A step of `aclose()`: a wrapped value (an async yield) is "ignored GeneratorExit",
  /// a return is StopAsyncIteration (ending the close).
  private func closeStep(_ step: () throws(PyError) -> GeneratorOutcome) throws(PyError) -> Value {
    let outcome: GeneratorOutcome
    do throws(PyError) {
      outcome = try step()
    } catch {
      throw checkError(error)
    }
    switch outcome {
    case .yielded(let v):
      if v.as(AsyncGenWrapped.self) != nil { throw ignoredExit() }
      return v
    case .returned, .exhausted:
      throw checkError(PyError(PyBaseException(type: BuiltinTypes.exceptions.stopAsyncIteration, args: PyTuple.empty)))
    }
  }

  /// `send(arg)` (`async_gen_athrow_send`; `__next__` sends None).
  func send(_ ts: ThreadState, _ arg: Value) throws(PyError) -> Value {
    let g = generator
    if state == .closed { throw reuseError() }
    if g.finished {
      state = .closed
      throw GeneratorSupport.stopIteration(.none)
    }
    if state == .initial {
      if g.runningAsync {
        state = .closed
        throw PyError.runtimeError(isClose ? "aclose(): asynchronous generator is already running"
                                           : "athrow(): asynchronous generator is already running")
      }
      if g.asyncClosed {
        state = .closed
        throw PyError(PyBaseException(type: BuiltinTypes.exceptions.stopAsyncIteration, args: PyTuple.empty))
      }
      if !arg.isNone {
        throw PyError.runtimeError("can't send non-None value to a just-started coroutine")
      }
      state = .iterating
      g.runningAsync = true
      guard let arguments else {
        g.asyncClosed = true
        return try closeStep { () throws(PyError) in
          try GeneratorSupport.throwInto(ts, g, Value(BuiltinTypes.exceptions.generatorExit), nil, nil, closeOnGenExit: false)
        }
      }
      if arguments.count < 1 || arguments.count > 3 {
        let n = arguments.count
        throw PyError.typeError(n < 1 ? "athrow expected at least 1 argument, got \(n)"
                                      : "athrow expected at most 3 arguments, got \(n)")
      }
      do throws(PyError) {
        return try AsyncGenerators.unwrap(g) { () throws(PyError) in
          try GeneratorSupport.throwInto(ts, g, arguments[0], arguments.count > 1 ? arguments[1] : nil,
                                         arguments.count > 2 ? arguments[2] : nil, closeOnGenExit: false)
        }
      } catch {
        throw checkError(error)
      }
    }
    if isClose {
      return try closeStep { () throws(PyError) in try GeneratorSupport.sendEx(ts, g, arg) }
    }
    return try AsyncGenerators.unwrap(g) { () throws(PyError) in try GeneratorSupport.sendEx(ts, g, arg) }
  }

  /// `throw(...)` (`async_gen_athrow_throw`).
  func throwIn(_ ts: ThreadState, _ typ: Value, _ val: Value?, _ tb: Value?) throws(PyError) -> Value {
    let g = generator
    if state == .closed { throw reuseError() }
    if !isClose {
      return try AsyncGenerators.unwrap(g) { () throws(PyError) in
        try GeneratorSupport.throwInto(ts, g, typ, val, tb, closeOnGenExit: true)
      }
    }
    let outcome: GeneratorOutcome
    do throws(PyError) {
      outcome = try GeneratorSupport.throwInto(ts, g, typ, val, tb, closeOnGenExit: true)
    } catch {
      if error.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration)
          || error.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit) {
        throw GeneratorSupport.stopIteration(.none)
      }
      throw error
    }
    switch outcome {
    case .yielded(let v):
      if v.as(AsyncGenWrapped.self) != nil { throw ignoredExit() }
      return v
    case .returned, .exhausted:
      // The generator returned: StopAsyncIteration, which ends the close.
      throw GeneratorSupport.stopIteration(.none)
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(generator))
    for v in arguments ?? [] { visit(v) }
  }
}

extension BuiltinTypes {
  public static let asyncGenWrappedValue: PyType = PyType.builtin("async_generator_wrapped_value") { t in
    t.typeFlags.insert(.disallowInstantiation)
  }

  public static let asyncGenASend: PyType = PyType.builtin("async_generator_asend") { t in
    func me(_ v: Value) -> AsyncGenASend { v.unsafeAs(AsyncGenASend.self) }
    t.typeFlags.insert(.disallowInstantiation)
    AwaitableMethods.install(t, "async_generator_asend",
                             send: { ts, v, arg throws(PyError) in try me(v).send(ts, arg) },
                             throwIn: { ts, v, typ, val, tb throws(PyError) in try me(v).throwIn(ts, typ, val, tb) },
                             close: { v in me(v).state = .closed })
  }

  public static let asyncGenAThrow: PyType = PyType.builtin("async_generator_athrow") { t in
    func me(_ v: Value) -> AsyncGenAThrow { v.unsafeAs(AsyncGenAThrow.self) }
    t.typeFlags.insert(.disallowInstantiation)
    AwaitableMethods.install(t, "async_generator_athrow",
                             send: { ts, v, arg throws(PyError) in try me(v).send(ts, arg ?? .none) },
                             throwIn: { ts, v, typ, val, tb throws(PyError) in try me(v).throwIn(ts, typ, val, tb) },
                             close: { v in me(v).state = .closed })
  }
}

/// The iterator protocol of the awaitables: `__await__` and `__iter__` return the awaitable,
/// `__next__` is `send` without a value, plus `send`, `throw` and `close`.
enum AwaitableMethods {
  static func install(_ t: PyType, _ typeName: String,
                      send: @escaping (ThreadState, Value, Value?) throws(PyError) -> Value,
                      throwIn: @escaping (ThreadState, Value, Value, Value?, Value?) throws(PyError) -> Value,
                      close: @escaping (Value) -> Void) {
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      do throws(PyError) {
        return try send(ts, v, nil)
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
        ts.pendingStopIteration = e.exception
        return nil
      }
    }
    t.addMethod("__await__") { _, v, a throws(PyError) in
      if a.count != 0 { throw PyError.typeError("expected 0 arguments, got \(a.count)") }
      return v
    }
    t.addMethod("send") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "\(typeName).send", min: 1, max: 1)
      return try send(ts, v, a[0])
    }
    t.addMethod("throw") { ts, v, a throws(PyError) in
      let (typ, val, tb) = try GeneratorMethods.throwArguments(a, typeName)
      return try throwIn(ts, v, typ, val, tb)
    }
    t.addMethod("close") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "\(typeName).close", min: 0, max: 0)
      close(v)
      return .none
    }
  }
}
