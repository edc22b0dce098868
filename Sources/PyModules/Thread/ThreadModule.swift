#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import PyRuntime

/// The `_thread` module (CPython's Modules/_threadmodule.c), minimal: `start_new_thread`
/// runs a Python callable on a new OS thread with its own `ThreadState`; locks
/// (`allocate_lock`/`LockType` with blocking and timeouts, `RLock`), `get_ident`,
/// `get_native_id`, `_count`, `exit`, `stack_size`, `TIMEOUT_MAX`, `error`.
/// Threads die with the process (keeping it alive for non-daemon threads is `threading`'s job).
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
    d.set("lock", Value(BuiltinTypes.threadLock))
    d.set("RLock", Value(BuiltinTypes.threadRLock))
    d.set("error", Value(BuiltinTypes.exceptions.runtimeError))
    d.set("TIMEOUT_MAX", .float(TimeoutSupport.timeoutMax))
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
      ("interrupt_main", { _, _ in .none }),
      ("daemon_threads_allowed", { _, _ in .bool(true) }),
    ]
    for (n, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "_thread", doc: nil, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    return m
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
      state.running.subtract(1, ordering: .relaxed)
    }

    /// "Exception ignored in thread started by: …" and the traceback, on sys.stderr.
    func report(_ ts: ThreadState, _ e: PyBaseException) {
      let what = (try? Protocols.reprString(ts, function)) ?? "<function>"
      if let err = interpreter.sys.dict.get("stderr")?.as(PyTextFile.self) {
        err.write("Exception ignored in thread started by: \(what)\n")
      }
      TracebackPrinter.printException(ts, e)
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

/// Timeouts of lock acquisition (CPython's `PY_TIMEOUT_MAX` in seconds).
enum TimeoutSupport {
  static let timeoutMax: Double = Double(Int64.max / 1000) / 1e6

  /// Parses `acquire(blocking=True, timeout=-1)`; returns nil for "wait forever".
  static func parse(_ ts: ThreadState, _ a: Args) throws(PyError) -> (blocking: Bool, timeout: Double?) {
    let p = try ClinicSignature("acquire", ["blocking", "timeout"], minPos: 0).bind(a)
    let blocking = try p[0].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? true
    var timeout: Double = -1
    if let t = p[1] {
      switch t {
      case .float(let x): timeout = x
      case .int(let i): timeout = Double(i)
      case .bool(let b): timeout = b ? 1 : 0
      default: throw PyError.typeError("'\(Protocols.typeName(t))' object cannot be interpreted as an integer")
      }
    }
    if !blocking && timeout != -1 { throw PyError.valueError("can't specify a timeout for a non-blocking call") }
    if timeout < 0 && timeout != -1 { throw PyError.valueError("timeout value must be positive") }
    if timeout > timeoutMax { throw PyError.overflowError("timeout value is too large") }
    if !blocking { return (false, 0) }
    return (true, timeout == -1 ? nil : timeout)
  }
}

/// A lock (`_thread.lock`) or re-entrant lock (`_thread.RLock`): a mutex and condition
/// variable guarding the locked flag (and, for RLock, the owner and recursion count).
public final class PyThreadLock: PyObject {
  let mutex: UnsafeMutablePointer<pthread_mutex_t>
  let cond: UnsafeMutablePointer<pthread_cond_t>
  var locked = false
  var owner: pthread_t = 0
  var count = 0

  public override init(type: PyType) {
    mutex = .allocate(capacity: 1)
    cond = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(cond, nil)
    super.init(type: type)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    pthread_cond_destroy(cond)
    mutex.deallocate()
    cond.deallocate()
  }

  var isReentrant: Bool { type === BuiltinTypes.threadRLock }

  /// Waits for the lock; false when the timeout passed (or non-blocking and taken).
  func acquire(blocking: Bool, timeout: Double?) -> Bool {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    let me = pthread_self()
    if isReentrant && locked && pthread_equal(owner, me) != 0 {
      count += 1
      return true
    }
    if locked {
      if !blocking { return false }
      if let timeout {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let total = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 + timeout
        var deadline = timespec(tv_sec: Int(total), tv_nsec: Int((total - total.rounded(.down)) * 1e9))
        while locked {
          if pthread_cond_timedwait(cond, mutex, &deadline) == ETIMEDOUT && locked { return false }
        }
      } else {
        while locked { pthread_cond_wait(cond, mutex) }
      }
    }
    locked = true
    owner = me
    count = 1
    return true
  }

  func release() throws(PyError) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if isReentrant {
      guard locked && pthread_equal(owner, pthread_self()) != 0 else {
        throw PyError.runtimeError("cannot release un-acquired lock")
      }
      count -= 1
      if count > 0 { return }
    } else if !locked {
      throw PyError.runtimeError("release unlocked lock")
    }
    locked = false
    count = 0
    pthread_cond_signal(cond)
  }
}

extension BuiltinTypes {
  public static let threadLock: PyType = PyType.builtin("_thread.lock") { t in
    t.qualname = String(t.shortName)
    LockMethods.install(t)
  }

  public static let threadRLock: PyType = PyType.builtin("_thread.RLock", flags: [.baseType]) { t in
    t.qualname = String(t.shortName)
    t.slots.new = { _, cls, _ in .object(PyThreadLock(type: cls)) }
    LockMethods.install(t)
    t.addMethod("_is_owned") { _, v, _ in
      let l = v.unsafeAs(PyThreadLock.self)
      return .bool(l.locked && pthread_equal(l.owner, pthread_self()) != 0)
    }
  }
}

enum LockMethods {
  static func install(_ t: PyType) {
    func lock(_ v: Value) -> PyThreadLock { v.unsafeAs(PyThreadLock.self) }
    let acquire: PyBuiltinFunction.MethodBody = { ts, v, a throws(PyError) in
      let (blocking, timeout) = try TimeoutSupport.parse(ts, a)
      return .bool(lock(v).acquire(blocking: blocking, timeout: timeout))
    }
    t.addMethod("acquire", acquire)
    t.addMethod("acquire_lock", acquire)
    t.addMethod("__enter__", acquire)
    let release: PyBuiltinFunction.MethodBody = { _, v, _ throws(PyError) in
      try lock(v).release()
      return .none
    }
    t.addMethod("release", release)
    t.addMethod("release_lock", release)
    t.addMethod("__exit__", release)
    t.addMethod("locked") { _, v, _ in .bool(lock(v).locked) }
    t.addMethod("locked_lock") { _, v, _ in .bool(lock(v).locked) }
    t.slots.repr = { _, v in
      let l = lock(v)
      let name = Protocols.typeOf(v).name
      if l.isReentrant {
        return .object(PyStr("<\(l.locked ? "locked" : "unlocked") \(name) object owner=\(l.locked ? Int(bitPattern: UInt(l.owner)) : 0) count=\(l.count) at \(Protocols.hexAddress(v))>"))
      }
      return .object(PyStr("<\(l.locked ? "locked" : "unlocked") \(name) object at \(Protocols.hexAddress(v))>"))
    }
  }
}
