/// The tokens a parser has fetched so far (CPython's `p->tokens`), each with the memo record of
/// the rules that are memoised in the first pass (`expression`, `t_primary`, `arguments`,
/// `strings`), in one growable buffer: fetching a token appends both, and a lookup is a plain
/// load. The owner (`PythonParser`) frees the buffer.
struct TokenBuffer {
  /// The first-pass memo of one token position: for each rule, where it ended
  /// (`-1` = not recorded) and what it returned (`nil` = it failed).
  struct MemoRecord {
    var ends: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    var expression: Expr? = nil
    var tPrimary: Expr? = nil
    var arguments: Expr? = nil
    var strings: Expr? = nil
  }

  /// The memoised rules.
  enum Rule: Int {
    case expression, tPrimary, arguments, strings
  }

  private(set) var tokens: UnsafeMutablePointer<Token>
  private(set) var memo: UnsafeMutablePointer<MemoRecord>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    tokens = .allocate(capacity: self.capacity)
    memo = .allocate(capacity: self.capacity)
  }

  /// Releases the memory (the buffer is unusable afterwards).
  func free() {
    memo.deinitialize(count: count)
    memo.deallocate()
    tokens.deallocate()
  }

  @inline(__always)
  subscript(i: Int) -> Token { tokens[i] }

  var isEmpty: Bool { count == 0 }
  var last: Token? { count == 0 ? nil : tokens[count - 1] }

  @inline(__always)
  mutating func append(_ t: Token) {
    if count == capacity { grow() }
    (tokens + count).initialize(to: t)
    (memo + count).initialize(to: MemoRecord())
    count += 1
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let t = UnsafeMutablePointer<Token>.allocate(capacity: newCapacity)
    t.moveInitialize(from: tokens, count: count)
    tokens.deallocate()
    tokens = t
    let m = UnsafeMutablePointer<MemoRecord>.allocate(capacity: newCapacity)
    m.moveInitialize(from: memo, count: count)
    memo.deallocate()
    memo = m
    capacity = newCapacity
  }

  /// Forgets every memo record (between the two passes).
  func clearMemo() {
    for i in 0..<count { memo[i] = MemoRecord() }
  }

  /// The memoised outcome of `rule` at `pos`, if recorded: the end position and the result.
  @inline(__always)
  func lookup(_ rule: Rule, _ pos: Int) -> (end: Int, value: Expr?)? {
    let r = memo + pos
    let end: Int32
    switch rule {
    case .expression: end = r.pointee.ends.0
    case .tPrimary: end = r.pointee.ends.1
    case .arguments: end = r.pointee.ends.2
    case .strings: end = r.pointee.ends.3
    }
    if end < 0 { return nil }
    switch rule {
    case .expression: return (Int(end), r.pointee.expression)
    case .tPrimary: return (Int(end), r.pointee.tPrimary)
    case .arguments: return (Int(end), r.pointee.arguments)
    case .strings: return (Int(end), r.pointee.strings)
    }
  }

  @inline(__always)
  func store(_ rule: Rule, _ pos: Int, end: Int, _ value: Expr?) {
    let r = memo + pos
    switch rule {
    case .expression: r.pointee.ends.0 = Int32(end); r.pointee.expression = value
    case .tPrimary: r.pointee.ends.1 = Int32(end); r.pointee.tPrimary = value
    case .arguments: r.pointee.ends.2 = Int32(end); r.pointee.arguments = value
    case .strings: r.pointee.ends.3 = Int32(end); r.pointee.strings = value
    }
  }
}
