#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Per-module import locks of one interpreter (CPython's `_ModuleLock` in
/// importlib._bootstrap): while a thread initialises a module, another thread importing it
/// waits until it is done instead of seeing it half initialised — unless waiting would
/// deadlock (two threads importing each other's modules circularly), where, as CPython does,
/// the importer gets the partially initialised module. The thread initialising a module sees
/// its own partial module (ordinary circular imports).
public final class ImportLocks: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private let changed: UnsafeMutablePointer<pthread_cond_t>
  /// The modules being initialised: their importing thread and its nesting count.
  private var owners: [String: (thread: UInt, count: Int)] = [:]
  /// The module each blocked thread waits for (for deadlock detection).
  private var waitingFor: [UInt: String] = [:]
  /// `owners.count`, readable without the mutex (imports of loaded modules skip the lock
  /// when nothing is being initialised).
  private let initialising = Atomic<Int>(0)

  init() {
    mutex = .allocate(capacity: 1)
    changed = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(changed, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    pthread_cond_destroy(changed)
    mutex.deallocate()
    changed.deallocate()
  }

  private static var me: UInt { UInt(pthread_self()) }

  /// Takes the lock of module `name`, waiting while another thread holds it. False (nothing
  /// taken) when waiting would deadlock.
  func acquire(_ name: String) -> Bool {
    let me = ImportLocks.me
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while true {
      guard let holder = owners[name] else {
        owners[name] = (me, 1)
        initialising.store(owners.count, ordering: .releasing)
        return true
      }
      if holder.thread == me {
        owners[name] = (me, holder.count + 1)
        return true
      }
      if wouldDeadlock(waitingOn: holder.thread, me: me) { return false }
      waitingFor[me] = name
      pthread_cond_wait(changed, mutex)
      waitingFor[me] = nil
    }
  }

  /// Whether the chain "thread T waits for a module whose importer waits for …" leads back
  /// to `me`.
  private func wouldDeadlock(waitingOn first: UInt, me: UInt) -> Bool {
    var thread = first
    var steps = 0
    while let module = waitingFor[thread], let holder = owners[module], steps <= waitingFor.count {
      if holder.thread == me { return true }
      thread = holder.thread
      steps += 1
    }
    return false
  }

  func release(_ name: String) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    guard let holder = owners[name] else { return }
    if holder.count > 1 {
      owners[name] = (holder.thread, holder.count - 1)
      return
    }
    owners[name] = nil
    initialising.store(owners.count, ordering: .releasing)
    pthread_cond_broadcast(changed)
  }

  /// Waits until no other thread is initialising module `name` (returns at once when none
  /// is, when the calling thread is, or when waiting would deadlock).
  func waitForInitialisation(_ name: String) {
    if initialising.load(ordering: .acquiring) == 0 { return }
    if acquire(name) { release(name) }
  }
}
