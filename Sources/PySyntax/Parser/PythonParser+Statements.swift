/// Start rules and simple statements of Grammar/python.gram (3.11): `file`, `interactive`,
/// `eval`, `func_type`, `statements`, `simple_stmts`, `simple_stmt`, `assignment` and the
/// one-keyword statements. Imports are in `PythonParser+Imports.swift`.
extension PythonParser {
  // MARK: - Start rules

  /// file: [statements] ENDMARKER
  func fileRule() throws(PySyntaxError) -> Mod? {
    try enter(); defer { leave() }
    let body = try statements() ?? []
    guard try accept(.endMarker) else { return nil }
    return Mod(.module(body: body, typeIgnores: []))
  }

  /// interactive: statement_newline
  func interactiveRule() throws(PySyntaxError) -> Mod? {
    try enter(); defer { leave() }
    guard let body = try statementNewline() else { return nil }
    return Mod(.interactive(body: body))
  }

  /// eval: expressions NEWLINE* ENDMARKER
  func evalRule() throws(PySyntaxError) -> Mod? {
    try enter(); defer { leave() }
    let mark = pos
    guard let e = try expressions() else { return nil }
    while try accept(.newline) {}
    guard try accept(.endMarker) else { pos = mark; return nil }
    return Mod(.expression(body: e))
  }

