import PySyntax

/// The match statement (PEP 634, CPython's `compiler_match` and `compiler_pattern_*`).
///
/// With registers there is no stack to keep in order: a pattern tests a subject register and
/// jumps to the case's failure label on a mismatch; the values it captures stay in their
/// registers and are stored to their names only once the whole pattern has matched (before
/// the guard), as CPython does.
extension CodeGenerator {
  /// What one case's pattern collects while it is compiled.
  struct PatternContext {
    /// Captured names in capture order, with the register holding each value.
    var stores: [(name: String, register: Int)] = []
    /// False while an irrefutable pattern here would make later cases unreachable.
    var allowIrrefutable: Bool
    var fail: Label
  }

  func compileMatch(_ s: Stmt, subject: Expr, cases: [MatchCase]) throws(PySyntaxError) {
    let subjectRegister = builder.allocate()
    try compile(subject, into: subjectRegister)
    let end = builder.newLabel()
    let last = cases[cases.count - 1]
    let hasDefault = isWildcard(last.pattern) && cases.count > 1
    for i in 0..<(cases.count - (hasDefault ? 1 : 0)) {
      let m = cases[i]
      builder.location = m.pattern.range
      let fail = builder.newLabel()
      var ctx = PatternContext(allowIrrefutable: m.guard != nil || i == cases.count - 1, fail: fail)
      let mark = builder.top
      try compilePattern(m.pattern, subject: subjectRegister, &ctx)
      for (name, register) in ctx.stores { try storeName(name, from: register) }
      builder.release(to: mark)
      if let g = m.guard { try compileJumpIf(g, cond: false, to: fail) }
      try compileStatements(m.body)
      withArtificialLocation { builder.emitJump(.jump, to: end) }
      builder.location = m.pattern.range
      builder.bind(fail)
    }
    if hasDefault {
      builder.location = last.pattern.range
      if let g = last.guard { try compileJumpIf(g, cond: false, to: end) }
      try compileStatements(last.body)
    }
    builder.bind(end)
  }

  private func isWildcard(_ p: Pattern) -> Bool {
    if case .matchAs(nil, nil) = p.kind { return true }
    return false
  }

  private func isStarWildcard(_ p: Pattern) -> Bool {
    if case .matchStar(nil) = p.kind { return true }
    return false
  }

  /// Compiles `p` against the value in `subject`; on a mismatch control goes to `ctx.fail`.
  private func compilePattern(_ p: Pattern, subject: Int, _ ctx: inout PatternContext) throws(PySyntaxError) {
    builder.location = p.range
    switch p.kind {
    case .matchValue(let value):
      switch value.kind {
      case .constant, .attribute: break
      default:
        if folded[value] == nil { throw error("patterns may only match literals and attribute lookups") }
      }
      let v = try compileToRegister(value)
      let r = builder.allocate()
      builder.emit(.eq, a: r, b: subject, c: v)
      builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)

    case .matchSingleton(let value):
      if case .none = value {
        builder.emitJump(.jumpIfNotNone, a: subject, to: ctx.fail)
      } else {
        let k = builder.allocate()
        emitLoadConstant(.constant(value), into: k)
        let r = builder.allocate()
        builder.emit(.is, a: r, b: subject, c: k)
        builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)
      }

    case .matchSequence(let patterns):
      try compileSequencePattern(patterns, subject: subject, &ctx)

    case .matchMapping(let keys, let patterns, let rest):
      try compileMappingPattern(keys: keys, patterns: patterns, rest: rest, subject: subject, &ctx)

    case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
      try compileClassPattern(p, cls: cls, patterns: patterns, kwdAttrs: kwdAttrs,
                              kwdPatterns: kwdPatterns, subject: subject, &ctx)

    case .matchStar(let name):
      try capture(name, subject, &ctx)

    case .matchAs(let pattern, let name):
      if let pattern {
        try compilePattern(pattern, subject: subject, &ctx)
        builder.location = p.range
        try capture(name, subject, &ctx)
      } else {
        if !ctx.allowIrrefutable {
          if let name { throw error("name capture \(PythonRepr.string(name)) makes remaining patterns unreachable") }
          throw error("wildcard makes remaining patterns unreachable")
        }
        try capture(name, subject, &ctx)
      }

