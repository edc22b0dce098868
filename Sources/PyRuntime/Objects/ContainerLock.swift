import Glibc
import Synchronization

/// Whether more than one thread may run Python code in this process (docs/ARCHITECTURE.md,
/// "Threads"). False until the first `_thread.start_new_thread`; set once, never reset.
///
/// While it is false no container operation takes a lock: a single thread cannot race with
/// itself, and no lock is ever held across Python code (so a thread cannot start another
/// thread while it is inside a container's critical section). The flag is set on the
/// starting thread *before* the new OS thread is created, which orders it before everything
/// the new thread does.
nonisolated(unsafe) public var containersAreShared = false

/// Process-level switch for container locking (`ContainerLock`).
public enum ContainerLocking {
  /// Called by the thread-starting code before it creates a thread that will run Python code.
  public static func willStartThread() {
    if !containersAreShared { containersAreShared = true }
  }
}

/// The lock word of a list, dict or set: a sequence lock (one 32-bit word in the object, no
/// allocation). Even = free, odd = held; every release advances the word by 2 so that
/// optimistic readers can tell whether a writer ran while they read (`readBegin`/`readValid`).
///
/// Rules (see docs/ARCHITECTURE.md): never hold it while running Python code, while
/// releasing a value (a `__del__` may run), or while taking another container's lock.
/// Critical sections are short, native and non-reentrant; contention spins, then yields.
///
/// `acquire()` returns a token: 0 when locking is off (single-threaded process), else the odd
/// held value that `release(_:)` needs.
public struct ContainerLock: ~Copyable {
  @usableFromInline let word = Atomic<UInt32>(0)

  public init() {}

  @inline(__always)
  public func acquire() -> UInt32 {
    if !containersAreShared { return 0 }
    return acquireShared()
  }

  /// The locking itself, out of line so that the single-threaded fast paths that inline
  /// `acquire()` (the VM's list subscripts and iteration) stay small.
  @inline(never)
  func acquireShared() -> UInt32 {
    var spins = 0
    while true {
      let v = word.load(ordering: .relaxed)
      if v & 1 == 0 && word.compareExchange(expected: v, desired: v | 1, ordering: .acquiringAndReleasing).exchanged {
        return v | 1
      }
      spins += 1
      if spins > 64 { sched_yield() }
    }
  }

  @inline(__always)
  public func release(_ token: UInt32) {
    if token != 0 { word.store(token &+ 1, ordering: .releasing) }
  }

  // MARK: Optimistic reads

  /// Starts an optimistic read: the word, or nil when a writer holds the lock.
  @inline(__always)
  public func readBegin() -> UInt32? {
    let v = word.load(ordering: .acquiring)
    return v & 1 == 0 ? v : nil
  }

  /// Orders the loads before it ahead of the loads after it (an acquire fence).
  @inline(__always)
  public func orderLoads() { atomicMemoryFence(ordering: .acquiring) }

  /// True when no writer ran since `readBegin` returned `start`: what was read in between is
  /// a consistent state.
  @inline(__always)
  public func readValid(_ start: UInt32) -> Bool {
    atomicMemoryFence(ordering: .acquiring)
    return word.load(ordering: .relaxed) == start
  }
}