  /// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
  func funcTypeRule() throws(PySyntaxError) -> Mod? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lpar) else { return nil }
    let argtypes = try typeExpressions() ?? []
    guard try accept(.rpar), try accept(.rarrow), let returns = try expression() else {
      pos = mark
      return nil
    }
    while try accept(.newline) {}
    guard try accept(.endMarker) else { pos = mark; return nil }
    return Mod(.functionType(argtypes: argtypes, returns: returns))
  }

  /// fstring: star_expressions (the start rule of an f-string replacement field's parser)
  func fstringRule() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    return try starExpressions()
  }

  /// type_expressions (func_type input): the `*` and `**` parts are kept as plain expressions.
  ///     | ','.expression+ ',' '*' expression ',' '**' expression
  ///     | ','.expression+ ',' '*' expression
  ///     | ','.expression+ ',' '**' expression
  ///     | '*' expression ',' '**' expression
  ///     | '*' expression
  ///     | '**' expression
  ///     | ','.expression+
  func typeExpressions() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    let mark = pos
    var list: [Expr] = []
    if let first = try expression() {
      list.append(first)
      while true {
        let m = pos
        guard try accept(.comma), let e = try expression() else { pos = m; break }
        list.append(e)
      }
      let afterList = pos
      if try accept(.comma) {
        if try accept(.star), let b = try expression() {
          let afterStar = pos
          if try accept(.comma), try accept(.doubleStar), let c = try expression() {
            return list + [b, c]
          }
          pos = afterStar
          return list + [b]
        }
        pos = afterList + 1
        if try accept(.doubleStar), let b = try expression() {
          return list + [b]
        }
      }
      pos = afterList
      return list
    }
    pos = mark
    if try accept(.star), let a = try expression() {
      let afterStar = pos
      if try accept(.comma), try accept(.doubleStar), let b = try expression() {
        return [a, b]
      }
      pos = afterStar
      return [a]
    }
    pos = mark
    if try accept(.doubleStar), let a = try expression() {
      return [a]
    }
    pos = mark
    return nil
  }

  // MARK: - Statement sequences

  /// statements: statement+
  func statements() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    try enter(); defer { leave() }  // CPython's _loop1 helper
    var result: [Stmt] = []
    while let s = try statement() {
      result.append(contentsOf: s)
    }
    return result.isEmpty ? nil : result
  }

  /// statement: compound_stmt | simple_stmts
  func statement() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    if let c = try compoundStmt() { return [c] }
    return try simpleStmts()
  }

  /// statement_newline (interactive input):
  ///     | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  func statementNewline() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    let mark = pos
    if let c = try compoundStmt() {
      if try accept(.newline) { return [c] }
      pos = mark
    }
    if let s = try simpleStmts() { return s }
    if let i = try expect(.newline) {
      return [Stmt(.pass, range(from: i))]
    }
    // ENDMARKER: CPython's _PyPegen_interactive_exit fails the parse.
    return nil
  }

  /// simple_stmts:
  ///     | simple_stmt !';' NEWLINE
  ///     | ';'.simple_stmt+ [';'] NEWLINE
  func simpleStmts() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try simpleStmt() else { return nil }
    if try peekKind() != .semi {
      if try accept(.newline) { return [first] }
      // The second alternative (memoised simple_stmt, then no ';') fails at the same token.
      pos = mark
      return nil
    }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.semi) else { break }
      if let s = try simpleStmt() {
        list.append(s)
      } else {
        pos = m
        break
      }
    }
    _ = try accept(.semi)
    if try accept(.newline) { return list }
    pos = mark
    return nil
  }

  /// simple_stmt:
  ///     | assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
  ///     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt
  ///     | &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt
  ///     | &'nonlocal' nonlocal_stmt
  func simpleStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    // Statements that start with a keyword no expression can start with: `assignment` and
    // `star_expressions` fail at that first token, so go straight to the statement.
    switch try peekKind() {
    case .kwReturn: return try returnStmt()
    case .kwImport, .kwFrom: return try importStmt()
    case .kwRaise: return try raiseStmt()
    case .kwPass:
      pos += 1
      return Stmt(.pass, range(from: mark))
    case .kwDel: return try delStmt()
    case .kwAssert: return try assertStmt()
    case .kwBreak:
      pos += 1
      return Stmt(.break, range(from: mark))
    case .kwContinue:
      pos += 1
      return Stmt(.continue, range(from: mark))
    case .kwGlobal: return try globalStmt()
    case .kwNonlocal: return try nonlocalStmt()
    default: break
    }
    if let a = try assignment() { return a }
    if let e = try starExpressions() {
      return Stmt(.expr(value: e), range(from: mark))
    }
    if try peekKind() == .kwYield { return try yieldStmt() }
    return nil
  }

  // MARK: - Assignment

  /// assignment:
  ///     | NAME ':' expression ['=' annotated_rhs]
  ///     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  ///     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  ///     | single_target augassign ~ (yield_expr | star_expressions)
  ///     | invalid_assignment
  func assignment() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    // NAME ':' expression ['=' annotated_rhs]
    if let n = try expect(.name), try accept(.colon) {
      if let ann = try expression() {
        let value = try optionalAnnotatedValue()
        let target = Expr(.name(id: identifier(n), ctx: .store), tokens[n].range)
        return Stmt(.annAssign(target: target, annotation: ann, value: value, simple: 1),
                    range(from: mark))
      }
    }
    pos = mark
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    var target: Expr? = nil
    if try accept(.lpar), let t = try singleTarget(), try accept(.rpar) {
      target = t
    } else {
      pos = mark
      target = try singleSubscriptAttributeTarget()
    }
    if let t = target, try accept(.colon), let ann = try expression() {
      let value = try optionalAnnotatedValue()
      return Stmt(.annAssign(target: t, annotation: ann, value: value, simple: 0), range(from: mark))
    }
    pos = mark
    // A NAME followed by anything but these cannot start the remaining alternatives (their
    // first steps would look at the same two tokens and fail); skip building throwaway nodes.
    let startsWithName = try peekKind() == .name
    let second = startsWithName ? try peekKind(ahead: 1) : .endMarker
    let nameOnlyTarget = startsWithName && second != .lpar && second != .lsqb && second != .dot
    if nameOnlyTarget && second != .equal && second != .comma && !PythonParser.isAugassign(second) {
      if callInvalidRules {
        try invalidAssignment()
        pos = mark
      }
      return nil
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'='
    var targets: [Expr] = []
    while true {
      let m = pos
      guard let t = try starTargets(), try accept(.equal) else { pos = m; break }
      targets.append(t)
    }
    if !targets.isEmpty {
      let value = try yieldOrStarExpressions()
      if let v = value, try peekKind() != .equal {
        return Stmt(.assign(targets: targets, value: v, typeComment: nil), range(from: mark))
      }
    }
    pos = mark
    // single_target augassign ~ (yield_expr | star_expressions)
    if let t = try singleTarget() {
      if let op = try augassign() {
        if let v = try yieldOrStarExpressions() {
          return Stmt(.augAssign(target: t, op: op, value: v), range(from: mark))
        }
        pos = mark
        return nil  // cut
      }
    }
    pos = mark
    if callInvalidRules {
      try invalidAssignment()
      pos = mark
    }
    return nil
  }

  /// ['=' d=annotated_rhs]
  private func optionalAnnotatedValue() throws(PySyntaxError) -> Expr? {
    let m = pos
    if try accept(.equal) {
      if let v = try annotatedRhs() { return v }
      pos = m
    }
    return nil
  }

  /// annotated_rhs: yield_expr | star_expressions
  func annotatedRhs() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    return try yieldOrStarExpressions()
  }

  /// (yield_expr | star_expressions)
  func yieldOrStarExpressions() throws(PySyntaxError) -> Expr? {
    if let y = try yieldExpr() { return y }
    return try starExpressions()
  }

  /// True for the augmented assignment operators.
  static func isAugassign(_ k: TokenKind) -> Bool {
    switch k {
    case .plusEqual, .minEqual, .starEqual, .atEqual, .slashEqual, .percentEqual, .amperEqual,
         .vbarEqual, .circumflexEqual, .leftShiftEqual, .rightShiftEqual, .doubleStarEqual,
         .doubleSlashEqual:
      return true
    default:
      return false
    }
  }

  /// augassign: '+=' | '-=' | ... | '//='
  func augassign() throws(PySyntaxError) -> Operator? {
    let op: Operator
    switch try peekKind() {
    case .plusEqual: op = .add
    case .minEqual: op = .sub
    case .starEqual: op = .mult
    case .atEqual: op = .matMult
    case .slashEqual: op = .div
    case .percentEqual: op = .mod
    case .amperEqual: op = .bitAnd
    case .vbarEqual: op = .bitOr
    case .circumflexEqual: op = .bitXor
    case .leftShiftEqual: op = .lShift
    case .rightShiftEqual: op = .rShift
    case .doubleStarEqual: op = .pow
    case .doubleSlashEqual: op = .floorDiv
    default: return nil
    }
    pos += 1
    return op
  }

  // MARK: - Keyword statements

  /// return_stmt: 'return' [star_expressions]
  func returnStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwReturn) else { return nil }
    let value = try starExpressions()
    return Stmt(.return(value: value), range(from: mark))
  }

  /// raise_stmt: 'raise' expression ['from' expression] | 'raise'
  func raiseStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwRaise) else { return nil }
    if let exc = try expression() {
      var cause: Expr? = nil
      let m = pos
      if try accept(.kwFrom) {
        cause = try expression()
        if cause == nil { pos = m }
      }
      return Stmt(.raise(exc: exc, cause: cause), range(from: mark))
    }
    return Stmt(.raise(exc: nil, cause: nil), range(from: mark))
  }

  /// global_stmt: 'global' ','.NAME+
  func globalStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwGlobal), let names = try nameList() else { pos = mark; return nil }
    return Stmt(.global(names: names), range(from: mark))
  }

  /// nonlocal_stmt: 'nonlocal' ','.NAME+
  func nonlocalStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwNonlocal), let names = try nameList() else { pos = mark; return nil }
    return Stmt(.nonlocal(names: names), range(from: mark))
  }

  /// ','.NAME+
  private func nameList() throws(PySyntaxError) -> [String]? {
    guard let first = try expect(.name) else { return nil }
    var names = [identifier(first)]
    while true {
      let m = pos
      guard try accept(.comma), let n = try expect(.name) else { pos = m; break }
      names.append(identifier(n))
    }
    return names
  }

  /// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  func delStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.kwDel), let targets = try delTargets() {
      let k = try peekKind()
      if k == .semi || k == .newline {
        return Stmt(.delete(targets: targets), range(from: mark))
      }
    }
    pos = mark
    if callInvalidRules {
      try invalidDelStmt()
      pos = mark
    }
    return nil
  }

  /// yield_stmt: yield_expr
  func yieldStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard let y = try yieldExpr() else { return nil }
    return Stmt(.expr(value: y), range(from: mark))
  }

  /// assert_stmt: 'assert' expression [',' expression]
  func assertStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwAssert), let test = try expression() else { pos = mark; return nil }
    var msg: Expr? = nil
    let m = pos
    if try accept(.comma) {
      msg = try expression()
      if msg == nil { pos = m }
    }
    return Stmt(.assert(test: test, msg: msg), range(from: mark))
  }
}
