/// The `coroutine` type (CPython's `PyCoro_Type`) and `coroutine_wrapper`, the iterator
/// `coroutine.__await__()` returns.
extension BuiltinTypes {
  static func installCoroutineType(_ t: PyType) {
    func gen(_ v: Value) -> PyGenerator { v.unsafeAs(PyGenerator.self) }
    t.typeFlags.insert(.disallowInstantiation)
    GeneratorMethods.addSendThrowClose(t, "coroutine")
    t.addMethod("__await__") { _, v, a throws(PyError) in
      if a.count != 0 { throw PyError.typeError("expected 0 arguments, got \(a.count)") }
      return .object(CoroutineWrapper(gen(v)))
    }
    t.addProperty("cr_await") { _, v in GeneratorSupport.yieldFrom(gen(v)) }
    t.addProperty("cr_frame") { ts, v in GeneratorMethods.frame(ts, gen(v)) }
    t.addProperty("cr_running") { _, v in .bool(gen(v).running) }
    t.addProperty("cr_code", get: { _, v in Value(gen(v).frame.pointee.code) }, set: GeneratorMethods.readonly)
    t.addProperty("cr_suspended") { _, v in .bool(gen(v).suspended) }
    t.addProperty("cr_origin", get: { _, v in gen(v).origin }, set: GeneratorMethods.readonly)
    GeneratorMethods.addNames(t, "coroutine")
    t.slots.repr = { _, v in
      .object(PyStr("<coroutine object \(gen(v).qualname.string) at \(Protocols.hexAddress(v))>"))
    }
  }

  public static let coroutineWrapper: PyType = PyType.builtin("coroutine_wrapper") { t in
    func coro(_ v: Value) -> PyGenerator { v.unsafeAs(CoroutineWrapper.self).coroutine }
    t.typeFlags.insert(.disallowInstantiation)
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      switch try GeneratorSupport.sendEx(ts, coro(v), nil) {
      case .yielded(let r):
        return r
      case .returned(let r):
        ts.pendingStopIteration = r.isNone ? nil : GeneratorSupport.stopIteration(r).exception
        return nil
      case .exhausted:
        ts.pendingStopIteration = nil
        return nil
      }
    }
    t.addMethod("send") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "coroutine_wrapper.send", min: 1, max: 1)
      switch try GeneratorSupport.sendEx(ts, coro(v), a[0]) {
      case .yielded(let r): return r
      case .returned(let r): throw GeneratorSupport.stopIteration(r)
      case .exhausted: throw GeneratorSupport.stopIteration(.none)
      }
    }
    t.addMethod("throw") { ts, v, a throws(PyError) in
      let (typ, val, tb) = try GeneratorMethods.throwArguments(a, "coroutine_wrapper")
      switch try GeneratorSupport.throwInto(ts, coro(v), typ, val, tb, closeOnGenExit: true) {
      case .yielded(let r): return r
      case .returned(let r): throw GeneratorSupport.stopIteration(r)
      case .exhausted: throw GeneratorSupport.stopIteration(.none)
      }
    }
    t.addMethod("close") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "coroutine_wrapper.close", min: 0, max: 0)
      try GeneratorSupport.close(ts, coro(v))
      return .none
    }
  }
}

/// `coroutine.__await__()`: an iterator driving the coroutine (`PyCoroWrapper`).
public final class CoroutineWrapper: PyObject {
  let coroutine: PyGenerator

  init(_ c: PyGenerator) {
    coroutine = c
    super.init(type: BuiltinTypes.coroutineWrapper)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(coroutine))
  }
}
