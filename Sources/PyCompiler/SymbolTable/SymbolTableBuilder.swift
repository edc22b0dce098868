import PySyntax

/// The first pass of the symbol table, as the `symtable_visit_*` functions of CPython 3.11's
/// Python/symtable.c: walks the AST in CPython's order, opens a `Scope` for every function,
/// class, lambda and comprehension, records the def-use flags of every name, and raises the
/// errors that can be seen while walking (duplicate arguments, misplaced `global`/`nonlocal`,
/// `import *` in a function, walrus restrictions in comprehensions, yield in comprehensions...).
struct SymbolTableBuilder {
  let future: FutureFeatures
  let reporter: CompileErrorReporter
  /// Scope of every node that opened one (`st_blocks`), by node identity.
  var blocks: [ObjectIdentifier: Scope] = [:]
  /// The open blocks, innermost last (`st_stack`).
  private var stack: [Scope] = []
  private var top: Scope! = nil
  /// Name of the innermost enclosing class, for private-name mangling (`st_private`).
  private var privateName: String? = nil
  /// Nesting of statement/expression/pattern visits (`recursion_depth`); CPython's limit is
  /// the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3), from depth 0 for a script.
  private var depth = 0
  static let recursionLimit = 3000

  init(future: FutureFeatures, reporter: CompileErrorReporter) {
    self.future = future
    self.reporter = reporter
  }

  private var cur: Scope { stack[stack.count - 1] }

  // MARK: - Blocks

  mutating func buildTop(_ mod: Mod) throws(PySyntaxError) -> Scope {
    let module = enterBlock(name: "top", kind: .module, key: ObjectIdentifier(mod), range: .zero)
    top = module
    switch mod.kind {
    case .module(let body, _): for s in body { try visitStmt(s) }
    case .interactive(let body): for s in body { try visitStmt(s) }
    case .expression(let body): try visitExpr(body)
    case .functionType:
      // CPython raises RuntimeError("this compiler does not handle FunctionTypes").
      throw reporter.error("this compiler does not handle FunctionTypes", lineno: 0, offset: 0, endLineno: 0, endOffset: 0)
    }
    exitBlock()
    return module
  }

  @discardableResult
  private mutating func enterBlock(name: String, kind: Scope.Kind, key: ObjectIdentifier,
                                   range: SourceRange) -> Scope {
    let ste = Scope(kind: kind, name: name, range: range)
    let prev = stack.last
    if let prev, prev.isNested || prev.kind == .function { ste.isNested = true }
    blocks[key] = ste
    // bpo-37757: assignment expressions stay forbidden in the whole outermost iterable.
    if let prev { ste.compIterExpr = prev.compIterExpr }
    stack.append(ste)
    // Annotation blocks are never children: they must not influence the analysis.
    if kind != .annotation, let prev {
      prev.children.append(ste)
      ste.parent = prev
    }
    return ste
  }

  private mutating func exitBlock() { stack.removeLast() }

  // MARK: - Definitions

  private func lookup(_ name: String) -> SymbolFlags {
    cur.flags(of: NameMangling.mangle(name, privateName: privateName))
  }

  private mutating func addDef(_ name: String, _ flag: SymbolFlags, _ range: SourceRange) throws(PySyntaxError) {
    try addDef(name, flag, in: cur, range)
  }

  /// `symtable_add_def_helper`: records `flag` for the mangled `name` in `ste`.
  private mutating func addDef(_ name: String, _ flag: SymbolFlags, in ste: Scope,
                               _ range: SourceRange) throws(PySyntaxError) {
    let mangled = NameMangling.mangle(name, privateName: privateName)
    var val = flag
    if let i = ste.index(of: mangled) {
      let old = ste.symbols[i].flags
      if flag.contains(.defParam) && old.contains(.defParam) {
        throw reporter.error("duplicate argument '\(name)' in function definition", range)
      }
      val.formUnion(old)
    }
    if ste.compIterTarget {
      if !val.isDisjoint(with: [.defGlobal, .defNonlocal]) {
        throw reporter.error("comprehension inner loop cannot rebind assignment expression target '\(name)'", range)
      }
      val.insert(.defCompIter)
    }
    ste.setFlags(val, of: mangled)
    if flag.contains(.defParam) {
      ste.parameters.append(mangled)
    } else if flag.contains(.defGlobal) {
      // The module learns about names declared global anywhere.
      var g = flag
      g.formUnion(top.flags(of: mangled))
      top.setFlags(g, of: mangled)
    }
  }

