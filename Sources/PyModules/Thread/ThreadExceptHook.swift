#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// `_thread._excepthook` and `_thread._ExceptHookArgs` (CPython's `thread_excepthook`):
/// the default `threading.excepthook`, which prints "Exception in thread NAME:" and the
/// traceback of an exception that ended a thread's `run()` to `sys.stderr` (or the
/// thread's `_stderr` when `sys.stderr` is None), and ignores SystemExit.
enum ThreadExceptHook {
  static let argsType = StructSequence.makeType(
    "_thread._ExceptHookArgs", fields: ["exc_type", "exc_value", "exc_traceback", "thread"],
    doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.")

  static func call(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "_excepthook", min: 1, max: 1)
    guard Protocols.typeOf(a[0]) === argsType, let fields = a[0].as(PyTuple.self), fields.items.count == 4 else {
      throw PyError.typeError("_thread.excepthook argument type must be ExceptHookArgs")
    }
    let excType = fields.items[0], excValue = fields.items[1], excTraceback = fields.items[2]
    let thread = fields.items[3]
    if let t = excType.as(PyType.self), t.isSubtype(of: BuiltinTypes.exceptions.systemExit) {
      return .none
    }
    var file: Value = ts.interpreter.sys.dict.get("stderr") ?? .none
    if file.isNone {
      if thread.isNone { return .none }
      file = try Protocols.getAttr(ts, thread, PyStr.intern("_stderr"))
      if file.isNone { return .none }
    }
    var header = "Exception in thread "
    let name: Value = thread.isNone ? .none : try Protocols.getAttr(ts, thread, PyStr.intern("name"))
    if !name.isNone {
      header += try Protocols.str(ts, name).string
    } else {
      header += String(UInt(pthread_self()))
    }
    header += ":\n"
    flushStdout(ts)
    let write = try Protocols.getAttr(ts, file, PyStr.intern("write"))
    _ = try Protocols.call(ts, write, [.object(PyStr(header))])
    try flush(ts, file)
    TracebackPrinter.display(ts, excValue, traceback: excTraceback, to: file)
    try flush(ts, file)
    return .none
  }

  /// What was printed before the report comes first (CPython's output has it so).
  static func flushStdout(_ ts: ThreadState) {
    if let out = ts.interpreter.sys.dict.get("stdout"), !out.isNone { try? flush(ts, out) }
  }

  static func flush(_ ts: ThreadState, _ file: Value) throws(PyError) {
    if let f = try Protocols.getAttrOptional(ts, file, PyStr.intern("flush")) {
      _ = try Protocols.call(ts, f, [])
    }
  }
}
