/// Call arguments of Grammar/python.gram (3.11): `arguments`, `args`, `kwargs` and the
/// helpers that split positional, starred and keyword arguments (CPython's
/// `_PyPegen_collect_call_seqs`, `_PyPegen_seq_extract_starred_exprs`,
/// `_PyPegen_seq_delete_starred_exprs`), with `invalid_arguments` and `invalid_kwarg`.
///
/// The argument list travels as a placeholder `Call` whose `args` and `keywords` are the
/// arguments (the C parser does the same); its range is the range of the `args` rule.
extension PythonParser {
  /// A keyword argument or a starred expression after the first keyword
  /// (CPython's KeywordOrStarred).
  enum KeywordOrStarred {
    case keyword(Keyword)
    case starred(Expr)
  }

  /// arguments (memo): args [','] &')' | invalid_arguments
  func arguments() throws(PySyntaxError) -> Expr? {
    let mark = pos
    try ensureToken()  // CPython's _PyPegen_is_memoized fetches the token
    if let m = tokens.lookup(.arguments, mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result: Expr? = nil
    if let a = try args() {
      _ = try accept(.comma)
      if try peekKind() == .rpar {
        result = a
      } else {
        pos = mark
      }
    }
    if result == nil && callInvalidRules {
      try invalidArguments()
      pos = mark
    }
    tokens.store(.arguments, mark, end: pos, result)
    return result
  }

  /// args:
  ///     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
  ///     | kwargs
  func args() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let first = try positionalArgument() {
      var positional = [first]
      while true {
        let m = pos
        guard try accept(.comma), let e = try positionalArgument() else { pos = m; break }
        positional.append(e)
      }
      var keywords: [Keyword] = []
      let m = pos
      if try accept(.comma), let kw = try kwargs() {
        for item in kw {
          switch item {
          case .starred(let e): positional.append(e)
          case .keyword(let k): keywords.append(k)
          }
        }
      } else {
        pos = m
      }
      return Expr(.call(func: dummyName, args: positional, keywords: keywords),
                  range(from: mark))
    }
    if let kw = try kwargs() {
      var positional: [Expr] = []
      var keywords: [Keyword] = []
      for item in kw {
        switch item {
        case .starred(let e): positional.append(e)
        case .keyword(let k): keywords.append(k)
        }
      }
      return Expr(.call(func: dummyName, args: positional, keywords: keywords),
                  range(from: mark))
    }
    return nil
  }


  /// starred_expression | (assignment_expression | expression !':=') !'='
  func positionalArgument() throws(PySyntaxError) -> Expr? {
    if let s = try starredExpression() { return s }
    let mark = pos
    guard let e = try assignmentExpressionOrExpression() else { return nil }
    if try peekKind() == .equal {
      pos = mark
      return nil
    }
    return e
  }

  /// kwargs:
  ///     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
  ///     | ','.kwarg_or_starred+
  ///     | ','.kwarg_or_double_starred+
  func kwargs() throws(PySyntaxError) -> [KeywordOrStarred]? {
    try enter(); defer { leave() }
    if let first = try kwargOrStarred() {
      var list = [first]
      while true {
        let m = pos
        guard try accept(.comma), let k = try kwargOrStarred() else { pos = m; break }
        list.append(k)
      }
      let m = pos
      if try accept(.comma), let more = try kwargOrDoubleStarredList() {
        return list + more
      }
      pos = m
      return list
    }
    return try kwargOrDoubleStarredList()
  }

