import PySyntax

/// Comprehensions and generator expressions (CPython 3.11's `compiler_comprehension`): each is
/// a nested function taking the outermost iterator as its parameter `.0`, called on the spot.
extension CodeGenerator {
  enum ComprehensionKind { case generator, list, set, dict }

  func compileComprehension(_ e: Expr, kind: ComprehensionKind, name: String,
                            generators: [Comprehension], element: Expr, value: Expr?,
                            into dest: Int) throws(PySyntaxError) {
    guard let scope = table.scope(for: e) else {
      throw error("internal error: no symbol table for comprehension")
    }
    let outerScopeType = unit.scopeType
    let topLevelAwait = isTopLevelAwait
    let outermost = generators[0]
    let isAsyncGenerator = scope.isCoroutine

    let code: CodeUnit
    if let cached = compiledScopes[ObjectIdentifier(e)] {
      code = cached
    } else {
      enterScope(scope, type: .comprehension, name: name, firstLineno: Int(e.range.lineno),
                 walrusSource: .expression(e))
      builder.location = e.range
      if isAsyncGenerator && kind != .generator && outerScopeType != .asyncFunction
          && outerScopeType != .comprehension && !topLevelAwait {
        throw error("asynchronous comprehension outside of an asynchronous function")
      }
      unit.argCount = 1
      var result = -1
      if kind != .generator {
        result = builder.allocate()
        switch kind {
        case .list: builder.emit(.buildList, a: result, b: builder.top, c: 0)
        case .set: builder.emit(.buildSet, a: result, b: builder.top, c: 0)
        case .dict: builder.emit(.buildMap, a: result, b: builder.top, c: 0)
        case .generator: break
        }
      }
      try compileComprehensionGenerator(generators, index: 0, kind: kind, element: element,
                                        value: value, result: result)
      if kind != .generator { builder.emit(.return, a: result) }
      code = try exitScope()
      compiledScopes[ObjectIdentifier(e)] = code
    }
    if topLevelAwait && isAsyncGenerator { unit.scope.isCoroutine = true }

    let mark = builder.top
    let reuse = dest == builder.top - 1 && builder.isTemporary(dest)
    let function = reuse ? dest : builder.allocate()
    try emitMakeFunction(code, into: function, flags: 0)
    let iterator = builder.allocate()
    try compile(outermost.iter, into: iterator)
    builder.emit(outermost.isAsync != 0 ? .getAIter : .getIter, a: iterator, b: iterator)
    builder.emit(.call, a: function, b: 1)
    if isAsyncGenerator && kind != .generator { emitAwait(function, kind: 0) }
    if !reuse { builder.emit(.move, a: dest, b: function) }
    builder.release(to: mark)
  }

  private func compileComprehensionGenerator(_ generators: [Comprehension], index: Int,
                                             kind: ComprehensionKind, element: Expr, value: Expr?,
                                             result: Int) throws(PySyntaxError) {
    if generators[index].isAsync != 0 {
      try compileAsyncComprehensionGenerator(generators, index: index, kind: kind, element: element,
                                             value: value, result: result)
    } else {
      try compileSyncComprehensionGenerator(generators, index: index, kind: kind, element: element,
                                            value: value, result: result)
    }
  }

