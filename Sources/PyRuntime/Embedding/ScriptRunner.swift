#if canImport(Glibc)
import Glibc
#endif
import PySyntax
import PyCompiler

/// Running a program the way `python3 FILE` / `-c` / `-m` do: builds the interpreter and
/// `__main__`, runs the code, prints an uncaught exception's traceback, honours SystemExit,
/// and returns the process exit status. The CLI is a thin client of this.
public enum ScriptRunner {
  /// What to run.
  public enum Target {
    case file(path: String)
    case command(String)
    case module(String)
  }

  public static func run(_ target: Target, config: InterpreterConfig) -> Int32 {
    let interp = Interpreter(config: config)
    let ts: ThreadState
    do {
      ts = try interp.start()
    } catch {
      return 1
    }
    let status = runMain(interp, ts, target)
    finish(interp, ts)
    return status
  }

  static func runMain(_ interp: Interpreter, _ ts: ThreadState, _ target: Target) -> Int32 {
    let main = PyModule(name: "__main__")
    let d = main.dict
    d.set("__builtins__", Value(interp.builtins))
    d.set("__doc__", .none)
    d.set("__package__", .none)
    d.set("__loader__", .none)
    d.set("__spec__", .none)
    d.set("__annotations__", .object(PyDict()))
    do throws(PyError) {
      try interp.modules.setItem(ts, .object(PyStr.intern("__main__")), Value(main))
      switch target {
      case .file(let path):
        guard let bytes = FileSupport.readFile(path) else {
          let err = String(cString: strerror(errno))
          writeStderr("\(interp.config.executable): can't open file '\(path)': [Errno \(errno)] \(err)\n")
          return 2
        }
        // CPython 3.11 makes the script's path absolute (without resolving symlinks).
        let absolute = PathSupport.absolute(path)
        d.set("__file__", .object(PyStr(absolute)))
        let code = try interp.compile(bytes, filename: absolute)
        _ = try ts.runCode(code, globals: d)
      case .command(let source):
        let code = try interp.compile(Array(source.utf8), filename: "<string>")
        _ = try ts.runCode(code, globals: d)
      case .module(let name):
        _ = name
        throw PyError.notImplementedError("-m is not supported yet")
      }
      return 0
    } catch {
      return handleUncaught(interp, ts, error.exception)
    }
  }

  /// Prints an uncaught exception (or exits for SystemExit); returns the exit status.
  public static func handleUncaught(_ interp: Interpreter, _ ts: ThreadState, _ e: PyBaseException) -> Int32 {
    flushStdout(interp)
    if e.type.isSubtype(of: BuiltinTypes.exceptions.systemExit) {
      return systemExitStatus(interp, ts, e)
    }
    TracebackPrinter.printException(ts, e)
    return 1
  }

  /// The exit status for an uncaught SystemExit (printing its message when not an int).
  static func systemExitStatus(_ interp: Interpreter, _ ts: ThreadState, _ e: PyBaseException) -> Int32 {
    let code: Value = (try? Protocols.getAttr(ts, .object(e), PyStr.intern("code"))) ?? .none
    switch code {
    case .none: return 0
    case .int(let i): return Int32(truncatingIfNeeded: i)
    case .bool(let b): return b ? 1 : 0
    default:
      let text = (try? Protocols.str(ts, code).string) ?? ""
      writeStderr(text + "\n")
      return 1
    }
  }

  static func finish(_ interp: Interpreter, _ ts: ThreadState) {
    flushStdout(interp)
  }

  static func flushStdout(_ interp: Interpreter) {
    if let out = interp.sys.dict.get("stdout")?.as(StdStream.self) { out.flush() }
    if let err = interp.sys.dict.get("stderr")?.as(StdStream.self) { err.flush() }
  }

  static func writeStderr(_ s: String) {
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
  }
}
