#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// Timeouts of lock acquisition (CPython's `PY_TIMEOUT_MAX` in seconds, rounded down as
/// `_thread.TIMEOUT_MAX` is).
enum TimeoutSupport {
  static let timeoutMax: Double = (Double(Int64.max / 1000) / 1e6).rounded(.down)

  /// The absolute `CLOCK_MONOTONIC` time `seconds` from now (the locks' condition variables
  /// wait on that clock, so changing the wall clock does not stretch a timeout).
  static func deadline(after seconds: Double) -> timespec {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let whole = seconds.rounded(.down)
    var sec = now.tv_sec + Int(whole)
    var nsec = now.tv_nsec + Int((seconds - whole) * 1e9)
    if nsec >= 1_000_000_000 { sec += 1; nsec -= 1_000_000_000 }
    return timespec(tv_sec: sec, tv_nsec: nsec)
  }

  static func floatTimeout(_ x: Double) throws(PyError) -> Double {
    if x.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
    let ns = x * 1e9
    if !(ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18) {
      throw PyError.overflowError("timestamp out of range for platform time_t")
    }
    return x
  }

  /// Parses `acquire(blocking=True, timeout=-1)`; returns nil for "wait forever".
  static func parse(_ ts: ThreadState, _ a: Args) throws(PyError) -> (blocking: Bool, timeout: Double?) {
    let p = try ClinicSignature("acquire", ["blocking", "timeout"], minPos: 0).bind(a)
    let blocking = try p[0].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? true
    var timeout: Double = -1
    if let t = p[1] {
      // As `_PyTime_FromSecondsObject`: nanoseconds must fit in 64 bits.
      let tooLarge = "timestamp too large to convert to C _PyTime_t"
      switch t {
      case .float(let x):
        timeout = try floatTimeout(x)
      case .int(let i):
        if i.multipliedReportingOverflow(by: 1_000_000_000).overflow { throw PyError.overflowError(tooLarge) }
        timeout = Double(i)
      case .bool(let b): timeout = b ? 1 : 0
      default:
        if let f = t.as(PyFloatBox.self) {
          timeout = try floatTimeout(f.value)
        } else if Protocols.typeOf(t).isSubtype(of: BuiltinTypes.int) {
          throw PyError.overflowError(tooLarge)
        } else {
          throw PyError.typeError("'\(Protocols.typeName(t))' object cannot be interpreted as an integer")
        }
      }
    }
    if !blocking && timeout != -1 { throw PyError.valueError("can't specify a timeout for a non-blocking call") }
    if timeout < 0 && timeout != -1 { throw PyError.valueError("timeout value must be positive") }
    if timeout > timeoutMax { throw PyError.overflowError("timeout value is too large") }
    if !blocking { return (false, 0) }
    return (true, timeout == -1 ? nil : timeout)
  }
}

/// Waiting on a condition variable with a deadline, interruptible by signals on the thread
/// that runs the Python signal handlers (CPython's lock waits retry after EINTR and run
/// `PyErr_CheckSignals`; a pthread condition wait never fails with EINTR, so that thread
/// waits in slices of 50 ms and checks the interpreter's pending flag between them).
enum InterruptibleWait {
  /// One wait on `cond` (`mutex` held on entry and on return, also when it throws). False
  /// when `deadline` has passed.
  static func wait(_ ts: ThreadState, _ cond: UnsafeMutablePointer<pthread_cond_t>,
                   _ mutex: UnsafeMutablePointer<pthread_mutex_t>, deadline: timespec?) throws(PyError) -> Bool {
    let signals = ts.interpreter.signals
    guard signals.ownsProcessSignals && signals.isHandlerThread else {
      guard var d = deadline else {
        pthread_cond_wait(cond, mutex)
        return true
      }
      return pthread_cond_timedwait(cond, mutex, &d) != ETIMEDOUT
    }
    var slice = TimeoutSupport.deadline(after: 0.05)
    if let d = deadline, earlier(d, slice) { slice = d }
    let rc = pthread_cond_timedwait(cond, mutex, &slice)
    if signals.isPending {
      pthread_mutex_unlock(mutex)
      do throws(PyError) {
        try ts.checkSignals()
      } catch {
        pthread_mutex_lock(mutex)
        throw error
      }
      pthread_mutex_lock(mutex)
    }
    if rc == ETIMEDOUT, let d = deadline {
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      return earlier(now, d)
    }
    return true
  }

  static func earlier(_ a: timespec, _ b: timespec) -> Bool {
    a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec)
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
  /// An `RLock` (or a subclass of it): the owner may acquire it again.
  let isReentrant: Bool

  public override init(type: PyType) {
    isReentrant = type !== BuiltinTypes.threadLock
    mutex = .allocate(capacity: 1)
    cond = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    var attr = pthread_condattr_t()
    pthread_condattr_init(&attr)
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
    pthread_cond_init(cond, &attr)
    pthread_condattr_destroy(&attr)
    super.init(type: type)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    pthread_cond_destroy(cond)
    mutex.deallocate()
    cond.deallocate()
  }

