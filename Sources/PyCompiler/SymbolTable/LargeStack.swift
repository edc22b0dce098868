#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs deeply recursive compiler passes on a thread with a large stack, so that trees as deep
/// as CPython accepts (3000 nested visits, more in debug builds' big frames) cannot overflow the
/// caller's stack. The stack is virtual memory: only the pages actually used are committed.
enum LargeStack {
  static let size = 512 << 20

  private final class Job {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// Calls `body` on a fresh thread with a `size`-byte stack and waits for it; falls back to
  /// the current thread if no thread can be created.
  static func run(_ body: @escaping () -> Void) {
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, size)
    let job = Unmanaged.passRetained(Job(body))
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let rc = pthread_create(&thread, &attr, { raw in
      let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
      job.body()
      return nil
    }, job.toOpaque())
    if rc != 0 {
      job.takeRetainedValue().body()
      return
    }
    #if canImport(Glibc)
    pthread_join(thread, nil)
    #else
    pthread_join(thread!, nil)
    #endif
  }
}
