import PySyntax

/// Loops, `break`/`continue`/`return`, and the frame-block stack they unwind (CPython's
/// `compiler_for`, `compiler_while`, `compiler_async_for`, `compiler_unwind_fblock`).
extension CodeGenerator {
  /// CPython's CO_MAXBLOCKS.
  static let maxStaticBlocks = 20

  func pushFrameBlock(_ kind: FrameBlock.Kind, outerHandler: Int32) throws(PySyntaxError) {
    if unit.frameBlocks.count >= Self.maxStaticBlocks {
      throw error("too many statically nested blocks")
    }
    unit.frameBlocks.append(FrameBlock(kind: kind, outerHandler: outerHandler))
  }

  func popFrameBlock() {
    unit.frameBlocks.removeLast()
  }

  // MARK: for / while

  func compileFor(_ s: Stmt, target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt]) throws(PySyntaxError) {
    let start = builder.newLabel()
    let cleanup = builder.newLabel()
    let end = builder.newLabel()
    let iterator = builder.allocate()
    try pushFrameBlock(.forLoop(continueLabel: start, breakLabel: end, iterator: iterator),
                       outerHandler: builder.currentHandler)
    let iterable = try compileToRegister(iter)
    builder.emit(.getIter, a: iterator, b: iterable)
    builder.release(to: iterator + 1)
    builder.bind(start)
    let direct = try directLocalTarget(target)
    let value = direct ?? builder.allocate()
    builder.emitBranchC(.forIter, a: iterator, b: value, to: cleanup)
    if direct == nil { try assign(target, from: value) }
    try compileStatements(body)
    withArtificialLocation { builder.emitJump(.jump, to: start) }
    builder.bind(cleanup)
    popFrameBlock()
    withArtificialLocation { builder.emit(.clear, a: iterator) }
    try compileStatements(orelse)
    builder.bind(end)
  }

  /// The register of a loop target that is a plain fast local, so the loop can write it
  /// directly.
  func directLocalTarget(_ target: Expr) throws(PySyntaxError) -> Int? {
    guard unit.isFunctionBlock, case .name(let id, _) = target.kind else { return nil }
    guard case (.fast(let r), _) = resolve(id) else { return nil }
    try withLocation(target.range) { () throws(PySyntaxError) in try checkForbiddenName(id, .store) }
    return r
  }

  func compileAsyncFor(_ s: Stmt, target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt]) throws(PySyntaxError) {
    if isTopLevelAwait {
      unit.scope.isCoroutine = true
    } else if unit.scopeType != .asyncFunction {
      throw error("'async for' outside async function")
    }
    let start = builder.newLabel()
    let except = builder.newLabel()
    let end = builder.newLabel()
    let iterator = builder.allocate()
    try compile(iter, into: iterator)
    builder.emit(.getAIter, a: iterator, b: iterator)
    builder.bind(start)
    try pushFrameBlock(.forLoop(continueLabel: start, breakLabel: end, iterator: iterator),
                       outerHandler: builder.currentHandler)
    let exception = builder.allocate()
    let value = builder.allocate()
    let outer = builder.currentHandler
    builder.currentHandler = builder.addHandler(label: except, exceptionRegister: exception)
    let awaitable = builder.allocate()
    builder.emit(.getANext, a: awaitable, b: iterator)
    builder.emit(.loadNone, a: value)
    emitYieldFromLoop(value: value, iterator: awaitable)
    builder.release(to: awaitable)
    builder.currentHandler = outer
    try assign(target, from: value)
    try compileStatements(body)
    withArtificialLocation { builder.emitJump(.jump, to: start) }
    popFrameBlock()
    builder.bind(except)
    withLocationNoThrow(iter.range) { builder.emit(.endAsyncFor, a: exception) }
    withArtificialLocation { builder.emit(.clear, a: iterator) }
    try compileStatements(orelse)
    builder.bind(end)
  }

  func compileWhile(_ s: Stmt, test: Expr, body: [Stmt], orelse: [Stmt]) throws(PySyntaxError) {
    let loop = builder.newLabel()
    let bodyLabel = builder.newLabel()
    let anchor = builder.newLabel()
    let end = builder.newLabel()
    builder.bind(loop)
    try pushFrameBlock(.whileLoop(continueLabel: loop, breakLabel: end), outerHandler: builder.currentHandler)
    try compileJumpIf(test, cond: false, to: anchor)
    builder.bind(bodyLabel)
    try compileStatements(body)
    builder.location = s.range
    try compileJumpIf(test, cond: true, to: bodyLabel)
    popFrameBlock()
    builder.bind(anchor)
    try compileStatements(orelse)
    builder.bind(end)
  }

  // MARK: break / continue / return

  func compileBreak() throws(PySyntaxError) {
    let loc = builder.location
    let handler = builder.currentHandler
    guard let loop = try unwindFrameBlocks(stopAtLoop: true) else {
      builder.location = loc
      throw error("'break' outside loop")
    }
    try unwind(loop)
    switch loop.kind {
    case .whileLoop(_, let breakLabel), .forLoop(_, let breakLabel, _):
      builder.emitJump(.jump, to: breakLabel)
    default:
      break
    }
    builder.currentHandler = handler
  }

  func compileContinue() throws(PySyntaxError) {
    let loc = builder.location
    let handler = builder.currentHandler
    guard let loop = try unwindFrameBlocks(stopAtLoop: true) else {
      builder.location = loc
      throw error("'continue' not properly in loop")
    }
    builder.currentHandler = loop.outerHandler
    switch loop.kind {
    case .whileLoop(let continueLabel, _), .forLoop(let continueLabel, _, _):
      builder.emitJump(.jump, to: continueLabel)
    default:
      break
    }
    builder.currentHandler = handler
  }

  func compileReturn(_ s: Stmt, value: Expr?) throws(PySyntaxError) {
    guard unit.isFunctionBlock else { throw error("'return' outside function") }
    if value != nil && unit.scope.isCoroutine && unit.scope.isGenerator {
      throw error("'return' with value in async generator")
    }
    let handler = builder.currentHandler
    let preserve = value.map { !isConstant($0) } ?? false
    var result: Int? = nil
    if let value, preserve {
      // Leaving a `finally`, `with` or `except ... as` runs code that may rebind a local.
      let needsCopy = unit.frameBlocks.contains { fb in
        switch fb.kind {
        case .finallyTry, .with, .handlerCleanup: return true
        default: return false
        }
      }
      if needsCopy {
        let r = builder.allocate()
        try compile(value, into: r)
        result = r
      } else {
        result = try compileToRegister(value)
      }
    }
    builder.location = s.range
    _ = try unwindFrameBlocks(stopAtLoop: false)
    if let value, !preserve {
      let constant = constantValue(value)!
      if case .constant(.none) = constant {
        builder.emit(.returnNone)
      } else {
        let r = builder.allocate()
        emitLoadConstant(constant, into: r)
        builder.emit(.return, a: r)
      }
    } else if let result {
      builder.emit(.return, a: result)
    } else {
      builder.emit(.returnNone)
    }
    builder.currentHandler = handler
  }

  /// Emits the clean-up code of every frame block from the innermost outwards, stopping at
  /// the innermost loop when `stopAtLoop` (which is returned, not unwound). The frame-block
  /// stack is unchanged afterwards (CPython's `compiler_unwind_fblock_stack`).
  func unwindFrameBlocks(stopAtLoop: Bool) throws(PySyntaxError) -> FrameBlock? {
    let u = unit!
    let saved = u.frameBlocks
    defer { u.frameBlocks = saved }
    while let top = unit.frameBlocks.last {
      if case .exceptionGroupHandler = top.kind {
        throw error("'break', 'continue' and 'return' cannot appear in an except* block")
      }
      if stopAtLoop {
        switch top.kind {
        case .whileLoop, .forLoop: return top
        default: break
        }
      }
      unit.frameBlocks.removeLast()
      try unwind(top)
    }
    return nil
  }

  /// The clean-up code for leaving one frame block early (CPython's `compiler_unwind_fblock`).
  private func unwind(_ fb: FrameBlock) throws(PySyntaxError) {
    builder.currentHandler = fb.outerHandler
    switch fb.kind {
    case .whileLoop, .tryExcept, .exceptionHandler, .exceptionGroupHandler, .asyncComprehensionGenerator:
      break
    case .forLoop(_, _, let iterator):
      builder.emit(.clear, a: iterator)
    case .finallyTry(let body):
      try compileStatements(body)
      builder.location = .artificial
    case .finallyEnd(let previous):
      builder.emit(.popExcept, a: previous)
    case .with(let exit, let isAsync, let stmt):
      builder.location = stmt.range
      emitCallExitWithNones(exit, isAsync: isAsync)
      builder.location = .artificial
    case .handlerCleanup(let previous, let name):
      builder.emit(.popExcept, a: previous)
      if let name { try unbindHandlerName(name) }
    }
  }

  /// `exit(None, None, None)` for leaving a `with` block normally (awaited for `async with`).
  func emitCallExitWithNones(_ exit: Int, isAsync: Bool) {
    let mark = builder.top
    let window = builder.allocate(4)
    builder.emit(.move, a: window, b: exit)
    builder.emit(.loadNone, a: window + 1)
    builder.emit(.loadNone, a: window + 2)
    builder.emit(.loadNone, a: window + 3)
    builder.emit(.call, a: window, b: 3)
    if isAsync { emitAwait(window, kind: 2) }
    builder.release(to: mark)
  }
}
