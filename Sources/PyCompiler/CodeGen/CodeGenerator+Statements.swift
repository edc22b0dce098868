import PySyntax

/// Statements (CPython's `compiler_visit_stmt` and the simple statement compilers): each
/// statement starts with the current location set to its own range.
extension CodeGenerator {
  /// A module or class body: `__annotations__` set-up, the docstring as `__doc__`, then the
  /// statements (CPython's `compiler_body`).
  func compileBody(_ body: [Stmt]) throws(PySyntaxError) {
    if unit.scopeType == .module, let first = body.first {
      builder.location = first.range
    }
    if AnnotationScan.containsAnnotations(body) { builder.emit(.setupAnnotations) }
    var start = 0
    if optimize < 2, let doc = docstring(of: body) {
      start = 1
      builder.location = body[0].range
      let mark = builder.top
      let r = builder.allocate()
      try compile(doc, into: r)
      builder.location = .artificial
      try storeName("__doc__", from: r)
      builder.release(to: mark)
    }
    for s in body[start...] { try compileStatement(s) }
  }

  /// The docstring expression of a body, if its first statement is a string literal
  /// (CPython's `_PyAST_GetDocString`).
  func docstring(of body: [Stmt]) -> Expr? {
    guard let first = body.first, case .expr(let value) = first.kind,
          case .constant(.str, _) = value.kind else { return nil }
    return value
  }

