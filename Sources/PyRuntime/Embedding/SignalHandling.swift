#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Signals as CPython's Modules/signalmodule.c handles them: the C handler only records the
/// signal (`tripped`, one bit per signal) and raises the handling interpreter's `pending` flag;
/// the interpreter loop checks that flag (one atomic load, on backward jumps and calls) and runs
/// the Python handlers in the main thread (`ThreadState.checkSignals`). Blocking calls that fail
/// with EINTR check too (PEP 475), so a Ctrl-C interrupts `time.sleep` and reads.
///
/// Signals belong to the process: the recorded bits are process-wide, and one interpreter (the
/// one that installs handlers first, normally the program's) runs the Python handlers.
public enum SignalHandling {
  /// Signals received and not handled yet (bit `n` for signal `n`).
  static let tripped = Atomic<UInt64>(0)
  /// The interpreter whose `signals.pending` the C handler raises.
  nonisolated(unsafe) static var handlingInterpreter: Unmanaged<Interpreter>? = nil

  /// `SIG_DFL` and `SIG_IGN` as Python sees them (`signal.SIG_DFL == 0`, `SIG_IGN == 1`).
  public static let defaultAction = 0
  public static let ignoreAction = 1

  /// The signals the program's thread handles (the thread that waits for it blocks them).
  static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGQUIT, SIGCHLD,
                                         SIGWINCH, SIGPIPE, SIGXFSZ]

  /// The thread that runs the Python handlers (set with `handlingInterpreter`).
  nonisolated(unsafe) static var handlerThread: pthread_t = pthread_t()

  /// The C-level handler: async-signal-safe (atomic stores, `pthread_kill`). A signal the
  /// kernel gave to another thread (one created without the program thread's mask, e.g. a
  /// compiler or Python thread) is passed on to the handler thread, so its blocking call is
  /// interrupted too.
  static let cHandler: @convention(c) (Int32) -> Void = { sig in
    guard sig > 0 && sig < 64 else { return }
    let savedErrno = errno
    defer { errno = savedErrno }
    SignalHandling.tripped.bitwiseOr(UInt64(1) << UInt64(sig), ordering: .sequentiallyConsistent)
    if let interp = SignalHandling.handlingInterpreter {
      interp._withUnsafeGuaranteedRef { $0.signals.pending.store(true, ordering: .sequentiallyConsistent) }
      if pthread_equal(pthread_self(), SignalHandling.handlerThread) == 0 {
        pthread_kill(SignalHandling.handlerThread, sig)
      }
    }
  }

  /// CPython's start-up signal set-up (`_PySignal_Init` with `install_signal_handlers`): SIGINT
  /// runs `signal.default_int_handler` (KeyboardInterrupt); SIGPIPE and SIGXFSZ are ignored
  /// (writes then fail with EPIPE, raised as BrokenPipeError).
  public static func installDefaultHandlers(_ interp: Interpreter) {
    guard handlingInterpreter == nil else { return }
    _ = tripped.load(ordering: .relaxed)  // initialised before any handler can run
    interp.signals.mainThread = pthread_self()
    interp.signals.ownsProcessSignals = true
    handlerThread = pthread_self()
    handlingInterpreter = Unmanaged.passUnretained(interp)
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
    // getsignal() of a signal Python has not touched: SIG_IGN or SIG_DFL as inherited, None for
    // another handler.
    let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
    for sig in 1..<Int32(65) {
      var old = sigaction()
      guard sigaction(sig, nil, &old) == 0 else { continue }
      let current = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self)
      interp.signals.handlers[Int(sig)] = current == 0 ? .int(defaultAction) : current == ignore ? .int(ignoreAction) : .none
    }
    // SIGINT raises KeyboardInterrupt, unless the process was started with it ignored (as a
    // background job of a shell is): then it stays ignored.
    if case .int(defaultAction) = interp.signals.handlers[Int(SIGINT)] {
      interp.signals.handlers[Int(SIGINT)] = Value(SignalState.defaultIntHandler)
      setCHandler(SIGINT, action: .python)
    }
  }

  /// The program thread is ending: signals are no longer passed on to it (their Python
  /// handlers will not run any more).
  static func stopHandling(_ interp: Interpreter) {
    guard let current = handlingInterpreter, current.toOpaque() == Unmanaged.passUnretained(interp).toOpaque() else {
      return
    }
    handlingInterpreter = nil
  }

  enum CAction { case python, ignore, system }

  /// Installs the C handler for `sig` (without SA_RESTART: blocking calls fail with EINTR).
  static func setCHandler(_ sig: Int32, action: CAction) {
    var sa = sigaction()
    sigemptyset(&sa.sa_mask)
    sa.sa_flags = SA_ONSTACK
    switch action {
    case .python: sa.__sigaction_handler.sa_handler = cHandler
    case .ignore: sa.__sigaction_handler.sa_handler = SIG_IGN
    case .system: sa.__sigaction_handler.sa_handler = SIG_DFL
    }
    sigaction(sig, &sa, nil)
  }

  /// Blocks the handled signals on the calling thread, so the kernel delivers them to the
  /// program's thread (which then sees EINTR in its blocking calls).
  static func blockHandledSignalsOnThisThread() {
    var set = sigset_t()
    sigemptyset(&set)
    for s in handledSignals { sigaddset(&set, s) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
  }
}

