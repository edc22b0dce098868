import PySyntax

/// The SyntaxErrors CPython 3.11's code generator (Python/compile.c) raises without needing the
/// bytecode itself: `'return' outside function`, `'break' outside loop`, `'await' outside async
/// function`, `too many statically nested blocks`, starred-assignment errors, `__debug__`
/// assignments, repeated keyword arguments, pattern-matching errors, ...
///
/// It walks the AST in the order compile.c generates code (values before targets, a class body
/// before its bases, a comprehension's body before its outermost iterable, `finally` bodies once
/// per exit path...) and tracks the same "current location" compile.c reports errors at: every
/// statement sets it and keeps it, every expression sets it and restores it afterwards. The
/// future code generator can call `check` before generating, or absorb these rules.
struct CompileChecks {
  /// CPython's CO_MAXBLOCKS.
  static let maxBlocks = 20

  /// compile.c's `fblocktype`: the frame blocks a unit has open.
  enum FrameBlock {
    case whileLoop
    case forLoop
    case tryExcept
    case finallyTry(tryStmt: Stmt, finalbody: [Stmt])
    case finallyEnd
    /// Holds a returned value while `finally` bodies run on the way out of a `return`.
    case popValue
    case with(Stmt)
    case asyncWith(Stmt)
    case handlerCleanup
    case exceptionHandler
    case exceptionGroupHandler
    case asyncComprehensionGenerator

    var isLoop: Bool {
      switch self {
      case .whileLoop, .forLoop: return true
      default: return false
      }
    }
  }

  /// compile.c's `COMPILER_SCOPE_*`.
  enum UnitKind { case module, `class`, function, asyncFunction, lambda, comprehension }

  /// One code unit being compiled (compile.c's `struct compiler_unit`).
  struct Unit {
    var kind: UnitKind
    var scope: Scope
    var blocks: [FrameBlock] = []
    /// The location errors are reported at (`u_lineno`, ...); lineno -1 once "unset".
    var loc: SourceRange
  }

  let table: SymbolTable
  let reporter: CompileErrorReporter
  let allowTopLevelAwait: Bool
  private var unit: Unit
  /// `finally` bodies already checked at a given block depth, with the location they leave.
  private var checkedFinally: [FinallyKey: SourceRange] = [:]

  struct FinallyKey: Hashable {
    let stmt: ObjectIdentifier
    let depth: Int
  }

