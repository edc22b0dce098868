#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
@_silgen_name("pthread_getattr_np")
private func gnuPthreadGetattr(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// How deep a parse may recurse on the calling thread's stack before it gives up and is re-run
/// on a thread of its own with a large stack (see `Parser.parse`).
///
/// The parser nests one Swift call per grammar rule, up to CPython's limit of 6000 rule levels
/// (about 1.5 MB of stack in a release build, far more in a debug build), and the parsers of
/// f-string fields nest inside it. Real code stays far below that, so a parse first runs where
/// it is called, with a budget well inside any thread's stack; `PythonParser.enter()` compares
/// the stack pointer with `limit` every 16 levels.
final class StackBudget {
  /// Lowest stack address the parse may reach; 0 means no limit.
  let limit: UInt
  /// Set when the budget ran out (the parse then stops with a placeholder error).
  var exhausted = false

  init(limit: UInt) {
    self.limit = limit
  }

  /// Stack a parse may use on the calling thread.
  #if DEBUG
  static let callerStackAllowance: UInt = 2 << 20
  #else
  static let callerStackAllowance: UInt = 256 << 10
  #endif

  /// Stack kept free below the budget, for the code that runs when the parse stops.
  static let reserve: UInt = 64 << 10

  /// A budget of `callerStackAllowance` below the caller's current stack position, and never
  /// closer than `reserve` to the end of the thread's stack.
  static func forCallingThread() -> StackBudget {
    let sp = currentStackAddress()
    var limit = sp > callerStackAllowance ? sp - callerStackAllowance : 0
    let low = threadStackLowBound()
    if low != 0 && limit < low + reserve { limit = low + reserve }
    return StackBudget(limit: limit)
  }

  /// The thread-specific slot caching each thread's lowest stack address.
  private static let lowBoundKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// The lowest address of the current thread's stack (0 if unknown), asked once per thread.
  static func threadStackLowBound() -> UInt {
    if let cached = pthread_getspecific(lowBoundKey) { return UInt(bitPattern: cached) }
    var low: UInt = 0
    #if canImport(Glibc)
    var attr = pthread_attr_t()
    if gnuPthreadGetattr(pthread_self(), &attr) == 0 {
      var addr: UnsafeMutableRawPointer? = nil
      var size = 0
      if pthread_attr_getstack(&attr, &addr, &size) == 0, let a = addr {
        low = UInt(bitPattern: a)
      }
      pthread_attr_destroy(&attr)
    }
    #elseif canImport(Darwin)
    let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
    low = top - UInt(pthread_get_stacksize_np(pthread_self()))
    #endif
    if low != 0 { pthread_setspecific(lowBoundKey, UnsafeRawPointer(bitPattern: low)) }
    return low
  }

  /// No limit (for the big-stack thread, whose stack holds any parse CPython accepts).
  static func unlimited() -> StackBudget { StackBudget(limit: 0) }

  /// An address in the current stack frame.
  @inline(never)
  static func currentStackAddress() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  }
}