  private func recordDirective(_ name: String, _ range: SourceRange) {
    cur.directives.append((NameMangling.mangle(name, privateName: privateName), range))
  }

  // MARK: - Statements

  private mutating func enter() throws(PySyntaxError) {
    depth += 1
    if depth > SymbolTableBuilder.recursionLimit {
      throw PySyntaxError(.recursionError, "maximum recursion depth exceeded during compilation",
                          filename: reporter.filename, lineno: 0, offset: 0, endLineno: 0, endOffset: 0, text: nil)
    }
  }

  mutating func visitStmt(_ s: Stmt) throws(PySyntaxError) {
    try enter()
    defer { depth -= 1 }
    switch s.kind {
    case .functionDef(let name, let args, let body, let decorators, let returns, _),
         .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
      try addDef(name, .defLocal, s.range)
      for d in args.defaults { try visitExpr(d) }
      for d in args.kwDefaults { if let d { try visitExpr(d) } }
      try visitAnnotations(s, args, returns)
      for d in decorators { try visitExpr(d) }
      let fn = enterBlock(name: name, kind: .function, key: ObjectIdentifier(s), range: s.range)
      if case .asyncFunctionDef = s.kind { fn.isCoroutine = true }
      try visitArguments(args)
      for b in body { try visitStmt(b) }
      exitBlock()

    case .classDef(let name, let bases, let keywords, let body, let decorators):
      try addDef(name, .defLocal, s.range)
      for b in bases { try visitExpr(b) }
      for k in keywords { try visitExpr(k.value) }
      for d in decorators { try visitExpr(d) }
      enterBlock(name: name, kind: .class, key: ObjectIdentifier(s), range: s.range)
      let saved = privateName
      privateName = name
      for b in body { try visitStmt(b) }
      privateName = saved
      exitBlock()

    case .return(let value):
      if let value {
        try visitExpr(value)
        cur.returnsValue = true
      }

    case .delete(let targets):
      for t in targets { try visitExpr(t) }

    case .assign(let targets, let value, _):
      for t in targets { try visitExpr(t) }
      try visitExpr(value)

    case .annAssign(let target, let annotation, let value, let simple):
      if case .name(let id, _) = target.kind {
        let current = lookup(id)
        if !current.isDisjoint(with: [.defGlobal, .defNonlocal]) && cur !== top && simple != 0 {
          let msg = current.contains(.defGlobal)
            ? "annotated name '\(id)' can't be global" : "annotated name '\(id)' can't be nonlocal"
          throw reporter.error(msg, s.range)
        }
        if simple != 0 {
          try addDef(id, [.defAnnot, .defLocal], target.range)
        } else if value != nil {
          try addDef(id, .defLocal, target.range)
        }
      } else {
        try visitExpr(target)
      }
      try visitAnnotation(annotation)
      if let value { try visitExpr(value) }

    case .augAssign(let target, _, let value):
      try visitExpr(target)
      try visitExpr(value)

    case .for(let target, let iter, let body, let orelse, _),
         .asyncFor(let target, let iter, let body, let orelse, _):
      try visitExpr(target)
      try visitExpr(iter)
      for b in body { try visitStmt(b) }
      for b in orelse { try visitStmt(b) }

    case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
      try visitExpr(test)
      for b in body { try visitStmt(b) }
      for b in orelse { try visitStmt(b) }

    case .with(let items, let body, _), .asyncWith(let items, let body, _):
      for item in items {
        try visitExpr(item.contextExpr)
        if let v = item.optionalVars { try visitExpr(v) }
      }
      for b in body { try visitStmt(b) }

    case .match(let subject, let cases):
      try visitExpr(subject)
      for c in cases {
        try visitPattern(c.pattern)
        if let g = c.guard { try visitExpr(g) }
        for b in c.body { try visitStmt(b) }
      }

    case .raise(let exc, let cause):
      if let exc {
        try visitExpr(exc)
        if let cause { try visitExpr(cause) }
      }

    case .try(let body, let handlers, let orelse, let finalbody),
         .tryStar(let body, let handlers, let orelse, let finalbody):
      // 3.11 visits `else` before the handlers (3.12 swapped them).
      for b in body { try visitStmt(b) }
      for b in orelse { try visitStmt(b) }
      for h in handlers {
        if let t = h.type { try visitExpr(t) }
        if let n = h.name { try addDef(n, .defLocal, h.range) }
        for b in h.body { try visitStmt(b) }
      }
      for b in finalbody { try visitStmt(b) }

    case .assert(let test, let msg):
      try visitExpr(test)
      if let msg { try visitExpr(msg) }

    case .import(let names), .importFrom(_, let names, _):
      for a in names { try visitAlias(a) }

    case .global(let names):
      for name in names {
        let current = lookup(name)
        if !current.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
          let msg: String
          if current.contains(.defParam) { msg = "name '\(name)' is parameter and global" }
          else if current.contains(.use) { msg = "name '\(name)' is used prior to global declaration" }
          else if current.contains(.defAnnot) { msg = "annotated name '\(name)' can't be global" }
          else { msg = "name '\(name)' is assigned to before global declaration" }
          throw reporter.error(msg, s.range)
        }
        try addDef(name, .defGlobal, s.range)
        recordDirective(name, s.range)
      }

    case .nonlocal(let names):
      for name in names {
        let current = lookup(name)
        if !current.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
          let msg: String
          if current.contains(.defParam) { msg = "name '\(name)' is parameter and nonlocal" }
          else if current.contains(.use) { msg = "name '\(name)' is used prior to nonlocal declaration" }
          else if current.contains(.defAnnot) { msg = "annotated name '\(name)' can't be nonlocal" }
          else { msg = "name '\(name)' is assigned to before nonlocal declaration" }
          throw reporter.error(msg, s.range)
        }
        try addDef(name, .defNonlocal, s.range)
        recordDirective(name, s.range)
      }