  init(table: SymbolTable, reporter: CompileErrorReporter, allowTopLevelAwait: Bool = false) {
    self.table = table
    self.reporter = reporter
    self.allowTopLevelAwait = allowTopLevelAwait
    self.unit = Unit(kind: .module, scope: table.top,
                     loc: SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 0))
  }

  // MARK: - Entry

  mutating func check(_ mod: Mod) throws(PySyntaxError) {
    switch mod.kind {
    case .module(let stmts, _): try moduleBody(stmts)
    case .interactive(let body): for s in body { try stmt(s) }
    case .expression(let e): try expr(e)
    case .functionType: break
    }
  }

  /// `compiler_body`: a module or class body; the docstring is evaluated as an expression.
  private mutating func moduleBody(_ stmts: [Stmt]) throws(PySyntaxError) {
    var rest = stmts[...]
    if let first = stmts.first, FutureFeatures.isDocString(first) {
      rest = stmts.dropFirst()
    }
    for s in rest { try stmt(s) }
  }

  // MARK: - Errors and locations

  private func error(_ message: String) -> PySyntaxError {
    let l = unit.loc
    return reporter.error(message, lineno: Int(l.lineno), offset: Int(l.colOffset) + 1,
                          endLineno: Int(l.endLineno), endOffset: Int(l.endColOffset) + 1)
  }

  private mutating func setLoc(_ r: SourceRange) { unit.loc = r }
  /// compile.c's UNSET_LOC: artificial code has no location (-1 everywhere).
  private mutating func unsetLoc() {
    unit.loc = SourceRange(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)
  }

  private var isTopLevelAwait: Bool { allowTopLevelAwait && unit.scope.kind == .module }

  /// compile.c's `forbidden_name`.
  private func forbiddenName(_ name: String, _ ctx: ExprContext) throws(PySyntaxError) {
    guard name == "__debug__" else { return }
    if ctx == .store { throw error("cannot assign to __debug__") }
    if ctx == .del { throw error("cannot delete __debug__") }
  }

  private mutating func pushBlock(_ b: FrameBlock) throws(PySyntaxError) {
    if unit.blocks.count >= CompileChecks.maxBlocks {
      throw error("too many statically nested blocks")
    }
    unit.blocks.append(b)
  }

  private mutating func popBlock() { unit.blocks.removeLast() }

  // MARK: - Units

  private mutating func inUnit(_ kind: UnitKind, _ scope: Scope?, lineno: Int32,
                               _ body: (inout CompileChecks) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
    guard let scope else { return }
    let saved = unit
    unit = Unit(kind: kind, scope: scope,
                loc: SourceRange(lineno: lineno, colOffset: 0, endLineno: lineno, endColOffset: 0))
    defer { unit = saved }
    try body(&self)
  }

  // MARK: - Statements

  private mutating func stmts(_ list: [Stmt]) throws(PySyntaxError) {
    for s in list { try stmt(s) }
  }

  private mutating func stmt(_ s: Stmt) throws(PySyntaxError) {
    setLoc(s.range)
    switch s.kind {
    case .functionDef(let name, let args, let body, let decorators, let returns, _),
         .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
      let isAsync: Bool
      if case .asyncFunctionDef = s.kind { isAsync = true } else { isAsync = false }
      try checkDebugArgs(args)
      for d in decorators { try expr(d) }
      try defaultArguments(args)
      try annotations(args, returns)
      let firstLine = decorators.first?.range.lineno ?? s.range.lineno
      try inUnit(isAsync ? .asyncFunction : .function, table.scope(for: s), lineno: firstLine) {
        (c: inout CompileChecks) throws(PySyntaxError) in
        var rest = body[...]
        if let first = body.first, FutureFeatures.isDocString(first) { rest = body.dropFirst() }
        for b in rest { try c.stmt(b) }
      }
      try forbiddenName(name, .store)

    case .classDef(let name, let bases, let keywords, let body, let decorators):
      for d in decorators { try expr(d) }
      let firstLine = decorators.first?.range.lineno ?? s.range.lineno
      try inUnit(.class, table.scope(for: s), lineno: firstLine) {
        (c: inout CompileChecks) throws(PySyntaxError) in
        try c.moduleBody(body)
      }
      try callHelper(bases, keywords)
      try forbiddenName(name, .store)

    case .return(let value):
      if unit.scope.kind != .function { throw error("'return' outside function") }
      if value != nil && unit.scope.isCoroutine && unit.scope.isGenerator {
        throw error("'return' with value in async generator")
      }
      if let value {
        if case .constant = value.kind {
          setLoc(value.range)
        } else {
          try expr(value)
        }
        if value.range.lineno != s.range.lineno { setLoc(s.range) }
      } else {
        setLoc(s.range)
      }
      var preserveValue = false
      if let value {
        if case .constant = value.kind {} else { preserveValue = true }
      }
      try unwindBlocks(toLoop: false, preserveValue: preserveValue)

    case .delete(let targets):
      for t in targets { try expr(t) }

    case .assign(let targets, let value, _):
      try expr(value)
      for t in targets { try expr(t) }

    case .augAssign(let target, _, let value):
      let saved = unit.loc
      setLoc(target.range)
      switch target.kind {
      case .attribute(let v, _, _): try expr(v)
      case .subscript(let v, let sl, _):
        try expr(v)
        try expr(sl)
      default: break
      }
      unit.loc = saved
      try expr(value)
      setLoc(target.range)
      if case .name(let id, _) = target.kind { try forbiddenName(id, .store) }

    case .annAssign(let target, let annotation, let value, let simple):
      if let value {
        try expr(value)
        try expr(target)
      }
      switch target.kind {
      case .name(let id, _):
        try forbiddenName(id, .store)
        if simple != 0 && (unit.kind == .module || unit.kind == .class) && !table.future.annotations {
          try expr(annotation)
        }
      case .attribute(let v, let attr, _):
        try forbiddenName(attr, .store)
        if value == nil { try expr(v) }
      case .subscript(let v, let sl, _):
        if value == nil {
          try expr(v)
          try expr(sl)
        }
      default: break
      }
      if simple == 0 && !table.future.annotations && (unit.kind == .module || unit.kind == .class) {
        try expr(annotation)
      }

    case .for(let target, let iter, let body, let orelse, _):
      try pushBlock(.forLoop)
      try expr(iter)
      try expr(target)
      try stmts(body)
      unsetLoc()
      popBlock()
      try stmts(orelse)

    case .asyncFor(let target, let iter, let body, let orelse, _):
      if !isTopLevelAwait && unit.kind != .asyncFunction {
        throw error("'async for' outside async function")
      }
      try expr(iter)
      try pushBlock(.forLoop)
      try expr(target)
      try stmts(body)
      popBlock()
      setLoc(iter.range)
      try stmts(orelse)

    case .while(let test, let body, let orelse):
      try pushBlock(.whileLoop)
      try expr(test)
      try stmts(body)
      setLoc(s.range)
      try expr(test)
      popBlock()
      try stmts(orelse)

    case .if(let test, let body, let orelse):
      try expr(test)
      try stmts(body)
      try stmts(orelse)

    case .with(let items, let body, _):
      try with(s, items, body, 0, isAsync: false)
    case .asyncWith(let items, let body, _):
      try with(s, items, body, 0, isAsync: true)

    case .match(let subject, let cases):
      try match(subject, cases)

    case .raise(let exc, let cause):
      if let exc {
        try expr(exc)
        if let cause { try expr(cause) }
      }

    case .try(let body, let handlers, let orelse, let finalbody):
      if !finalbody.isEmpty {
        try tryFinally(s, finalbody) { (c: inout CompileChecks) throws(PySyntaxError) in
          if handlers.isEmpty { try c.stmts(body) } else { try c.tryExcept(body, handlers, orelse, star: false) }
        }
      } else {
        try tryExcept(body, handlers, orelse, star: false)
      }
    case .tryStar(let body, let handlers, let orelse, let finalbody):
      if !finalbody.isEmpty {
        try tryFinally(s, finalbody) { (c: inout CompileChecks) throws(PySyntaxError) in
          if handlers.isEmpty { try c.stmts(body) } else { try c.tryExcept(body, handlers, orelse, star: true) }
        }
      } else {
        try tryExcept(body, handlers, orelse, star: true)
      }

    case .assert(let test, let msg):
      try expr(test)
      if let msg { try expr(msg) }

    case .import(let names):
      for a in names {
        if let asname = a.asname {
          try forbiddenName(asname, .store)
        } else {
          var store = a.name
          if let dot = a.name.utf8.firstIndex(of: UInt8(ascii: ".")) { store = String(a.name[..<dot]) }
          try forbiddenName(store, .store)
        }
      }

    case .importFrom(let module, let names, _):
      if Int(s.range.lineno) > table.future.lineno && module == "__future__" {
        throw error("from __future__ imports must occur at the beginning of the file")
      }
      for (i, a) in names.enumerated() {
        if i == 0 && a.name.utf8.first == UInt8(ascii: "*") { break }
        try forbiddenName(a.asname ?? a.name, .store)
      }

    case .global, .nonlocal, .pass:
      break

    case .expr(let value):
      if case .constant = value.kind { break }
      try expr(value)

    case .break:
      let saved = unit.loc
      let found = try unwindBlocks(toLoop: true)
      unit.loc = saved
      if !found { throw error("'break' outside loop") }

    case .continue:
      let saved = unit.loc
      let found = try unwindBlocks(toLoop: true)
      unit.loc = saved
      if !found { throw error("'continue' not properly in loop") }
    }
  }

  /// `compiler_unwind_fblock_stack`: what `return` (all blocks) or `break`/`continue` (up to
  /// the innermost loop) leave; `finally` bodies on the way are compiled inline (inside a
  /// POP_VALUE block when a computed return value waits on the stack). Returns whether a loop
  /// was found.
  @discardableResult
  private mutating func unwindBlocks(toLoop: Bool, preserveValue: Bool = false) throws(PySyntaxError) -> Bool {
    let saved = unit.blocks
    defer { unit.blocks = saved }
    while let top = unit.blocks.last {
      if case .exceptionGroupHandler = top {
        throw error("'break', 'continue' and 'return' cannot appear in an except* block")
      }
      if toLoop && top.isLoop { return true }
      unit.blocks.removeLast()
      switch top {
      case .with, .asyncWith:
        unsetLoc()
      case .finallyTry(let tryStmt, let finalbody):
        if preserveValue { try pushBlock(.popValue) }
        try finallyBody(tryStmt, finalbody)
        if preserveValue { popBlock() }
        unsetLoc()
      default:
        break
      }
    }
    return false
  }

  /// Checks a `finally` body at the current depth, once per (statement, depth).
  private mutating func finallyBody(_ tryStmt: Stmt, _ finalbody: [Stmt]) throws(PySyntaxError) {
    let key = FinallyKey(stmt: ObjectIdentifier(tryStmt), depth: unit.blocks.count)
    if let loc = checkedFinally[key] {
      unit.loc = loc
      return
    }
    try stmts(finalbody)
    checkedFinally[key] = unit.loc
  }

  /// `compiler_try_finally`: the body inside FINALLY_TRY, then the `finally` body on the normal
  /// path and once more inside FINALLY_END for the exceptional path.
  private mutating func tryFinally(_ s: Stmt, _ finalbody: [Stmt],
                                   _ body: (inout CompileChecks) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
    try pushBlock(.finallyTry(tryStmt: s, finalbody: finalbody))
    try body(&self)
    popBlock()
    try finallyBody(s, finalbody)
    unsetLoc()
    try pushBlock(.finallyEnd)
    try finallyBody(s, finalbody)
    popBlock()
  }

  /// `compiler_try_except` / `compiler_try_star_except`.
  private mutating func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                                  star: Bool) throws(PySyntaxError) {
    try pushBlock(.tryExcept)
    try stmts(body)
    popBlock()
    if !star { try stmts(orelse) }
    unsetLoc()
    try pushBlock(star ? .exceptionGroupHandler : .exceptionHandler)
    for (i, h) in handlers.enumerated() {
      setLoc(h.range)
      if !star && h.type == nil && i < handlers.count - 1 {
        throw error("default 'except:' must be last")
      }
      if let t = h.type { try expr(t) }
      if let name = h.name { try forbiddenName(name, .store) }
      try pushBlock(.handlerCleanup)
      try stmts(h.body)
      popBlock()
      unsetLoc()
    }
    unsetLoc()
    popBlock()
    if star { try stmts(orelse) }
  }

  /// `compiler_with` / `compiler_async_with`: one WITH block per item.
  private mutating func with(_ s: Stmt, _ items: [WithItem], _ body: [Stmt], _ pos: Int,
                             isAsync: Bool) throws(PySyntaxError) {
    if isAsync && !isTopLevelAwait && unit.kind != .asyncFunction {
      throw error("'async with' outside async function")
    }
    let item = items[pos]
    try expr(item.contextExpr)
    try pushBlock(isAsync ? .asyncWith(s) : .with(s))
    if let v = item.optionalVars { try expr(v) }
    if pos + 1 == items.count {
      try stmts(body)
    } else {
      try with(s, items, body, pos + 1, isAsync: isAsync)
    }
    popBlock()
    setLoc(s.range)
  }

  // MARK: - Functions and calls

  /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
  private func checkDebugArgs(_ a: Arguments) throws(PySyntaxError) {
    for x in a.posonlyargs { try forbiddenName(x.arg, .store) }
    for x in a.args { try forbiddenName(x.arg, .store) }
    if let v = a.vararg { try forbiddenName(v.arg, .store) }
    for x in a.kwonlyargs { try forbiddenName(x.arg, .store) }
    if let k = a.kwarg { try forbiddenName(k.arg, .store) }
  }

  private mutating func defaultArguments(_ a: Arguments) throws(PySyntaxError) {
    for d in a.defaults { try expr(d) }
    for d in a.kwDefaults { if let d { try expr(d) } }
  }

  /// `compiler_visit_annotations`: evaluated only without future annotations.
  private mutating func annotations(_ a: Arguments, _ returns: Expr?) throws(PySyntaxError) {
    guard !table.future.annotations else { return }
    func ann(_ c: inout CompileChecks, _ e: Expr?) throws(PySyntaxError) {
      guard let e else { return }
      if case .starred(let v, _) = e.kind { try c.expr(v) } else { try c.expr(e) }
    }
    for x in a.args { try ann(&self, x.annotation) }
    for x in a.posonlyargs { try ann(&self, x.annotation) }
    try ann(&self, a.vararg?.annotation)
    for x in a.kwonlyargs { try ann(&self, x.annotation) }
    try ann(&self, a.kwarg?.annotation)
    try ann(&self, returns)
  }

  /// `validate_keywords`: `__debug__` keywords and repeated keyword names.
  private mutating func validateKeywords(_ keywords: [Keyword]) throws(PySyntaxError) {
    for (i, k) in keywords.enumerated() {
      guard let arg = k.arg else { continue }
      try forbiddenName(arg, .store)
      for other in keywords[(i + 1)...] where other.arg == arg {
        setLoc(other.range)
        throw error("keyword argument repeated: \(arg)")
      }
    }
  }

  /// `compiler_call_helper`: positional arguments (starred ones unpacked), then keywords.
  private mutating func callHelper(_ args: [Expr], _ keywords: [Keyword]) throws(PySyntaxError) {
    try validateKeywords(keywords)
    try sequenceElements(args)
    for k in keywords { try expr(k.value) }
  }

  /// `starunpack_helper`: elements of a display or call; `*x` elements are unpacked.
  private mutating func sequenceElements(_ elts: [Expr]) throws(PySyntaxError) {
    for e in elts {
      if case .starred(let v, _) = e.kind { try expr(v) } else { try expr(e) }
    }
  }

  // MARK: - Expressions

  private mutating func expr(_ e: Expr) throws(PySyntaxError) {
    let saved = unit.loc
    setLoc(e.range)
    try exprBody(e)
    unit.loc = saved
  }

  private mutating func exprBody(_ e: Expr) throws(PySyntaxError) {
    switch e.kind {
    case .namedExpr(let target, let value):
      try expr(value)
      try expr(target)
    case .boolOp(_, let values):
      for v in values { try expr(v) }
    case .binOp(let l, _, let r):
      try expr(l)
      try expr(r)
    case .unaryOp(_, let operand):
      try expr(operand)
    case .lambda(let args, let body):
      try checkDebugArgs(args)
      try defaultArguments(args)
      try inUnit(.lambda, table.scope(for: e), lineno: e.range.lineno) {
        (c: inout CompileChecks) throws(PySyntaxError) in
        try c.expr(body)
      }
    case .ifExp(let test, let body, let orelse):
      try expr(test)
      try expr(body)
      try expr(orelse)
    case .dict(let keys, let values):
      for (k, v) in zip(keys, values) {
        if let k { try expr(k) }
        try expr(v)
      }
    case .set(let elts):
      try sequenceElements(elts)
    case .listComp(let elt, let gens):
      try comprehension(e, gens, elt, nil, isGenerator: false)
    case .setComp(let elt, let gens):
      try comprehension(e, gens, elt, nil, isGenerator: false)
    case .dictComp(let key, let value, let gens):
      try comprehension(e, gens, key, value, isGenerator: false)
    case .generatorExp(let elt, let gens):
      try comprehension(e, gens, elt, nil, isGenerator: true)
    case .await(let value):
      if !isTopLevelAwait {
        if unit.scope.kind != .function { throw error("'await' outside function") }
        if unit.kind != .asyncFunction && unit.kind != .comprehension {
          throw error("'await' outside async function")
        }
      }
      try expr(value)
    case .yield(let value):
      if unit.scope.kind != .function { throw error("'yield' outside function") }
      if let value { try expr(value) }
    case .yieldFrom(let value):
      if unit.scope.kind != .function { throw error("'yield' outside function") }
      if unit.kind == .asyncFunction { throw error("'yield from' inside async function") }
      try expr(value)
    case .compare(let left, _, let comparators):
      try expr(left)
      for c in comparators { try expr(c) }
    case .call(let fn, let args, let keywords):
      try validateKeywords(keywords)
      setLoc(e.range)
      try expr(fn)
      try callHelper(args, keywords)
    case .formattedValue(let value, _, let spec):
      try expr(value)
      if let spec { try expr(spec) }
    case .joinedStr(let values):
      for v in values { try expr(v) }
    case .constant:
      break
    case .attribute(let value, let attr, let ctx):
      try expr(value)
      updateStartLocationToMatchAttr(e, attr)
      if ctx == .store { try forbiddenName(attr, .store) }
    case .subscript(let value, let slice, _):
      try expr(value)
      try expr(slice)
    case .starred(_, let ctx):
      if ctx == .store { throw error("starred assignment target must be in a list or tuple") }
      throw error("can't use starred expression here")
    case .slice(let lower, let upper, let step):
      if let lower { try expr(lower) }
      if let upper { try expr(upper) }
      if let step { try expr(step) }
    case .name(let id, let ctx):
      try forbiddenName(id, ctx)
    case .list(let elts, let ctx), .tuple(let elts, let ctx):
      switch ctx {
      case .store:
        try unpackHelper(elts)
        for x in elts {
          if case .starred(let v, _) = x.kind { try expr(v) } else { try expr(x) }
        }
      case .load:
        try sequenceElements(elts)
      case .del:
        for x in elts { try expr(x) }
      }
    }
  }

  /// `update_start_location_to_match_attr`: a multi-line attribute reports from its last line.
  private mutating func updateStartLocationToMatchAttr(_ e: Expr, _ attr: String) {
    if unit.loc.lineno != e.range.endLineno {
      unit.loc.lineno = e.range.endLineno
      let len = Int32(attr.unicodeScalars.count)
      if len <= e.range.endColOffset {
        unit.loc.colOffset = e.range.endColOffset - len
      } else {
        unit.loc.colOffset = -1
        unit.loc.endColOffset = -1
      }
    }
  }

  /// `unpack_helper`: at most one starred target, with at most 255 targets before it.
  private func unpackHelper(_ elts: [Expr]) throws(PySyntaxError) {
    var seenStar = false
    for (i, x) in elts.enumerated() {
      guard case .starred = x.kind else { continue }
      if seenStar { throw error("multiple starred expressions in assignment") }
      if i >= (1 << 8) || elts.count - i - 1 >= (Int(Int32.max) >> 8) {
        throw error("too many expressions in star-unpacking assignment")
      }
      seenStar = true
    }
  }

  /// `compiler_comprehension`: the body in its own unit, then the outermost iterable here.
  private mutating func comprehension(_ e: Expr, _ gens: [Comprehension], _ elt: Expr, _ value: Expr?,
                                      isGenerator: Bool) throws(PySyntaxError) {
    let outerKind = unit.kind
    let topLevelAwait = isTopLevelAwait
    try inUnit(.comprehension, table.scope(for: e), lineno: e.range.lineno) {
      (c: inout CompileChecks) throws(PySyntaxError) in
      c.setLoc(e.range)
      if c.unit.scope.isCoroutine && !isGenerator && outerKind != .asyncFunction
          && outerKind != .comprehension && !topLevelAwait {
        throw c.error("asynchronous comprehension outside of an asynchronous function")
      }
      try c.comprehensionGenerator(gens, 0, elt, value)
    }
    try expr(gens[0].iter)
  }

  private mutating func comprehensionGenerator(_ gens: [Comprehension], _ index: Int, _ elt: Expr,
                                               _ value: Expr?) throws(PySyntaxError) {
    let gen = gens[index]
    if index > 0 { try expr(gen.iter) }
    if gen.isAsync != 0 { try pushBlock(.asyncComprehensionGenerator) }
    try expr(gen.target)
    for cond in gen.ifs { try expr(cond) }
    if index + 1 < gens.count {
      try comprehensionGenerator(gens, index + 1, elt, value)
    } else {
      try expr(elt)
      if let value { try expr(value) }
    }
    if gen.isAsync != 0 { popBlock() }
  }

  // MARK: - Pattern matching

  /// compile.c's `pattern_context`: names captured so far and whether an irrefutable pattern
  /// is allowed here.
  struct PatternContext {
    var stores: [String] = []
    var allowIrrefutable = false
  }

  /// `compiler_match_inner`.
  private mutating func match(_ subject: Expr, _ cases: [MatchCase]) throws(PySyntaxError) {
    try expr(subject)
    let last = cases[cases.count - 1]
    let hasDefault = isWildcard(last.pattern) && cases.count > 1
    let n = cases.count - (hasDefault ? 1 : 0)
    for i in 0..<n {
      let m = cases[i]
      setLoc(m.pattern.range)
      var pc = PatternContext()
      pc.allowIrrefutable = m.guard != nil || i == cases.count - 1
      try pattern(m.pattern, &pc)
      if let g = m.guard { try expr(g) }
      try stmts(m.body)
    }
    if hasDefault {
      setLoc(last.pattern.range)
      if let g = last.guard { try expr(g) }
      try stmts(last.body)
    }
  }

  private func isWildcard(_ p: Pattern) -> Bool {
    if case .matchAs(nil, nil) = p.kind { return true }
    return false
  }

  private func isStarWildcard(_ p: Pattern) -> Bool {
    if case .matchStar(nil) = p.kind { return true }
    return false
  }

  /// `pattern_helper_store_name`.
  private func storeName(_ name: String?, _ pc: inout PatternContext) throws(PySyntaxError) {
    guard let name else { return }
    try forbiddenName(name, .store)
    if pc.stores.contains(name) {
      throw error("multiple assignments to name \(PythonRepr.string(name)) in pattern")
    }
    pc.stores.append(name)
  }

  /// `compiler_pattern_subpattern`: sub-patterns may always be irrefutable.
  private mutating func subpattern(_ p: Pattern, _ pc: inout PatternContext) throws(PySyntaxError) {
    let saved = pc.allowIrrefutable
    pc.allowIrrefutable = true
    try pattern(p, &pc)
    pc.allowIrrefutable = saved
  }

  private mutating func pattern(_ p: Pattern, _ pc: inout PatternContext) throws(PySyntaxError) {
    setLoc(p.range)
    switch p.kind {
    case .matchValue(let value):
      // MATCH_VALUE_EXPR after constant folding: a literal or a dotted name.
      if foldedConstant(value) == nil {
        guard case .attribute = value.kind else {
          throw error("patterns may only match literals and attribute lookups")
        }
      }
      try expr(value)
    case .matchSingleton:
      break
    case .matchSequence(let patterns):
      var star = -1
      var onlyWildcard = true
      var starWildcard = false
      for (i, sub) in patterns.enumerated() {
        if case .matchStar = sub.kind {
          if star >= 0 { throw error("multiple starred names in sequence pattern") }
          starWildcard = isStarWildcard(sub)
          onlyWildcard = onlyWildcard && starWildcard
          star = i
          continue
        }
        onlyWildcard = onlyWildcard && isWildcard(sub)
      }
      if onlyWildcard { break }
      if starWildcard {
        // pattern_helper_sequence_subscr: wildcards and the star are skipped.
        for (i, sub) in patterns.enumerated() where i != star && !isWildcard(sub) {
          try subpattern(sub, &pc)
        }
      } else {
        for sub in patterns { try subpattern(sub, &pc) }
      }
    case .matchMapping(let keys, let patterns, let rest):
      var seen: [Constant] = []
      for key in keys {
        if let c = foldedConstant(key) {
          if let dup = seen.first(where: { constantKeysEqual($0, c) }) {
            _ = dup
            throw error("mapping pattern checks duplicate key (\(PythonRepr.constant(c)))")
          }
          seen.append(c)
        } else if case .attribute = key.kind {
        } else {
          throw error("mapping pattern keys may only match literals and attribute lookups")
        }
        try expr(key)
      }
      for sub in patterns { try subpattern(sub, &pc) }
      try storeName(rest, &pc)
    case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
      for (i, attr) in kwdAttrs.enumerated() {
        setLoc(kwdPatterns[i].range)
        try forbiddenName(attr, .store)
        for j in (i + 1)..<kwdAttrs.count where kwdAttrs[j] == attr {
          setLoc(kwdPatterns[j].range)
          throw error("attribute name repeated in class pattern: \(attr)")
        }
      }
      try expr(cls)
      for sub in patterns where !isWildcard(sub) { try subpattern(sub, &pc) }
      for sub in kwdPatterns where !isWildcard(sub) { try subpattern(sub, &pc) }
    case .matchStar(let name):
      try storeName(name, &pc)
    case .matchAs(let sub, let name):
      guard let sub else {
        if !pc.allowIrrefutable {
          if let name {
            throw error("name capture \(PythonRepr.string(name)) makes remaining patterns unreachable")
          }
          throw error("wildcard makes remaining patterns unreachable")
        }
        try storeName(name, &pc)
        return
      }
      try pattern(sub, &pc)
      try storeName(name, &pc)
    case .matchOr(let alternatives):
      let old = pc
      var control: [String]? = nil
      for (i, alt) in alternatives.enumerated() {
        setLoc(alt.range)
        pc.stores = []
        pc.allowIrrefutable = (i == alternatives.count - 1) && old.allowIrrefutable
        try pattern(alt, &pc)
        if let control {
          if pc.stores.count != control.count || !control.allSatisfy({ pc.stores.contains($0) }) {
            throw error("alternative patterns bind different names")
          }
        } else {
          control = pc.stores
        }
      }
      pc = old
      for name in control ?? [] {
        if pc.stores.contains(name) {
          throw error("multiple assignments to name \(PythonRepr.string(name)) in pattern")
        }
        pc.stores.append(name)
      }
    }
  }

  /// A mapping-pattern key as CPython's AST optimizer folds it: a literal, `-literal`, or
  /// `real ± imaginary`.
  private func foldedConstant(_ e: Expr) -> Constant? {
    switch e.kind {
    case .constant(let c, _): return c
    case .unaryOp(.uSub, let operand):
      guard let c = foldedConstant(operand) else { return nil }
      switch c {
      case .int(let i): return i == Int.min ? .bigInt("9223372036854775808") : .int(-i)
      case .bigInt(let d): return d.hasPrefix("-") ? .bigInt(String(d.dropFirst())) : .bigInt("-" + d)
      case .float(let d): return .float(-d)
      case .complex(let re, let im): return .complex(real: -re, imag: -im)
      default: return nil
      }
    case .binOp(let l, let op, let r) where op == .add || op == .sub:
      guard let lc = foldedConstant(l), let rc = foldedConstant(r),
            case .complex(let rre, let rim) = rc else { return nil }
      let lre: Double
      let lim: Double
      switch lc {
      case .int(let i): lre = Double(i); lim = 0
      case .float(let d): lre = d; lim = 0
      case .complex(let a, let b): lre = a; lim = b
      default: return nil
      }
      return op == .add ? .complex(real: lre + rre, imag: lim + rim)
                        : .complex(real: lre - rre, imag: lim - rim)
    default: return nil
    }
  }

  /// Python `==` between two literal keys (so `1`, `1.0`, `True` and `1+0j` collide).
  private func constantKeysEqual(_ a: Constant, _ b: Constant) -> Bool {
    func numeric(_ c: Constant) -> (Double, Double)? {
      switch c {
      case .bool(let v): return (v ? 1 : 0, 0)
      case .int(let i): return (Double(i), 0)
      case .float(let d): return (d, 0)
      case .complex(let re, let im): return (re, im)
      default: return nil
      }
    }
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.bigInt(let x), .bigInt(let y)): return x == y
    case (.bigInt, _), (_, .bigInt): return false
    case (.str(let x), .str(let y)): return x == y
    case (.bytes(let x), .bytes(let y)): return x == y
    case (.none, .none), (.ellipsis, .ellipsis): return true
    default:
      guard let x = numeric(a), let y = numeric(b) else { return false }
      return x.0 == y.0 && x.1 == y.1
    }
  }
}
