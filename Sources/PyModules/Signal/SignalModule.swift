#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// The `signal` module's core (CPython's Modules/signalmodule.c, `_signal`): `signal`,
/// `getsignal`, `default_int_handler`, `raise_signal`, `strsignal`, `valid_signals`, `alarm`,
/// `pause`, and the SIG* numbers. Handlers run in the main thread between bytecodes
/// (`SignalHandling`, `ThreadState.checkSignals`).
///
/// Not done: Lib/signal.py's enums (`Signals`, `Handlers`: the numbers and SIG_DFL/SIG_IGN are
/// plain ints here), `set_wakeup_fd`, `siginterrupt`, interval timers, `pthread_*` and
/// `sigwait*`; signal 64 (SIGRTMAX) cannot get a Python handler.
public enum SignalModule {
  static let numbers: [(String, Int32)] = [
    ("SIGABRT", SIGABRT), ("SIGALRM", SIGALRM), ("SIGBUS", SIGBUS), ("SIGCHLD", SIGCHLD), ("SIGCLD", SIGCHLD),
    ("SIGCONT", SIGCONT), ("SIGFPE", SIGFPE), ("SIGHUP", SIGHUP), ("SIGILL", SIGILL), ("SIGINT", SIGINT),
    ("SIGIO", SIGIO), ("SIGIOT", SIGABRT), ("SIGKILL", SIGKILL), ("SIGPIPE", SIGPIPE), ("SIGPOLL", SIGIO),
    ("SIGPROF", SIGPROF), ("SIGPWR", SIGPWR), ("SIGQUIT", SIGQUIT), ("SIGSEGV", SIGSEGV), ("SIGSTKFLT", SIGSTKFLT),
    ("SIGSTOP", SIGSTOP), ("SIGSYS", SIGSYS), ("SIGTERM", SIGTERM), ("SIGTRAP", SIGTRAP), ("SIGTSTP", SIGTSTP),
    ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG), ("SIGUSR1", SIGUSR1), ("SIGUSR2", SIGUSR2),
    ("SIGVTALRM", SIGVTALRM), ("SIGWINCH", SIGWINCH), ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ),
  ]

  /// NSIG as CPython reports it (signals 1…64).
  static let signalCount = 65

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "signal")
    let d = m.dict
    for (name, number) in numbers { d.set(name, .int(Int(number))) }
    d.set("SIGRTMIN", .int(34))
    d.set("SIGRTMAX", .int(64))
    d.set("NSIG", .int(signalCount))
    d.set("SIG_DFL", .int(SignalHandling.defaultAction))
    d.set("SIG_IGN", .int(SignalHandling.ignoreAction))
    d.set("SIG_BLOCK", .int(Int(SIG_BLOCK)))
    d.set("SIG_UNBLOCK", .int(Int(SIG_UNBLOCK)))
    d.set("SIG_SETMASK", .int(Int(SIG_SETMASK)))
    d.set("default_int_handler", Value(SignalState.defaultIntHandler))
    let fns: [(String, PyBuiltinFunction.Body)] = [
      ("signal", signalFunction), ("getsignal", getsignal), ("raise_signal", raiseSignal),
      ("strsignal", strsignal), ("valid_signals", validSignals), ("alarm", alarm), ("pause", pause),
    ]
    for (n, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "signal", doc: nil, body)
      interp.registerDeferred(f)
      d.set(n, Value(f))
    }
    return m
  }

  static func signalNumber(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int32 {
    let n = try Protocols.indexAsInt(ts, v)
    if n < 1 || n >= signalCount { throw PyError.valueError("signal number out of range") }
    return Int32(n)
  }

  /// `signal.signal(signalnum, handler)`: installs `handler` (SIG_DFL, SIG_IGN or a callable)
  /// and answers the previous one.
  static func signalFunction(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "signal", min: 2, max: 2)
    let state = ts.interpreter.signals
    if !state.isHandlerThread {
      throw PyError.valueError("signal only works in main thread of the main interpreter")
    }
    let sig = try signalNumber(ts, a[0])
    let handler = a[1]
    var stored = handler
    if case .int(let n) = handler, n == SignalHandling.defaultAction || n == SignalHandling.ignoreAction {
      stored = .int(n)
    } else if case .bool(let b) = handler {
      stored = .int(b ? 1 : 0)
    } else if !Protocols.isCallable(handler) {
      throw PyError.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    }
    if sig == SIGKILL || sig == SIGSTOP || sig >= 64 {
      throw OSErrors.fromErrno(EINVAL)
    }
    let old = state.handlers[Int(sig)]
    state.setHandler(sig, stored)
    return old
  }

  static func getsignal(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "getsignal", min: 1, max: 1)
    let sig = try signalNumber(ts, a[0])
    return ts.interpreter.signals.handlers[Int(sig)]
  }

  static func raiseSignal(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "raise_signal", min: 1, max: 1)
    let sig = try signalNumber(ts, a[0])
    if raise(sig) != 0 { throw OSErrors.fromErrno(errno) }
    try ts.checkSignals()
    return .none
  }

  static func strsignal(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "strsignal", min: 1, max: 1)
    let sig = try signalNumber(ts, a[0])
    guard let p = Glibc.strsignal(sig) else { return .none }
    let text = String(cString: p)
    // CPython answers None for numbers the C library calls "Unknown signal" / "Real-time signal".
    if text.hasPrefix("Unknown signal") || text.hasPrefix("Real-time signal") { return .none }
    return .object(PyStr(text))
  }

  static func validSignals(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "valid_signals", min: 0, max: 0)
    var items: [Value] = []
    for n in 1..<signalCount where !(n >= 32 && n <= 33) { items.append(.int(n)) }
    return .object(try PySet.make(ts, items, frozen: false))
  }

  static func alarm(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "alarm", min: 1, max: 1)
    let seconds = try Protocols.indexAsInt(ts, a[0])
    return .int(Int(Glibc.alarm(UInt32(truncatingIfNeeded: max(0, seconds)))))
  }

  /// `signal.pause()`: waits for a signal, then runs its handler.
  static func pause(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "pause", min: 0, max: 0)
    _ = Glibc.pause()
    try ts.checkSignals()
    return .none
  }
}
