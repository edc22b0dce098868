/// Assignment and deletion targets of Grammar/python.gram (3.11): `star_targets`,
/// `single_target`, `t_primary` (the Load-context prefix of an attribute or subscript target)
/// and `del_targets`, plus CPython's `_PyPegen_set_expr_context`.
extension PythonParser {
  /// star_targets:
  ///     | star_target !','
  ///     | star_target (',' star_target)* [',']
  func starTargets() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try starTarget() else { return nil }
    guard try peekKind() == .comma else { return first }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let t = try starTarget() else { pos = m; break }
      list.append(t)
    }
    _ = try accept(.comma)
    return Expr(.tuple(elts: list, ctx: .store), range(from: mark))
  }

  /// star_targets_list_seq: ','.star_target+ [',']
  func starTargetsListSeq() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    guard let first = try starTarget() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let t = try starTarget() else { pos = m; break }
      list.append(t)
    }
    _ = try accept(.comma)
    return list
  }

  /// star_targets_tuple_seq:
  ///     | star_target (',' star_target)+ [','] | star_target ','
  func starTargetsTupleSeq() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try starTarget() else { return nil }
    guard try peekKind() == .comma else { pos = mark; return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let t = try starTarget() else { pos = m; break }
      list.append(t)
    }
    _ = try accept(.comma)
    return list
  }

  /// star_target (memo):
  ///     | '*' (!'*' star_target)
  ///     | target_with_star_atom
  func starTarget() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if callInvalidRules, let m = memo.starTarget.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result: Expr? = nil
    if try accept(.star) {
      if try peekKind() != .star, let t = try starTarget() {
        result = Expr(.starred(value: PythonParser.withContext(t, .store), ctx: .store),
                      range(from: mark))
      } else {
        pos = mark
      }
    } else {
      result = try targetWithStarAtom()
    }
    if callInvalidRules { memo.starTarget.store(mark, end: pos, result) }
    return result
  }

  /// target_with_star_atom (memo):
  ///     | t_primary '.' NAME !t_lookahead
  ///     | t_primary '[' slices ']' !t_lookahead
  ///     | star_atom
  func targetWithStarAtom() throws(PySyntaxError) -> Expr? {
    let mark = pos
    // Memoised where it is re-read: after '(' (star_atom tries a target, then a tuple) and in
    // the second pass.
    let useMemo = callInvalidRules || (mark > 0 && tokens[mark - 1].kind == .lpar)
    if useMemo, let m = memo.targetWithStarAtom.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result = try subscriptAttributeTarget(.store)
    if result == nil {
      result = try starAtom()
    }
    if useMemo { memo.targetWithStarAtom.store(mark, end: pos, result) }
    return result
  }

  /// The shared alternatives of the attribute/subscript targets:
  ///     | t_primary '.' NAME !t_lookahead
  ///     | t_primary '[' slices ']' !t_lookahead
  private func subscriptAttributeTarget(_ ctx: ExprContext) throws(PySyntaxError) -> Expr? {
    let mark = pos
    guard let prefix = try tPrimary() else { return nil }
    let afterPrefix = pos
    if try accept(.dot), let n = try expect(.name) {
      if try !atTLookahead() {
        return Expr(.attribute(value: prefix, attr: identifier(n), ctx: ctx), range(from: mark))
      }
    }
    pos = afterPrefix
    if try accept(.lsqb), let s = try slices(), try accept(.rsqb) {
      if try !atTLookahead() {
        return Expr(.subscript(value: prefix, slice: s, ctx: ctx), range(from: mark))
      }
    }
    pos = mark
    return nil
  }

  /// star_atom:
  ///     | NAME
  ///     | '(' target_with_star_atom ')'
  ///     | '(' [star_targets_tuple_seq] ')'
  ///     | '[' [star_targets_list_seq] ']'
  func starAtom() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    switch try peekKind() {
    case .name:
      pos += 1
      return Expr(.name(id: identifier(mark), ctx: .store), tokens[mark].range)
    case .lpar:
      pos += 1
      if let t = try targetWithStarAtom(), try accept(.rpar) {
        return PythonParser.withContext(t, .store)
      }
      pos = mark + 1
      let elts = try starTargetsTupleSeq() ?? []
      guard try accept(.rpar) else { pos = mark; return nil }
      return Expr(.tuple(elts: elts, ctx: .store), range(from: mark))
    case .lsqb:
      pos += 1
      let elts = try starTargetsListSeq() ?? []
      guard try accept(.rsqb) else { pos = mark; return nil }
      return Expr(.list(elts: elts, ctx: .store), range(from: mark))
    default:
      return nil
    }
  }

  /// single_target:
  ///     | single_subscript_attribute_target
  ///     | NAME
  ///     | '(' single_target ')'
  func singleTarget() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let t = try singleSubscriptAttributeTarget() { return t }
    if try peekKind() == .name {
      pos += 1
      return Expr(.name(id: identifier(mark), ctx: .store), tokens[mark].range)
    }
    if try accept(.lpar), let t = try singleTarget(), try accept(.rpar) {
      return t
    }
    pos = mark
    return nil
  }

  /// single_subscript_attribute_target:
  ///     | t_primary '.' NAME !t_lookahead
  ///     | t_primary '[' slices ']' !t_lookahead
  func singleSubscriptAttributeTarget() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    return try subscriptAttributeTarget(.store)
  }

  /// t_primary (left-recursive, memo):
  ///     | t_primary '.' NAME &t_lookahead
  ///     | t_primary '[' slices ']' &t_lookahead
  ///     | t_primary genexp &t_lookahead
  ///     | t_primary '(' [arguments] ')' &t_lookahead
  ///     | atom &t_lookahead
  func tPrimary() throws(PySyntaxError) -> Expr? {
    let mark = pos
    try ensureToken()  // CPython's _PyPegen_is_memoized fetches the token
    if let m = tokens.lookup(.tPrimary, mark) {
      pos = m.end
      return m.value
    }
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    var result: Expr? = nil
    // A NAME not followed by t_lookahead fails; say so before building the Name.
    if try peekKind() == .name {
      let k = try peekKind(ahead: 1)
      if k != .lpar && k != .lsqb && k != .dot {
        tokens.store(.tPrimary, mark, end: mark, nil)
        return nil
      }
    }
    if let a = try atom() {
      if try atTLookahead() {
        result = try growTPrimary(a, mark)
      } else {
        pos = mark
      }
    }
    tokens.store(.tPrimary, mark, end: pos, result)
    return result
  }

  /// Extends a t_primary while one of its recursive alternatives matches.
  private func growTPrimary(_ seed: Expr, _ mark: Int) throws(PySyntaxError) -> Expr {
    var e = seed
    var length = 0
    while true {
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: seed, length: length) }
      let m = pos
      // t_primary '.' NAME &t_lookahead
      if try accept(.dot), let n = try expect(.name), try atTLookahead() {
        e = Expr(.attribute(value: e, attr: identifier(n), ctx: .load), range(from: mark))
        continue
      }
      pos = m
      // t_primary '[' slices ']' &t_lookahead
      if try accept(.lsqb), let s = try slices(), try accept(.rsqb), try atTLookahead() {
        e = Expr(.subscript(value: e, slice: s, ctx: .load), range(from: mark))
        continue
      }
      pos = m
      // t_primary genexp &t_lookahead
      if let g = try genexp(), try atTLookahead() {
        e = Expr(.call(func: e, args: [g], keywords: []), range(from: mark))
        continue
      }
      pos = m
      // t_primary '(' [arguments] ')' &t_lookahead
      if try accept(.lpar) {
        let a = try arguments()
        if try accept(.rpar), try atTLookahead() {
          e = PythonParser.makeCall(e, a, range(from: mark))
          continue
        }
      }
      pos = m
      return e
    }
  }

  /// t_lookahead: '(' | '[' | '.'
  @inline(__always)
  func atTLookahead() throws(PySyntaxError) -> Bool {
    let k = try peekKind()
    return k == .lpar || k == .lsqb || k == .dot
  }

  // MARK: - del targets

  /// del_targets: ','.del_target+ [',']
  func delTargets() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    guard let first = try delTarget() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let t = try delTarget() else { pos = m; break }
      list.append(t)
    }
    _ = try accept(.comma)
    return list
  }

  /// del_target (memo):
  ///     | t_primary '.' NAME !t_lookahead
  ///     | t_primary '[' slices ']' !t_lookahead
  ///     | del_t_atom
  func delTarget() throws(PySyntaxError) -> Expr? {
    let mark = pos
    let useMemo = callInvalidRules || (mark > 0 && tokens[mark - 1].kind == .lpar)
    if useMemo, let m = memo.delTarget.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result = try subscriptAttributeTarget(.del)
    if result == nil {
      result = try delTAtom()
    }
    if useMemo { memo.delTarget.store(mark, end: pos, result) }
    return result
  }

  /// del_t_atom:
  ///     | NAME
  ///     | '(' del_target ')'
  ///     | '(' [del_targets] ')'
  ///     | '[' [del_targets] ']'
  func delTAtom() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    switch try peekKind() {
    case .name:
      pos += 1
      return Expr(.name(id: identifier(mark), ctx: .del), tokens[mark].range)
    case .lpar:
      pos += 1
      if let t = try delTarget(), try accept(.rpar) {
        return PythonParser.withContext(t, .del)
      }
      pos = mark + 1
      let elts = try delTargets() ?? []
      guard try accept(.rpar) else { pos = mark; return nil }
      return Expr(.tuple(elts: elts, ctx: .del), range(from: mark))
    case .lsqb:
      pos += 1
      let elts = try delTargets() ?? []
      guard try accept(.rsqb) else { pos = mark; return nil }
      return Expr(.list(elts: elts, ctx: .del), range(from: mark))
    default:
      return nil
    }
  }

  // MARK: - Contexts

  /// CPython's `_PyPegen_set_expr_context`: the same expression with context `ctx` (a new node
  /// when the context changes; tuples, lists and starred expressions pass it to their items).
  static func withContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
    switch e.kind {
    case .name(let id, let c):
      return c == ctx ? e : Expr(.name(id: id, ctx: ctx), e.range)
    case .tuple(let elts, _):
      return Expr(.tuple(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.range)
    case .list(let elts, _):
      return Expr(.list(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.range)
    case .subscript(let value, let slice, let c):
      return c == ctx ? e : Expr(.subscript(value: value, slice: slice, ctx: ctx), e.range)
    case .attribute(let value, let attr, let c):
      return c == ctx ? e : Expr(.attribute(value: value, attr: attr, ctx: ctx), e.range)
    case .starred(let value, _):
      return Expr(.starred(value: withContext(value, ctx), ctx: ctx), e.range)
    default:
      return e
    }
  }
}
