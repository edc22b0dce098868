/// Expressions of Grammar/python.gram (3.11), from `expressions` down to `power`: tuples
/// without parentheses, conditional expressions, `yield`, starred and named expressions,
/// boolean operators, comparisons and the binary/unary operators. Left-recursive rules
/// (`bitwise_or`, `sum`, ...) are loops that build the same left-nested `BinOp` trees.
extension PythonParser {
  /// expressions:
  ///     | expression (',' expression)+ [','] | expression ',' | expression
  func expressions() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try expression() else { return nil }
    guard try peekKind() == .comma else { return first }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let e = try expression() else { pos = m; break }
      list.append(e)
    }
    _ = try accept(.comma)
    return Expr(.tuple(elts: list, ctx: .load), range(from: mark))
  }

  /// expression (memo):
  ///     | invalid_expression
  ///     | invalid_legacy_expression
  ///     | disjunction 'if' disjunction 'else' expression
  ///     | disjunction
  ///     | lambdef
  func expression() throws(PySyntaxError) -> Expr? {
    let mark = pos
    try ensureToken()  // CPython's _PyPegen_is_memoized fetches the token
    if let m = tokens.lookup(.expression, mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    if callInvalidRules && mark != dictKeyWithoutInvalidExpression {
      try invalidExpression()
      pos = mark
      try invalidLegacyExpression()
      pos = mark
    }
    let result = try conditionalOrLambda(mark)
    tokens.store(.expression, mark, end: pos, result)
    return result
  }

  /// The three valid alternatives of `expression` (and of `expression_without_invalid`).
  @inline(__always)
  func conditionalOrLambda(_ mark: Int) throws(PySyntaxError) -> Expr? {
    if let a = try disjunction() {
      let afterA = pos
      if try accept(.kwIf), let b = try disjunction(), try accept(.kwElse),
         let c = try expression() {
        return Expr(.ifExp(test: b, body: a, orelse: c), range(from: mark))
      }
      pos = afterA
      return a
    }
    return try lambdef()
  }

  /// expression_without_invalid: like `expression`, with the invalid rules switched off.
  func expressionWithoutInvalid() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let saved = callInvalidRules
    callInvalidRules = false
    defer { callInvalidRules = saved }
    return try conditionalOrLambda(pos)
  }

  /// yield_expr:
  ///     | 'yield' 'from' expression
  ///     | 'yield' [star_expressions]
  func yieldExpr() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwYield) else { return nil }
    let afterYield = pos
    if try accept(.kwFrom), let e = try expression() {
      return Expr(.yieldFrom(value: e), range(from: mark))
    }
    pos = afterYield
    let value = try starExpressions()
    return Expr(.yield(value: value), range(from: mark))
  }

  /// star_expressions:
  ///     | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  func starExpressions() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try starExpression() else { return nil }
    guard try peekKind() == .comma else { return first }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let e = try starExpression() else { pos = m; break }
      list.append(e)
    }
    _ = try accept(.comma)
    return Expr(.tuple(elts: list, ctx: .load), range(from: mark))
  }

  /// star_expression (memo): '*' bitwise_or | expression
  func starExpression() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if callInvalidRules, let m = memo.starExpression.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result: Expr? = nil
    if try accept(.star) {
      if let e = try bitwiseOr() {
        result = Expr(.starred(value: e, ctx: .load), range(from: mark))
      } else {
        pos = mark
      }
    } else {
      result = try expression()
    }
    if callInvalidRules { memo.starExpression.store(mark, end: pos, result) }
    return result
  }

  /// star_named_expressions: ','.star_named_expression+ [',']
  func starNamedExpressions() throws(PySyntaxError) -> [Expr]? {
    try enter(); defer { leave() }
    guard let first = try starNamedExpression() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let e = try starNamedExpression() else { pos = m; break }
      list.append(e)
    }
    _ = try accept(.comma)
    return list
  }

  /// star_named_expression: '*' bitwise_or | named_expression
  func starNamedExpression() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.star) {
      if let e = try bitwiseOr() {
        return Expr(.starred(value: e, ctx: .load), range(from: mark))
      }
      pos = mark
      return nil
    }
    return try namedExpression()
  }

  /// assignment_expression: NAME ':=' ~ expression
  func assignmentExpression() throws(PySyntaxError) -> Expr? {
    let mark = pos
    guard try peekKind() == .name, try peekKind(ahead: 1) == .colonEqual else { return nil }
    try enter(); defer { leave() }
    pos += 2
    guard let value = try expression() else { pos = mark; return nil }
    let target = Expr(.name(id: identifier(mark), ctx: .store), tokens[mark].range)
    return Expr(.namedExpr(target: target, value: value), range(from: mark))
  }

  /// named_expression:
  ///     | assignment_expression
  ///     | invalid_named_expression
  ///     | expression !':='
  func namedExpression() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let a = try assignmentExpression() { return a }
    if callInvalidRules {
      try invalidNamedExpression()
      pos = mark
    }
    guard let e = try expression() else { return nil }
    if try peekKind() == .colonEqual {
      pos = mark
      return nil
    }
    return e
  }

  // MARK: - Boolean operators

  /// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
  func disjunction() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if callInvalidRules, let m = memo.disjunction.lookup(mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    var result: Expr? = nil
    if let first = try conjunction() {
      if try peekKind() == .kwOr {
        var values = [first]
        while true {
          let m = pos
          guard try accept(.kwOr), let e = try conjunction() else { pos = m; break }
          values.append(e)
        }
        result = values.count == 1 ? first : Expr(.boolOp(op: .or, values: values), range(from: mark))
      } else {
        result = first
      }
    }
    if callInvalidRules { memo.disjunction.store(mark, end: pos, result) }
    return result
  }

  /// conjunction (memo): inversion ('and' inversion)+ | inversion
  func conjunction() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let first = try inversion() else { return nil }
    guard try peekKind() == .kwAnd else { return first }
    var values = [first]
    while true {
      let m = pos
      guard try accept(.kwAnd), let e = try inversion() else { pos = m; break }
      values.append(e)
    }
    if values.count == 1 { return first }
    return Expr(.boolOp(op: .and, values: values), range(from: mark))
  }

  /// inversion (memo): 'not' inversion | comparison
  func inversion() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.kwNot) {
      if let e = try inversion() {
        return Expr(.unaryOp(op: .not, operand: e), range(from: mark))
      }
      pos = mark
    }
    return try comparison()
  }

  // MARK: - Comparisons

  /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  func comparison() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let left = try bitwiseOr() else { return nil }
    var ops: [CmpOperator] = []
    var comparators: [Expr] = []
    while let (op, e) = try compareOpBitwiseOrPair() {
      ops.append(op)
      comparators.append(e)
    }
    if ops.isEmpty { return left }
    return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: mark))
  }

  /// compare_op_bitwise_or_pair: one of `== != <= < >= > not in | in | is not | is` and its
  /// right operand.
  func compareOpBitwiseOrPair() throws(PySyntaxError) -> (CmpOperator, Expr)? {
    let mark = pos
    let op: CmpOperator
    switch try peekKind() {
    case .eqEqual: op = .eq; pos += 1
    case .notEqual:
      // CPython's _PyPegen_check_barry_as_flufl: `<>` is NOTEQUAL only with barry_as_FLUFL.
      if tokenBytes(pos).count != 2 || tokenBytes(pos).first != UInt8(ascii: "!") { return nil }
      op = .notEq; pos += 1
    case .lessEqual: op = .ltE; pos += 1
    case .less: op = .lt; pos += 1
    case .greaterEqual: op = .gtE; pos += 1
    case .greater: op = .gt; pos += 1
    case .kwNot:
      guard try peekKind(ahead: 1) == .kwIn else { return nil }
      op = .notIn; pos += 2
    case .kwIn: op = .in; pos += 1
    case .kwIs:
      if try peekKind(ahead: 1) == .kwNot {
        pos += 2
        if let e = try bitwiseOr() { return (.isNot, e) }
        pos = mark
      }
      op = .is; pos = mark + 1
    default:
      return nil
    }
    guard let e = try bitwiseOr() else { pos = mark; return nil }
    return (op, e)
  }

  // MARK: - Binary operators

  /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  func bitwiseOr() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try bitwiseXor() else { return nil }
    let first = left
    var length = 0
    while try peekKind() == .vbar {
      let m = pos
      pos += 1
      guard let right = try bitwiseXor() else { pos = m; break }
      left = Expr(.binOp(left: left, op: .bitOr, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
    return left
  }

  /// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  func bitwiseXor() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try bitwiseAnd() else { return nil }
    let first = left
    var length = 0
    while try peekKind() == .circumflex {
      let m = pos
      pos += 1
      guard let right = try bitwiseAnd() else { pos = m; break }
      left = Expr(.binOp(left: left, op: .bitXor, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
    return left
  }

  /// bitwise_and: bitwise_and '&' shift_expr | shift_expr
  func bitwiseAnd() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try shiftExpr() else { return nil }
    let first = left
    var length = 0
    while try peekKind() == .amper {
      let m = pos
      pos += 1
      guard let right = try shiftExpr() else { pos = m; break }
      left = Expr(.binOp(left: left, op: .bitAnd, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
    return left
  }

  /// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
  func shiftExpr() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try sum() else { return nil }
    let first = left
    var length = 0
    while true {
      let op: Operator
      switch try peekKind() {
      case .leftShift: op = .lShift
      case .rightShift: op = .rShift
      default: return left
      }
      let m = pos
      pos += 1
      guard let right = try sum() else { pos = m; return left }
      left = Expr(.binOp(left: left, op: op, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
  }

  /// sum: sum '+' term | sum '-' term | term
  func sum() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try term() else { return nil }
    let first = left
    var length = 0
    while true {
      let op: Operator
      switch try peekKind() {
      case .plus: op = .add
      case .minus: op = .sub
      default: return left
      }
      let m = pos
      pos += 1
      guard let right = try term() else { pos = m; return left }
      left = Expr(.binOp(left: left, op: op, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
  }

  /// term: term '*' factor | term '/' factor | term '//' factor | term '%' factor
  ///     | term '@' factor | factor
  func term() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var left = try factor() else { return nil }
    let first = left
    var length = 0
    while true {
      let op: Operator
      switch try peekKind() {
      case .star: op = .mult
      case .slash: op = .div
      case .doubleSlash: op = .floorDiv
      case .percent: op = .mod
      case .at: op = .matMult
      default: return left
      }
      let m = pos
      pos += 1
      guard let right = try factor() else { pos = m; return left }
      left = Expr(.binOp(left: left, op: op, right: right), range(from: mark))
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
    }
  }

  /// factor (memo): '+' factor | '-' factor | '~' factor | power
  func factor() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    let op: UnaryOperator
    switch try peekKind() {
    case .plus: op = .uAdd
    case .minus: op = .uSub
    case .tilde: op = .invert
    default: return try power()
    }
    pos += 1
    guard let operand = try factor() else { pos = mark; return nil }
    return Expr(.unaryOp(op: op, operand: operand), range(from: mark))
  }

  /// power: await_primary '**' factor | await_primary
  func power() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard let base = try awaitPrimary() else { return nil }
    if try peekKind() == .doubleStar {
      pos += 1
      if let exp = try factor() {
        return Expr(.binOp(left: base, op: .pow, right: exp), range(from: mark))
      }
      pos -= 1
    }
    return base
  }

  /// await_primary (memo): AWAIT primary | primary
  func awaitPrimary() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.kwAwait) {
      if let e = try primary() {
        return Expr(.await(value: e), range(from: mark))
      }
      pos = mark
      return nil
    }
    return try primary()
  }
}
