/// Primary expressions and atoms of Grammar/python.gram (3.11): attribute access, calls,
/// subscripts and slices, names, constants, and the bracketed displays — tuples, groups, lists,
/// sets, dicts — with their comprehensions.
extension PythonParser {
  /// primary:
  ///     | primary '.' NAME
  ///     | primary genexp
  ///     | primary '(' [arguments] ')'
  ///     | primary '[' slices ']'
  ///     | atom
  func primary() throws(PySyntaxError) -> Expr? {
    try enterLeftRecursive(); defer { leaveLeftRecursive() }
    let mark = pos
    guard var e = try atom() else { return nil }
    let first = e
    var length = 0
    while true {
      length += 1
      if length % PythonParser.spineCheckInterval == 0 { try checkSpine(first: first, length: length) }
      switch try peekKind() {
      case .dot:
        guard try peekKind(ahead: 1) == .name else { return e }
        pos += 2
        e = Expr(.attribute(value: e, attr: identifier(pos - 1), ctx: .load), range(from: mark))
      case .lpar:
        if let g = try genexp() {
          e = Expr(.call(func: e, args: [g], keywords: []), range(from: mark))
          continue
        }
        let m = pos
        pos += 1
        let args = try arguments()
        guard try accept(.rpar) else { pos = m; return e }
        e = PythonParser.makeCall(e, args, range(from: mark))
      case .lsqb:
        let m = pos
        pos += 1
        guard let s = try slices(), try accept(.rsqb) else { pos = m; return e }
        e = Expr(.subscript(value: e, slice: s, ctx: .load), range(from: mark))
      default:
        return e
      }
    }
  }

  /// A `Call` of `function` with the arguments collected by the `arguments` rule.
  static func makeCall(_ function: Expr, _ args: Expr?, _ range: SourceRange) -> Expr {
    if let a = args, case .call(_, let positional, let keywords) = a.kind {
      return Expr(.call(func: function, args: positional, keywords: keywords), range)
    }
    return Expr(.call(func: function, args: [], keywords: []), range)
  }

  // MARK: - Slices

