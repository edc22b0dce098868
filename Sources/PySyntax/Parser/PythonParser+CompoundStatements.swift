/// Compound statements of Grammar/python.gram (3.11): blocks, decorators, `class`, `def`,
/// `if`, `while`, `for`, `with`, `try`/`except`/`except*`/`finally`. `match` is in
/// `PythonParser+Match.swift`, parameter lists in `PythonParser+Parameters.swift`.
///
/// Where several alternatives of a rule share a prefix (`'if' named_expression ':' block`), the
/// prefix is parsed once and the alternatives' tails are tried in the grammar's order; the
/// tokens looked at, and so the errors, are the same as CPython's.
extension PythonParser {
  /// compound_stmt:
  ///     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  ///     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
  ///     | &'while' while_stmt | match_stmt
  func compoundStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    switch try peekKind() {
    case .kwDef: return try functionDef()
    case .at:
      if let f = try functionDef() { return f }
      return try classDef()
    case .kwAsync:
      if let f = try functionDef() { return f }
      if let w = try withStmt() { return w }
      return try forStmt()
    case .kwIf: return try ifStmt()
    case .kwClass: return try classDef()
    case .kwWith: return try withStmt()
    case .kwFor: return try forStmt()
    case .kwTry: return try tryStmt()
    case .kwWhile: return try whileStmt()
    case .name: return try matchStmt()
    default: return nil
    }
  }

  // MARK: - Blocks

  /// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  func block() throws(PySyntaxError) -> [Stmt]? {
    let mark = pos
    if callInvalidRules, let memoized = memo.blocks[Int32(mark)] {
      pos = Int(memoized.end)
      return memoized.value
    }
    try enter(); defer { leave() }
    let result = try blockBody()
    if callInvalidRules {
      memo.blocks[Int32(mark)] = (Int32(pos), result)
    }
    return result
  }

  private func blockBody() throws(PySyntaxError) -> [Stmt]? {
    let mark = pos
    if try accept(.newline) {
      if try accept(.indent), let body = try statements(), try accept(.dedent) {
        return body
      }
      pos = mark
    }
    if let s = try simpleStmts() { return s }
    if callInvalidRules {
      // invalid_block: NEWLINE !INDENT
      if try accept(.newline), try peekKind() != .indent {
        throw errorAtLastToken("expected an indented block", .indentationError)
      }
      pos = mark
    }
    return nil
  }

  /// decorators: ('@' named_expression NEWLINE)+
  func decorators() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    var list: [Expr] = []
    while true {
      let m = pos
      guard try accept(.at), let e = try namedExpression(), try accept(.newline) else {
        pos = m
        break
      }
      list.append(e)
    }
    return list.isEmpty ? nil : list
  }

  // MARK: - Class definitions

  /// class_def: decorators class_def_raw | class_def_raw
  func classDef() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if let decos = try decorators() {
      if let c = try classDefRaw() {
        guard case .classDef(let name, let bases, let keywords, let body, _) = c.kind else { return c }
        return Stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body,
                              decoratorList: decos), c.range)
      }
      pos = mark
    }
    return try classDefRaw()
  }

  /// class_def_raw:
  ///     | invalid_class_def_raw
  ///     | 'class' NAME ['(' [arguments] ')'] ':' block
  func classDefRaw() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidClassDefRaw()
      pos = mark
    }
    guard try accept(.kwClass), let n = try expect(.name) else { pos = mark; return nil }
    var bases: [Expr] = []
    var keywords: [Keyword] = []
    let m = pos
    if try accept(.lpar) {
      let args = try arguments()
      if try accept(.rpar) {
        if let a = args, case .call(_, let aargs, let akw) = a.kind {
          bases = aargs
          keywords = akw
        }
      } else {
        pos = m
      }
    }
    guard try accept(.colon), let body = try block() else { pos = mark; return nil }
    return Stmt(.classDef(name: identifier(n), bases: bases, keywords: keywords, body: body,
                          decoratorList: []), range(from: mark))
  }

  // MARK: - Function definitions

  /// function_def: decorators function_def_raw | function_def_raw
  func functionDef() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if let decos = try decorators() {
      if let f = try functionDefRaw() {
        switch f.kind {
        case .functionDef(let name, let args, let body, _, let returns, let tc):
          return Stmt(.functionDef(name: name, args: args, body: body, decoratorList: decos,
                                   returns: returns, typeComment: tc), f.range)
        case .asyncFunctionDef(let name, let args, let body, _, let returns, let tc):
          return Stmt(.asyncFunctionDef(name: name, args: args, body: body, decoratorList: decos,
                                        returns: returns, typeComment: tc), f.range)
        default:
          return f
        }
      }
      pos = mark
    }
    return try functionDefRaw()
  }

  /// function_def_raw:
  ///     | invalid_def_raw
  ///     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  ///     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  func functionDefRaw() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidDefRaw()
      pos = mark
    }
    let isAsync = try accept(.kwAsync)
    guard try accept(.kwDef), let n = try expect(.name) else { pos = mark; return nil }
    try expectForced(.lpar)
    let params = try self.params()
    guard try accept(.rpar) else { pos = mark; return nil }
    var returns: Expr? = nil
    let m = pos
    if try accept(.rarrow) {
      returns = try expression()
      if returns == nil { pos = m }
    }
    try expectForced(.colon)
    try funcTypeComment()
    guard let body = try block() else { pos = mark; return nil }
    let args = params ?? PythonParser.emptyArguments()
    let name = identifier(n)
    if isAsync {
      return Stmt(.asyncFunctionDef(name: name, args: args, body: body, decoratorList: [],
                                    returns: returns, typeComment: nil), range(from: mark))
    }
    return Stmt(.functionDef(name: name, args: args, body: body, decoratorList: [],
                             returns: returns, typeComment: nil), range(from: mark))
  }

  /// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments
  /// | TYPE_COMMENT. Type comments are not tokens here, so this never matches; it only looks
  /// at the tokens CPython looks at.
  func funcTypeComment() throws(PySyntaxError) {
    if try peekKind() == .newline {
      _ = try peekKind(ahead: 1)
    }
  }

  // MARK: - If / while

  /// if_stmt:
  ///     | invalid_if_stmt
  ///     | 'if' named_expression ':' block elif_stmt
  ///     | 'if' named_expression ':' block [else_block]
  func ifStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidIfStmt(.kwIf, "if")
      pos = mark
    }
    return try conditionalChain(.kwIf)
  }

  /// elif_stmt:
  ///     | invalid_elif_stmt
  ///     | 'elif' named_expression ':' block elif_stmt
  ///     | 'elif' named_expression ':' block [else_block]
  func elifStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidIfStmt(.kwElif, "elif")
      pos = mark
    }
    return try conditionalChain(.kwElif)
  }

  /// The shared body of if_stmt and elif_stmt.
  private func conditionalChain(_ keyword: TokenKind) throws(PySyntaxError) -> Stmt? {
    let mark = pos
    guard try accept(keyword), let test = try namedExpression(), try accept(.colon),
          let body = try block() else {
      pos = mark
      return nil
    }
    if let elif = try elifStmt() {
      return Stmt(.if(test: test, body: body, orelse: [elif]), range(from: mark))
    }
    let orelse = try elseBlock() ?? []
    return Stmt(.if(test: test, body: body, orelse: orelse), range(from: mark))
  }

  /// else_block: invalid_else_stmt | 'else' &&':' block
  func elseBlock() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
      try invalidBlockIndent(.kwElse, "'else' statement")
      pos = mark
    }
    guard try accept(.kwElse) else { return nil }
    try expectForced(.colon)
    guard let b = try block() else { pos = mark; return nil }
    return b
  }

  /// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  func whileStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidIfStmt(.kwWhile, "while")
      pos = mark
    }
    guard try accept(.kwWhile), let test = try namedExpression(), try accept(.colon),
          let body = try block() else {
      pos = mark
      return nil
    }
    let orelse = try elseBlock() ?? []
    return Stmt(.while(test: test, body: body, orelse: orelse), range(from: mark))
  }

  // MARK: - For

  /// for_stmt:
  ///     | invalid_for_stmt
  ///     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  ///     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  ///     | invalid_for_target
  func forStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidForStmt()
      pos = mark
    }
    let isAsync = try accept(.kwAsync)
    if try accept(.kwFor), let target = try starTargets(), try accept(.kwIn) {
      // Cut: past 'in', no other alternative is tried.
      guard let iter = try starExpressions(), try accept(.colon), let body = try block() else {
        pos = mark
        return nil
      }
      let orelse = try elseBlock() ?? []
      if isAsync {
        return Stmt(.asyncFor(target: target, iter: iter, body: body, orelse: orelse,
                              typeComment: nil), range(from: mark))
      }
      return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil),
                  range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      try invalidForTarget()
      pos = mark
    }
    return nil
  }

  // MARK: - With

  /// with_stmt:
  ///     | invalid_with_stmt_indent
  ///     | 'with' '(' ','.with_item+ ','? ')' ':' block
  ///     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  ///     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
  ///     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  ///     | invalid_with_stmt
  func withStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidWithStmtIndent()
      pos = mark
    }
    let isAsync = try accept(.kwAsync)
    guard try accept(.kwWith) else { pos = mark; return nil }
    let afterWith = pos
    // '(' ','.with_item+ ','? ')' ':' block
    if try accept(.lpar), let items = try withItems() {
      _ = try accept(.comma)
      if try accept(.rpar), try accept(.colon), let body = try block() {
        return makeWith(isAsync, items, body, mark)
      }
    }
    pos = afterWith
    // ','.with_item+ ':' [TYPE_COMMENT] block
    if let items = try withItems(), try accept(.colon), let body = try block() {
      return makeWith(isAsync, items, body, mark)
    }
    pos = mark
    if callInvalidRules {
      try invalidWithStmt()
      pos = mark
    }
    return nil
  }

  private func makeWith(_ isAsync: Bool, _ items: [WithItem], _ body: [Stmt],
                        _ mark: Int) -> Stmt {
    if isAsync {
      return Stmt(.asyncWith(items: items, body: body, typeComment: nil), range(from: mark))
    }
    return Stmt(.with(items: items, body: body, typeComment: nil), range(from: mark))
  }

  /// ','.with_item+
  private func withItems() throws(PySyntaxError) -> [WithItem]? {
    guard let first = try withItem() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let item = try withItem() else { pos = m; break }
      list.append(item)
    }
    return list
  }

  /// with_item:
  ///     | expression 'as' star_target &(',' | ')' | ':')
  ///     | invalid_with_item
  ///     | expression
  func withItem() throws(PySyntaxError) -> WithItem? {
    try enter(); defer { leave() }
    let mark = pos
    guard let e = try expression() else { return nil }
    let afterExpr = pos
    if try accept(.kwAs), let t = try starTarget() {
      let k = try peekKind()
      if k == .comma || k == .rpar || k == .colon {
        return WithItem(contextExpr: e, optionalVars: t)
      }
    }
    pos = mark
    if callInvalidRules {
      try invalidWithItem()
      pos = mark
    }
    pos = afterExpr
    return WithItem(contextExpr: e, optionalVars: nil)
  }

  // MARK: - Try

  /// try_stmt:
  ///     | invalid_try_stmt
  ///     | 'try' &&':' block finally_block
  ///     | 'try' &&':' block except_block+ [else_block] [finally_block]
  ///     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  func tryStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidTryStmt()
      pos = mark
    }
    guard try accept(.kwTry) else { return nil }
    try expectForced(.colon)
    guard let body = try block() else { pos = mark; return nil }
    let afterBody = pos
    if let fin = try finallyBlock() {
      return Stmt(.try(body: body, handlers: [], orelse: [], finalbody: fin), range(from: mark))
    }
    pos = afterBody
    var handlers: [ExceptHandler] = []
    while let h = try exceptBlock() { handlers.append(h) }
    if !handlers.isEmpty {
      let orelse = try elseBlock() ?? []
      let fin = try finallyBlock() ?? []
      return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: fin),
                  range(from: mark))
    }
    pos = afterBody
    while let h = try exceptStarBlock() { handlers.append(h) }
    if !handlers.isEmpty {
      let orelse = try elseBlock() ?? []
      let fin = try finallyBlock() ?? []
      return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: fin),
                  range(from: mark))
    }
    pos = mark
    return nil
  }

  /// except_block:
  ///     | invalid_except_stmt_indent
  ///     | 'except' expression ['as' NAME] ':' block
  ///     | 'except' ':' block
  ///     | invalid_except_stmt
  func exceptBlock() throws(PySyntaxError) -> ExceptHandler? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidExceptStmtIndent()
      pos = mark
    }
    guard try accept(.kwExcept) else { return nil }
    let afterExcept = pos
    if let type = try expression() {
      let name = try optionalAsName()
      if try accept(.colon), let body = try block() {
        return ExceptHandler(type: type, name: name, body: body, range: range(from: mark))
      }
    }
    pos = afterExcept
    if try accept(.colon), let body = try block() {
      return ExceptHandler(type: nil, name: nil, body: body, range: range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      try invalidExceptStmt()
      pos = mark
    }
    return nil
  }

  /// except_star_block:
  ///     | invalid_except_star_stmt_indent
  ///     | 'except' '*' expression ['as' NAME] ':' block
  ///     | invalid_except_stmt
  func exceptStarBlock() throws(PySyntaxError) -> ExceptHandler? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidExceptStarStmtIndent()
      pos = mark
    }
    if try accept(.kwExcept), try accept(.star), let type = try expression() {
      let name = try optionalAsName()
      if try accept(.colon), let body = try block() {
        return ExceptHandler(type: type, name: name, body: body, range: range(from: mark))
      }
    }
    pos = mark
    if callInvalidRules {
      try invalidExceptStmt()
      pos = mark
    }
    return nil
  }

  /// finally_block: invalid_finally_stmt | 'finally' &&':' block
  func finallyBlock() throws(PySyntaxError) -> [Stmt]? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidBlockIndent(.kwFinally, "'finally' statement")
      pos = mark
    }
    guard try accept(.kwFinally) else { return nil }
    try expectForced(.colon)
    guard let b = try block() else { pos = mark; return nil }
    return b
  }
}
