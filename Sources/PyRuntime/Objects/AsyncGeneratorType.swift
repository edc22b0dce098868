/// The `async_generator` type (CPython's `PyAsyncGen_Type`): `__aiter__`, `__anext__`,
/// `asend`, `athrow`, `aclose` (each returning an awaitable that drives the generator, see
/// AsyncGeneratorAwaitables.swift), the `ag_*` attributes, and the firstiter/finalizer hooks
/// (`sys.set_asyncgen_hooks`) consulted at the first iteration.
extension BuiltinTypes {
  static func installAsyncGeneratorType(_ t: PyType) {
    func gen(_ v: Value) -> PyGenerator { v.unsafeAs(PyGenerator.self) }
    t.typeFlags.insert(.disallowInstantiation)
    t.addMethod("__aiter__") { _, v, a throws(PyError) in
      if a.count != 0 { throw PyError.typeError("expected 0 arguments, got \(a.count)") }
      return v
    }
    t.addMethod("__anext__") { ts, v, a throws(PyError) in
      if a.count != 0 { throw PyError.typeError("expected 0 arguments, got \(a.count)") }
      return try AsyncGenerators.anext(ts, gen(v))
    }
    t.addMethod("asend") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "async_generator.asend", min: 1, max: 1)
      try AsyncGenerators.initHooks(ts, gen(v))
      return .object(AsyncGenASend(gen(v), sendValue: a[0]))
    }
    t.addMethod("athrow") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "athrow")
      try AsyncGenerators.initHooks(ts, gen(v))
      return .object(AsyncGenAThrow(gen(v), arguments: a.positional))
    }
    t.addMethod("aclose") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "async_generator.aclose", min: 0, max: 0)
      try AsyncGenerators.initHooks(ts, gen(v))
      return .object(AsyncGenAThrow(gen(v), arguments: nil))
    }
    t.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "async_generator.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
    GeneratorMethods.addDel(t, "async_generator")
    t.addProperty("ag_await") { _, v in GeneratorSupport.yieldFrom(gen(v)) }
    t.addProperty("ag_frame") { ts, v in GeneratorMethods.frame(ts, gen(v)) }
    t.addProperty("ag_code", get: { _, v in Value(gen(v).frame.pointee.code) }, set: GeneratorMethods.readonly)
    t.addProperty("ag_running", get: { _, v in .bool(gen(v).runningAsync) }, set: GeneratorMethods.readonly)
    GeneratorMethods.addNames(t, "async generator")
    t.slots.repr = { _, v in
      .object(PyStr("<async_generator object \(gen(v).qualname.string) at \(Protocols.hexAddress(v))>"))
    }
  }
}

/// Driving async generators (the `async_gen_*` functions of Objects/genobject.c).
enum AsyncGenerators {
  /// Consults the thread's asyncgen hooks once per generator (`async_gen_init_hooks`): the
  /// finalizer is remembered for when the generator is dropped, firstiter is called now.
  static func initHooks(_ ts: ThreadState, _ g: PyGenerator) throws(PyError) {
    if g.hooksInited { return }
    g.hooksInited = true
    let hooks = AsyncGenHooks.current(ts)
    if !hooks.finalizer.isNone { g.asyncFinalizer = hooks.finalizer }
    if !hooks.firstIter.isNone {
      _ = try Protocols.call(ts, hooks.firstIter, [.object(g)])
    }
  }

  /// `agen.__anext__()`: an `asend` awaitable with no value.
  static func anext(_ ts: ThreadState, _ g: PyGenerator) throws(PyError) -> Value {
    try initHooks(ts, g)
    return .object(AsyncGenASend(g, sendValue: nil))
  }

  /// Runs one step of `g` and interprets the result for an awaitable
  /// (`async_gen_unwrap_value`): a wrapped value (an async `yield`) ends the awaitable with
  /// StopIteration(value); any other yield passes through (an `await` inside the generator);
  /// a return is StopAsyncIteration.
  static func unwrap(_ g: PyGenerator, _ step: () throws(PyError) -> GeneratorOutcome) throws(PyError) -> Value {
    let outcome: GeneratorOutcome
    do throws(PyError) {
      outcome = try step()
    } catch {
      if error.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration)
          || error.type.isSubtype(of: BuiltinTypes.exceptions.generatorExit) {
        g.asyncClosed = true
      }
      g.runningAsync = false
      throw error
    }
    switch outcome {
    case .yielded(let v):
      if let w = v.as(AsyncGenWrapped.self) {
        g.runningAsync = false
        throw GeneratorSupport.stopIteration(w.value)
      }
      return v
    case .returned, .exhausted:
      g.asyncClosed = true
      g.runningAsync = false
      throw PyError(PyBaseException(type: BuiltinTypes.exceptions.stopAsyncIteration, args: PyTuple.empty))
    }
  }
}

/// The asyncgen hooks of a thread (`sys.get_asyncgen_hooks()`), kept in its `ThreadState`.
struct AsyncGenHooks {
  var firstIter: Value
  var finalizer: Value

  static func current(_ ts: ThreadState) -> AsyncGenHooks {
    AsyncGenHooks(firstIter: ts.asyncGenFirstIter, finalizer: ts.asyncGenFinalizer)
  }
}
