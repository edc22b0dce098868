/// Packrat memoisation for the rules that are tried more than once at the same token (as the
/// `(memo)` rules and the left-recursive rules of CPython's generated parser): for each such
/// rule, what it returned at a position and where it stopped.
///
/// The four rules that pay off in the first pass (`expression`, `t_primary`, `arguments`,
/// `strings`) keep their records beside the tokens (`TokenBuffer`); these tables serve the
/// others, which are memoised in the second pass (and `target_with_star_atom`/`del_target`
/// after '(' in the first, where they are re-read). Only rules where re-parsing is common are
/// memoised; the others are written so that a
/// shared prefix is parsed once (see the grammar files). The tables are cleared between the two
/// passes.
struct MemoTables {
  var disjunction = ExprMemo()
  var starTarget = ExprMemo()
  var targetWithStarAtom = ExprMemo()
  var delTarget = ExprMemo()
  var starExpression = ExprMemo()
  var invalidNamedExpression = ExprMemo()
  var closedPattern = NodeMemo<Pattern>()
  /// `block`, memoised in the second pass only (the invalid rules re-read blocks).
  var blocks: [Int32: (end: Int32, value: [Stmt]?)] = [:]

  mutating func clear() {
    self = MemoTables()
  }
}

typealias ExprMemo = NodeMemo<Expr>

/// One memo table: per token position, the result (a node or a failure) and the end position.
struct NodeMemo<Node: AnyObject> {
  struct Slot {
    /// Position after the match, or -1 when nothing is recorded, or -2 for a recorded failure.
    var end: Int32
    var value: Node?
  }

  var slots: [Slot] = []

  /// The recorded outcome at `pos`: `nil` if nothing is recorded; `.some(nil)` for a failure.
  @inline(__always)
  func lookup(_ pos: Int) -> (end: Int, value: Node?)? {
    guard pos < slots.count else { return nil }
    let s = slots[pos]
    if s.end == -1 { return nil }
    if s.end == -2 { return (pos, nil) }
    return (Int(s.end), s.value)
  }

  @inline(__always)
  mutating func store(_ pos: Int, end: Int, _ value: Node?) {
    if pos >= slots.count {
      let n = max(pos + 1, slots.count * 2, 64)
      slots.reserveCapacity(n)
      while slots.count < n { slots.append(Slot(end: -1, value: nil)) }
    }
    slots[pos] = Slot(end: value == nil ? -2 : Int32(end), value: value)
  }
}
