/// The `generator` type (CPython's `PyGen_Type`): iteration, `send`, `throw`, `close`, the
/// `gi_*` attributes and the repr. Also installs the coroutine and async generator types,
/// which share the object layout (`PyGenerator`).
extension BuiltinTypes {
  static func installGenerators() {
    installGeneratorType(generator)
    installCoroutineType(coroutine)
    installAsyncGeneratorType(asyncGenerator)
  }

  static func installGeneratorType(_ t: PyType) {
    func gen(_ v: Value) -> PyGenerator { v.unsafeAs(PyGenerator.self) }
    t.typeFlags.insert(.disallowInstantiation)
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      let g = gen(v)
      switch try GeneratorSupport.sendEx(ts, g, nil) {
      case .yielded(let r):
        return r
      case .returned(let r):
        // A return value travels in the StopIteration (gen_iternext).
        ts.pendingStopIteration = r.isNone ? nil : GeneratorSupport.stopIteration(r).exception
        return nil
      case .exhausted:
        ts.pendingStopIteration = nil
        return nil
      }
    }
    GeneratorMethods.addSendThrowClose(t, "generator")
    t.addProperty("gi_running") { _, v in .bool(gen(v).running) }
    t.addProperty("gi_frame") { ts, v in GeneratorMethods.frame(ts, gen(v)) }
    t.addProperty("gi_code", get: { _, v in Value(gen(v).frame.pointee.code) }, set: GeneratorMethods.readonly)
    t.addProperty("gi_yieldfrom") { _, v in GeneratorSupport.yieldFrom(gen(v)) }
    t.addProperty("gi_suspended") { _, v in .bool(gen(v).suspended) }
    GeneratorMethods.addNames(t, "generator")
    t.slots.repr = { _, v in
      .object(PyStr("<generator object \(gen(v).qualname.string) at \(Protocols.hexAddress(v))>"))
    }
  }
}

/// What the generator, coroutine and async generator types share: `send`/`throw`/`close`
/// methods, `__name__`/`__qualname__`, the frame attribute, `__del__`.
enum GeneratorMethods {
  static func gen(_ v: Value) -> PyGenerator { v.unsafeAs(PyGenerator.self) }

  /// The setter of read-only members (`gi_code`, `cr_origin`, `ag_running` …).
  static let readonly: (ThreadState, Value, Value?) throws(PyError) -> Void = { _, _, _ throws(PyError) in
    throw PyError.attributeError("readonly attribute")
  }

  /// `send`, `throw`, `close` and `__del__` of generators and coroutines; `typeName` qualifies
  /// the argument errors ("generator.send() takes exactly one argument (0 given)").
  static func addSendThrowClose(_ t: PyType, _ typeName: String) {
    t.addMethod("send") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "\(typeName).send", min: 1, max: 1)
      let g = gen(v)
      switch try GeneratorSupport.sendEx(ts, g, a[0]) {
      case .yielded(let r): return r
      case .returned(let r): throw GeneratorSupport.returnException(g, r)
      case .exhausted: throw GeneratorSupport.returnException(g, .none)
      }
    }
    t.addMethod("throw") { ts, v, a throws(PyError) in
      let (typ, val, tb) = try throwArguments(a, typeName)
      let g = gen(v)
      switch try GeneratorSupport.throwInto(ts, g, typ, val, tb, closeOnGenExit: true) {
      case .yielded(let r): return r
      case .returned(let r): throw GeneratorSupport.returnException(g, r)
      case .exhausted: throw GeneratorSupport.returnException(g, .none)
      }
    }
    t.addMethod("close") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "\(typeName).close", min: 0, max: 0)
      try GeneratorSupport.close(ts, gen(v))
      return .none
    }
    addDel(t, typeName)
  }

  /// `__del__`: runs the finalizer (`_PyGen_Finalize`) on a live generator.
  static func addDel(_ t: PyType, _ typeName: String) {
    t.addMethod("__del__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "\(typeName).__del__", min: 0, max: 0)
      GeneratorFinalization.finalize(ts, gen(v))
      return .none
    }
  }

  /// The arguments of `throw(typ[, val[, tb]])`, as `gen_throw` checks them.
  static func throwArguments(_ a: Args, _ typeName: String) throws(PyError) -> (Value, Value?, Value?) {
    try ArgParser.noKeywords(a, "\(typeName).throw")
    try ArgParser.positional(a, "throw", min: 1, max: 3)
    return (a[0], a.count > 1 ? a[1] : nil, a.count > 2 ? a[2] : nil)
  }

  /// `__name__` and `__qualname__` (settable to strings).
  static func addNames(_ t: PyType, _ kind: String) {
    t.addProperty("__name__", get: { _, v in .object(gen(v).name) }, set: { _, v, nv throws(PyError) in
      guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__name__ must be set to a string object") }
      gen(v).name = s
    })
    t.addProperty("__qualname__", get: { _, v in .object(gen(v).qualname) }, set: { _, v, nv throws(PyError) in
      guard let s = nv?.as(PyStr.self) else { throw PyError.typeError("__qualname__ must be set to a string object") }
      gen(v).qualname = s
    })
  }

  /// `gi_frame`/`cr_frame`/`ag_frame`: the frame while it exists, None once finished.
  static func frame(_ ts: ThreadState, _ g: PyGenerator) -> Value {
    guard g.claim() else {
      // Running: on this thread its frame is on the chain; a frame another thread is
      // running right now is not touched from here (None).
      var f = ts.currentFrame
      while let cur = f {
        if cur == g.frame { return .object(ts.frameObject(for: cur)) }
        f = cur.pointee.previous
      }
      return .none
    }
    defer { g.unclaim() }
    if g.finished { return .none }
    let fo = ts.frameObject(for: g.frame)
    // The frame is not on the thread's chain while suspended: `f_locals` reads the snapshot
    // taken now (CPython's PyFrame_FastToLocals on the suspended frame).
    _ = try? FrameLocals.locals(ts, g.frame)
    // A frame that never ran is at its `def` line.
    if !g.started { fo.lineno = g.frame.pointee.code.firstLineno }
    return .object(fo)
  }
}
