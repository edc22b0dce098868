/// The `invalid_*` rules of Grammar/python.gram (3.11) for statements and expressions: they
/// run only in the second pass and turn a recognisable mistake into CPython's specific message.
/// Each one either throws the error or returns having matched nothing (the caller then resets
/// the position). The rules for parameters, arguments, imports and patterns sit beside their
/// valid counterparts.
///
/// As in CPython's generated code, an action that matches but produces no error (for example a
/// target that turns out to be valid) ends the whole `invalid_*` rule: later alternatives are
/// not tried.
extension PythonParser {
  // MARK: - Expressions

  /// invalid_expression:
  ///     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  ///     | disjunction 'if' disjunction !('else'|':')
  func invalidExpression() throws(PySyntaxError) {
    let mark = pos
    var guarded = false
    if try peekKind() == .name {
      if try peekKind(ahead: 1) == .string { guarded = true }
      if isSoftKeywordToken(pos) { guarded = true }
    }
    if !guarded, let a = try disjunction(), let b = try expressionWithoutInvalid() {
      if PythonParser.isLegacyStatementName(a) || tokenLevel(pos - 1) == 0 {
        return
      }
      throw error(from: a.range, to: b.range, "invalid syntax. Perhaps you forgot a comma?")
    }
    pos = mark
    if let a = try disjunction(), try accept(.kwIf), let b = try disjunction() {
      let k = try peekKind()
      if k != .kwElse && k != .colon {
        throw error(from: a.range, to: b.range, "expected 'else' after 'if' expression")
      }
    }
    pos = mark
  }

  /// invalid_legacy_expression: NAME !'(' star_expressions
  func invalidLegacyExpression() throws(PySyntaxError) {
    let mark = pos
    guard let n = try expect(.name), try peekKind() != .lpar, let b = try starExpressions() else {
      pos = mark
      return
    }
    let a = nameExpr(n)
    if PythonParser.isLegacyStatementName(a) {
      let id = identifier(n)
      throw error(from: a.range, to: b.range,
                  "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?")
    }
    pos = mark
  }

  /// CPython's `_PyPegen_check_legacy_stmt`: `print` and `exec` used as statements.
  static func isLegacyStatementName(_ e: Expr) -> Bool {
    guard case .name(let id, _) = e.kind else { return false }
    return id == "print" || id == "exec"
  }