  /// slices:
  ///     | slice !','
  ///     | ','.(slice | starred_expression)+ [',']
  func slices() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if let s = try slice() {
      if try peekKind() != .comma { return s }
      pos = mark
    }
    guard let first = try sliceOrStarred() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma), let e = try sliceOrStarred() else { pos = m; break }
      list.append(e)
    }
    _ = try accept(.comma)
    return Expr(.tuple(elts: list, ctx: .load), range(from: mark))
  }

  private func sliceOrStarred() throws(PySyntaxError) -> Expr? {
    if let s = try slice() { return s }
    return try starredExpression()
  }

  /// slice:
  ///     | [expression] ':' [expression] [':' [expression]]
  ///     | named_expression
  func slice() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    let lower = try expression()
    if try accept(.colon) {
      let upper = try expression()
      var step: Expr? = nil
      if try accept(.colon) {
        step = try expression()
      }
      return Expr(.slice(lower: lower, upper: upper, step: step), range(from: mark))
    }
    pos = mark
    return try namedExpression()
  }

  // MARK: - Atoms

  /// atom:
  ///     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
  ///     | &'(' (tuple | group | genexp)
  ///     | &'[' (list | listcomp)
  ///     | &'{' (dict | set | dictcomp | setcomp)
  ///     | '...'
  func atom() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    switch try peekKind() {
    case .name:
      pos += 1
      return nameExpr(mark)
    case .kwTrue:
      pos += 1
      return Expr(.constant(value: .bool(true), kind: nil), tokens[mark].range)
    case .kwFalse:
      pos += 1
      return Expr(.constant(value: .bool(false), kind: nil), tokens[mark].range)
    case .kwNone:
      pos += 1
      return Expr(.constant(value: .none, kind: nil), tokens[mark].range)
    case .string:
      return try strings()
    case .number:
      return try numberRule()
    case .lpar:
      if let t = try tuple() { return t }
      if let g = try group() { return g }
      return try genexp()
    case .lsqb:
      if let l = try list() { return l }
      return try listcomp()
    case .lbrace:
      if let d = try dict() { return d }
      if let s = try set() { return s }
      if let d = try dictcomp() { return d }
      return try setcomp()
    case .ellipsis:
      pos += 1
      return Expr(.constant(value: .ellipsis, kind: nil), tokens[mark].range)
    default:
      return nil
    }
  }

  /// NUMBER (CPython's _PyPegen_number_token).
  func numberRule() throws(PySyntaxError) -> Expr? {
    guard let i = try expect(.number) else { return nil }
    return Expr(.constant(value: try numberValue(i), kind: nil), tokens[i].range)
  }

  /// group:
  ///     | '(' (yield_expr | named_expression) ')'
  ///     | invalid_group
  func group() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lpar), let e = try yieldOrNamedExpression(), try accept(.rpar) {
      return e
    }
    pos = mark
    if callInvalidRules {
      try invalidGroup()
      pos = mark
    }
    return nil
  }

  /// (yield_expr | named_expression)
  private func yieldOrNamedExpression() throws(PySyntaxError) -> Expr? {
    if let y = try yieldExpr() { return y }
    return try namedExpression()
  }

  /// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  func tuple() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lpar) else { return nil }
    var elts: [Expr] = []
    let afterParen = pos
    if let first = try starNamedExpression(), try accept(.comma) {
      elts.append(first)
      if let rest = try starNamedExpressions() { elts.append(contentsOf: rest) }
    } else {
      pos = afterParen
    }
    guard try accept(.rpar) else { pos = mark; return nil }
    return Expr(.tuple(elts: elts, ctx: .load), range(from: mark))
  }

  /// list: '[' [star_named_expressions] ']'
  func list() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lsqb) else { return nil }
    let elts = try starNamedExpressions() ?? []
    guard try accept(.rsqb) else { pos = mark; return nil }
    return Expr(.list(elts: elts, ctx: .load), range(from: mark))
  }

  /// set: '{' star_named_expressions '}'
  func set() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lbrace), let elts = try starNamedExpressions(), try accept(.rbrace) else {
      pos = mark
      return nil
    }
    return Expr(.set(elts: elts), range(from: mark))
  }

  // MARK: - Dicts

  /// dict:
  ///     | '{' [double_starred_kvpairs] '}'
  ///     | '{' invalid_double_starred_kvpairs '}'
  func dict() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.lbrace) else { return nil }
    let pairs = try doubleStarredKvpairs() ?? []
    if try accept(.rbrace) {
      return Expr(.dict(keys: pairs.map { $0.0 }, values: pairs.map { $0.1 }), range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      pos = mark + 1
      try invalidDoubleStarredKvpairs()
      pos = mark
    }
    return nil
  }

  /// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
  func doubleStarredKvpairs() throws(PySyntaxError) -> [(Expr?, Expr)]? {
    try enter(); defer { leave() }
    guard let first = try doubleStarredKvpair() else { return nil }
    var list = [first]
    while true {
      let m = pos
      guard try accept(.comma) else { break }
      // CPython 3.11.7 does not report invalid_expression / invalid_legacy_expression for the
      // key of an item after the first (`{1: 2, 3 4: 5}` gives "':' expected after dictionary
      // key", `{3 4: 5}` "Perhaps you forgot a comma?"); errors inside the key still are.
      if callInvalidRules { dictKeyWithoutInvalidExpression = pos }
      guard let kv = try doubleStarredKvpair() else { pos = m; break }
      list.append(kv)
    }
    _ = try accept(.comma)
    return list
  }

  /// double_starred_kvpair: '**' bitwise_or | kvpair
  func doubleStarredKvpair() throws(PySyntaxError) -> (Expr?, Expr)? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.doubleStar) {
      if let e = try bitwiseOr() { return (nil, e) }
      pos = mark
    }
    if let kv = try kvpair() { return (kv.0, kv.1) }
    return nil
  }

  /// kvpair: expression ':' expression
  func kvpair() throws(PySyntaxError) -> (Expr, Expr)? {
    try enter(); defer { leave() }
    let mark = pos
    guard let k = try expression(), try accept(.colon), let v = try expression() else {
      pos = mark
      return nil
    }
    return (k, v)
  }

  // MARK: - Comprehensions

  /// for_if_clauses: for_if_clause+
  func forIfClauses() throws(PySyntaxError) -> [Comprehension]? {
    try enter(); defer { leave() }
    try enter(); defer { leave() }  // CPython's _loop1 helper
    var list: [Comprehension] = []
    while let c = try forIfClause() { list.append(c) }
    return list.isEmpty ? nil : list
  }

  /// for_if_clause:
  ///     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  ///     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  ///     | invalid_for_target
  func forIfClause() throws(PySyntaxError) -> Comprehension? {
    try enter(); defer { leave() }
    let mark = pos
    let isAsync = try accept(.kwAsync)
    if try accept(.kwFor), let target = try starTargets(), try accept(.kwIn) {
      // Cut: past 'in', no other alternative is tried.
      guard let iter = try disjunction() else { pos = mark; return nil }
      var ifs: [Expr] = []
      while true {
        let m = pos
        guard try accept(.kwIf), let c = try disjunction() else { pos = m; break }
        ifs.append(c)
      }
      return Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync ? 1 : 0)
    }
    pos = mark
    if callInvalidRules {
      try invalidForTarget()
      pos = mark
    }
    return nil
  }

  /// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  func listcomp() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lsqb), let elt = try namedExpression(), let gens = try forIfClauses(),
       try accept(.rsqb) {
      return Expr(.listComp(elt: elt, generators: gens), range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      try invalidComprehension()
      pos = mark
    }
    return nil
  }

  /// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  func setcomp() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lbrace), let elt = try namedExpression(), let gens = try forIfClauses(),
       try accept(.rbrace) {
      return Expr(.setComp(elt: elt, generators: gens), range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      try invalidComprehension()
      pos = mark
    }
    return nil
  }

  /// genexp:
  ///     | '(' (assignment_expression | expression !':=') for_if_clauses ')'
  ///     | invalid_comprehension
  func genexp() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lpar), let elt = try assignmentExpressionOrExpression(),
       let gens = try forIfClauses(), try accept(.rpar) {
      return Expr(.generatorExp(elt: elt, generators: gens), range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      try invalidComprehension()
      pos = mark
    }
    return nil
  }

  /// (assignment_expression | expression !':=')
  func assignmentExpressionOrExpression() throws(PySyntaxError) -> Expr? {
    let mark = pos
    if let a = try assignmentExpression() { return a }
    guard let e = try expression() else { return nil }
    if try peekKind() == .colonEqual {
      pos = mark
      return nil
    }
    return e
  }

  /// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  func dictcomp() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.lbrace), let kv = try kvpair(), let gens = try forIfClauses(),
       try accept(.rbrace) {
      return Expr(.dictComp(key: kv.0, value: kv.1, generators: gens), range(from: mark))
    }
    pos = mark
    if callInvalidRules {
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if try accept(.lbrace), let star = try expect(.doubleStar), try bitwiseOr() != nil,
         try forIfClauses() != nil, try accept(.rbrace) {
        throw error(at: star, "dict unpacking cannot be used in dict comprehension")
      }
      pos = mark
    }
    return nil
  }
}