  func compileStatement(_ s: Stmt) throws(PySyntaxError) {
    builder.location = s.range
    let b = builder
    let mark = b.top
    defer { b.release(to: mark) }
    switch s.kind {
    case .functionDef(let name, let args, let body, let decorators, let returns, _):
      try compileFunction(s, name: name, args: args, body: body, decorators: decorators,
                          returns: returns, isAsync: false)
    case .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
      try compileFunction(s, name: name, args: args, body: body, decorators: decorators,
                          returns: returns, isAsync: true)
    case .classDef(let name, let bases, let keywords, let body, let decorators):
      try compileClass(s, name: name, bases: bases, keywords: keywords, body: body,
                       decorators: decorators)
    case .return(let value):
      try compileReturn(s, value: value)
    case .delete(let targets):
      for t in targets { try compileDelete(t) }
    case .assign(let targets, let value, _):
      try compileAssign(targets: targets, value: value)
    case .augAssign(let target, let op, let value):
      try compileAugAssign(s, target: target, op: op, value: value)
    case .annAssign(let target, let annotation, let value, let simple):
      try compileAnnAssign(target: target, annotation: annotation, value: value, simple: simple)
    case .for(let target, let iter, let body, let orelse, _):
      try compileFor(s, target: target, iter: iter, body: body, orelse: orelse)
    case .asyncFor(let target, let iter, let body, let orelse, _):
      try compileAsyncFor(s, target: target, iter: iter, body: body, orelse: orelse)
    case .while(let test, let body, let orelse):
      try compileWhile(s, test: test, body: body, orelse: orelse)
    case .if(let test, let body, let orelse):
      let end = builder.newLabel()
      let next = orelse.isEmpty ? end : builder.newLabel()
      try compileJumpIf(test, cond: false, to: next)
      try compileStatements(body)
      if !orelse.isEmpty {
        withArtificialLocation { builder.emitJump(.jump, to: end) }
        builder.bind(next)
        try compileStatements(orelse)
      }
      builder.bind(end)
    case .with(let items, let body, _):
      try compileWith(s, items: items, body: body, index: 0)
    case .asyncWith(let items, let body, _):
      try compileAsyncWith(s, items: items, body: body, index: 0)
    case .match(let subject, let cases):
      try compileMatch(s, subject: subject, cases: cases)
    case .raise(let exc, let cause):
      if let exc {
        let e = try compileToRegister(exc)
        if let cause {
          let c = try compileToRegister(cause)
          builder.emit(.raise, a: e, b: c, c: 2)
        } else {
          builder.emit(.raise, a: e, c: 1)
        }
      } else {
        builder.emit(.raise, c: 0)
      }
    case .try(let body, let handlers, let orelse, let finalbody):
      if finalbody.isEmpty {
        try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
      } else {
        try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody,
                              isStar: false)
      }
    case .tryStar(let body, let handlers, let orelse, let finalbody):
      if finalbody.isEmpty {
        try compileTryStarExcept(body: body, handlers: handlers, orelse: orelse)
      } else {
        try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody,
                              isStar: true)
      }
    case .assert(let test, let msg):
      try compileAssert(test: test, msg: msg)
    case .import(let names):
      try compileImport(names)
    case .importFrom(let module, let names, let level):
      try compileImportFrom(s, module: module, names: names, level: level ?? 0)
    case .global, .nonlocal, .pass:
      break
    case .expr(let value):
      if interactive && nestLevel <= 1 {
        let r = builder.allocate()
        try compile(value, into: r)
        builder.emit(.printExpr, a: r)
      } else if !isConstant(value) {
        try compileForEffect(value)
      }
    case .break:
      try compileBreak()
    case .continue:
      try compileContinue()
    }
  }

  func compileStatements(_ body: [Stmt]) throws(PySyntaxError) {
    for s in body { try compileStatement(s) }
  }

  // MARK: Assignment

  private func compileAssign(targets: [Expr], value: Expr) throws(PySyntaxError) {
    // `x = <expr>` straight into a fast local when the value is written in one step.
    if targets.count == 1, case .name(let id, _) = targets[0].kind, unit.isFunctionBlock,
       writesDestinationAtomically(value) {
      // co_varnames numbers locals on first use; the value is evaluated before the target.
      numberFastLocals(in: value)
      let (loc, _) = resolve(id)
      if case .fast(let r) = loc {
        try withLocation(targets[0].range) { () throws(PySyntaxError) in try checkForbiddenName(id, .store) }
        try compile(value, into: r)
        return
      }
    }
    // `a, b = b, a`: no tuple is built; every value is evaluated first, then stored in order.
    if targets.count == 1, let targetElts = plainSequenceElements(targets[0], ctx: .store),
       let valueElts = plainSequenceElements(value, ctx: .load), targetElts.count == valueElts.count,
       folded[value] == nil {
      let base = builder.allocate(valueElts.count)
      for (i, v) in valueElts.enumerated() { try compile(v, into: base + i) }
      for (i, t) in targetElts.enumerated() { try assign(t, from: base + i) }
      return
    }
    if targets.count == 1 {
      // One target: a local value is stored straight from its register.
      try assign(targets[0], from: try compileToRegister(value))
      return
    }
    // Several targets read the value in turn, and one may rebind a local it came from.
    let r = builder.allocate()
    try compile(value, into: r)
    for t in targets { try assign(t, from: r) }
  }

  /// The elements of a list/tuple display in context `ctx` without starred items.
  private func plainSequenceElements(_ e: Expr, ctx: ExprContext) -> [Expr]? {
    let elts: [Expr]
    switch e.kind {
    case .tuple(let es, let c) where c == ctx: elts = es
    case .list(let es, let c) where c == ctx: elts = es
    default: return nil
    }
    for x in elts { if case .starred = x.kind { return nil } }
    return elts
  }

  /// Stores the value in `src` into an assignment target of any shape.
  func assign(_ target: Expr, from src: Int) throws(PySyntaxError) {
    try withLocation(target.range) { () throws(PySyntaxError) in
      switch target.kind {
      case .name(let id, _):
        try storeName(id, from: src)
      case .attribute(let value, let attr, _):
        let mark = builder.top
        let obj = try compileToRegister(value)
        try checkForbiddenName(attr, .store)
        let loc = locationMatchingAttribute(builder.location, attribute: target, name: attr)
        let name = NameMangling.mangle(attr, privateName: unit.privateName)
        withLocationNoThrow(loc) { builder.emit(.storeAttr, a: obj, b: builder.nameIndex(name), c: src) }
        builder.release(to: mark)
      case .subscript(let value, let slice, _):
        let mark = builder.top
        let obj = try compileToRegister(value)
        let index = try compileToRegister(slice)
        builder.emit(.storeSubscr, a: obj, b: index, c: src)
        builder.release(to: mark)
      case .tuple(let elts, _), .list(let elts, _):
        try unpack(elts, from: src)
      case .starred:
        throw error("starred assignment target must be in a list or tuple")
      default:
        throw error("internal error: invalid assignment target")
      }
    }
  }

  /// Unpacks `src` into the targets `elts` (CPython's `assignment_helper`).
  private func unpack(_ elts: [Expr], from src: Int) throws(PySyntaxError) {
    let n = elts.count
    var star: Int? = nil
    for (i, e) in elts.enumerated() {
      guard case .starred = e.kind else { continue }
      if star != nil { throw error("multiple starred expressions in assignment") }
      if i >= 1 << 8 || n - i - 1 >= 1 << 10 {
        throw error("too many expressions in star-unpacking assignment")
      }
      star = i
    }
    let mark = builder.top
    let base = builder.allocate(n)
    if let star {
      builder.emit(.unpackEx, a: base, b: src, c: star | (n - star - 1) << 10)
    } else {
      builder.emit(.unpackSequence, a: base, b: src, c: n)
    }
    for (i, e) in elts.enumerated() {
      if case .starred(let value, _) = e.kind {
        try assign(value, from: base + i)
      } else {
        try assign(e, from: base + i)
      }
    }
    builder.release(to: mark)
  }

  /// CPython's `compiler_augassign`: the target's parts are evaluated once.
  private func compileAugAssign(_ s: Stmt, target: Expr, op: Operator, value: Expr) throws(PySyntaxError) {
    let opcode = Self.inplaceOpcode(op)
    switch target.kind {
    case .name(let id, _):
      let (loc, _) = resolve(id)
      if case .fast(let r) = loc, !unit.walrusTargets.contains(NameMangling.mangle(id, privateName: unit.privateName)) {
        withLocationNoThrow(target.range) { builder.emit(.checkBound, a: r, b: r) }
        let v = try compileToRegister(value)
        try withLocation(target.range) { () throws(PySyntaxError) in try checkForbiddenName(id, .store) }
        builder.emit(opcode, a: r, b: r, c: v)
        return
      }
      let current = builder.allocate()
      withLocationNoThrow(target.range) { loadName(id, into: current) }
      let v = try compileToRegister(value)
      builder.emit(opcode, a: current, b: current, c: v)
      try withLocation(target.range) { () throws(PySyntaxError) in try storeName(id, from: current) }
    case .attribute(let objExpr, let attr, _):
      let name = NameMangling.mangle(attr, privateName: unit.privateName)
      let attrLoc = locationMatchingAttribute(target.range, attribute: target, name: attr)
      let obj = try withLocation(target.range) { () throws(PySyntaxError) -> Int in
        try compileToRegister(objExpr)
      }
      let current = builder.allocate()
      withLocationNoThrow(attrLoc) { builder.emit(.loadAttr, a: current, b: obj, c: builder.nameIndex(name)) }
      let v = try compileToRegister(value)
      builder.emit(opcode, a: current, b: current, c: v)
      try withLocation(attrLoc) { () throws(PySyntaxError) in
        try checkForbiddenName(attr, .store)
        builder.emit(.storeAttr, a: obj, b: builder.nameIndex(name), c: current)
      }
    case .subscript(let objExpr, let slice, _):
      let (obj, index) = try withLocation(target.range) { () throws(PySyntaxError) -> (Int, Int) in
        let o = try compileToRegister(objExpr)
        let i = try compileToRegister(slice)
        return (o, i)
      }
      let current = builder.allocate()
      withLocationNoThrow(target.range) { builder.emit(.subscr, a: current, b: obj, c: index) }
      let v = try compileToRegister(value)
      builder.emit(opcode, a: current, b: current, c: v)
      withLocationNoThrow(target.range) { builder.emit(.storeSubscr, a: obj, b: index, c: current) }
    default:
      throw error("internal error: invalid augmented assignment target")
    }
  }

  private func compileDelete(_ target: Expr) throws(PySyntaxError) {
    try withLocation(target.range) { () throws(PySyntaxError) in
      switch target.kind {
      case .name(let id, _):
        try deleteName(id)
      case .attribute(let value, let attr, _):
        let mark = builder.top
        let obj = try compileToRegister(value)
        let loc = locationMatchingAttribute(builder.location, attribute: target, name: attr)
        let name = NameMangling.mangle(attr, privateName: unit.privateName)
        withLocationNoThrow(loc) { builder.emit(.deleteAttr, a: obj, b: builder.nameIndex(name)) }
        builder.release(to: mark)
      case .subscript(let value, let slice, _):
        let mark = builder.top
        let obj = try compileToRegister(value)
        let index = try compileToRegister(slice)
        builder.emit(.deleteSubscr, a: obj, b: index)
        builder.release(to: mark)
      case .tuple(let elts, _), .list(let elts, _):
        for e in elts { try compileDelete(e) }
      default:
        throw error("internal error: invalid delete target")
      }
    }
  }

  // MARK: Annotated assignment

  /// CPython's `compiler_annassign`: assign first; module and class bodies then record simple
  /// names' annotations in `__annotations__`; complex targets' parts are evaluated.
  private func compileAnnAssign(target: Expr, annotation: Expr, value: Expr?, simple: Int) throws(PySyntaxError) {
    if let value {
      let r = builder.allocate()
      try compile(value, into: r)
      try assign(target, from: r)
    }
    let namespaceScope = unit.scopeType == .module || unit.scopeType == .classBody
    switch target.kind {
    case .name(let id, _):
      try withLocation(target.range) { () throws(PySyntaxError) in try checkForbiddenName(id, .store) }
      if simple != 0 && namespaceScope {
        let mark = builder.top
        let base = builder.allocate(3)
        if futureAnnotations {
          emitLoadString(Unparser.annotationString(annotation), into: base)
        } else {
          try compile(annotation, into: base)
        }
        builder.emit(.loadName, a: base + 1, b: builder.nameIndex("__annotations__"))
        emitLoadString(NameMangling.mangle(id, privateName: unit.privateName), into: base + 2)
        builder.emit(.storeSubscr, a: base + 1, b: base + 2, c: base)
        builder.release(to: mark)
      }
    case .attribute(let obj, let attr, _):
      try withLocation(target.range) { () throws(PySyntaxError) in try checkForbiddenName(attr, .store) }
      if value == nil {
        try withLocation(target.range) { () throws(PySyntaxError) in try compileForEffect(obj) }
      }
    case .subscript(let obj, let slice, _):
      if value == nil {
        try withLocation(target.range) { () throws(PySyntaxError) in
          try compileForEffect(obj)
          try checkAnnotationSubscript(slice)
        }
      }
    default:
      throw error("internal error: invalid annotated assignment target")
    }
    if simple == 0 && !futureAnnotations && namespaceScope {
      try compileForEffect(annotation)
    }
  }

  /// Evaluates the parts of a subscript in an annotation target (CPython's `check_ann_subscr`).
  private func checkAnnotationSubscript(_ e: Expr) throws(PySyntaxError) {
    switch e.kind {
    case .slice(let lower, let upper, let step):
      if let lower { try compileForEffect(lower) }
      if let upper { try compileForEffect(upper) }
      if let step { try compileForEffect(step) }
    case .tuple(let elts, _) where folded[e] == nil:
      for x in elts { try checkAnnotationSubscript(x) }
    default:
      try compileForEffect(e)
    }
  }

  // MARK: Assert

  private func compileAssert(test: Expr, msg: Expr?) throws(PySyntaxError) {
    if case .tuple(let elts, _) = test.kind, !elts.isEmpty {
      warn("assertion is always true, perhaps remove parentheses?")
    } else if case .tuple(let items)? = constantValue(test), !items.isEmpty {
      warn("assertion is always true, perhaps remove parentheses?")
    }
    if optimize > 0 { return }
    let end = builder.newLabel()
    try compileJumpIf(test, cond: true, to: end)
    // CPython 3.11's compiler_jump_if sets the location to a comparison it handles and never
    // restores it: the AssertionError is raised at the (last) comparison of the test.
    let saved = builder.location
    if let comparison = Self.jumpIfComparisonLocation(test) { builder.location = comparison }
    let base = builder.allocate(msg != nil ? 2 : 1)
    builder.emit(.loadAssertionError, a: base)
    if let msg {
      try compile(msg, into: base + 1)
      builder.emit(.call, a: base, b: 1)
    }
    builder.emit(.raise, a: base, c: 1)
    builder.location = saved
    builder.bind(end)
  }

  /// The last comparison `compiler_jump_if` walks through in `e` (through `not`, `and`/`or`
  /// and conditional expressions), whose location it leaves set.
  static func jumpIfComparisonLocation(_ e: Expr) -> SourceRange? {
    switch e.kind {
    case .compare:
      return e.range
    case .unaryOp(let op, let operand) where op == .not:
      return jumpIfComparisonLocation(operand)
    case .boolOp(_, let values):
      var found: SourceRange? = nil
      for v in values { if let r = jumpIfComparisonLocation(v) { found = r } }
      return found
    case .ifExp(let test, let body, let orelse):
      var found: SourceRange? = nil
      for v in [test, body, orelse] { if let r = jumpIfComparisonLocation(v) { found = r } }
      return found
    default:
      return nil
    }
  }

  // MARK: Imports

  private func compileImport(_ names: [Alias]) throws(PySyntaxError) {
    for alias in names {
      let mark = builder.top
      let module = builder.allocate()
      let args = builder.allocate(2)
      builder.emit(.loadNone, a: args)
      emitLoadInt(0, into: args + 1)
      builder.emit(.importName, a: module, b: builder.nameIndex(NameMangling.mangle(alias.name, privateName: unit.privateName)), c: args)
      if let asname = alias.asname {
        // `import a.b.c as d` binds the innermost module.
        let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false)
        var current = module
        for part in parts.dropFirst() {
          let next = builder.allocate()
          builder.emit(.importFrom, a: next, b: current, c: builder.nameIndex(String(part)))
          current = next
        }
        try storeName(asname, from: current)
      } else {
        let first = alias.name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        try storeName(String(first), from: module)
      }
      builder.release(to: mark)
    }
  }

  private func compileImportFrom(_ s: Stmt, module: String?, names: [Alias], level: Int) throws(PySyntaxError) {
    let mark = builder.top
    let moduleReg = builder.allocate()
    let args = builder.allocate(2)
    let fromlist = CodeConstant.tuple(names.map { .constant(.str(PyStringLiteral($0.name))) })
    if Int(s.range.lineno) > table.future.lineno && module == "__future__" {
      throw error("from __future__ imports must occur at the beginning of the file")
    }
    emitLoadConstant(fromlist, into: args)
    emitLoadInt(level, into: args + 1)
    let moduleName = NameMangling.mangle(module ?? "", privateName: unit.privateName)
    builder.emit(.importName, a: moduleReg, b: builder.nameIndex(moduleName), c: args)
    for (i, alias) in names.enumerated() {
      if i == 0 && alias.name.hasPrefix("*") {
        builder.emit(.importStar, a: moduleReg)
        builder.release(to: mark)
        return
      }
      let value = builder.allocate()
      builder.emit(.importFrom, a: value, b: moduleReg,
                   c: builder.nameIndex(NameMangling.mangle(alias.name, privateName: unit.privateName)))
      try storeName(alias.asname ?? alias.name, from: value)
      builder.release(to: value)
    }
    builder.release(to: mark)
  }
}
