/// Parameter lists of `def` and `lambda` (Grammar/python.gram 3.11, "Function parameters" and
/// "Lambda functions") with their `invalid_*` rules, and CPython's `_PyPegen_make_arguments`.
///
/// The `def` and `lambda` forms differ only in three ways, so one set of functions serves both:
/// lambda parameters have no annotations, a parameter list without a trailing comma ends at
/// `:` instead of `)`, and there is no `*args: *Ts` form.
extension PythonParser {
  /// CPython's StarEtc: what follows the positional parameters.
  struct StarEtc {
    var vararg: Arg?
    var kwonly: [(Arg, Expr?)]
    var kwarg: Arg?
  }

  /// CPython's SlashWithDefault.
  struct SlashWithDefault {
    var plain: [Arg]
    var withDefaults: [(Arg, Expr)]
  }

  /// An `arguments` node with nothing in it (CPython's `_PyPegen_empty_arguments`).
  static func emptyArguments() -> Arguments {
    return Arguments(posonlyargs: [], args: [], vararg: nil, kwonlyargs: [], kwDefaults: [],
                     kwarg: nil, defaults: [])
  }

  /// CPython's `_PyPegen_make_arguments`.
  static func makeArguments(slashWithoutDefault: [Arg]?, slashWithDefault: SlashWithDefault?,
                            plainNames: [Arg]?, namesWithDefault: [(Arg, Expr)]?,
                            starEtc: StarEtc?) -> Arguments {
    var posonly: [Arg] = []
    if let s = slashWithoutDefault {
      posonly = s
    } else if let s = slashWithDefault {
      posonly = s.plain + s.withDefaults.map { $0.0 }
    }
    var posargs = plainNames ?? []
    if let n = namesWithDefault { posargs += n.map { $0.0 } }
    var defaults: [Expr] = []
    if let s = slashWithDefault { defaults += s.withDefaults.map { $0.1 } }
    if let n = namesWithDefault { defaults += n.map { $0.1 } }
    return Arguments(posonlyargs: posonly, args: posargs, vararg: starEtc?.vararg,
                     kwonlyargs: starEtc?.kwonly.map { $0.0 } ?? [],
                     kwDefaults: starEtc?.kwonly.map { $0.1 } ?? [],
                     kwarg: starEtc?.kwarg, defaults: defaults)
  }

  // MARK: - def and lambda

  /// params: invalid_parameters | parameters
  func params() throws(PySyntaxError) -> Arguments? {
    try enter(); defer { leave() }
    if callInvalidRules {
      let mark = pos
      try invalidParameters(lambda: false)
      pos = mark
    }
    return try parameters(lambda: false)
  }

