/// Generators, coroutines and async generators: a suspended frame with its own registers.
///
/// Owns the frame record and the register window (both allocated with the generator and
/// freed with it). While the generator runs, its frame is linked into the running thread's
/// frame chain.
public final class PyGenerator: PyObject {
  public let frame: UnsafeMutablePointer<Frame>
  public let registers: UnsafeMutablePointer<Value>
  public let registerCount: Int
  public var name: PyStr
  public var qualname: PyStr
  /// The generator function (its frame references it uncounted).
  public let function: Value
  /// True while the frame runs (`gi_running`).
  public var running = false
  /// True once the frame has run at least once.
  public var started = false
  /// True once the frame has returned or raised.
  public var finished = false
  /// Set by `yieldValue` so the resumer can tell a yield from a return.
  var yieldedValue = false
  /// Register that receives the value sent in when resuming after a yield.
  var resumeRegister = 0
  /// The exception being handled inside the generator while it is suspended.
  var handledException: PyBaseException?

  public init(type: PyType, frame: Frame, registerCount: Int, name: PyStr, qualname: PyStr) {
    self.frame = .allocate(capacity: 1)
    self.frame.initialize(to: frame)
    self.registers = .allocate(capacity: max(registerCount, 1))
    self.registers.initialize(repeating: .unbound, count: max(registerCount, 1))
    self.registerCount = max(registerCount, 1)
    self.name = name
    self.qualname = qualname
    self.function = frame.function
    super.init(type: type)
    self.frame.pointee.registers = registers
  }

  deinit {
    frame.pointee.releaseFrameObject()
    frame.deinitialize(count: 1)
    frame.deallocate()
    registers.deinitialize(count: registerCount)
    registers.deallocate()
  }

  /// "generator", "coroutine" or "async generator" (for messages).
  var kindName: String {
    if type === BuiltinTypes.coroutine { return "coroutine" }
    if type === BuiltinTypes.asyncGenerator { return "async generator" }
    return "generator"
  }

  /// Marks the generator finished and releases what its frame held.
  func finish() {
    finished = true
    for i in 0..<registerCount { registers[i] = .unbound }
    handledException = nil
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for i in 0..<registerCount { visit(registers[i]) }
    visit(function)
  }
}

extension BuiltinTypes {
  static func installGenerators() {
    for t in [generator, coroutine] {
      let isCoro = t === coroutine
      func gen(_ v: Value) -> PyGenerator { v.unsafeAs(PyGenerator.self) }
      if !isCoro {
        t.slots.iter = { _, v in v }
        t.slots.next = { ts, v throws(PyError) in
          if gen(v).finished { return nil }  // an exhausted generator stays exhausted (gen_iternext)
          let (r, done) = try GeneratorSupport.resume(ts, gen(v), send: .none)
          if done && !r.isNone {
            // A return value travels in the StopIteration (gen_iternext).
            ts.pendingStopIteration = GeneratorSupport.stopIteration(r, gen(v)).exception
          }
          return done ? nil : r
        }
      }
      t.addMethod("send") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "send", min: 1, max: 1)
        let (r, done) = try GeneratorSupport.resume(ts, gen(v), send: a[0])
        if done { throw GeneratorSupport.stopIteration(r, gen(v)) }
        return r
      }
      t.addMethod("throw") { ts, v, a throws(PyError) in
        try ArgParser.positional(a, "throw", min: 1, max: 3)
        let exc = try GeneratorThrow.makeException(ts, a)
        let (r, done) = try GeneratorSupport.throwInto(ts, gen(v), exc)
        if done { throw GeneratorSupport.stopIteration(r, gen(v)) }
        return r
      }
      t.addMethod("close") { ts, v, _ throws(PyError) in
        try GeneratorSupport.close(ts, gen(v))
        return .none
      }
      let prefix = isCoro ? "cr" : "gi"
      t.addProperty("\(prefix)_running") { _, v in .bool(gen(v).running) }
      t.addProperty("\(prefix)_frame") { ts, v in
        let g = gen(v)
        if g.finished { return .none }
        return .object(ts.frameObject(for: g.frame))
      }
      t.addProperty("\(prefix)_code") { _, v in Value(gen(v).frame.pointee.code) }
      t.addProperty(isCoro ? "cr_await" : "gi_yieldfrom") { _, v in
        GeneratorSupport.delegate(gen(v)).map { $0.0 } ?? .none
      }
      t.addProperty("\(prefix)_suspended") { _, v in .bool(gen(v).started && !gen(v).finished && !gen(v).running) }
      t.addProperty("__name__", get: { _, v in .object(gen(v).name) }, set: { _, v, nv throws(PyError) in
        guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__name__ must be set to a string object") }
        gen(v).name = s
      })
      t.addProperty("__qualname__", get: { _, v in .object(gen(v).qualname) }, set: { _, v, nv throws(PyError) in
        guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__qualname__ must be set to a string object") }
        gen(v).qualname = s
      })
      t.slots.repr = { _, v in
        let g = gen(v)
        return .object(PyStr("<\(g.kindName) object \(g.qualname.string) at \(Protocols.hexAddress(v))>"))
      }
      if isCoro {
        t.addMethod("__await__") { _, v, _ in .object(CoroutineWrapper(gen(v))) }
      }
    }
  }
}