    case .expr(let value):
      try visitExpr(value)

    case .pass, .break, .continue:
      break
    }
  }

  private mutating func visitAlias(_ a: Alias) throws(PySyntaxError) {
    let name = a.asname ?? a.name
    if name == "*" {
      if cur.kind != .module {
        throw reporter.error("import * only allowed at module level", a.range)
      }
      return
    }
    // `import a.b.c` binds `a`.
    var storeName = name
    if let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) {
      storeName = String(name[..<dot])
    }
    try addDef(storeName, .defImport, a.range)
  }

  // MARK: - Arguments and annotations

  private mutating func visitArguments(_ a: Arguments) throws(PySyntaxError) {
    for arg in a.posonlyargs { try addDef(arg.arg, .defParam, arg.range) }
    for arg in a.args { try addDef(arg.arg, .defParam, arg.range) }
    for arg in a.kwonlyargs { try addDef(arg.arg, .defParam, arg.range) }
    if let v = a.vararg {
      try addDef(v.arg, .defParam, v.range)
      cur.hasVarargs = true
    }
    if let k = a.kwarg {
      try addDef(k.arg, .defParam, k.range)
      cur.hasVarkeywords = true
    }
  }

  /// `symtable_visit_annotation`: a variable or return annotation, in its own annotation
  /// block under `from __future__ import annotations`.
  private mutating func visitAnnotation(_ annotation: Expr) throws(PySyntaxError) {
    if future.annotations {
      enterBlock(name: "_annotation", kind: .annotation, key: ObjectIdentifier(annotation), range: annotation.range)
    }
    try visitExpr(annotation)
    if future.annotations { exitBlock() }
  }

  /// `symtable_visit_annotations`: the parameter annotations of a def (in one annotation block
  /// under future annotations), then the return annotation.
  private mutating func visitAnnotations(_ s: Stmt, _ a: Arguments, _ returns: Expr?) throws(PySyntaxError) {
    if future.annotations {
      enterBlock(name: "_annotation", kind: .annotation, key: ObjectIdentifier(a), range: s.range)
    }
    for arg in a.posonlyargs { if let ann = arg.annotation { try visitExpr(ann) } }
    for arg in a.args { if let ann = arg.annotation { try visitExpr(ann) } }
    if let ann = a.vararg?.annotation { try visitExpr(ann) }
    if let ann = a.kwarg?.annotation { try visitExpr(ann) }
    for arg in a.kwonlyargs { if let ann = arg.annotation { try visitExpr(ann) } }
    if future.annotations { exitBlock() }
    if let returns { try visitAnnotation(returns) }
  }

  // MARK: - Expressions

  mutating func visitExpr(_ e: Expr) throws(PySyntaxError) {
    try enter()
    defer { depth -= 1 }
    switch e.kind {
    case .namedExpr(let target, let value):
      try raiseIfAnnotationBlock("named expression", e)
      if cur.compIterExpr > 0 {
        throw reporter.error("assignment expression cannot be used in a comprehension iterable expression", e.range)
      }
      if cur.comprehension != .none {
        try extendNamedExprScope(target)
      }
      try visitExpr(value)
      try visitExpr(target)

    case .boolOp(_, let values):
      for v in values { try visitExpr(v) }
    case .binOp(let left, _, let right):
      try visitExpr(left)
      try visitExpr(right)
    case .unaryOp(_, let operand):
      try visitExpr(operand)

    case .lambda(let args, let body):
      for d in args.defaults { try visitExpr(d) }
      for d in args.kwDefaults { if let d { try visitExpr(d) } }
      enterBlock(name: "lambda", kind: .function, key: ObjectIdentifier(e), range: e.range)
      try visitArguments(args)
      try visitExpr(body)
      exitBlock()

    case .ifExp(let test, let body, let orelse):
      try visitExpr(test)
      try visitExpr(body)
      try visitExpr(orelse)

    case .dict(let keys, let values):
      for k in keys { if let k { try visitExpr(k) } }
      for v in values { try visitExpr(v) }
    case .set(let elts):
      for x in elts { try visitExpr(x) }

    case .generatorExp(let elt, let generators):
      try visitComprehension(e, "genexpr", .generator, generators, elt, nil)
    case .listComp(let elt, let generators):
      try visitComprehension(e, "listcomp", .list, generators, elt, nil)
    case .setComp(let elt, let generators):
      try visitComprehension(e, "setcomp", .set, generators, elt, nil)
    case .dictComp(let key, let value, let generators):
      try visitComprehension(e, "dictcomp", .dict, generators, key, value)

    case .yield(let value):
      try raiseIfAnnotationBlock("yield expression", e)
      if let value { try visitExpr(value) }
      cur.isGenerator = true
      if cur.comprehension != .none { throw yieldInComprehension(e) }
    case .yieldFrom(let value):
      try raiseIfAnnotationBlock("yield expression", e)
      try visitExpr(value)
      cur.isGenerator = true
      if cur.comprehension != .none { throw yieldInComprehension(e) }
    case .await(let value):
      try raiseIfAnnotationBlock("await expression", e)
      try visitExpr(value)
      cur.isCoroutine = true

    case .compare(let left, _, let comparators):
      try visitExpr(left)
      for c in comparators { try visitExpr(c) }
    case .call(let fn, let args, let keywords):
      try visitExpr(fn)
      for a in args { try visitExpr(a) }
      for k in keywords { try visitExpr(k.value) }
    case .formattedValue(let value, _, let spec):
      try visitExpr(value)
      if let spec { try visitExpr(spec) }
    case .joinedStr(let values):
      for v in values { try visitExpr(v) }
    case .constant:
      break
    case .attribute(let value, _, _):
      try visitExpr(value)
    case .subscript(let value, let slice, _):
      try visitExpr(value)
      try visitExpr(slice)
    case .starred(let value, _):
      try visitExpr(value)
    case .slice(let lower, let upper, let step):
      if let lower { try visitExpr(lower) }
      if let upper { try visitExpr(upper) }
      if let step { try visitExpr(step) }
    case .name(let id, let ctx):
      try addDef(id, ctx == .load ? .use : .defLocal, e.range)
      // `super` in a function counts as a use of `__class__`.
      if ctx == .load && cur.kind == .function && id == "super" {
        try addDef("__class__", .use, e.range)
      }
    case .list(let elts, _), .tuple(let elts, _):
      for x in elts { try visitExpr(x) }
    }
  }

  private func raiseIfAnnotationBlock(_ what: String, _ e: Expr) throws(PySyntaxError) {
    if cur.kind == .annotation {
      throw reporter.error("'\(what)' can not be used within an annotation", e.range)
    }
  }

  private func yieldInComprehension(_ e: Expr) -> PySyntaxError {
    let msg: String
    switch cur.comprehension {
    case .list: msg = "'yield' inside list comprehension"
    case .set: msg = "'yield' inside set comprehension"
    case .dict: msg = "'yield' inside dict comprehension"
    default: msg = "'yield' inside generator expression"
    }
    return reporter.error(msg, e.range)
  }

  /// `symtable_extend_namedexpr_scope`: a walrus target inside a comprehension binds in the
  /// nearest enclosing function (as nonlocal) or module (as global), never in a class.
  private mutating func extendNamedExprScope(_ target: Expr) throws(PySyntaxError) {
    guard case .name(let name, _) = target.kind else { return }
    var i = stack.count - 1
    while i >= 0 {
      let ste = stack[i]
      i -= 1
      if ste.comprehension != .none {
        let f = ste.flags(of: name)
        if f.contains(.defCompIter) && f.contains(.defLocal) {
          throw reporter.error("assignment expression cannot rebind comprehension iteration variable '\(name)'", target.range)
        }
        continue
      }
      switch ste.kind {
      case .function:
        if ste.flags(of: name).contains(.defGlobal) {
          try addDef(name, .defGlobal, target.range)
        } else {
          try addDef(name, .defNonlocal, target.range)
        }
        recordDirective(name, target.range)
        try addDef(name, .defLocal, in: ste, target.range)
        return
      case .module:
        try addDef(name, .defGlobal, target.range)
        recordDirective(name, target.range)
        try addDef(name, .defGlobal, in: ste, target.range)
        return
      case .class:
        throw reporter.error("assignment expression within a comprehension cannot be used in a class body", target.range)
      case .annotation:
        continue
      }
    }
  }

  /// `symtable_handle_comprehension`: the outermost iterable is evaluated in the enclosing
  /// scope; the rest runs in a new function scope receiving the iterator as `.0`.
  private mutating func visitComprehension(_ e: Expr, _ name: String, _ kind: Scope.ComprehensionKind,
                                           _ generators: [Comprehension], _ elt: Expr,
                                           _ value: Expr?) throws(PySyntaxError) {
    let isGenerator = kind == .generator
    let outermost = generators[0]
    cur.compIterExpr += 1
    try visitExpr(outermost.iter)
    cur.compIterExpr -= 1
    let comp = enterBlock(name: name, kind: .function, key: ObjectIdentifier(e), range: e.range)
    comp.comprehension = kind
    if outermost.isAsync != 0 { comp.isCoroutine = true }
    try addDef(".0", .defParam, comp.range)
    comp.compIterTarget = true
    try visitExpr(outermost.target)
    comp.compIterTarget = false
    for x in outermost.ifs { try visitExpr(x) }
    for g in generators.dropFirst() {
      comp.compIterTarget = true
      try visitExpr(g.target)
      comp.compIterTarget = false
      comp.compIterExpr += 1
      try visitExpr(g.iter)
      comp.compIterExpr -= 1
      for x in g.ifs { try visitExpr(x) }
      if g.isAsync != 0 { comp.isCoroutine = true }
    }
    if let value { try visitExpr(value) }
    try visitExpr(elt)
    if isGenerator { comp.isGenerator = true }
    let isAsync = comp.isCoroutine && !isGenerator
    exitBlock()
    if isAsync { cur.isCoroutine = true }
  }

  // MARK: - Patterns

  private mutating func visitPattern(_ p: Pattern) throws(PySyntaxError) {
    try enter()
    defer { depth -= 1 }
    switch p.kind {
    case .matchValue(let value):
      try visitExpr(value)
    case .matchSingleton:
      break
    case .matchSequence(let patterns):
      for x in patterns { try visitPattern(x) }
    case .matchStar(let name):
      if let name { try addDef(name, .defLocal, p.range) }
    case .matchMapping(let keys, let patterns, let rest):
      for k in keys { try visitExpr(k) }
      for x in patterns { try visitPattern(x) }
      if let rest { try addDef(rest, .defLocal, p.range) }
    case .matchClass(let cls, let patterns, _, let kwdPatterns):
      try visitExpr(cls)
      for x in patterns { try visitPattern(x) }
      for x in kwdPatterns { try visitPattern(x) }
    case .matchAs(let pattern, let name):
      if let pattern { try visitPattern(pattern) }
      if let name { try addDef(name, .defLocal, p.range) }
    case .matchOr(let patterns):
      for x in patterns { try visitPattern(x) }
    }
  }
}
