/// The `match` statement and its patterns (Grammar/python.gram 3.11, "Match statement"), with
/// their `invalid_*` rules. `match`, `case` and `_` are soft keywords: NAME tokens recognised
/// by their text only here.
extension PythonParser {
  /// match_stmt:
  ///     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  ///     | invalid_match_stmt
  func matchStmt() throws(PySyntaxError) -> Stmt? {
    try enter(); defer { leave() }
    let mark = pos
    guard let kw = try acceptSoftKeyword("match") else { return nil }
    if let subject = try subjectExpr(), try accept(.colon), try accept(.newline),
       try accept(.indent) {
      var cases: [MatchCase] = []
      while let c = try caseBlock() { cases.append(c) }
      if !cases.isEmpty, try accept(.dedent) {
        return Stmt(.match(subject: subject, cases: cases), range(from: mark))
      }
    }
    pos = mark
    if callInvalidRules {
      // invalid_match_stmt:
      //     | "match" subject_expr NEWLINE
      //     | "match" subject_expr ':' NEWLINE !INDENT
      pos = kw + 1
      if try subjectExpr() != nil {
        if try accept(.newline) {
          throw errorAtLastToken("expected ':'")
        }
        if try accept(.colon), try accept(.newline), try peekKind() != .indent {
          throw errorAtLastToken(
            "expected an indented block after 'match' statement on line \(tokens[kw].range.lineno)",
            .indentationError)
        }
      }
      pos = mark
    }
    return nil
  }

