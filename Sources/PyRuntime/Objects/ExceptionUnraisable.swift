/// Exceptions that cannot be raised (in `__del__`, while finalizing a generator, in callbacks):
/// CPython 3.11's `_PyErr_WriteUnraisableMsg` and the default `sys.unraisablehook`
/// (Python/errors.c): the hook gets an `UnraisableHookArgs(exc_type, exc_value,
/// exc_traceback, err_msg, object)`; the default one writes
///
///     Exception ignored in: <object repr>
///     Traceback (most recent call last):
///       ...
///     Type: message
///
/// to `sys.stderr`. A hook that fails is reported the same way ("Exception ignored in
/// sys.unraisablehook: <hook>").
extension ExceptionSupport {
  /// The struct sequence type the hook receives.
  static let unraisableHookArgsType = StructSequence.makeType(
    "UnraisableHookArgs", fields: ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
    instantiable: false, doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.")

  /// Reports `exc` through `sys.unraisablehook`. `message` is the `%s` of "Exception ignored
  /// %s" (nil: "Exception ignored in: <object>"); `object` the object it happened in.
  public static func writeUnraisable(_ ts: ThreadState, _ exc: PyBaseException, object: Value?,
                                     message: String? = nil) {
    // Without a traceback, the current frame's (PyEval_GetFrame).
    if exc.traceback == nil, let f = ts.currentFrame {
      let fo = ts.frameObject(for: f)
      exc.traceback = PyTraceback(next: nil, frame: fo, pc: f.pointee.pc, lineno: f.pointee.lineno)
    }
    let errMessage: Value = message.map { .object(PyStr("Exception ignored \($0)")) } ?? .none
    let obj = object ?? .none
    let tb: Value = exc.traceback.map { .object($0) } ?? .none
    let args = StructSequence.make(unraisableHookArgsType, [Value(exc.type), .object(exc), tb, errMessage, obj])
    let sys = ts.interpreter.sys.dict
    // Nothing may escape from here; the exception being handled stays as it was.
    let savedHandled = ts.handledException
    defer { ts.handledException = savedHandled }
    if let hook = sys.get("unraisablehook"), !hook.isNone {
      do throws(PyError) {
        _ = try Protocols.call(ts, hook, [.object(args)])
        return
      } catch {
        // The hook failed: report its own exception with the default hook.
        let e = error.exception
        let hookArgs = StructSequence.make(unraisableHookArgsType, [
          Value(e.type), .object(e), e.traceback.map { .object($0) } ?? .none,
          .object(PyStr("Exception ignored in sys.unraisablehook")), hook])
        writeUnraisableDefault(ts, .object(hookArgs))
        return
      }
    }
    writeUnraisableDefault(ts, .object(args))
  }

  /// `sys.__unraisablehook__`: writes the report to `sys.stderr` (nothing when it is None).
  public static func writeUnraisableDefault(_ ts: ThreadState, _ args: Value) {
    guard let file = ts.interpreter.sys.dict.get("stderr"), !file.isNone else { return }
    func attr(_ name: String) -> Value {
      ((try? Protocols.getAttrOptional(ts, args, PyStr.intern(name))) ?? nil) ?? .none
    }
    let excType = attr("exc_type"), excValue = attr("exc_value"), excTraceback = attr("exc_traceback")
    let errMessage = attr("err_msg"), obj = attr("object")
    let ctx = ExceptionPrintContext(ts)
    if !obj.isNone {
      if !errMessage.isNone {
        if let s = try? Protocols.str(ts, errMessage) { ctx.emit(s) }
        ctx.emit(": ")
      } else {
        ctx.emit("Exception ignored in: ")
      }
      if let r = try? Protocols.repr(ts, obj) { ctx.emit(r) } else { ctx.emit("<object repr() failed>") }
      ctx.emit("\n")
    } else if !errMessage.isNone {
      if let s = try? Protocols.str(ts, errMessage) { ctx.emit(s) }
      ctx.emit(":\n")
    }
    if let tb = excTraceback.as(PyTraceback.self) {
      ExceptionTracebackFormat.printTraceback(ctx, tb, header: "Traceback (most recent call last):\n", headerMargin: nil)
    }
    if let t = excType.as(PyType.self) {
      if let m = try? Protocols.getAttr(ts, excType, PyStr.intern("__module__")), let module = m.as(PyStr.self) {
        if module.string != "builtins" && module.string != "__main__" {
          ctx.emit(module)
          ctx.emit(".")
        }
      } else {
        ctx.emit("<unknown>")
      }
      ctx.emit(t.typeFlags.contains(.heapType) ? t.qualname : String(t.shortName))
      if !excValue.isNone {
        ctx.emit(": ")
        if let s = try? Protocols.str(ts, excValue) { ctx.emit(s) } else { ctx.emit("<exception str() failed>") }
      }
      ctx.emit("\n")
    }
    TracebackPrinter.writeText(ts, ctx.text, to: file)
  }
}
