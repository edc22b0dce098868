import PySyntax

/// `try`/`except`/`else`/`finally`, `except*` and `with` (CPython's `compiler_try_except`,
/// `compiler_try_finally`, `compiler_try_star_except`, `compiler_with`, `compiler_async_with`).
///
/// Register design: a protected region sends its exceptions to a handler label with the
/// exception in a register reserved for the statement. A handler first saves the previously
/// handled exception (`pushExcInfo P, E`); every way out of it restores that (`popExcept P`),
/// including a second "cleanup" handler around the handler code that restores and re-raises.
extension CodeGenerator {
  func compileTryExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt]) throws(PySyntaxError) {
    let exception = builder.allocate()
    let previous = builder.allocate()
    let handlerLabel = builder.newLabel()
    let cleanup = builder.newLabel()
    let end = builder.newLabel()
    let outer = builder.currentHandler

    builder.currentHandler = builder.addHandler(label: handlerLabel, exceptionRegister: exception)
    try pushFrameBlock(.tryExcept, outerHandler: outer)
    try compileStatements(body)
    popFrameBlock()
    builder.currentHandler = outer
    try compileStatements(orelse)
    withArtificialLocation { builder.emitJump(.jump, to: end) }

    builder.bind(handlerLabel)
    builder.location = .artificial
    let cleanupHandler = builder.addHandler(label: cleanup, exceptionRegister: exception)
    builder.currentHandler = cleanupHandler
    builder.emit(.pushExcInfo, a: previous, b: exception)
    try pushFrameBlock(.exceptionHandler, outerHandler: outer)
    for (i, handler) in handlers.enumerated() {
      builder.location = handler.range
      if handler.type == nil && i < handlers.count - 1 {
        throw error("default 'except:' must be last")
      }
      let next = builder.newLabel()
      let mark = builder.top
      if let type = handler.type {
        let t = try compileToRegister(type)
        let match = builder.allocate()
        builder.emit(.checkExcMatch, a: match, b: exception, c: t)
        builder.emitJump(.jumpIfFalse, a: match, to: next)
        builder.release(to: mark)
      }
      if let name = handler.name {
        try storeName(name, from: exception)
        // try: body  finally: name = None; del name
        let nameCleanup = builder.newLabel()
        builder.currentHandler = builder.addHandler(label: nameCleanup, exceptionRegister: exception)
        try pushFrameBlock(.handlerCleanup(previousException: previous, name: name),
                           outerHandler: outer)
        try compileStatements(handler.body)
        popFrameBlock()
        builder.location = .artificial
        builder.currentHandler = outer
        builder.emit(.popExcept, a: previous)
        try unbindHandlerName(name)
        builder.emitJump(.jump, to: end)

        builder.bind(nameCleanup)
        builder.currentHandler = cleanupHandler
        try unbindHandlerName(name)
        builder.emit(.reraise, a: exception)
      } else {
        try pushFrameBlock(.handlerCleanup(previousException: previous, name: nil), outerHandler: outer)
        try compileStatements(handler.body)
        popFrameBlock()
        builder.location = .artificial
        builder.currentHandler = outer
        builder.emit(.popExcept, a: previous)
        builder.emitJump(.jump, to: end)
        builder.currentHandler = cleanupHandler
      }
      builder.bind(next)
    }
    builder.location = .artificial
    popFrameBlock()
    builder.emit(.reraise, a: exception)

    builder.bind(cleanup)
    builder.currentHandler = outer
    builder.emit(.popExcept, a: previous)
    builder.emit(.reraise, a: exception)
    builder.bind(end)
  }

  func compileTryFinally(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt],
                         isStar: Bool) throws(PySyntaxError) {
    let exception = builder.allocate()
    let previous = builder.allocate()
    let finallyLabel = builder.newLabel()
    let cleanup = builder.newLabel()
    let exit = builder.newLabel()
    let outer = builder.currentHandler

    builder.currentHandler = builder.addHandler(label: finallyLabel, exceptionRegister: exception)
    try pushFrameBlock(.finallyTry(body: finalbody), outerHandler: outer)
    if !handlers.isEmpty {
      if isStar {
        try compileTryStarExcept(body: body, handlers: handlers, orelse: orelse)
      } else {
        try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
      }
    } else {
      try compileStatements(body)
    }
    popFrameBlock()
    builder.currentHandler = outer
    try compileStatements(finalbody)
    withArtificialLocation { builder.emitJump(.jump, to: exit) }

    builder.bind(finallyLabel)
    builder.location = .artificial
    builder.currentHandler = builder.addHandler(label: cleanup, exceptionRegister: exception)
    builder.emit(.pushExcInfo, a: previous, b: exception)
    try pushFrameBlock(.finallyEnd(previousException: previous), outerHandler: outer)
    try compileStatements(finalbody)
    popFrameBlock()
    builder.location = .artificial
    builder.emit(.reraise, a: exception)

    builder.bind(cleanup)
    builder.currentHandler = outer
    builder.emit(.popExcept, a: previous)
    builder.emit(.reraise, a: exception)
    builder.bind(exit)
  }

  /// `try` ... `except*` (PEP 654): each clause takes the matching part of the exception
  /// group; what is unhandled or raised in the clauses is re-raised together at the end.
  func compileTryStarExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt]) throws(PySyntaxError) {
    let exception = builder.allocate()   // the group, then what is left unmatched
    let previous = builder.allocate()
    let original = builder.allocate()
    let raised = builder.allocate()      // list of exceptions raised/unhandled
    let handlerLabel = builder.newLabel()
    let orelseLabel = builder.newLabel()
    let cleanup = builder.newLabel()
    let reraiseStar = builder.newLabel()
    let end = builder.newLabel()
    let outer = builder.currentHandler

    builder.currentHandler = builder.addHandler(label: handlerLabel, exceptionRegister: exception)
    try pushFrameBlock(.tryExcept, outerHandler: outer)
    try compileStatements(body)
    popFrameBlock()
    builder.currentHandler = outer
    withArtificialLocation { builder.emitJump(.jump, to: orelseLabel) }

    builder.bind(handlerLabel)
    builder.location = .artificial
    let cleanupHandler = builder.addHandler(label: cleanup, exceptionRegister: exception)
    builder.currentHandler = cleanupHandler
    builder.emit(.pushExcInfo, a: previous, b: exception)
    try pushFrameBlock(.exceptionGroupHandler, outerHandler: outer)
    for (i, handler) in handlers.enumerated() {
      builder.location = handler.range
      let exceptLabel = builder.newLabel()
      let withError = builder.newLabel()
      let noMatch = builder.newLabel()
      if i == 0 {
        builder.emit(.move, a: original, b: exception)
        builder.emit(.buildList, a: raised, b: builder.top, c: 0)
      }
      let mark = builder.top
      let match = builder.allocate(2)
      if let type = handler.type {
        let t = try compileToRegister(type)
        builder.emit(.checkEgMatch, a: match, b: exception, c: t)
        builder.emit(.move, a: exception, b: match + 1)
        builder.emitJump(.jumpIfNone, a: match, to: noMatch)
      } else {
        builder.emit(.move, a: match, b: exception)
      }
      if let name = handler.name { try storeName(name, from: match) }

      let bodyCleanup = builder.newLabel()
      let bodyException = builder.allocate()
      builder.currentHandler = builder.addHandler(label: bodyCleanup, exceptionRegister: bodyException)
      try pushFrameBlock(.handlerCleanup(previousException: previous, name: handler.name),
                         outerHandler: cleanupHandler)
      try compileStatements(handler.body)
      popFrameBlock()
      builder.location = .artificial
      builder.currentHandler = cleanupHandler
      if let name = handler.name { try unbindHandlerName(name) }
      builder.emitJump(.jump, to: exceptLabel)

      builder.bind(bodyCleanup)
      if let name = handler.name { try unbindHandlerName(name) }
      builder.emit(.listAppend, a: raised, b: bodyException)
      builder.emitJump(.jump, to: withError)
      builder.bind(exceptLabel)
      builder.emitJump(.jump, to: withError)
      builder.bind(noMatch)
      builder.bind(withError)
      builder.release(to: mark)
      if i == handlers.count - 1 {
        builder.emit(.listAppend, a: raised, b: exception)
        builder.emitJump(.jump, to: reraiseStar)
      }
    }
    builder.location = .artificial
    popFrameBlock()

    builder.bind(reraiseStar)
    let result = builder.allocate()
    let reraise = builder.newLabel()
    builder.emit(.prepReraiseStar, a: result, b: original, c: raised)
    builder.emitJump(.jumpIfNotNone, a: result, to: reraise)
    builder.currentHandler = outer
    builder.emit(.popExcept, a: previous)
    builder.emitJump(.jump, to: end)
    builder.bind(reraise)
    builder.emit(.popExcept, a: previous)
    builder.emit(.reraise, a: result)

    builder.bind(cleanup)
    builder.emit(.popExcept, a: previous)
    builder.emit(.reraise, a: exception)

    builder.bind(orelseLabel)
    try compileStatements(orelse)
    builder.bind(end)
  }

  // MARK: with

  func compileWith(_ s: Stmt, items: [WithItem], body: [Stmt], index: Int) throws(PySyntaxError) {
    let item = items[index]
    let mark = builder.top
    let context = try compileToRegister(item.contextExpr)
    let exit = builder.allocate(2)
    builder.emit(.beforeWith, a: exit, b: context)
    try compileWithBody(s, items: items, body: body, index: index, exit: exit, isAsync: false)
    builder.release(to: mark)
  }

  func compileAsyncWith(_ s: Stmt, items: [WithItem], body: [Stmt], index: Int) throws(PySyntaxError) {
    if isTopLevelAwait {
      unit.scope.isCoroutine = true
    } else if unit.scopeType != .asyncFunction {
      throw error("'async with' outside async function")
    }
    let item = items[index]
    let mark = builder.top
    let context = try compileToRegister(item.contextExpr)
    let exit = builder.allocate(2)
    builder.emit(.beforeAsyncWith, a: exit, b: context)
    emitAwait(exit + 1, kind: 1)
    try compileWithBody(s, items: items, body: body, index: index, exit: exit, isAsync: true)
    builder.release(to: mark)
  }

  /// The part shared by `with` and `async with` once `__exit__` is in `exit` and the
  /// `__enter__` result in `exit + 1`.
  private func compileWithBody(_ s: Stmt, items: [WithItem], body: [Stmt], index: Int, exit: Int,
                               isAsync: Bool) throws(PySyntaxError) {
    let item = items[index]
    let exception = builder.allocate()
    let previous = builder.allocate()
    let final = builder.newLabel()
    let cleanup = builder.newLabel()
    let done = builder.newLabel()
    let outer = builder.currentHandler

    builder.currentHandler = builder.addHandler(label: final, exceptionRegister: exception)
    try pushFrameBlock(.with(exit: exit, isAsync: isAsync, stmt: s), outerHandler: outer)
    if let target = item.optionalVars {
      try assign(target, from: exit + 1)
    }
    if index + 1 == items.count {
      try compileStatements(body)
    } else if isAsync {
      try compileAsyncWith(s, items: items, body: body, index: index + 1)
    } else {
      try compileWith(s, items: items, body: body, index: index + 1)
    }
    builder.location = .artificial
    popFrameBlock()
    builder.currentHandler = outer

    builder.location = s.range
    emitCallExitWithNones(exit, isAsync: isAsync)
    builder.emitJump(.jump, to: done)

    // An exception in the body: exit(type, value, traceback) decides whether it propagates.
    builder.bind(final)
    builder.currentHandler = builder.addHandler(label: cleanup, exceptionRegister: exception)
    builder.emit(.pushExcInfo, a: previous, b: exception)
    let suppress = builder.newLabel()
    let result = builder.allocate()
    builder.emit(.withExceptStart, a: result, b: exit, c: exception)
    if isAsync { emitAwait(result, kind: 2) }
    builder.location = .artificial
    builder.emitJump(.jumpIfTrue, a: result, to: suppress)
    builder.emit(.reraise, a: exception)
    builder.bind(cleanup)
    builder.currentHandler = outer
    builder.emit(.popExcept, a: previous)
    builder.emit(.reraise, a: exception)
    builder.bind(suppress)
    builder.emit(.popExcept, a: previous)
    builder.bind(done)
  }
}
