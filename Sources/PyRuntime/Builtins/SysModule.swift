#if canImport(Glibc)
import Glibc
#endif

/// The `sys` module (the interpreter-facing part; more attributes arrive with the standard
/// library work).
public enum SysModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "sys")
    let d = m.dict
    let cfg = interp.config
    d.set("argv", .object(PyList(cfg.argv.map { .object(PyStr($0)) })))
    d.set("orig_argv", .object(PyList(cfg.argv.map { .object(PyStr($0)) })))
    d.set("path", .object(PyList(cfg.path.map { .object(PyStr($0)) })))
    d.set("modules", .object(interp.modules))
    d.set("executable", .object(PyStr(cfg.executable)))
    d.set("platform", .object(PyStr.intern("linux")))
    d.set("byteorder", .object(PyStr.intern("little")))
    d.set("maxsize", .int(Int.max))
    d.set("maxunicode", .int(0x10FFFF))
    d.set("version", .object(PyStr("3.11.7 (swiftpy) [Swift]")))
    d.set("version_info", .object(PyTuple([.int(3), .int(11), .int(7), .object(PyStr.intern("final")), .int(0)])))
    d.set("hexversion", .int(0x030B07F0))
    d.set("api_version", .int(1013))
    d.set("copyright", .object(PyStr("Copyright (c) swiftpy authors.")))
    d.set("dont_write_bytecode", .bool(true))
    d.set("warnoptions", .object(PyList(cfg.warnOptions.map { .object(PyStr($0)) })))
    let out = StdStream(fd: 1, name: "stdout", unbuffered: cfg.unbuffered)
    let err = StdStream(fd: 2, name: "stderr", unbuffered: true)
    d.set("stdout", .object(out))
    d.set("stderr", .object(err))
    d.set("__stdout__", .object(out))
    d.set("__stderr__", .object(err))
    d.set("stdin", .none)
    let fns: [(String, PyBuiltinFunction.Body)] = [
      ("exit", { _, a throws(PyError) in
        try ArgParser.positional(a, "exit", min: 0, max: 1)
        let e = PyBaseException(type: BuiltinTypes.exceptions.systemExit, args: PyTuple(a.positional))
        throw PyError(e)
      }),
      ("getrecursionlimit", { ts, _ in .int(ts.interpreter.recursionLimit.load(ordering: .relaxed)) }),
      ("setrecursionlimit", { ts, a throws(PyError) in
        try ArgParser.positional(a, "setrecursionlimit", min: 1, max: 1)
        guard case .int(let n) = a[0] else {
          throw PyError.typeError("'\(Protocols.typeName(a[0]))' object cannot be interpreted as an integer")
        }
        if n < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
        if n <= ts.recursionDepth {
          throw PyError.recursionError("cannot set the recursion limit to \(n) at the recursion depth \(ts.recursionDepth): the limit is too low")
        }
        ts.interpreter.recursionLimit.store(n, ordering: .relaxed)
        return .none
      }),
      ("exc_info", { ts, _ in
        guard let e = ts.handledException else { return .object(PyTuple([.none, .none, .none])) }
        return .object(PyTuple([Value(e.type), .object(e), e.traceback.map { .object($0) } ?? .none]))
      }),
      ("exception", { ts, _ in ts.handledException.map { .object($0) } ?? .none }),
      ("intern", { _, a throws(PyError) in
        try ArgParser.positional(a, "intern", min: 1, max: 1)
        guard let s = a[0].as(PyStr.self), s.isExactStr else {
          throw PyError.typeError("intern() argument must be str, not \(Protocols.typeName(a[0]))")
        }
        return .object(PyStr.intern(s))
      }),
      ("getdefaultencoding", { _, _ in .object(PyStr.intern("utf-8")) }),
      ("getfilesystemencoding", { _, _ in .object(PyStr.intern("utf-8")) }),
    ]
    for (n, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "sys", doc: nil, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    return m
  }
}