    case .matchOr(let alternatives):
      try compileOrPattern(alternatives, subject: subject, &ctx)
    }
  }

  /// A sub-pattern may be irrefutable.
  private func compileSubpattern(_ p: Pattern, subject: Int, _ ctx: inout PatternContext) throws(PySyntaxError) {
    let allow = ctx.allowIrrefutable
    ctx.allowIrrefutable = true
    try compilePattern(p, subject: subject, &ctx)
    ctx.allowIrrefutable = allow
  }

  /// Records a name capture (CPython's `pattern_helper_store_name`).
  private func capture(_ name: String?, _ register: Int, _ ctx: inout PatternContext) throws(PySyntaxError) {
    guard let name else { return }
    try checkForbiddenName(name, .store)
    if ctx.stores.contains(where: { $0.name == name }) {
      throw error("multiple assignments to name \(PythonRepr.string(name)) in pattern")
    }
    ctx.stores.append((name, register))
  }

  private func compileSequencePattern(_ patterns: [Pattern], subject: Int,
                                      _ ctx: inout PatternContext) throws(PySyntaxError) {
    let size = patterns.count
    var star = -1
    var onlyWildcard = true
    var starWildcard = false
    for (i, p) in patterns.enumerated() {
      if case .matchStar = p.kind {
        if star >= 0 { throw error("multiple starred names in sequence pattern") }
        starWildcard = isStarWildcard(p)
        onlyWildcard = onlyWildcard && starWildcard
        star = i
        continue
      }
      onlyWildcard = onlyWildcard && isWildcard(p)
    }
    let r = builder.allocate()
    builder.emit(.matchSequence, a: r, b: subject)
    builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)
    if star < 0 || size > 1 {
      let length = builder.allocate()
      let k = builder.allocate()
      builder.emit(.getLen, a: length, b: subject)
      emitLoadInt(star < 0 ? size : size - 1, into: k)
      builder.emit(star < 0 ? .eq : .ge, a: r, b: length, c: k)
      builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)
    }
    if onlyWildcard { return }
    if starWildcard {
      // [a, *_, b]: index from both ends instead of unpacking.
      for (i, p) in patterns.enumerated() {
        if isWildcard(p) || i == star { continue }
        let index = builder.allocate()
        if i < star {
          emitLoadInt(i, into: index)
        } else {
          let length = builder.allocate()
          builder.emit(.getLen, a: length, b: subject)
          let k = builder.allocate()
          emitLoadInt(size - i, into: k)
          builder.emit(.sub, a: index, b: length, c: k)
        }
        let item = builder.allocate()
        builder.emit(.subscr, a: item, b: subject, c: index)
        try compileSubpattern(p, subject: item, &ctx)
      }
      return
    }
    let base = builder.allocate(size)
    if star >= 0 {
      if star >= 1 << 8 || size - star - 1 >= 1 << 10 {
        throw error("too many expressions in star-unpacking sequence pattern")
      }
      builder.emit(.unpackEx, a: base, b: subject, c: star | (size - star - 1) << 10)
    } else {
      builder.emit(.unpackSequence, a: base, b: subject, c: size)
    }
    for (i, p) in patterns.enumerated() {
      try compileSubpattern(p, subject: base + i, &ctx)
    }
  }

  private func compileMappingPattern(keys: [Expr], patterns: [Pattern], rest: String?, subject: Int,
                                     _ ctx: inout PatternContext) throws(PySyntaxError) {
    let size = keys.count
    let r = builder.allocate()
    builder.emit(.matchMapping, a: r, b: subject)
    builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)
    if size == 0 && rest == nil { return }
    if size > 0 {
      let length = builder.allocate()
      let k = builder.allocate()
      builder.emit(.getLen, a: length, b: subject)
      emitLoadInt(size, into: k)
      builder.emit(.ge, a: r, b: length, c: k)
      builder.emitJump(.jumpIfFalse, a: r, to: ctx.fail)
    }
    var seen: [CodeConstant] = []
    let keyBase = builder.allocate(size)
    for (i, key) in keys.enumerated() {
      if let c = constantValue(key) {
        if seen.contains(where: { ConstantEquality.pythonEqual($0, c) }) {
          throw error("mapping pattern checks duplicate key (\(ConstantEquality.repr(c)))")
        }
        seen.append(c)
      } else if case .attribute = key.kind {
        // value pattern: looked up at run time
      } else {
        throw error("mapping pattern keys may only match literals and attribute lookups")
      }
      try compile(key, into: keyBase + i)
    }
    let keyTuple = builder.allocate()
    builder.emit(.buildTuple, a: keyTuple, b: keyBase, c: size)
    let values = builder.allocate()
    builder.emit(.matchKeys, a: values, b: subject, c: keyTuple)
    builder.emitJump(.jumpIfNone, a: values, to: ctx.fail)
    if size > 0 {
      let base = builder.allocate(size)
      builder.emit(.unpackSequence, a: base, b: values, c: size)
      for (i, p) in patterns.enumerated() {
        try compileSubpattern(p, subject: base + i, &ctx)
      }
    }
    if let rest {
      let dict = builder.allocate()
      builder.emit(.copyDictWithoutKeys, a: dict, b: subject, c: keyTuple)
      try capture(rest, dict, &ctx)
    }
  }

  private func compileClassPattern(_ p: Pattern, cls: Expr, patterns: [Pattern], kwdAttrs: [String],
                                   kwdPatterns: [Pattern], subject: Int,
                                   _ ctx: inout PatternContext) throws(PySyntaxError) {
    let nargs = patterns.count
    let nattrs = kwdAttrs.count
    if nattrs != kwdPatterns.count {
      throw error("kwd_attrs (\(nattrs)) / kwd_patterns (\(kwdPatterns.count)) length mismatch in class pattern")
    }
    if nattrs > 0 {
      for (i, attr) in kwdAttrs.enumerated() {
        builder.location = kwdPatterns[i].range
        try checkForbiddenName(attr, .store)
        for j in (i + 1)..<nattrs where kwdAttrs[j] == attr {
          builder.location = kwdPatterns[j].range
          throw error("attribute name repeated in class pattern: \(attr)")
        }
      }
      builder.location = p.range
    }
    let c = try compileToRegister(cls)
    let names = builder.allocate()
    emitLoadConstant(.tuple(kwdAttrs.map { .constant(.str(PyStringLiteral($0))) }), into: names)
    let attributes = builder.allocate()
    builder.emitMatchClass(dest: attributes, subject: subject, cls: c, positionalCount: nargs,
                           keywordNames: names)
    builder.emitJump(.jumpIfNone, a: attributes, to: ctx.fail)
    let all = patterns + kwdPatterns
    guard !all.isEmpty else { return }
    let base = builder.allocate(all.count)
    builder.emit(.unpackSequence, a: base, b: attributes, c: all.count)
    for (i, sub) in all.enumerated() where !isWildcard(sub) {
      try compileSubpattern(sub, subject: base + i, &ctx)
    }
  }

  /// `p1 | p2 | ...`: every alternative must bind the same names; whichever matches, its
  /// captures are copied into shared registers (CPython's `compiler_pattern_or`).
  private func compileOrPattern(_ alternatives: [Pattern], subject: Int,
                                _ ctx: inout PatternContext) throws(PySyntaxError) {
    let end = builder.newLabel()
    var control: [String]? = nil
    var shared: [Int] = []
    for (i, alt) in alternatives.enumerated() {
      builder.location = alt.range
      let next = builder.newLabel()
      var altCtx = PatternContext(allowIrrefutable: i == alternatives.count - 1 && ctx.allowIrrefutable,
                                  fail: next)
      try compilePattern(alt, subject: subject, &altCtx)
      let names = altCtx.stores.map { $0.name }
      if control == nil {
        control = names
        let base = builder.allocate(names.count)
        shared = (0..<names.count).map { base + $0 }
      } else if names.count != control!.count || !control!.allSatisfy({ names.contains($0) }) {
        throw error("alternative patterns bind different names")
      }
      for (j, name) in control!.enumerated() {
        let source = altCtx.stores.first { $0.name == name }!.register
        builder.emit(.move, a: shared[j], b: source)
      }
      builder.emitJump(.jump, to: end)
      builder.bind(next)
    }
    builder.emitJump(.jump, to: ctx.fail)
    builder.bind(end)
    for (j, name) in control!.enumerated() {
      if ctx.stores.contains(where: { $0.name == name }) {
        throw error("multiple assignments to name \(PythonRepr.string(name)) in pattern")
      }
      ctx.stores.append((name, shared[j]))
    }
  }
}
