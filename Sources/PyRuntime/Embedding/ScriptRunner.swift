#if canImport(Glibc)
import Glibc
#endif
import PySyntax
import PyCompiler

/// Running a program the way `python3 FILE` / `-c` / `-m` / `-` do (CPython's Modules/main.c):
/// builds the interpreter and `__main__`, runs the code, prints an uncaught exception's
/// traceback, honours SystemExit, runs the REPL when asked (`-i`, or no program on a terminal),
/// flushes the standard streams and returns the process exit status. The CLI is a thin client
/// of this.
public enum ScriptRunner {
  /// What to run.
  public enum Target {
    /// A script file (compiled as CPython compiles a script: `SourceBuffer.Origin.file`).
    /// `skipFirstLine` is `-x`.
    case file(path: String, skipFirstLine: Bool = false)
    case command(String)
    /// Source read elsewhere, run under `filename` (`<stdin>` for `python3 -` / a pipe).
    case source([UInt8], filename: String)
    /// `-m module` (runpy's `_run_module_as_main`, see `ModuleRunner`).
    case module(String)
    /// No program: only the interactive loop (stdin is a terminal, or `-i`).
    case interactive
  }

  /// Runs the program on a thread with a large native stack (address space only; pages are
  /// touched as used), so that recursion through native code (`__repr__`, `__eq__`,
  /// `sorted(key=...)` …) reaches `sys.getrecursionlimit()` — and CPython's RecursionError —
  /// before the native stack runs out, in debug builds too. Signals are delivered to that
  /// thread (the waiting one blocks them), so a Ctrl-C interrupts its blocking calls.
  public static func run(_ target: Target, config: InterpreterConfig) -> Int32 {
    final class Job {
      let body: () -> Int32
      var status: Int32 = 1
      init(_ body: @escaping () -> Int32) { self.body = body }
    }
    let job = Job { runOnCurrentThread(target, config: config) }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, mainStackSize)
    let context = Unmanaged.passRetained(job).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attr, { raw in
      let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
      job.status = job.body()
      return nil
    }, context)
    if rc != 0 {
      Unmanaged<Job>.fromOpaque(context).release()
      return runOnCurrentThread(target, config: config)
    }
    SignalHandling.blockHandledSignalsOnThisThread()
    pthread_join(thread, nil)
    return job.status
  }

  /// Native stack of the interpreter's main thread.
  static let mainStackSize = 512 << 20

  static func runOnCurrentThread(_ target: Target, config: InterpreterConfig) -> Int32 {
    let interp = Interpreter(config: config)
    let ts: ThreadState
    do {
      ts = try interp.start()
    } catch {
      return 1
    }
    SignalHandling.installDefaultHandlers(interp)
    var interrupted = false
    var status = runMain(interp, ts, target, interrupted: &interrupted)
    // Py_RunMain and Py_Exit: a failed finalization (flushing the std files) wins, even over
    // an exception's or SystemExit's status.
    if finish(interp, ts) != 0 { status = 120 }
    SignalHandling.stopHandling(interp)
    if interrupted {
      // An unhandled KeyboardInterrupt ends the process by SIGINT (CPython's exit_sigint).
      signal(SIGINT, SIG_DFL)
      kill(getpid(), SIGINT)
      return 130
    }
    return status
  }

  /// The `__main__` module (`pymain_run_python` / `PyImport_AddModule("__main__")`).
  static func makeMainModule(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let main = PyModule(name: "__main__")
    let d = main.dict
    d.set("__builtins__", Value(interp.builtins))
    d.set("__doc__", .none)
    d.set("__package__", .none)
    d.set("__loader__", .none)
    d.set("__spec__", .none)
    d.set("__annotations__", .object(PyDict()))
    try interp.modules.setItem(ts, .object(PyStr.intern("__main__")), Value(main))
    return main
  }

  static func runMain(_ interp: Interpreter, _ ts: ThreadState, _ target: Target, interrupted: inout Bool) -> Int32 {
    let main: PyModule
    do throws(PyError) {
      main = try makeMainModule(interp, ts)
    } catch {
      return handleUncaught(interp, ts, error.exception)
    }
    let d = main.dict
    var status: Int32 = 0
    do throws(PyError) {
      switch target {
      case .file(let path, let skipFirstLine):
        guard var bytes = FileSupport.readFile(path) else {
          let err = String(cString: strerror(errno))
          writeStderr("\(interp.config.executable): can't open file '\(PathSupport.absolute(path))': [Errno \(errno)] \(err)\n")
          return 2
        }
        if skipFirstLine {
          // -x: the first line is not part of the program (CPython reads it away first).
          bytes = Array(bytes[(bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count)...])
        }
        // CPython 3.11 makes the script's path absolute (without resolving symlinks).
        let absolute = PathSupport.absolute(path)
        d.set("__file__", .object(PyStr(absolute)))
        d.set("__cached__", .none)
        let code = try interp.compile(bytes, filename: absolute, origin: .file)
        _ = try ts.runCode(code, globals: d)
      case .command(let source):
        let code = try interp.compile(Array(source.utf8), filename: "<string>", origin: .text)
        _ = try ts.runCode(code, globals: d)
      case .source(let bytes, let filename):
        let code = try interp.compile(bytes, filename: filename, origin: .file)
        _ = try ts.runCode(code, globals: d)
      case .module(let name):
        try ModuleRunner.runAsMain(ts, name, main: main)
      case .interactive:
        break
      }
    } catch {
      if error.exception.type.isSubtype(of: BuiltinTypes.exceptions.keyboardInterrupt) && !interp.config.inspect {
        interrupted = true
      }
      status = handleUncaught(interp, ts, error.exception)
    }
    if case .interactive = target {
      runStartupFile(interp, ts, main: main)
      return InteractiveLoop.run(interp, ts, main: main, banner: !interp.config.quiet, interrupted: &interrupted)
    }
    if interp.config.inspect {
      // -i: the REPL after the program, whatever happened (its own exit status then counts).
      interrupted = false
      return InteractiveLoop.run(interp, ts, main: main, banner: false, interrupted: &interrupted)
    }
    return status
  }

  /// Prints an uncaught exception (or exits for SystemExit); returns the exit status.
  /// As CPython's `_PyErr_PrintEx`: `sys.last_type/last_value/last_traceback` are set, then
  /// `sys.excepthook(type, value, tb)` is called ("sys.excepthook is missing" and the default
  /// display when there is none); when the hook itself fails, "Error in sys.excepthook:",
  /// its exception, "Original exception was:" and the original follow — unless the hook
  /// raised SystemExit, which ends the program with its code.
  /// `pymain_run_startup`: before the REPL of a session without a program, the file named by
  /// PYTHONSTARTUP (unless -E/-I) runs in `__main__`; its errors are printed and the session
  /// goes on.
  static func runStartupFile(_ interp: Interpreter, _ ts: ThreadState, main: PyModule) {
    guard !interp.config.ignoreEnvironment, let raw = getenv("PYTHONSTARTUP") else { return }
    let path = String(cString: raw)
    guard !path.isEmpty else { return }
    guard let bytes = FileSupport.readFile(path) else {
      let code = errno
      writeStderrObject(ts, "Could not open PYTHONSTARTUP\n")
      let error = OSErrors.fromErrno(code, filename: .object(PyStr(path)))
      TracebackPrinter.display(ts, .object(error.exception), traceback: .none)
      return
    }
    do throws(PyError) {
      let code = try interp.compile(bytes, filename: path, origin: .file)
      _ = try ts.runCode(code, globals: main.dict)
    } catch {
      _ = handleUncaught(interp, ts, error.exception)
    }
    flushStdout(interp)
  }

  /// `exitOnSystemExit` is false for the program run under `-i` (`_Py_HandleSystemExit`: then
  /// a SystemExit is printed like any exception, and the REPL follows).
  public static func handleUncaught(_ interp: Interpreter, _ ts: ThreadState, _ e: PyBaseException,
                                    exitOnSystemExit: Bool? = nil) -> Int32 {
    let exitOnSystemExit = exitOnSystemExit ?? !interp.config.inspect
    flushStdout(interp)
    if e.type.isSubtype(of: BuiltinTypes.exceptions.systemExit) && exitOnSystemExit {
      return systemExitStatus(interp, ts, e)
    }
    let sys = interp.sys.dict
    let type = Value(e.type)
    let tb: Value = e.traceback.map { .object($0) } ?? .none
    sys.set("last_type", type)
    sys.set("last_value", .object(e))
    sys.set("last_traceback", tb)
    guard let hook = sys.get("excepthook") else {
      writeStderrObject(ts, "sys.excepthook is missing\n")
      TracebackPrinter.display(ts, .object(e), traceback: tb)
      return 1
    }
    do throws(PyError) {
      _ = try Protocols.call(ts, hook, [type, .object(e), tb])
    } catch {
      let hookError = error.exception
      if hookError.type.isSubtype(of: BuiltinTypes.exceptions.systemExit) && exitOnSystemExit {
        return systemExitStatus(interp, ts, hookError)
      }
      flushStdout(interp)
      writeStderrObject(ts, "Error in sys.excepthook:\n")
      TracebackPrinter.display(ts, .object(hookError), traceback: .none)
      writeStderrObject(ts, "\nOriginal exception was:\n")
      TracebackPrinter.display(ts, .object(e), traceback: tb)
    }
    return 1
  }

  /// The exit status for an uncaught SystemExit (`_Py_HandleSystemExit`): its `code` when an
  /// int, 0 for None, else the code is written to `sys.stderr` and the status is 1.
  static func systemExitStatus(_ interp: Interpreter, _ ts: ThreadState, _ e: PyBaseException) -> Int32 {
    let code: Value = (try? Protocols.getAttr(ts, .object(e), PyStr.intern("code"))) ?? .object(e)
    switch code {
    case .none: return 0
    case .int(let i): return Int32(truncatingIfNeeded: i)
    case .bool(let b): return b ? 1 : 0
    default:
      if let big = code.as(PyLong.self) {
        // PyLong_AsLong: an overflow answers -1.
        return Int32(truncatingIfNeeded: big.intValue ?? -1)
      }
      let text = (try? Protocols.str(ts, code)) ?? PyStr("")
      writeStderrObject(ts, text.string + "\n")
      return 1
    }
  }

  /// `PySys_WriteStderr`: to `sys.stderr` (its `write`), or the process's stderr when unset.
  static func writeStderrObject(_ ts: ThreadState, _ text: String) {
    if let err = ts.interpreter.sys.dict.get("stderr"), !err.isNone {
      TracebackPrinter.writeText(ts, Array(text.utf8), to: err)
    } else {
      writeStderr(text)
    }
  }

  /// The end of the program (`Py_FinalizeEx`): non-daemon threads are waited for, then
  /// (`flush_std_files`) `sys.stdout` and
  /// `sys.stderr` flushed; a failing stdout flush is reported as unraisable ("Exception ignored
  /// in: <stdout>") and answers -1 (the process then exits with 120); then the modules are
  /// finalized (`ModuleFinalization`) and the streams flushed again.
  static func finish(_ interp: Interpreter, _ ts: ThreadState) -> Int32 {
    ThreadShutdown.waitForThreads(interp, ts)
    AtexitHook.run(interp, ts)
    var status: Int32 = 0
    let sys = interp.sys.dict
    if let out = sys.get("stdout"), !out.isNone {
      do throws(PyError) {
        if let file = out.as(StdStream.self) {
          if !file.closed { try file.buffer.flushWrites() }
        } else if !fileIsClosed(ts, out) {
          _ = try Protocols.call(ts, try Protocols.getAttr(ts, out, PyStr.intern("flush")), [])
        }
      } catch {
        ExceptionSupport.writeUnraisable(ts, error.exception, object: out)
        status = -1
      }
    }
    if let err = sys.get("stderr"), !err.isNone {
      if let file = err.as(StdStream.self) {
        file.flush()
      } else if !fileIsClosed(ts, err) {
        // A failing sys.stderr.flush() is not reported, but the status is -1 (exit 120).
        do throws(PyError) {
          _ = try Protocols.call(ts, try Protocols.getAttr(ts, err, PyStr.intern("flush")), [])
        } catch {
          status = -1
        }
      }
    }
    ModuleFinalization.finalize(interp, ts)
    flushStdout(interp)
    return status
  }

  /// `file_is_closed`: the file's `closed` attribute is true (false when it cannot be read).
  static func fileIsClosed(_ ts: ThreadState, _ file: Value) -> Bool {
    guard let closed = try? Protocols.getAttr(ts, file, PyStr.intern("closed")) else { return false }
    return (try? Protocols.isTrue(ts, closed)) ?? false
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