  /// Waits for the lock; false when the timeout passed (or non-blocking and taken). On the
  /// thread that runs Python signal handlers the wait is interruptible: a Ctrl-C raises
  /// KeyboardInterrupt out of `acquire` (and so out of `Thread.join`), as in CPython.
  func acquire(_ ts: ThreadState, blocking: Bool, timeout: Double?) throws(PyError) -> Bool {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    let me = pthread_self()
    if isReentrant && locked && pthread_equal(owner, me) != 0 {
      count += 1
      return true
    }
    if locked {
      if !blocking { return false }
      let deadline = timeout.map { TimeoutSupport.deadline(after: $0) }
      while locked {
        if try !InterruptibleWait.wait(ts, cond, mutex, deadline: deadline) && locked { return false }
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

  /// `RLock._release_save()`: gives up every level at once; answers (count, owner).
  func releaseSave() throws(PyError) -> (Int, pthread_t) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    guard locked && count > 0 else { throw PyError.runtimeError("cannot release un-acquired lock") }
    let saved = (count, owner)
    locked = false
    count = 0
    owner = 0
    pthread_cond_signal(cond)
    return saved
  }

  /// `RLock._acquire_restore((count, owner))`: waits for the lock, then takes back the levels.
  func acquireRestore(count levels: Int, owner who: pthread_t) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while locked { pthread_cond_wait(cond, mutex) }
    locked = true
    owner = who
    count = levels
  }

  /// The lock's state read under its mutex: (locked, owner, count).
  var snapshot: (locked: Bool, owner: pthread_t, count: Int) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return (locked, owner, count)
  }

  /// Whether the calling thread holds this (reentrant) lock.
  var isOwnedByCaller: Bool {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return locked && pthread_equal(owner, pthread_self()) != 0
  }

  /// `RLock._recursion_count()`: the caller's levels (0 when another thread holds it).
  var callerRecursionCount: Int {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return locked && pthread_equal(owner, pthread_self()) != 0 ? count : 0
  }

  /// `_at_fork_reinit()`: back to unlocked, whoever held it.
  func reset() {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    locked = false
    count = 0
    owner = 0
  }
}

extension BuiltinTypes {
  public static let threadLock: PyType = PyType.builtin("_thread.lock") { t in
    t.qualname = String(t.shortName)
    LockMethods.install(t)
  }

  public static let threadRLock: PyType = PyType.builtin("_thread.RLock", flags: [.baseType]) { t in
    t.qualname = String(t.shortName)
    t.slots.new = { _, cls, _ in
      let l = PyThreadLock(type: cls)
      if cls !== BuiltinTypes.threadRLock { NativeTypeSupport.prepareInstance(l, cls) }
      return .object(l)
    }
    LockMethods.install(t)
    t.addMethod("_is_owned") { _, v, _ in .bool(v.unsafeAs(PyThreadLock.self).isOwnedByCaller) }
    t.addMethod("_recursion_count") { _, v, _ in .int(v.unsafeAs(PyThreadLock.self).callerRecursionCount) }
    t.addMethod("_release_save", doc: "_release_save() -> tuple\n\nFor internal use by `threading.Condition`.") { _, v, _ throws(PyError) in
      let (count, owner) = try v.unsafeAs(PyThreadLock.self).releaseSave()
      return .object(PyTuple([.int(count), .int(Int(bitPattern: UInt(owner)))]))
    }
    t.addMethod("_acquire_restore", doc: "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "_acquire_restore", min: 1, max: 1)
      guard let state = a[0].as(PyTuple.self), state.items.count == 2 else {
        throw PyError.typeError("_acquire_restore() argument 1 must be a tuple of 2 items")
      }
      let count = try Protocols.indexAsInt(ts, state.items[0])
      let owner = pthread_t(UInt(bitPattern: try Protocols.indexAsInt(ts, state.items[1])))
      v.unsafeAs(PyThreadLock.self).acquireRestore(count: count, owner: owner)
      return .none
    }
  }
}

enum LockMethods {
  static func install(_ t: PyType) {
    func lock(_ v: Value) -> PyThreadLock { v.unsafeAs(PyThreadLock.self) }
    let acquire: PyBuiltinFunction.MethodBody = { ts, v, a throws(PyError) in
      let (blocking, timeout) = try TimeoutSupport.parse(ts, a)
      return .bool(try lock(v).acquire(ts, blocking: blocking, timeout: timeout))
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
    t.addMethod("_at_fork_reinit") { _, v, _ in
      lock(v).reset()
      return .none
    }
    t.addMethod("locked") { _, v, _ in .bool(lock(v).snapshot.locked) }
    t.addMethod("locked_lock") { _, v, _ in .bool(lock(v).snapshot.locked) }
    t.slots.repr = { _, v in
      let l = lock(v)
      let (locked, owner, count) = l.snapshot
      let name = Protocols.typeOf(v).name
      if l.isReentrant {
        return .object(PyStr("<\(locked ? "locked" : "unlocked") \(name) object owner=\(locked ? Int(bitPattern: UInt(owner)) : 0) count=\(count) at \(Protocols.hexAddress(v))>"))
      }
      return .object(PyStr("<\(locked ? "locked" : "unlocked") \(name) object at \(Protocols.hexAddress(v))>"))
    }
  }
}