/// `coroutine.__await__()`: an iterator driving the coroutine.
public final class CoroutineWrapper: PyObject {
  let coroutine: PyGenerator

  init(_ c: PyGenerator) {
    coroutine = c
    super.init(type: BuiltinTypes.coroutineWrapper)
  }
}

extension BuiltinTypes {
  public static let coroutineWrapper: PyType = PyType.builtin("coroutine_wrapper") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      let (r, done) = try GeneratorSupport.resume(ts, v.unsafeAs(CoroutineWrapper.self).coroutine, send: .none)
      if done {
        if r.isNone { return nil }
        throw GeneratorSupport.stopIteration(r, nil)
      }
      return r
    }
    t.addMethod("send") { ts, v, a throws(PyError) in
      let (r, done) = try GeneratorSupport.resume(ts, v.unsafeAs(CoroutineWrapper.self).coroutine, send: a[0])
      if done { throw GeneratorSupport.stopIteration(r, nil) }
      return r
    }
    t.addMethod("throw") { ts, v, a throws(PyError) in
      let exc = try GeneratorThrow.makeException(ts, a)
      let (r, done) = try GeneratorSupport.throwInto(ts, v.unsafeAs(CoroutineWrapper.self).coroutine, exc)
      if done { throw GeneratorSupport.stopIteration(r, nil) }
      return r
    }
    t.addMethod("close") { ts, v, _ throws(PyError) in
      try GeneratorSupport.close(ts, v.unsafeAs(CoroutineWrapper.self).coroutine)
      return .none
    }
  }
}

/// The exception `gen.throw(...)` raises, from its 1–3 argument forms.
enum GeneratorThrow {
  static func makeException(_ ts: ThreadState, _ a: Args) throws(PyError) -> PyBaseException {
    let typ = a[0]
    let val: Value = a.count > 1 ? a[1] : .none
    let tb: Value = a.count > 2 ? a[2] : .none
    if !tb.isNone && tb.as(PyTraceback.self) == nil {
      throw PyError.typeError("throw() third argument must be a traceback object")
    }
    var exc: PyBaseException
    if let e = typ.as(PyBaseException.self) {
      if !val.isNone { throw PyError.typeError("instance exception may not have a separate value") }
      exc = e
    } else if let t = typ.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.baseException) {
      if let e = val.as(PyBaseException.self), e.type.isSubtype(of: t) {
        exc = e
      } else {
        let args: [Value] = val.isNone ? [] : (val.as(PyTuple.self)?.items ?? [val])
        exc = try ExceptionRaising.instantiate(ts, try Protocols.call(ts, typ, args))
      }
    } else {
      throw PyError.typeError("exceptions must be classes or instances deriving from BaseException, not \(Protocols.typeName(typ))")
    }
    if let t = tb.as(PyTraceback.self) { exc.traceback = t }
    return exc
  }
}