  /// subject_expr:
  ///     | star_named_expression ',' star_named_expressions?
  ///     | named_expression
  func subjectExpr() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let first = try starNamedExpression() {
      if try accept(.comma) {
        let rest = try starNamedExpressions() ?? []
        return Expr(.tuple(elts: [first] + rest, ctx: .load), range(from: mark))
      }
    }
    pos = mark
    return try namedExpression()
  }

  /// case_block:
  ///     | invalid_case_block
  ///     | "case" patterns guard? ':' block
  func caseBlock() throws(PySyntaxError) -> MatchCase? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      // invalid_case_block:
      //     | "case" patterns guard? NEWLINE
      //     | "case" patterns guard? ':' NEWLINE !INDENT
      if let kw = try acceptSoftKeyword("case"), try patterns() != nil {
        _ = try guardClause()
        if try accept(.newline) {
          throw errorAtLastToken("expected ':'")
        }
        if try accept(.colon), try accept(.newline), try peekKind() != .indent {
          throw errorAtLastToken(
            "expected an indented block after 'case' statement on line \(tokens[kw].range.lineno)",
            .indentationError)
        }
      }
      pos = mark
    }
    guard try acceptSoftKeyword("case") != nil, let pattern = try patterns() else {
      pos = mark
      return nil
    }
    let guardExpr = try guardClause()
    guard try accept(.colon), let body = try block() else { pos = mark; return nil }
    return MatchCase(pattern: pattern, guard: guardExpr, body: body)
  }

  /// guard: 'if' named_expression
  func guardClause() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwIf), let e = try namedExpression() else { pos = mark; return nil }
    return e
  }

  /// patterns:
  ///     | open_sequence_pattern
  ///     | pattern
  func patterns() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    if let seq = try openSequencePattern() {
      return Pattern(.matchSequence(patterns: seq), range(from: mark))
    }
    return try pattern()
  }

  /// pattern: as_pattern | or_pattern
  /// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  func pattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    guard let orPattern = try orPattern() else { return nil }
    let afterOr = pos
    if try accept(.kwAs), let target = try patternCaptureTarget() {
      return Pattern(.matchAs(pattern: orPattern, name: target), range(from: mark))
    }
    pos = afterOr
    if callInvalidRules {
      // invalid_as_pattern:
      //     | or_pattern 'as' "_"
      //     | or_pattern 'as' !NAME expression
      if try accept(.kwAs) {
        if let u = try acceptSoftKeyword("_") {
          throw error(at: u, "cannot use '_' as a target")
        }
        if try peekKind() != .name, let e = try expression() {
          throw error(node: e.range, "invalid pattern target")
        }
      }
      pos = afterOr
    }
    return orPattern
  }

  /// or_pattern: '|'.closed_pattern+
  func orPattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try closedPattern() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.vbar), let p = try closedPattern() else { pos = m; break }
      list.append(p)
    }
    if list.count == 1 { return first }
    return Pattern(.matchOr(patterns: list), range(from: mark))
  }

  /// closed_pattern (memo):
  ///     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  ///     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  func closedPattern() throws(PySyntaxError) -> Pattern? {
    let mark = pos
    if let m = memo.closedPattern.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    let result = try closedPatternBody()
    memo.closedPattern.store(mark, end: pos, result)
    return result
  }

  private func closedPatternBody() throws(PySyntaxError) -> Pattern? {
    if let p = try literalPattern() { return p }
    if let p = try capturePattern() { return p }
    if let p = try wildcardPattern() { return p }
    if let p = try valuePattern() { return p }
    if let p = try groupPattern() { return p }
    if let p = try sequencePattern() { return p }
    if let p = try mappingPattern() { return p }
    return try classPattern()
  }

  // MARK: - Literal patterns

  /// literal_pattern:
  ///     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  func literalPattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    switch try peekKind() {
    case .kwNone:
      pos += 1
      return Pattern(.matchSingleton(value: .none), range(from: mark))
    case .kwTrue:
      pos += 1
      return Pattern(.matchSingleton(value: .bool(true)), range(from: mark))
    case .kwFalse:
      pos += 1
      return Pattern(.matchSingleton(value: .bool(false)), range(from: mark))
    default:
      break
    }
    guard let value = try literalValue() else { return nil }
    return Pattern(.matchValue(value: value), range(from: mark))
  }

  /// literal_expr:
  ///     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  func literalExpr() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    switch try peekKind() {
    case .kwNone:
      pos += 1
      return Expr(.constant(value: .none, kind: nil), range(from: mark))
    case .kwTrue:
      pos += 1
      return Expr(.constant(value: .bool(true), kind: nil), range(from: mark))
    case .kwFalse:
      pos += 1
      return Expr(.constant(value: .bool(false), kind: nil), range(from: mark))
    default:
      return try literalValue()
    }
  }

  /// The shared part of literal_pattern and literal_expr:
  /// signed_number !('+' | '-') | complex_number | strings
  private func literalValue() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if let n = try signedNumber() {
      let k = try peekKind()
      if k != .plus && k != .minus { return n }
      pos = mark
    }
    if let c = try complexNumber() { return c }
    if try peekKind() == .string { return try strings() }
    return nil
  }

  /// complex_number:
  ///     | signed_real_number '+' imaginary_number
  ///     | signed_real_number '-' imaginary_number
  func complexNumber() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let real = try signedRealNumber() else { return nil }
    let op: Operator
    if try accept(.plus) {
      op = .add
    } else if try accept(.minus) {
      op = .sub
    } else {
      pos = mark
      return nil
    }
    guard let imag = try imaginaryNumber() else { pos = mark; return nil }
    return Expr(.binOp(left: real, op: op, right: imag), range(from: mark))
  }

  /// signed_number: NUMBER | '-' NUMBER
  func signedNumber() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if let n = try numberRule() { return n }
    if try accept(.minus), let n = try numberRule() {
      return Expr(.unaryOp(op: .uSub, operand: n), range(from: mark))
    }
    pos = mark
    return nil
  }

  /// signed_real_number: real_number | '-' real_number
  func signedRealNumber() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if let n = try realNumber() { return n }
    if try accept(.minus), let n = try realNumber() {
      return Expr(.unaryOp(op: .uSub, operand: n), range(from: mark))
    }
    pos = mark
    return nil
  }

  /// real_number: NUMBER (CPython's _PyPegen_ensure_real)
  func realNumber() throws(PySyntaxError) -> Expr? {
    guard let n = try numberRule() else { return nil }
    if case .constant(.complex, _) = n.kind {
      throw error(node: n.range, "real number required in complex literal")
    }
    return n
  }

  /// imaginary_number: NUMBER (CPython's _PyPegen_ensure_imaginary)
  func imaginaryNumber() throws(PySyntaxError) -> Expr? {
    guard let n = try numberRule() else { return nil }
    if case .constant(.complex, _) = n.kind { return n }
    throw error(node: n.range, "imaginary number required in complex literal")
  }

  // MARK: - Capture, wildcard and value patterns

  /// capture_pattern: pattern_capture_target
  func capturePattern() throws(PySyntaxError) -> Pattern? {
    let mark = pos
    guard let name = try patternCaptureTarget() else { return nil }
    return Pattern(.matchAs(pattern: nil, name: name), range(from: mark))
  }

  /// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  func patternCaptureTarget() throws(PySyntaxError) -> String? {
    let mark = pos
    guard try peekKind() == .name, !isName(pos, "_") else { return nil }
    pos += 1
    let k = try peekKind()
    if k == .dot || k == .lpar || k == .equal {
      pos = mark
      return nil
    }
    return identifier(mark)
  }

  /// wildcard_pattern: "_"
  func wildcardPattern() throws(PySyntaxError) -> Pattern? {
    guard let u = try acceptSoftKeyword("_") else { return nil }
    return Pattern(.matchAs(pattern: nil, name: nil), range(from: u))
  }

  /// value_pattern: attr !('.' | '(' | '=')
  func valuePattern() throws(PySyntaxError) -> Pattern? {
    let mark = pos
    guard let a = try attr() else { return nil }
    let k = try peekKind()
    if k == .dot || k == .lpar || k == .equal {
      pos = mark
      return nil
    }
    return Pattern(.matchValue(value: a), range(from: mark))
  }

  /// attr: name_or_attr '.' NAME (a dotted name of at least two parts)
  func attr() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard let e = try nameOrAttr(), case .attribute = e.kind else { pos = mark; return nil }
    return e
  }

  /// name_or_attr: attr | NAME — a NAME followed by any number of '.' NAME.
  func nameOrAttr() throws(PySyntaxError) -> Expr? {
    let mark = pos
    guard var e = try nameRule() else { return nil }
    let first = e
    var length = 0
    while true {
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
      let m = pos
      guard try accept(.dot), let n = try expect(.name) else { pos = m; break }
      e = Expr(.attribute(value: e, attr: identifier(n), ctx: .load), range(from: mark))
    }
    return e
  }

  // MARK: - Group and sequence patterns

  /// group_pattern: '(' pattern ')'
  func groupPattern() throws(PySyntaxError) -> Pattern? {
    let mark = pos
    guard try accept(.lpar), let p = try pattern(), try accept(.rpar) else { pos = mark; return nil }
    return p
  }

  /// sequence_pattern:
  ///     | '[' maybe_sequence_pattern? ']'
  ///     | '(' open_sequence_pattern? ')'
  func sequencePattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lsqb) {
      let items = try maybeSequencePattern() ?? []
      if try accept(.rsqb) {
        return Pattern(.matchSequence(patterns: items), range(from: mark))
      }
      pos = mark
      return nil
    }
    if try accept(.lpar) {
      let items = try openSequencePattern() ?? []
      if try accept(.rpar) {
        return Pattern(.matchSequence(patterns: items), range(from: mark))
      }
      pos = mark
    }
    return nil
  }

  /// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  func openSequencePattern() throws(PySyntaxError) -> [Pattern]? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try maybeStarPattern(), try accept(.comma) else { pos = mark; return nil }
    let rest = try maybeSequencePattern() ?? []
    return [first] + rest
  }

  /// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  func maybeSequencePattern() throws(PySyntaxError) -> [Pattern]? {
    try enter(); defer { leave() }
    guard let first = try maybeStarPattern() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let p = try maybeStarPattern() else { pos = m; break }
      list.append(p)
    }
    _ = try accept(.comma)
    return list
  }

  /// maybe_star_pattern: star_pattern | pattern
  func maybeStarPattern() throws(PySyntaxError) -> Pattern? {
    if let s = try starPattern() { return s }
    return try pattern()
  }

  /// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
  func starPattern() throws(PySyntaxError) -> Pattern? {
    let mark = pos
    guard try accept(.star) else { return nil }
    if let name = try patternCaptureTarget() {
      return Pattern(.matchStar(name: name), range(from: mark))
    }
    if try acceptSoftKeyword("_") != nil {
      return Pattern(.matchStar(name: nil), range(from: mark))
    }
    pos = mark
    return nil
  }

  // MARK: - Mapping patterns

  /// mapping_pattern:
  ///     | '{' '}'
  ///     | '{' double_star_pattern ','? '}'
  ///     | '{' items_pattern ',' double_star_pattern ','? '}'
  ///     | '{' items_pattern ','? '}'
  func mappingPattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lbrace) else { return nil }
    let afterBrace = pos
    if try accept(.rbrace) {
      return Pattern(.matchMapping(keys: [], patterns: [], rest: nil), range(from: mark))
    }
    if let rest = try doubleStarPattern() {
      _ = try accept(.comma)
      if try accept(.rbrace) {
        return Pattern(.matchMapping(keys: [], patterns: [], rest: rest), range(from: mark))
      }
    }
    pos = afterBrace
    if let items = try itemsPattern() {
      let afterItems = pos
      if try accept(.comma), let rest = try doubleStarPattern() {
        _ = try accept(.comma)
        if try accept(.rbrace) {
          return Pattern(.matchMapping(keys: items.map { $0.0 }, patterns: items.map { $0.1 },
                                       rest: rest), range(from: mark))
        }
      }
      pos = afterItems
      _ = try accept(.comma)
      if try accept(.rbrace) {
        return Pattern(.matchMapping(keys: items.map { $0.0 }, patterns: items.map { $0.1 },
                                     rest: nil), range(from: mark))
      }
    }
    pos = mark
    return nil
  }

  /// items_pattern: ','.key_value_pattern+
  func itemsPattern() throws(PySyntaxError) -> [(Expr, Pattern)]? {
    guard let first = try keyValuePattern() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let kv = try keyValuePattern() else { pos = m; break }
      list.append(kv)
    }
    return list
  }

  /// key_value_pattern: (literal_expr | attr) ':' pattern
  func keyValuePattern() throws(PySyntaxError) -> (Expr, Pattern)? {
    try enter(); defer { leave() }
    let mark = pos
    guard let key = try literalExprOrAttr(), try accept(.colon), let value = try pattern() else {
      pos = mark
      return nil
    }
    return (key, value)
  }

  /// (literal_expr | attr)
  private func literalExprOrAttr() throws(PySyntaxError) -> Expr? {
    if let e = try literalExpr() { return e }
    return try attr()
  }

  /// double_star_pattern: '**' pattern_capture_target
  func doubleStarPattern() throws(PySyntaxError) -> String? {
    let mark = pos
    guard try accept(.doubleStar), let name = try patternCaptureTarget() else {
      pos = mark
      return nil
    }
    return name
  }

  // MARK: - Class patterns

  /// class_pattern:
  ///     | name_or_attr '(' ')'
  ///     | name_or_attr '(' positional_patterns ','? ')'
  ///     | name_or_attr '(' keyword_patterns ','? ')'
  ///     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  ///     | invalid_class_pattern
  func classPattern() throws(PySyntaxError) -> Pattern? {
    try enter(); defer { leave() }
    let mark = pos
    guard let cls = try nameOrAttr(), try accept(.lpar) else { pos = mark; return nil }
    let afterParen = pos
    if try accept(.rpar) {
      return Pattern(.matchClass(cls: cls, patterns: [], kwdAttrs: [], kwdPatterns: []),
                     range(from: mark))
    }
    if let positional = try positionalPatterns() {
      let afterPositional = pos
      _ = try accept(.comma)
      if try accept(.rpar) {
        return Pattern(.matchClass(cls: cls, patterns: positional, kwdAttrs: [], kwdPatterns: []),
                       range(from: mark))
      }
      pos = afterPositional
      if try accept(.comma), let keywords = try keywordPatterns() {
        _ = try accept(.comma)
        if try accept(.rpar) {
          return Pattern(.matchClass(cls: cls, patterns: positional, kwdAttrs: keywords.map { $0.0 },
                                     kwdPatterns: keywords.map { $0.1 }), range(from: mark))
        }
      }
    }
    pos = afterParen
    if let keywords = try keywordPatterns() {
      _ = try accept(.comma)
      if try accept(.rpar) {
        return Pattern(.matchClass(cls: cls, patterns: [], kwdAttrs: keywords.map { $0.0 },
                                   kwdPatterns: keywords.map { $0.1 }), range(from: mark))
      }
    }
    pos = mark
    if callInvalidRules {
      try invalidClassPattern()
      pos = mark
    }
    return nil
  }

  /// positional_patterns: ','.pattern+
  func positionalPatterns() throws(PySyntaxError) -> [Pattern]? {
    try enter(); defer { leave() }
    guard let first = try pattern() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let p = try pattern() else { pos = m; break }
      list.append(p)
    }
    return list
  }

  /// keyword_patterns: ','.keyword_pattern+
  func keywordPatterns() throws(PySyntaxError) -> [(String, Pattern)]? {
    try enter(); defer { leave() }
    guard let first = try keywordPattern() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let kw = try keywordPattern() else { pos = m; break }
      list.append(kw)
    }
    return list
  }

  /// keyword_pattern: NAME '=' pattern
  func keywordPattern() throws(PySyntaxError) -> (String, Pattern)? {
    let mark = pos
    guard let n = try expect(.name), try accept(.equal), let p = try pattern() else {
      pos = mark
      return nil
    }
    return (identifier(n), p)
  }

  /// invalid_class_pattern:
  ///     | name_or_attr '(' invalid_class_argument_pattern
  /// invalid_class_argument_pattern:
  ///     | [positional_patterns ','] keyword_patterns ',' positional_patterns
  func invalidClassPattern() throws(PySyntaxError) {
    guard try nameOrAttr() != nil, try accept(.lpar) else { return }
    let start = pos
    if try positionalPatterns() != nil, try accept(.comma) {
    } else {
      pos = start
    }
    guard try keywordPatterns() != nil, try accept(.comma),
          let positional = try positionalPatterns() else { return }
    throw error(from: positional.first!.range, to: positional.last!.range,
                "positional patterns follow keyword patterns")
  }
}