  private func compileSyncComprehensionGenerator(_ generators: [Comprehension], index: Int,
                                                 kind: ComprehensionKind, element: Expr, value: Expr?,
                                                 result: Int) throws(PySyntaxError) {
    let gen = generators[index]
    let start = builder.newLabel()
    let ifCleanup = builder.newLabel()
    let anchor = builder.newLabel()
    let mark = builder.top
    var loops = true
    var iterator = 0          // `.0`, the outermost iterator, is parameter 0
    var singleValue: Int? = nil
    if index > 0 {
      // `for y in [f(x)]`: the one element is simply bound, no loop.
      var elts: [Expr]? = nil
      if folded[gen.iter] == nil {
        switch gen.iter.kind {
        case .list(let es, _), .tuple(let es, _): elts = es
        default: break
        }
      }
      if let elts, elts.count == 1, !isStarred(elts[0]) {
        let r = builder.allocate()
        try compile(elts[0], into: r)
        singleValue = r
        loops = false
      } else {
        iterator = builder.allocate()
        try compile(gen.iter, into: iterator)
        builder.emit(.getIter, a: iterator, b: iterator)
      }
    }
    if loops {
      builder.bind(start)
      let direct = try directLocalTarget(gen.target)
      let v = direct ?? builder.allocate()
      builder.emitBranchC(.forIter, a: iterator, b: v, to: anchor)
      if direct == nil { try assign(gen.target, from: v) }
    } else {
      try assign(gen.target, from: singleValue!)
    }
    for cond in gen.ifs { try compileJumpIf(cond, cond: false, to: ifCleanup) }
    if index + 1 < generators.count {
      try compileComprehensionGenerator(generators, index: index + 1, kind: kind, element: element,
                                        value: value, result: result)
    } else {
      try compileComprehensionElement(kind: kind, element: element, value: value, result: result)
    }
    builder.bind(ifCleanup)
    if loops {
      builder.emitJump(.jump, to: start)
      builder.bind(anchor)
      if index > 0 { withArtificialLocation { builder.emit(.clear, a: iterator) } }
    }
    builder.release(to: mark)
  }

  private func compileAsyncComprehensionGenerator(_ generators: [Comprehension], index: Int,
                                                  kind: ComprehensionKind, element: Expr, value: Expr?,
                                                  result: Int) throws(PySyntaxError) {
    let gen = generators[index]
    let start = builder.newLabel()
    let except = builder.newLabel()
    let ifCleanup = builder.newLabel()
    let mark = builder.top
    var iterator = 0
    if index > 0 {
      iterator = builder.allocate()
      try compile(gen.iter, into: iterator)
      builder.emit(.getAIter, a: iterator, b: iterator)
    }
    builder.bind(start)
    try pushFrameBlock(.asyncComprehensionGenerator, outerHandler: builder.currentHandler)
    let exception = builder.allocate()
    let v = builder.allocate()
    let outer = builder.currentHandler
    builder.currentHandler = builder.addHandler(label: except, exceptionRegister: exception)
    let awaitable = builder.allocate()
    builder.emit(.getANext, a: awaitable, b: iterator)
    builder.emit(.loadNone, a: v)
    emitYieldFromLoop(value: v, iterator: awaitable)
    builder.release(to: awaitable)
    builder.currentHandler = outer
    try assign(gen.target, from: v)
    for cond in gen.ifs { try compileJumpIf(cond, cond: false, to: ifCleanup) }
    if index + 1 < generators.count {
      try compileComprehensionGenerator(generators, index: index + 1, kind: kind, element: element,
                                        value: value, result: result)
    } else {
      try compileComprehensionElement(kind: kind, element: element, value: value, result: result)
    }
    builder.bind(ifCleanup)
    builder.emitJump(.jump, to: start)
    popFrameBlock()
    builder.bind(except)
    builder.emit(.endAsyncFor, a: exception)
    if index > 0 { withArtificialLocation { builder.emit(.clear, a: iterator) } }
    builder.release(to: mark)
  }

  /// The innermost step: yield the element, or add it to the result.
  private func compileComprehensionElement(kind: ComprehensionKind, element: Expr, value: Expr?,
                                           result: Int) throws(PySyntaxError) {
    let mark = builder.top
    switch kind {
    case .generator:
      let r = builder.allocate()
      try compile(element, into: r)
      let sent = builder.allocate()
      emitYield(value: r, into: sent)
    case .list:
      let r = try compileToRegister(element)
      builder.emit(.listAppend, a: result, b: r)
    case .set:
      let r = try compileToRegister(element)
      builder.emit(.setAdd, a: result, b: r)
    case .dict:
      let k = try compileToRegister(element)
      let v = try compileToRegister(value!)
      builder.emit(.mapAdd, a: result, b: k, c: v)
    }
    builder.release(to: mark)
  }

  func isStarred(_ e: Expr) -> Bool {
    if case .starred = e.kind { return true }
    return false
  }
}