/// An interpreter's part of signal handling: the pending flag the interpreter loop tests, the
/// Python-level handlers (`signal.signal`), and the thread that runs them.
public final class SignalState {
  /// Set by the C handler when a signal arrived; cleared by `checkSignals`.
  public let pending = Atomic<Bool>(false)
  /// `pending`, read as the interpreter loop reads it (relaxed: the handler's stores are seen
  /// soon enough, and `checkSignals` synchronises).
  @inline(__always) public var isPending: Bool { pending.load(ordering: .relaxed) }
  /// Python handlers by signal number: a callable, or `.int(SIG_DFL/SIG_IGN)`, or `.none` (a
  /// handler not installed from Python, as CPython's `None` from `getsignal`).
  public var handlers: [Value] = Array(repeating: .int(SignalHandling.defaultAction), count: 65)
  /// The thread that runs Python signal handlers (CPython: the main thread).
  public var mainThread: pthread_t = pthread_self()
  /// Whether this interpreter receives the process's signals.
  public internal(set) var ownsProcessSignals = false

  public init() {}

  /// `signal.default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
  public static let defaultIntHandler: PyBuiltinFunction = {
    let f = PyBuiltinFunction(name: "default_int_handler", module: "_signal",
                              doc: "default_int_handler($module, signalnum, frame, /)\n--\n\nThe default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.") { _, _ throws(PyError) in
      throw PyError(PyBaseException(type: BuiltinTypes.exceptions.keyboardInterrupt, args: PyTuple([])))
    }
    Deferral.retain(f)
    return f
  }()

  /// Whether the calling thread runs this interpreter's signal handlers.
  public var isHandlerThread: Bool { pthread_equal(mainThread, pthread_self()) != 0 }

  /// Records that the program's own code wants `sig` handled by Python (`signal.signal`).
  public func setHandler(_ sig: Int32, _ handler: Value) {
    handlers[Int(sig)] = handler
    guard ownsProcessSignals else { return }
    if case .int(let n) = handler {
      SignalHandling.setCHandler(sig, action: n == SignalHandling.ignoreAction ? .ignore : .system)
    } else {
      SignalHandling.setCHandler(sig, action: .python)
    }
  }
}

extension ThreadState {
  /// `PyErr_CheckSignals`: runs the Python handlers of the signals received since the last
  /// check (in the handler thread only); a handler's exception propagates (the signals not
  /// handled yet stay pending).
  public func checkSignals() throws(PyError) {
    let state = interpreter.signals
    guard state.pending.load(ordering: .relaxed), state.isHandlerThread else { return }
    state.pending.store(false, ordering: .sequentiallyConsistent)
    var bits = SignalHandling.tripped.exchange(0, ordering: .sequentiallyConsistent)
    while bits != 0 {
      let sig = bits.trailingZeroBitCount
      bits &= bits - 1
      let handler = state.handlers[sig]
      guard !handler.isNone, !handler.isInt else { continue }
      let frame: Value = currentFrame.map { .object(frameObject(for: $0)) } ?? .none
      do throws(PyError) {
        _ = try Protocols.call(self, handler, [.int(sig), frame])
      } catch {
        if bits != 0 {
          SignalHandling.tripped.bitwiseOr(bits, ordering: .sequentiallyConsistent)
          state.pending.store(true, ordering: .sequentiallyConsistent)
        }
        throw error
      }
    }
  }
}

private extension Value {
  var isInt: Bool {
    if case .int = self { return true }
    return false
  }
}
