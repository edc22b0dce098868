#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import PyRuntime

/// What the `_thread` module keeps about one OS thread (CPython keeps these in the
/// `PyThreadState`): a serial number that thread-local objects (`_thread._local`) key their
/// per-thread dicts by, the locals holding a dict for this thread (dropped when it ends), and
/// the sentinel lock of `_thread._set_sentinel()` released when it ends (`Thread.join` waits
/// on it). Only its own thread touches a record, so nothing in it is locked.
final class ThreadRecord {
  /// Unique for the life of the process (an OS thread id may be reused after the thread ends).
  let serial: Int
  /// The thread-local objects that hold a dict for this thread.
  var locals: [WeakThreadLocal] = []
  /// Released when the thread ends (the lock `threading.Thread._tstate_lock` waits on).
  var sentinel: PyThreadLock?

  private init() {
    serial = ThreadRecord.nextSerial.add(1, ordering: .relaxed).newValue
  }

  /// Serial numbers handed out so far (a counter, not shared state: each value is used once).
  private static let nextSerial = Atomic<Int>(0)

  /// The pthread key holding each thread's record (created once; its value is per thread).
  private static let key: pthread_key_t = {
    var k = pthread_key_t()
    pthread_key_create(&k, nil)
    return k
  }()

  /// The calling thread's record, made on first use (threads the runtime did not start with
  /// `_thread.start_new_thread`, like the main thread, keep theirs until the process ends).
  static func current() -> ThreadRecord {
    if let p = pthread_getspecific(key) {
      return Unmanaged<ThreadRecord>.fromOpaque(p).takeUnretainedValue()
    }
    let record = ThreadRecord()
    pthread_setspecific(key, Unmanaged.passRetained(record).toOpaque())
    return record
  }

  /// Called on a thread started by `_thread` when its function has returned, while its
  /// `ThreadState` is still current: drops its thread-local dicts (their values are released
  /// here, so `__del__` methods run on this thread), then releases the sentinel lock, then
  /// forgets the record.
  static func threadFinished() {
    guard let p = pthread_getspecific(key) else { return }
    let record = Unmanaged<ThreadRecord>.fromOpaque(p).takeUnretainedValue()
    let locals = record.locals
    record.locals = []
    for weak in locals {
      weak.local?.dropDict(serial: record.serial)
    }
    if let lock = record.sentinel {
      record.sentinel = nil
      try? lock.release()
    }
    pthread_setspecific(key, nil)
    Unmanaged<ThreadRecord>.fromOpaque(p).release()
  }
}

/// A reference to a thread-local object that does not keep it alive.
struct WeakThreadLocal {
  weak var local: PyThreadLocal?
}