  /// invalid_named_expression (memo):
  ///     | expression ':=' expression
  ///     | NAME '=' bitwise_or !('='|':=')
  ///     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
  func invalidNamedExpression() throws(PySyntaxError) {
    let mark = pos
    if memo.invalidNamedExpression.lookup(mark) != nil { return }
    if let a = try expression(), try accept(.colonEqual), try expression() != nil {
      throw error(node: a.range, "cannot use assignment expressions with \(PythonParser.exprName(a))")
    }
    pos = mark
    if let n = try expect(.name), let _ = try expect(.equal), let b = try bitwiseOr() {
      let k = try peekKind()
      if k != .equal && k != .colonEqual {
        throw error(from: tokens[n].range, to: b.range,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
      }
    }
    pos = mark
    var excluded = false
    switch try peekKind() {
    case .kwTrue, .kwNone, .kwFalse:
      excluded = true
    case .lsqb:
      excluded = try list() != nil
    case .lpar:
      excluded = try tuple() != nil
      if !excluded { excluded = try genexp() != nil }
    default:
      break
    }
    pos = mark
    if !excluded, let a = try bitwiseOr(), try accept(.equal), try bitwiseOr() != nil {
      let k = try peekKind()
      if k != .equal && k != .colonEqual {
        throw error(node: a.range,
                    "cannot assign to \(PythonParser.exprName(a)) here. Maybe you meant '==' instead of '='?")
      }
    }
    pos = mark
    memo.invalidNamedExpression.store(mark, end: mark, nil)
  }

  // MARK: - Assignment and deletion

  /// invalid_assignment:
  ///     | invalid_ann_assign_target ':' expression
  ///     | star_named_expression ',' star_named_expressions* ':' expression
  ///     | expression ':' expression
  ///     | (star_targets '=')* star_expressions '='
  ///     | (star_targets '=')* yield_expr '='
  ///     | star_expressions augassign (yield_expr | star_expressions)
  func invalidAssignment() throws(PySyntaxError) {
    let mark = pos
    if let a = try invalidAnnAssignTarget(), try accept(.colon), try expression() != nil {
      throw error(node: a.range,
                  "only single target (not \(PythonParser.exprName(a))) can be annotated")
    }
    pos = mark
    if let a = try starNamedExpression(), try accept(.comma) {
      while try starNamedExpressions() != nil {}
      if try accept(.colon), try expression() != nil {
        throw error(node: a.range, "only single target (not tuple) can be annotated")
      }
    }
    pos = mark
    if let a = try expression(), try accept(.colon), try expression() != nil {
      throw error(node: a.range, "illegal target for annotation")
    }
    pos = mark
    try skipStarTargetsAssignments()
    if let a = try starExpressions(), try accept(.equal) {
      if let invalid = PythonParser.invalidTarget(a, .star) {
        throw error(node: invalid.range, "cannot assign to \(PythonParser.exprName(invalid))")
      }
      pos = mark
      return
    }
    pos = mark
    try skipStarTargetsAssignments()
    if let a = try yieldExpr(), try accept(.equal) {
      throw error(node: a.range, "assignment to yield expression not possible")
    }
    pos = mark
    if let a = try starExpressions(), try augassign() != nil,
       try yieldOrStarExpressions() != nil {
      throw error(node: a.range,
                  "'\(PythonParser.exprName(a))' is an illegal expression for augmented assignment")
    }
    pos = mark
  }

  /// (star_targets '=')*
  private func skipStarTargetsAssignments() throws(PySyntaxError) {
    while true {
      let m = pos
      guard try starTargets() != nil, try accept(.equal) else { pos = m; return }
    }
  }

  /// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  func invalidAnnAssignTarget() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let l = try list() { return l }
    if let t = try tuple() { return t }
    if try accept(.lpar), let a = try invalidAnnAssignTarget(), try accept(.rpar) {
      return a
    }
    pos = mark
    return nil
  }

  /// invalid_del_stmt: 'del' star_expressions
  func invalidDelStmt() throws(PySyntaxError) {
    let mark = pos
    guard try accept(.kwDel), let a = try starExpressions() else { pos = mark; return }
    if let invalid = PythonParser.invalidTarget(a, .del) {
      throw error(node: invalid.range, "cannot delete \(PythonParser.exprName(invalid))")
    }
    pos = mark
  }

  /// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
  func invalidWithItem() throws(PySyntaxError) {
    let mark = pos
    guard try expression() != nil, try accept(.kwAs), let a = try expression() else {
      pos = mark
      return
    }
    let k = try peekKind()
    guard k == .comma || k == .rpar || k == .colon else { pos = mark; return }
    if let invalid = PythonParser.invalidTarget(a, .star) {
      throw error(node: invalid.range, "cannot assign to \(PythonParser.exprName(invalid))")
    }
    pos = mark
  }

  /// invalid_for_target: ASYNC? 'for' star_expressions
  func invalidForTarget() throws(PySyntaxError) {
    let mark = pos
    _ = try accept(.kwAsync)
    guard try accept(.kwFor), let a = try starExpressions() else { pos = mark; return }
    if let invalid = PythonParser.invalidTarget(a, .for) {
      throw error(node: invalid.range, "cannot assign to \(PythonParser.exprName(invalid))")
    }
    pos = mark
  }

  // MARK: - Comprehensions, groups, dicts

  /// invalid_comprehension:
  ///     | ('[' | '(' | '{') starred_expression for_if_clauses
  ///     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
  ///     | ('[' | '{') star_named_expression ',' for_if_clauses
  func invalidComprehension() throws(PySyntaxError) {
    let mark = pos
    let open = try peekKind()
    guard open == .lsqb || open == .lpar || open == .lbrace else { return }
    pos += 1
    if let a = try starredExpression(), try forIfClauses() != nil {
      throw error(node: a.range, "iterable unpacking cannot be used in comprehension")
    }
    pos = mark
    guard open != .lpar else { return }
    pos += 1
    if let a = try starNamedExpression(), try accept(.comma), let b = try starNamedExpressions(),
       try forIfClauses() != nil {
      throw error(from: a.range, to: b.last!.range,
                  "did you forget parentheses around the comprehension target?")
    }
    pos = mark + 1
    if let a = try starNamedExpression(), let comma = try expect(.comma), try forIfClauses() != nil {
      throw error(from: a.range, to: tokens[comma].range,
                  "did you forget parentheses around the comprehension target?")
    }
    pos = mark
  }