  /// ','.kwarg_or_double_starred+
  private func kwargOrDoubleStarredList() throws(PySyntaxError) -> [KeywordOrStarred]? {
    guard let first = try kwargOrDoubleStarred() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let k = try kwargOrDoubleStarred() else { pos = m; break }
      list.append(k)
    }
    return list
  }

  /// starred_expression: '*' expression
  func starredExpression() throws(PySyntaxError) -> Expr? {
    let mark = pos
    guard try accept(.star) else { return nil }
    try enter(); defer { leave() }
    guard let e = try expression() else { pos = mark; return nil }
    return Expr(.starred(value: e, ctx: .load), range(from: mark))
  }

  /// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
  func kwargOrStarred() throws(PySyntaxError) -> KeywordOrStarred? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidKwarg()
      pos = mark
    }
    if let k = try keywordArgument() { return .keyword(k) }
    if let s = try starredExpression() { return .starred(s) }
    return nil
  }

  /// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
  func kwargOrDoubleStarred() throws(PySyntaxError) -> KeywordOrStarred? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidKwarg()
      pos = mark
    }
    if let k = try keywordArgument() { return .keyword(k) }
    if try accept(.doubleStar) {
      if let e = try expression() {
        return .keyword(Keyword(arg: nil, value: e, range: range(from: mark)))
      }
      pos = mark
    }
    return nil
  }

  /// NAME '=' expression
  private func keywordArgument() throws(PySyntaxError) -> Keyword? {
    let mark = pos
    guard try peekKind() == .name, try peekKind(ahead: 1) == .equal else { return nil }
    pos += 2
    guard let value = try expression() else { pos = mark; return nil }
    return Keyword(arg: identifier(mark), value: value, range: range(from: mark))
  }

  // MARK: - Invalid rules

  /// invalid_arguments:
  ///     | args ',' '*'
  ///     | expression for_if_clauses ',' [args | expression for_if_clauses]
  ///     | NAME '=' expression for_if_clauses
  ///     | args for_if_clauses
  ///     | args ',' expression for_if_clauses
  ///     | args ',' args
  func invalidArguments() throws(PySyntaxError) {
    let mark = pos
    // 3.11.7: ((','.positional+ ',' kwargs) | kwargs) ',' '*', reported at the '*' (the
    // 3.11.0 grammar had `args ',' '*'` located at the arguments).
    var matchedKwargs = false
    if try positionalArgument() != nil {
      while true {
        let m = pos
        guard try accept(.comma), try positionalArgument() != nil else { pos = m; break }
      }
      if try accept(.comma), try kwargs() != nil { matchedKwargs = true }
    }
    if !matchedKwargs {
      pos = mark
      matchedKwargs = try kwargs() != nil
    }
    if matchedKwargs, try accept(.comma), let star = try expect(.star) {
      throw error(at: star, "iterable argument unpacking follows keyword argument unpacking")
    }
    pos = mark
    if let a = try expression(), let b = try forIfClauses(), try accept(.comma) {
      let m = pos
      if try args() == nil {
        pos = m
        if try expression() == nil {
          pos = m
        } else if try forIfClauses() == nil {
          pos = m
        }
      }
      throw error(from: a.range, to: PythonParser.lastComprehensionItem(b.last!).range,
                  "Generator expression must be parenthesized")
    }
    pos = mark
    if let n = try expect(.name), let eq = try expect(.equal), try expression() != nil,
       try forIfClauses() != nil {
      throw error(from: tokens[n].range, to: tokens[eq].range,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
    }
    pos = mark
    if let a = try args(), let b = try forIfClauses() {
      try nonparenGenexpInCall(a, b)
    }
    pos = mark
    if try args() != nil, try accept(.comma), let a = try expression(),
       let b = try forIfClauses() {
      throw error(from: a.range, to: PythonParser.lastComprehensionItem(b.last!).range,
                  "Generator expression must be parenthesized")
    }
    pos = mark
    if let a = try args(), try accept(.comma), try args() != nil {
      throw argumentsParsingError(a)
    }
    pos = mark
  }

  /// CPython's `_PyPegen_nonparen_genexp_in_call`: `f(a, x for x in y)`.
  private func nonparenGenexpInCall(_ a: Expr, _ comprehensions: [Comprehension]) throws(PySyntaxError) {
    guard case .call(_, let positional, _) = a.kind, positional.count > 1 else { return }
    throw error(from: positional[positional.count - 1].range,
                to: PythonParser.lastComprehensionItem(comprehensions.last!).range,
                "Generator expression must be parenthesized")
  }

  /// CPython's `_PyPegen_get_last_comprehension_item`.
  static func lastComprehensionItem(_ c: Comprehension) -> Expr {
    return c.ifs.last ?? c.iter
  }

  /// CPython's `_PyPegen_arguments_parsing_error`.
  private func argumentsParsingError(_ a: Expr) -> PySyntaxError {
    var unpacking = false
    if case .call(_, _, let keywords) = a.kind {
      unpacking = keywords.contains { $0.arg == nil }
    }
    return errorAtLastToken(unpacking ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument")
  }

  /// invalid_kwarg:
  ///     | ('True'|'False'|'None') '='
  ///     | NAME '=' expression for_if_clauses
  ///     | !(NAME '=') expression '='
  func invalidKwarg() throws(PySyntaxError) {
    let mark = pos
    let k = try peekKind()
    if k == .kwTrue || k == .kwFalse || k == .kwNone {
      if try peekKind(ahead: 1) == .equal {
        throw error(from: tokens[mark].range, to: tokens[mark + 1].range,
                    "cannot assign to \(k.text!)")
      }
    }
    if let n = try expect(.name), let eq = try expect(.equal), try expression() != nil,
       try forIfClauses() != nil {
      throw error(from: tokens[n].range, to: tokens[eq].range,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
    }
    pos = mark
    if try peekKind() == .name, try peekKind(ahead: 1) == .equal {
      return
    }
    if let a = try expression(), let eq = try expect(.equal) {
      throw error(from: a.range, to: tokens[eq].range,
                  "expression cannot contain assignment, perhaps you meant \"==\"?")
    }
    pos = mark
  }
}
