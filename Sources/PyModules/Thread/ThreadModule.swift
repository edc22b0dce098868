#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import PyRuntime

/// The `_thread` module (CPython's Modules/_threadmodule.c): `start_new_thread` runs a Python
/// callable on a new OS thread with its own `ThreadState` (no GIL: threads run in parallel);
/// locks (`allocate_lock`/`LockType` with blocking and timeouts, `RLock`), thread-local
/// objects (`_local`), `_set_sentinel` (the lock `threading` joins on), `_excepthook`,
/// `get_ident`, `get_native_id`, `_count`, `exit`, `stack_size`, `TIMEOUT_MAX`, `error`.
/// Threads die with the process (keeping it alive for non-daemon threads is `threading`'s job,
/// through `threading._shutdown`, which the runtime calls when the main program ends).
public enum ThreadModule {
  /// Per-interpreter state shared by the module's functions.
  final class State: @unchecked Sendable {
    let running = Atomic<Int>(0)
    let stackSize = Atomic<Int>(0)
  }

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_thread")
    let d = m.dict
    let state = State()
    d.set("LockType", Value(BuiltinTypes.threadLock))
    d.set("RLock", Value(BuiltinTypes.threadRLock))
    d.set("error", Value(BuiltinTypes.exceptions.runtimeError))
    d.set("TIMEOUT_MAX", .float(TimeoutSupport.timeoutMax))
    d.set("_local", Value(BuiltinTypes.threadLocal))
    d.set("_ExceptHookArgs", Value(ThreadExceptHook.argsType))
    d.set("__doc__", .object(PyStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.")))
    let fns: [(String, PyBuiltinFunction.Body)] = [
      ("start_new_thread", { ts, a throws(PyError) in try startNewThread(ts, a, state) }),
      ("start_new", { ts, a throws(PyError) in try startNewThread(ts, a, state) }),
      ("allocate_lock", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread.allocate_lock", min: 0, max: 0)
        return .object(PyThreadLock(type: BuiltinTypes.threadLock))
      }),
      ("allocate", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread.allocate", min: 0, max: 0)
        return .object(PyThreadLock(type: BuiltinTypes.threadLock))
      }),
      ("get_ident", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread.get_ident", min: 0, max: 0)
        return .int(Int(bitPattern: UInt(pthread_self())))
      }),
      ("get_native_id", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread.get_native_id", min: 0, max: 0)
        return .int(nativeThreadId())
      }),
      ("_count", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread._count", min: 0, max: 0)
        return .int(state.running.load(ordering: .relaxed))
      }),
      ("exit", { _, a throws(PyError) in
        try ArgParser.positional(a, "_thread.exit", min: 0, max: 0)
        throw PyError(PyBaseException(type: BuiltinTypes.exceptions.systemExit, args: PyTuple.empty))
      }),
      ("exit_thread", { _, _ throws(PyError) in
        throw PyError(PyBaseException(type: BuiltinTypes.exceptions.systemExit, args: PyTuple.empty))
      }),
      ("stack_size", { ts, a throws(PyError) in
        try ArgParser.positional(a, "stack_size", min: 0, max: 1)
        let old = state.stackSize.load(ordering: .relaxed)
        if a.count == 1 {
          let n = try Protocols.indexAsInt(ts, a[0])
          if n != 0 && n < 32768 { throw PyError.valueError("size not valid: \(n) bytes") }
          if n < 0 { throw PyError.valueError("size must be 0 or a positive value") }
          state.stackSize.store(n, ordering: .relaxed)
        }
        return .int(old)
      }),
      ("interrupt_main", { ts, a throws(PyError) in
        // PyErr_SetInterruptEx: as if the signal arrived; the main thread runs its Python
        // handler (KeyboardInterrupt for SIGINT) at its next check. Nothing when Python does
        // not handle the signal (SIG_DFL, SIG_IGN).
        let p = try ClinicSignature("interrupt_main", ["signum"], minPos: 0).bind(a)
        let signum = try p[0].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? Int(SIGINT)
        guard signum >= 1 && signum < 65 else { throw PyError.valueError("signal number out of range") }
        let signals = ts.interpreter.signals
        let handler = signals.handlers[signum]
        if signals.ownsProcessSignals && !handler.isNone && !isIntValue(handler) {
          kill(getpid(), Int32(signum))
        }
        return .none
      }),
      ("_set_sentinel", { _, a throws(PyError) in
        try ArgParser.positional(a, "_set_sentinel", min: 0, max: 0)
        let lock = PyThreadLock(type: BuiltinTypes.threadLock)
        let record = ThreadRecord.current()
        if let old = record.sentinel, old.snapshot.locked { try? old.release() }
        record.sentinel = lock
        return .object(lock)
      }),
      ("_excepthook", { ts, a throws(PyError) in try ThreadExceptHook.call(ts, a) }),
    ]
    for (n, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "_thread", doc: nil, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    return m
  }

  static func isIntValue(_ v: Value) -> Bool {
    if case .int = v { return true }
    return false
  }

  /// The kernel's id of the calling thread (from `/proc/thread-self`, which links to
  /// `PID/task/TID`).
  static func nativeThreadId() -> Int {
    var buf = [CChar](repeating: 0, count: 64)
    let n = readlink("/proc/thread-self", &buf, 63)
    guard n > 0 else { return Int(getpid()) }
    let text = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if let slash = text.lastIndex(of: "/"), let tid = Int(text[text.index(after: slash)...]) { return tid }
    return Int(getpid())
  }

  /// What a new thread runs: the callable and its arguments, kept alive by the thread.
  final class Bootstrap {
    let interpreter: Interpreter
    let function: Value
    let args: [Value]
    let kwargs: PyDict?
    let state: State

    init(interpreter: Interpreter, function: Value, args: [Value], kwargs: PyDict?, state: State) {
      self.interpreter = interpreter
      self.function = function
      self.args = args
      self.kwargs = kwargs
      self.state = state
    }

    func run() {
      let ts = ThreadState(interpreter: interpreter)
      ts.makeCurrent()
      do throws(PyError) {
        let keywords: [(String, Value)] = kwargs?.items.compactMap { kv in
          kv.key.as(PyStr.self).map { ($0.string, kv.value) }
        } ?? []
        _ = try Protocols.call(ts, function, args, keywords: keywords)
      } catch {
        if !error.type.isSubtype(of: BuiltinTypes.exceptions.systemExit) {
          report(ts, error.exception)
        }
      }
      ThreadRecord.threadFinished()
      state.running.subtract(1, ordering: .relaxed)
    }

    /// "Exception ignored in thread started by: <function>" and the traceback, through
    /// `sys.unraisablehook` (as CPython's `_PyErr_WriteUnraisableMsg`).
    func report(_ ts: ThreadState, _ e: PyBaseException) {
      ThreadExceptHook.flushStdout(ts)
      ExceptionSupport.writeUnraisable(ts, e, object: function, message: "in thread started by")
    }
  }

  static func startNewThread(_ ts: ThreadState, _ a: Args, _ state: State) throws(PyError) -> Value {
    try ArgParser.noKeywords(a, "start_new_thread")
    if a.count < 2 || a.count > 3 {
      throw PyError.typeError("start_new_thread expected at \(a.count < 2 ? "least 2" : "most 3") arguments, got \(a.count)")
    }
    guard Protocols.isCallable(a[0]) else { throw PyError.typeError("first arg must be callable") }
    guard let args = a[1].as(PyTuple.self) else { throw PyError.typeError("2nd arg must be a tuple") }
    var kwargs: PyDict? = nil
    if a.count == 3 {
      guard let k = a[2].as(PyDict.self) else { throw PyError.typeError("optional 3rd arg must be a dictionary") }
      kwargs = k
    }
    // Containers lock from now on: set before the new thread exists (docs/ARCHITECTURE.md).
    ContainerLocking.willStartThread()
    let boot = Bootstrap(interpreter: ts.interpreter, function: a[0], args: args.items, kwargs: kwargs, state: state)
    state.running.add(1, ordering: .relaxed)
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    let size = state.stackSize.load(ordering: .relaxed)
    pthread_attr_setstacksize(&attr, size > 0 ? size : 16 << 20)
    pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
    let context = Unmanaged.passRetained(boot).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attr, { raw in
      let boot = Unmanaged<Bootstrap>.fromOpaque(raw!).takeRetainedValue()
      boot.run()
      return nil
    }, context)
    if rc != 0 {
      Unmanaged<Bootstrap>.fromOpaque(context).release()
      state.running.subtract(1, ordering: .relaxed)
      throw PyError.runtimeError("can't start new thread")
    }
    return .int(Int(bitPattern: UInt(thread)))
  }
}