  /// invalid_group:
  ///     | '(' starred_expression ')'
  ///     | '(' '**' expression ')'
  func invalidGroup() throws(PySyntaxError) {
    let mark = pos
    guard try accept(.lpar) else { return }
    if let a = try starredExpression(), try accept(.rpar) {
      throw error(node: a.range, "cannot use starred expression here")
    }
    pos = mark + 1
    if let a = try expect(.doubleStar), try expression() != nil, try accept(.rpar) {
      throw error(at: a, "cannot use double starred expression here")
    }
    pos = mark
  }

  /// invalid_double_starred_kvpairs (after the '{'):
  ///     | ','.double_starred_kvpair+ ',' invalid_kvpair
  ///     | expression ':' '*' bitwise_or
  ///     | expression ':' &('}'|',')
  func invalidDoubleStarredKvpairs() throws(PySyntaxError) {
    let mark = pos
    if try doubleStarredKvpair() != nil {
      while true {
        let m = pos
        guard try accept(.comma), try doubleStarredKvpair() != nil else { pos = m; break }
      }
      if try accept(.comma) {
        try invalidKvpair()
      }
    }
    pos = mark
    try invalidKvpairValue()
    pos = mark
  }

  /// invalid_kvpair:
  ///     | expression !(':')
  ///     | expression ':' '*' bitwise_or
  ///     | expression ':' &('}'|',')
  func invalidKvpair() throws(PySyntaxError) {
    let mark = pos
    if let a = try expression(), try peekKind() != .colon {
      throw knownLocation(.syntaxError, "':' expected after dictionary key",
                          lineno: Int(a.range.lineno), col: Int(a.range.endColOffset),
                          endLineno: Int(a.range.endLineno), endCol: 0)
    }
    pos = mark
    try invalidKvpairValue()
    pos = mark
  }

  /// The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair:
  ///     | expression ':' '*' bitwise_or
  ///     | expression ':' &('}'|',')
  private func invalidKvpairValue() throws(PySyntaxError) {
    let mark = pos
    if try expression() != nil, try accept(.colon), let star = try expect(.star),
       try bitwiseOr() != nil {
      throw error(startingFrom: tokens[star].range,
                  "cannot use a starred expression in a dictionary value")
    }
    pos = mark
    if try expression() != nil, let colon = try expect(.colon) {
      let k = try peekKind()
      if k == .rbrace || k == .comma {
        throw error(at: colon, "expression expected after dictionary key and ':'")
      }
    }
    pos = mark
  }

  // MARK: - Compound statements

