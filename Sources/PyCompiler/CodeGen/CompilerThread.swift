#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A long-lived thread with a large stack on which compilations run: every compiler pass
/// recurses as deep as the tree, and trees as deep as CPython accepts need far more than a
/// thread's default stack. Creating such a thread per compilation costs about a millisecond
/// (most of a small module's compile time), so one is kept waiting for jobs. A job submitted
/// while the thread is busy (two Python threads compiling at once) runs on a fresh large-stack
/// thread instead (`LargeStack`); a job submitted from the compiler thread itself runs inline.
enum CompilerThread {
  private final class State: @unchecked Sendable {
    var mutex = pthread_mutex_t()
    var jobReady = pthread_cond_t()
    var jobDone = pthread_cond_t()
    var job: (() -> Void)? = nil
    var finished = false
    var busy = false
    var started = false
    var thread = pthread_t()

    init() {
      pthread_mutex_init(&mutex, nil)
      pthread_cond_init(&jobReady, nil)
      pthread_cond_init(&jobDone, nil)
    }
  }

  private static let state = State()

  /// Whether the calling thread is the compiler thread.
  private static func onCompilerThread(_ s: State) -> Bool {
    s.started && pthread_equal(pthread_self(), s.thread) != 0
  }

  /// Runs `body` on the compiler thread and waits for it to finish.
  static func run(_ body: @escaping () -> Void) {
    let s = state
    pthread_mutex_lock(&s.mutex)
    if onCompilerThread(s) {
      pthread_mutex_unlock(&s.mutex)
      body()
      return
    }
    if s.busy || (!s.started && !start(s)) {
      pthread_mutex_unlock(&s.mutex)
      LargeStack.run(body)
      return
    }
    s.busy = true
    s.finished = false
    s.job = body
    pthread_cond_signal(&s.jobReady)
    while !s.finished { pthread_cond_wait(&s.jobDone, &s.mutex) }
    s.busy = false
    pthread_mutex_unlock(&s.mutex)
  }

  /// Starts the thread (the mutex is held).
  private static func start(_ s: State) -> Bool {
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, LargeStack.size)
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let rc = pthread_create(&thread, &attr, { _ in
      CompilerThread.serve()
      return nil
    }, nil)
    guard rc == 0 else { return false }
    #if canImport(Glibc)
    s.thread = thread
    #else
    s.thread = thread!
    #endif
    pthread_detach(s.thread)
    s.started = true
    return true
  }

  /// The compiler thread's loop: wait for a job, run it, report it done.
  private static func serve() {
    let s = state
    pthread_mutex_lock(&s.mutex)
    while true {
      while s.job == nil { pthread_cond_wait(&s.jobReady, &s.mutex) }
      let job = s.job!
      s.job = nil
      pthread_mutex_unlock(&s.mutex)
      job()
      pthread_mutex_lock(&s.mutex)
      s.finished = true
      pthread_cond_broadcast(&s.jobDone)
    }
  }
}