  /// lambdef: 'lambda' [lambda_params] ':' expression
  func lambdef() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    guard try accept(.kwLambda) else { return nil }
    let args = try lambdaParams()
    guard try accept(.colon), let body = try expression() else { pos = mark; return nil }
    return Expr(.lambda(args: args ?? PythonParser.emptyArguments(), body: body),
                range(from: mark))
  }

  /// lambda_params: invalid_lambda_parameters | lambda_parameters
  func lambdaParams() throws(PySyntaxError) -> Arguments? {
    try enter(); defer { leave() }
    if callInvalidRules {
      let mark = pos
      try invalidParameters(lambda: true)
      pos = mark
    }
    return try parameters(lambda: true)
  }

  /// parameters / lambda_parameters:
  ///     | slash_no_default param_no_default* param_with_default* [star_etc]
  ///     | slash_with_default param_with_default* [star_etc]
  ///     | param_no_default+ param_with_default* [star_etc]
  ///     | param_with_default+ [star_etc]
  ///     | star_etc
  func parameters(lambda: Bool) throws(PySyntaxError) -> Arguments? {
    try enter(); defer { leave() }
    let mark = pos
    if let a = try slashNoDefault(lambda: lambda) {
      let b = try paramsNoDefault(lambda: lambda)
      let c = try paramsWithDefault(lambda: lambda)
      let d = try starEtc(lambda: lambda)
      return PythonParser.makeArguments(slashWithoutDefault: a, slashWithDefault: nil,
                                        plainNames: b, namesWithDefault: c, starEtc: d)
    }
    pos = mark
    if let a = try slashWithDefault(lambda: lambda) {
      let b = try paramsWithDefault(lambda: lambda)
      let c = try starEtc(lambda: lambda)
      return PythonParser.makeArguments(slashWithoutDefault: nil, slashWithDefault: a,
                                        plainNames: nil, namesWithDefault: b, starEtc: c)
    }
    pos = mark
    let plain = try paramsNoDefault(lambda: lambda)
    if !plain.isEmpty {
      let b = try paramsWithDefault(lambda: lambda)
      let c = try starEtc(lambda: lambda)
      return PythonParser.makeArguments(slashWithoutDefault: nil, slashWithDefault: nil,
                                        plainNames: plain, namesWithDefault: b, starEtc: c)
    }
    pos = mark
    let withDefault = try paramsWithDefault(lambda: lambda)
    if !withDefault.isEmpty {
      let b = try starEtc(lambda: lambda)
      return PythonParser.makeArguments(slashWithoutDefault: nil, slashWithDefault: nil,
                                        plainNames: nil, namesWithDefault: withDefault, starEtc: b)
    }
    pos = mark
    if let s = try starEtc(lambda: lambda) {
      return PythonParser.makeArguments(slashWithoutDefault: nil, slashWithDefault: nil,
                                        plainNames: nil, namesWithDefault: nil, starEtc: s)
    }
    return nil
  }

  /// param_no_default*
  private func paramsNoDefault(lambda: Bool) throws(PySyntaxError) -> [Arg] {
    var list: [Arg] = []
    while let a = try paramNoDefault(lambda: lambda) { list.append(a) }
    return list
  }

  /// param_with_default*
  private func paramsWithDefault(lambda: Bool) throws(PySyntaxError) -> [(Arg, Expr)] {
    var list: [(Arg, Expr)] = []
    while let a = try paramWithDefault(lambda: lambda) { list.append(a) }
    return list
  }

  /// param_maybe_default*
  private func paramsMaybeDefault(lambda: Bool) throws(PySyntaxError) -> [(Arg, Expr?)] {
    var list: [(Arg, Expr?)] = []
    while let a = try paramMaybeDefault(lambda: lambda) { list.append(a) }
    return list
  }

  /// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
  func slashNoDefault(lambda: Bool) throws(PySyntaxError) -> [Arg]? {
    try enter(); defer { leave() }
    let mark = pos
    let a = try paramsNoDefault(lambda: lambda)
    if !a.isEmpty, try accept(.slash), try endOfParameter(lambda: lambda) {
      return a
    }
    pos = mark
    return nil
  }

  /// slash_with_default:
  ///     | param_no_default* param_with_default+ '/' ','
  ///     | param_no_default* param_with_default+ '/' &')'
  func slashWithDefault(lambda: Bool) throws(PySyntaxError) -> SlashWithDefault? {
    try enter(); defer { leave() }
    let mark = pos
    let a = try paramsNoDefault(lambda: lambda)
    let b = try paramsWithDefault(lambda: lambda)
    if !b.isEmpty, try accept(.slash), try endOfParameter(lambda: lambda) {
      return SlashWithDefault(plain: a, withDefaults: b)
    }
    pos = mark
    return nil
  }

  /// `','` (consumed) or `&')'` (`&':'` for lambda): how every parameter ends.
  @inline(__always)
  private func endOfParameter(lambda: Bool) throws(PySyntaxError) -> Bool {
    if try accept(.comma) { return true }
    return try peekKind() == (lambda ? .colon : .rpar)
  }

  /// star_etc:
  ///     | invalid_star_etc
  ///     | '*' param_no_default param_maybe_default* [kwds]
  ///     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  ///     | '*' ',' param_maybe_default+ [kwds]
  ///     | kwds
  func starEtc(lambda: Bool) throws(PySyntaxError) -> StarEtc? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidStarEtc(lambda: lambda)
      pos = mark
    }
    if try accept(.star) {
      let afterStar = pos
      if let a = try paramNoDefault(lambda: lambda) {
        let b = try paramsMaybeDefault(lambda: lambda)
        let c = try kwds(lambda: lambda)
        return StarEtc(vararg: a, kwonly: b, kwarg: c)
      }
      pos = afterStar
      if !lambda, let a = try paramNoDefaultStarAnnotation() {
        let b = try paramsMaybeDefault(lambda: lambda)
        let c = try kwds(lambda: lambda)
        return StarEtc(vararg: a, kwonly: b, kwarg: c)
      }
      pos = afterStar
      if try accept(.comma) {
        let b = try paramsMaybeDefault(lambda: lambda)
        if !b.isEmpty {
          let c = try kwds(lambda: lambda)
          return StarEtc(vararg: nil, kwonly: b, kwarg: c)
        }
      }
      pos = mark
    }
    if let k = try kwds(lambda: lambda) {
      return StarEtc(vararg: nil, kwonly: [], kwarg: k)
    }
    return nil
  }

  /// kwds: invalid_kwds | '**' param_no_default
  func kwds(lambda: Bool) throws(PySyntaxError) -> Arg? {
    try enter(); defer { leave() }
    let mark = pos
    if callInvalidRules {
      try invalidKwds(lambda: lambda)
      pos = mark
    }
    guard try accept(.doubleStar), let a = try paramNoDefault(lambda: lambda) else {
      pos = mark
      return nil
    }
    return a
  }

  /// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
  func paramNoDefault(lambda: Bool) throws(PySyntaxError) -> Arg? {
    try enter(); defer { leave() }
    let mark = pos
    guard let a = try param(lambda: lambda), try endOfParameter(lambda: lambda) else {
      pos = mark
      return nil
    }
    return a
  }

  /// param_no_default_star_annotation:
  ///     | param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
  /// param_star_annotation: NAME star_annotation
  /// star_annotation: ':' star_expression
  func paramNoDefaultStarAnnotation() throws(PySyntaxError) -> Arg? {
    try enter(); defer { leave() }
    let mark = pos
    guard let n = try expect(.name), try accept(.colon), let ann = try starExpression() else {
      pos = mark
      return nil
    }
    let arg = Arg(arg: identifier(n), annotation: ann, typeComment: nil, range: range(from: mark))
    guard try endOfParameter(lambda: false) else { pos = mark; return nil }
    return arg
  }

  /// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
  func paramWithDefault(lambda: Bool) throws(PySyntaxError) -> (Arg, Expr)? {
    try enter(); defer { leave() }
    let mark = pos
    guard let a = try param(lambda: lambda), let d = try defaultValue(),
          try endOfParameter(lambda: lambda) else {
      pos = mark
      return nil
    }
    return (a, d)
  }

  /// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
  func paramMaybeDefault(lambda: Bool) throws(PySyntaxError) -> (Arg, Expr?)? {
    try enter(); defer { leave() }
    let mark = pos
    guard let a = try param(lambda: lambda) else { return nil }
    let d = try defaultValue()
    guard try endOfParameter(lambda: lambda) else { pos = mark; return nil }
    return (a, d)
  }

  /// param: NAME annotation? (lambda_param: NAME)
  /// annotation: ':' expression
  func param(lambda: Bool) throws(PySyntaxError) -> Arg? {
    try enter(); defer { leave() }
    let mark = pos
    guard let n = try expect(.name) else { return nil }
    var annotation: Expr? = nil
    if !lambda {
      let m = pos
      if try accept(.colon) {
        annotation = try expression()
        if annotation == nil { pos = m }
      }
    }
    return Arg(arg: identifier(n), annotation: annotation, typeComment: nil, range: range(from: mark))
  }

  /// default: '=' expression | invalid_default
  func defaultValue() throws(PySyntaxError) -> Expr? {
    try enter(); defer { leave() }
    let mark = pos
    if try accept(.equal), let e = try expression() { return e }
    pos = mark
    if callInvalidRules {
      // invalid_default: '=' &(')'|',')
      if let eq = try expect(.equal) {
        let k = try peekKind()
        if k == .rpar || k == .comma {
          throw error(at: eq, "expected default value expression")
        }
      }
      pos = mark
    }
    return nil
  }

  // MARK: - Invalid rules

  /// invalid_parameters / invalid_lambda_parameters:
  ///     | param_no_default* invalid_parameters_helper param_no_default
  ///     | param_no_default* '(' param_no_default+ ','? ')'        (lambda: ','.lambda_param+)
  ///     | "/" ','
  ///     | (slash_no_default | slash_with_default) param_maybe_default* '/'
  ///     | [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default)
  ///       param_maybe_default* '/'
  ///     | param_maybe_default+ '/' '*'
  func invalidParameters(lambda: Bool) throws(PySyntaxError) {
    let mark = pos
    // param_no_default* invalid_parameters_helper a=param_no_default
    _ = try paramsNoDefault(lambda: lambda)
    if try invalidParametersHelper(lambda: lambda) {
      if let a = try paramNoDefault(lambda: lambda) {
        throw error(node: a.range, "non-default argument follows default argument")
      }
    }
    pos = mark
    // param_no_default* '(' param_no_default+ ','? ')'
    _ = try paramsNoDefault(lambda: lambda)
    if let open = try expect(.lpar) {
      var ok: Bool
      if lambda {
        // ','.lambda_param+
        ok = try param(lambda: true) != nil
        if ok {
          while true {
            let m = pos
            guard try accept(.comma), try param(lambda: true) != nil else { pos = m; break }
          }
        }
      } else {
        ok = !(try paramsNoDefault(lambda: false)).isEmpty
      }
      if ok {
        _ = try accept(.comma)
        if let close = try expect(.rpar) {
          throw error(from: tokens[open].range, to: tokens[close].range,
                      lambda ? "Lambda expression parameters cannot be parenthesized"
                             : "Function parameters cannot be parenthesized")
        }
      }
    }
    pos = mark
    // "/" ','
    if let slash = try expect(.slash), try accept(.comma) {
      throw error(at: slash, "at least one argument must precede /")
    }
    pos = mark
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    var slash = try slashNoDefault(lambda: lambda) != nil
    if !slash { slash = try slashWithDefault(lambda: lambda) != nil }
    if slash {
      _ = try paramsMaybeDefault(lambda: lambda)
      if let slash = try expect(.slash) {
        throw error(at: slash, "/ may appear only once")
      }
    }
    pos = mark
    // [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default)
    // param_maybe_default* '/'
    if try slashNoDefault(lambda: lambda) == nil {
      _ = try slashWithDefault(lambda: lambda)
    }
    _ = try paramsMaybeDefault(lambda: lambda)
    if try accept(.star) {
      var ok = try accept(.comma)
      if !ok { ok = try paramNoDefault(lambda: lambda) != nil }
      if ok {
        _ = try paramsMaybeDefault(lambda: lambda)
        if let slash = try expect(.slash) {
          throw error(at: slash, "/ must be ahead of *")
        }
      }
    }
    pos = mark
    // param_maybe_default+ '/' '*'
    if !(try paramsMaybeDefault(lambda: lambda)).isEmpty, try accept(.slash),
       let star = try expect(.star) {
      throw error(at: star, "expected comma between / and *")
    }
    pos = mark
  }

  /// invalid_parameters_helper: slash_with_default | param_with_default+
  private func invalidParametersHelper(lambda: Bool) throws(PySyntaxError) -> Bool {
    if try slashWithDefault(lambda: lambda) != nil { return true }
    return !(try paramsWithDefault(lambda: lambda)).isEmpty
  }

  /// invalid_star_etc:
  ///     | '*' (')' | ',' (')' | '**'))
  ///     | '*' ',' TYPE_COMMENT
  ///     | '*' param '='
  ///     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
  /// invalid_lambda_star_etc:
  ///     | '*' (':' | ',' (':' | '**'))
  ///     | '*' lambda_param '='
  ///     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*'
  ///       (lambda_param_no_default | ',')
  func invalidStarEtc(lambda: Bool) throws(PySyntaxError) {
    let mark = pos
    let close: TokenKind = lambda ? .colon : .rpar
    if let star = try expect(.star) {
      if try accept(close) {
        throw lambda ? errorAtLastToken("named arguments must follow bare *")
                     : error(at: star, "named arguments must follow bare *")
      }
      if try accept(.comma) {
        let k = try peekKind()
        if k == close || k == .doubleStar {
          pos += 1
          throw lambda ? errorAtLastToken("named arguments must follow bare *")
                       : error(at: star, "named arguments must follow bare *")
        }
        // '*' ',' TYPE_COMMENT: no type comments here.
      }
    }
    pos = mark
    if try accept(.star), try param(lambda: lambda) != nil, let eq = try expect(.equal) {
      throw error(at: eq, "var-positional argument cannot have default value")
    }
    pos = mark
    if try accept(.star) {
      var ok = try paramNoDefault(lambda: lambda) != nil
      if !ok { ok = try accept(.comma) }
      if ok {
        _ = try paramsMaybeDefault(lambda: lambda)
        if let star2 = try expect(.star) {
          var ok2 = try paramNoDefault(lambda: lambda) != nil
          if !ok2 { ok2 = try accept(.comma) }
          if ok2 {
            throw error(at: star2, "* argument may appear only once")
          }
        }
      }
    }
    pos = mark
  }

  /// invalid_kwds:
  ///     | '**' param '='
  ///     | '**' param ',' param
  ///     | '**' param ',' ('*'|'**'|'/')
  func invalidKwds(lambda: Bool) throws(PySyntaxError) {
    let mark = pos
    guard try accept(.doubleStar), try param(lambda: lambda) != nil else { pos = mark; return }
    let afterParam = pos
    if let eq = try expect(.equal) {
      throw error(at: eq, "var-keyword argument cannot have default value")
    }
    if try accept(.comma) {
      let m = pos
      if let p = try param(lambda: lambda) {
        throw error(node: p.range, "arguments cannot follow var-keyword argument")
      }
      pos = m
      let k = try peekKind()
      if k == .star || k == .doubleStar || k == .slash {
        throw error(at: m, "arguments cannot follow var-keyword argument")
      }
    }
    pos = afterParam
    pos = mark
  }
}