  /// invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
  ///     | KEYWORD named_expression NEWLINE
  ///     | KEYWORD named_expression ':' NEWLINE !INDENT
  func invalidIfStmt(_ keyword: TokenKind, _ word: String) throws(PySyntaxError) {
    let mark = pos
    guard let kw = try expect(keyword), let test = try namedExpression() else { pos = mark; return }
    if try accept(.newline) {
      throw errorAtLastToken("expected ':'")
    }
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      // invalid_if_stmt binds `a` twice: the line reported is the condition's.
      let line = keyword == .kwIf ? test.range.lineno : tokens[kw].range.lineno
      throw errorAtLastToken("expected an indented block after '\(word)' statement on line \(line)",
                             .indentationError)
    }
    pos = mark
  }

  /// invalid_else_stmt / invalid_finally_stmt: KEYWORD ':' NEWLINE !INDENT
  func invalidBlockIndent(_ keyword: TokenKind, _ what: String) throws(PySyntaxError) {
    let mark = pos
    if let kw = try expect(keyword), try accept(.colon), try accept(.newline),
       try peekKind() != .indent {
      throw errorAtLastToken("expected an indented block after \(what) on line \(tokens[kw].range.lineno)",
                             .indentationError)
    }
    pos = mark
  }

  /// invalid_for_stmt:
  ///     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
  ///     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
  func invalidForStmt() throws(PySyntaxError) {
    let mark = pos
    _ = try accept(.kwAsync)
    guard let kw = try expect(.kwFor), try starTargets() != nil, try accept(.kwIn),
          try starExpressions() != nil else {
      pos = mark
      return
    }
    if try accept(.newline) {
      throw errorAtLastToken("expected ':'")
    }
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(
        "expected an indented block after 'for' statement on line \(tokens[kw].range.lineno)",
        .indentationError)
    }
    pos = mark
  }

  /// invalid_def_raw:
  ///     | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  func invalidDefRaw() throws(PySyntaxError) {
    let mark = pos
    _ = try accept(.kwAsync)
    guard let kw = try expect(.kwDef), try accept(.name), try accept(.lpar) else {
      pos = mark
      return
    }
    _ = try params()
    guard try accept(.rpar) else { pos = mark; return }
    let m = pos
    if try accept(.rarrow) {
      if try expression() == nil { pos = m }
    }
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(
        "expected an indented block after function definition on line \(tokens[kw].range.lineno)",
        .indentationError)
    }
    pos = mark
  }

  /// invalid_class_def_raw:
  ///     | 'class' NAME ['(' [arguments] ')'] NEWLINE
  ///     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
  func invalidClassDefRaw() throws(PySyntaxError) {
    let mark = pos
    guard let kw = try expect(.kwClass), try accept(.name) else { pos = mark; return }
    let m = pos
    if try accept(.lpar) {
      _ = try arguments()
      if try !accept(.rpar) { pos = m }
    }
    if try accept(.newline) {
      throw errorAtLastToken("expected ':'")
    }
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(
        "expected an indented block after class definition on line \(tokens[kw].range.lineno)",
        .indentationError)
    }
    pos = mark
  }

  /// invalid_with_stmt:
  ///     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
  ///     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  func invalidWithStmt() throws(PySyntaxError) {
    let mark = pos
    _ = try accept(.kwAsync)
    guard try accept(.kwWith) else { pos = mark; return }
    let afterWith = pos
    if try withItemsLoose(parenthesized: false), try accept(.newline) {
      throw errorAtLastToken("expected ':'")
    }
    pos = afterWith
    if try accept(.lpar), try withItemsLoose(parenthesized: true) {
      _ = try accept(.comma)
      if try accept(.rpar), try accept(.newline) {
        throw errorAtLastToken("expected ':'")
      }
    }
    pos = mark
  }

  /// invalid_with_stmt_indent:
  ///     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
  ///     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
  func invalidWithStmtIndent() throws(PySyntaxError) {
    let mark = pos
    _ = try accept(.kwAsync)
    guard let kw = try expect(.kwWith) else { pos = mark; return }
    let message = "expected an indented block after 'with' statement on line \(tokens[kw].range.lineno)"
    let afterWith = pos
    if try withItemsLoose(parenthesized: false), try accept(.colon), try accept(.newline),
       try peekKind() != .indent {
      throw errorAtLastToken(message, .indentationError)
    }
    pos = afterWith
    if try accept(.lpar), try withItemsLoose(parenthesized: true) {
      _ = try accept(.comma)
      if try accept(.rpar), try accept(.colon), try accept(.newline), try peekKind() != .indent {
        throw errorAtLastToken(message, .indentationError)
      }
    }
    pos = mark
  }

  /// ','.(expression ['as' star_target])+ (or `expressions` inside parentheses)
  private func withItemsLoose(parenthesized: Bool) throws(PySyntaxError) -> Bool {
    func item() throws(PySyntaxError) -> Bool {
      let e = parenthesized ? try expressions() : try expression()
      guard e != nil else { return false }
      let m = pos
      if try accept(.kwAs) {
        if try starTarget() == nil { pos = m }
      }
      return true
    }
    guard try item() else { return false }
    while true {
      let m = pos
      guard try accept(.comma), try item() else { pos = m; break }
    }
    return true
  }

  /// invalid_try_stmt:
  ///     | 'try' ':' NEWLINE !INDENT
  ///     | 'try' ':' block !('except' | 'finally')
  ///     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
  ///     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
  func invalidTryStmt() throws(PySyntaxError) {
    let mark = pos
    guard let kw = try expect(.kwTry), try accept(.colon) else { pos = mark; return }
    let afterColon = pos
    if try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(
        "expected an indented block after 'try' statement on line \(tokens[kw].range.lineno)",
        .indentationError)
    }
    pos = afterColon
    if try block() != nil {
      let k = try peekKind()
      if k != .kwExcept && k != .kwFinally {
        throw errorAtLastToken("expected 'except' or 'finally' block")
      }
    }
    pos = afterColon
    while try block() != nil {}
    var count = 0
    while try exceptBlock() != nil { count += 1 }
    if count > 0, let a = try expect(.kwExcept), let b = try expect(.star), try expression() != nil {
      _ = try optionalAsName()
      if try accept(.colon) {
        throw error(from: tokens[a].range, to: tokens[b].range,
                    "cannot have both 'except' and 'except*' on the same 'try'")
      }
    }
    pos = afterColon
    while try block() != nil {}
    count = 0
    while try exceptStarBlock() != nil { count += 1 }
    if count > 0, let a = try expect(.kwExcept) {
      let m = pos
      if try expression() != nil {
        _ = try optionalAsName()
      } else {
        pos = m
      }
      if try accept(.colon) {
        throw error(at: a, "cannot have both 'except' and 'except*' on the same 'try'")
      }
    }
    pos = mark
  }

  /// invalid_except_stmt:
  ///     | 'except' '*'? expression ',' expressions ['as' NAME] ':'
  ///     | 'except' '*'? expression ['as' NAME] NEWLINE
  ///     | 'except' NEWLINE
  ///     | 'except' '*' (NEWLINE | ':')
  func invalidExceptStmt() throws(PySyntaxError) {
    let mark = pos
    guard try accept(.kwExcept) else { return }
    let afterExcept = pos
    _ = try accept(.star)
    if let a = try expression(), try accept(.comma), try expressions() != nil {
      _ = try optionalAsName()
      if try accept(.colon) {
        throw error(startingFrom: a.range, "multiple exception types must be parenthesized")
      }
    }
    pos = afterExcept
    _ = try accept(.star)
    if try expression() != nil {
      _ = try optionalAsName()
      if try accept(.newline) {
        throw errorAtLastToken("expected ':'")
      }
    }
    pos = afterExcept
    if try accept(.newline) {
      throw errorAtLastToken("expected ':'")
    }
    if try accept(.star) {
      let k = try peekKind()
      if k == .newline || k == .colon {
        pos += 1
        throw errorAtLastToken("expected one or more exception types")
      }
    }
    pos = mark
  }

  /// invalid_except_stmt_indent:
  ///     | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
  ///     | 'except' ':' NEWLINE !INDENT
  func invalidExceptStmtIndent() throws(PySyntaxError) {
    let mark = pos
    guard let kw = try expect(.kwExcept) else { return }
    let message = "expected an indented block after 'except' statement on line \(tokens[kw].range.lineno)"
    let afterExcept = pos
    if try expression() != nil {
      _ = try optionalAsName()
      if try accept(.colon), try accept(.newline), try peekKind() != .indent {
        throw errorAtLastToken(message, .indentationError)
      }
    }
    pos = afterExcept
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(message, .indentationError)
    }
    pos = mark
  }

  /// invalid_except_star_stmt_indent:
  ///     | 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
  func invalidExceptStarStmtIndent() throws(PySyntaxError) {
    let mark = pos
    guard let kw = try expect(.kwExcept), try accept(.star), try expression() != nil else {
      pos = mark
      return
    }
    _ = try optionalAsName()
    if try accept(.colon), try accept(.newline), try peekKind() != .indent {
      throw errorAtLastToken(
        "expected an indented block after 'except*' statement on line \(tokens[kw].range.lineno)",
        .indentationError)
    }
    pos = mark
  }

  // MARK: - Helpers

  /// The bracket depth after token `i` (CPython's `token->level`), computed on demand.
  func tokenLevel(_ i: Int) -> Int {
    var level = 0
    var k = 0
    while k <= i && k < tokens.count {
      switch tokens[k].kind {
      case .lpar, .lsqb, .lbrace: level += 1
      case .rpar, .rsqb, .rbrace: if level > 0 { level -= 1 }
      default: break
      }
      k += 1
    }
    return level
  }
}
