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

  /// A budget of `callerStackAllowance` below the caller's current stack position.
  static func forCallingThread() -> StackBudget {
    let sp = currentStackAddress()
    return StackBudget(limit: sp > callerStackAllowance ? sp - callerStackAllowance : 0)
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
