import PySyntax

/// The AST optimizer that runs before the symbol table, as CPython 3.11's Python/ast_opt.c:
/// folds operators on constants (with `safe_*` size limits), tuples of constants, subscripts
/// of constants, `__debug__`, `not` of an `is`/`in` comparison, lists and sets iterated over or
/// tested with `in` (into tuples and frozensets), and simple `'%s' % (x,)` formatting into
/// f-strings. It rewrites the nodes in place; tuples and frozensets, which the AST's
/// `Constant` cannot hold, are recorded in the returned `FoldedConstants` for their node.
final class ASTOptimizer {
  let optimize: Int
  let futureAnnotations: Bool
  let folded = FoldedConstants()
  /// Nesting of visits, to stop at trees too deep to compile (CPython's recursion check
  /// raises RecursionError; the symbol table pass applies CPython's exact limit).
  private var depth = 0
  private var tooDeep = false
  private let depthLimit: Int
  /// The deepest nesting of statements and expressions seen.
  private(set) var maxDepth = 0
  /// Trees deeper than this are a RecursionError (the symbol table then applies CPython's
  /// exact limit to shallower ones).
  static let depthLimit = 10_000

  private init(optimize: Int, futureAnnotations: Bool, depthLimit: Int) {
    self.optimize = optimize
    self.futureAnnotations = futureAnnotations
    self.depthLimit = depthLimit
  }

  /// Folds `mod` in place. Returns nil, having stopped part way, when the tree is deeper than
  /// `depthLimit` but not than `ASTOptimizer.depthLimit` (the caller retries with more stack;
  /// folding again is harmless: it is idempotent).
  static func optimize(_ mod: Mod, optimize: Int, futureAnnotations: Bool,
                       depthLimit: Int = ASTOptimizer.depthLimit) throws(PySyntaxError) -> (FoldedConstants, maxDepth: Int)? {
    let o = ASTOptimizer(optimize: optimize, futureAnnotations: futureAnnotations, depthLimit: depthLimit)
    switch mod.kind {
    case .module(let body, _): o.body(body)
    case .interactive(let body): for s in body { o.stmt(s) }
    case .expression(let body): o.expr(body)
    case .functionType: break
    }
    if o.tooDeep {
      if depthLimit < Self.depthLimit { return nil }
      throw PySyntaxError(.recursionError, "maximum recursion depth exceeded during compilation",
                          filename: "", lineno: 0, offset: 0, text: nil)
    }
    return (o.folded, o.maxDepth)
  }

  /// Counts one level of nesting; false when the tree is too deep to go on.
  private func enter() -> Bool {
    depth += 1
    if depth > maxDepth { maxDepth = depth }
    if depth > depthLimit { tooDeep = true }
    return !tooDeep
  }

  // MARK: Constant access

  private func value(_ e: Expr) -> CodeConstant? {
    if case .constant(let c, _) = e.kind { return .constant(c) }
    return folded[e]
  }

  /// Replaces `e` by a constant (CPython's `make_const`).
  private func makeConstant(_ e: Expr, _ v: CodeConstant) {
    if case .constant(let c) = v {
      e.kind = .constant(value: c, kind: nil)
    } else {
      folded[e] = v
    }
  }

  // MARK: Statements

  /// A body whose docstring is produced by folding must not become a docstring: CPython wraps
  /// it in a JoinedStr (`astfold_body`).
  private func body(_ stmts: [Stmt]) {
    let hadDocstring = isDocstring(stmts)
    for s in stmts { stmt(s) }
    if !hadDocstring, isDocstring(stmts), case .expr(let value) = stmts[0].kind {
      let wrapped = Expr(value.kind, value.range)
      value.kind = .joinedStr(values: [wrapped])
      value.range = stmts[0].range
    }
  }

  private func isDocstring(_ stmts: [Stmt]) -> Bool {
    guard let first = stmts.first, case .expr(let v) = first.kind, case .constant(.str, _) = v.kind else {
      return false
    }
    return true
  }

  private func stmt(_ s: Stmt) {
    defer { depth -= 1 }
    guard enter() else { return }
    switch s.kind {
    case .functionDef(_, let args, let b, let decorators, let returns, _),
         .asyncFunctionDef(_, let args, let b, let decorators, let returns, _):
      arguments(args)
      body(b)
      for d in decorators { expr(d) }
      if !futureAnnotations, let r = returns { expr(r) }
    case .classDef(_, let bases, let keywords, let b, let decorators):
      for x in bases { expr(x) }
      for k in keywords { expr(k.value) }
      body(b)
      for d in decorators { expr(d) }
    case .return(let v):
      if let v { expr(v) }
    case .delete(let targets):
      for t in targets { expr(t) }
    case .assign(let targets, let v, _):
      for t in targets { expr(t) }
      expr(v)
    case .augAssign(let t, _, let v):
      expr(t); expr(v)
    case .annAssign(let t, let annotation, let v, _):
      expr(t)
      if !futureAnnotations { expr(annotation) }
      if let v { expr(v) }
    case .for(let t, let iter, let b, let orelse, _):
      expr(t); expr(iter)
      for x in b { stmt(x) }
      for x in orelse { stmt(x) }
      foldIter(iter)
    case .asyncFor(let t, let iter, let b, let orelse, _):
      expr(t); expr(iter)
      for x in b { stmt(x) }
      for x in orelse { stmt(x) }
    case .while(let test, let b, let orelse), .if(let test, let b, let orelse):
      expr(test)
      for x in b { stmt(x) }
      for x in orelse { stmt(x) }
    case .with(let items, let b, _), .asyncWith(let items, let b, _):
      for item in items {
        expr(item.contextExpr)
        if let v = item.optionalVars { expr(v) }
      }
      for x in b { stmt(x) }
    case .match(let subject, let cases):
      expr(subject)
      for c in cases {
        pattern(c.pattern)
        if let g = c.guard { expr(g) }
        for x in c.body { stmt(x) }
      }
    case .raise(let exc, let cause):
      if let e = exc { expr(e) }
      if let c = cause { expr(c) }
    case .try(let b, let handlers, let orelse, let finalbody),
         .tryStar(let b, let handlers, let orelse, let finalbody):
      for x in b { stmt(x) }
      for h in handlers {
        if let t = h.type { expr(t) }
        for x in h.body { stmt(x) }
      }
      for x in orelse { stmt(x) }
      for x in finalbody { stmt(x) }
    case .assert(let test, let msg):
      expr(test)
      if let m = msg { expr(m) }
    case .expr(let v):
      expr(v)
    case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
      break
    }
  }

  private func arguments(_ a: Arguments) {
    for arg in a.posonlyargs + a.args { argument(arg) }
    if let v = a.vararg { argument(v) }
    for arg in a.kwonlyargs { argument(arg) }
    for d in a.kwDefaults { if let d { expr(d) } }
    if let k = a.kwarg { argument(k) }
    for d in a.defaults { expr(d) }
  }

  private func argument(_ a: Arg) {
    if !futureAnnotations, let ann = a.annotation { expr(ann) }
  }

  private func pattern(_ p: Pattern) {
    defer { depth -= 1 }
    guard enter() else { return }
    switch p.kind {
    case .matchValue(let v): expr(v)
    case .matchSingleton, .matchStar: break
    case .matchSequence(let ps), .matchOr(let ps): for q in ps { pattern(q) }
    case .matchMapping(let keys, let ps, _):
      for k in keys { expr(k) }
      for q in ps { pattern(q) }
    case .matchClass(let cls, let ps, _, let kps):
      expr(cls)
      for q in ps { pattern(q) }
      for q in kps { pattern(q) }
    case .matchAs(let q, _):
      if let q { pattern(q) }
    }
  }

  // MARK: Expressions

  private func expr(_ e: Expr) {
    defer { depth -= 1 }
    guard enter() else { return }
    switch e.kind {
    case .boolOp(_, let values):
      for v in values { expr(v) }
    case .binOp(let l, let op, let r):
      expr(l); expr(r)
      foldBinary(e, l, op, r)
    case .unaryOp(let op, let operand):
      expr(operand)
      foldUnary(e, op, operand)
    case .lambda(let args, let b):
      arguments(args)
      expr(b)
    case .ifExp(let t, let b, let o):
      expr(t); expr(b); expr(o)
    case .dict(let keys, let values):
      for k in keys { if let k { expr(k) } }
      for v in values { expr(v) }
    case .set(let elts):
      for x in elts { expr(x) }
    case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
      expr(elt)
      for g in gens { comprehension(g) }
    case .dictComp(let k, let v, let gens):
      expr(k); expr(v)
      for g in gens { comprehension(g) }
    case .await(let v), .yieldFrom(let v):
      expr(v)
    case .yield(let v):
      if let v { expr(v) }
    case .compare(let l, let ops, let comparators):
      expr(l)
      for c in comparators { expr(c) }
      if let last = ops.last, last == .in || last == .notIn {
        foldIter(comparators[comparators.count - 1])
      }
    case .call(let f, let args, let keywords):
      expr(f)
      for a in args { expr(a) }
      for k in keywords { expr(k.value) }
    case .formattedValue(let v, _, let spec):
      expr(v)
      if let s = spec { expr(s) }
    case .joinedStr(let values):
      for v in values { expr(v) }
    case .attribute(let v, _, _):
      expr(v)
    case .subscript(let v, let slice, let ctx):
      expr(v); expr(slice)
      if ctx == .load, let a = value(v), let b = value(slice), let r = ConstantFolding.item(a, b) {
        makeConstant(e, r)
      }
    case .starred(let v, _):
      expr(v)
    case .slice(let l, let u, let s):
      if let l { expr(l) }
      if let u { expr(u) }
      if let s { expr(s) }
    case .list(let elts, _):
      for x in elts { expr(x) }
    case .tuple(let elts, let ctx):
      for x in elts { expr(x) }
      if ctx == .load, let t = constantTuple(elts) { makeConstant(e, t) }
    case .name(let id, let ctx):
      if ctx == .load && id == "__debug__" { makeConstant(e, .constant(.bool(optimize == 0))) }
    case .namedExpr(_, let v):
      expr(v)
    case .constant:
      break
    }
  }

  private func comprehension(_ g: Comprehension) {
    expr(g.target)
    expr(g.iter)
    for c in g.ifs { expr(c) }
    foldIter(g.iter)
  }

  private func constantTuple(_ elts: [Expr]) -> CodeConstant? {
    var items: [CodeConstant] = []
    items.reserveCapacity(elts.count)
    for x in elts {
      guard let v = value(x) else { return nil }
      items.append(v)
    }
    return .tuple(items)
  }

  /// CPython's `fold_unaryop`, including `not (a is b)` → `a is not b` (and `in` likewise).
  private func foldUnary(_ e: Expr, _ op: UnaryOperator, _ operand: Expr) {
    if let v = value(operand) {
      if let r = ConstantFolding.unary(op, v) { makeConstant(e, r) }
      return
    }
    guard op == .not, case .compare(let left, let ops, let comparators) = operand.kind, ops.count == 1 else {
      return
    }
    let inverted: CmpOperator
    switch ops[0] {
    case .is: inverted = .isNot
    case .isNot: inverted = .is
    case .in: inverted = .notIn
    case .notIn: inverted = .in
    default: return
    }
    e.kind = .compare(left: left, ops: [inverted], comparators: comparators)
    e.range = operand.range
  }

  /// CPython's `fold_binop`: `str % (non-constant tuple)` becomes an f-string when the format
  /// is simple; two constants fold.
  private func foldBinary(_ e: Expr, _ l: Expr, _ op: Operator, _ r: Expr) {
    guard let lv = value(l) else { return }
    if op == .mod, case .constant(.str(let fmt)) = lv, case .tuple(let elts, _) = r.kind,
       folded[r] == nil, !elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
      if let joined = PercentFormat.joinedString(fmt.codePoints, elts) { e.kind = joined }
      return
    }
    guard let rv = value(r), let result = ConstantFolding.binary(op, lv, rv) else { return }
    makeConstant(e, result)
  }

  /// Lists iterated over or tested with `in` become tuples, constant ones constants; sets of
  /// constants become frozensets (CPython's `fold_iter`).
  private func foldIter(_ e: Expr) {
    switch e.kind {
    case .list(let elts, let ctx):
      if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) { return }
      e.kind = .tuple(elts: elts, ctx: ctx)
      if let t = constantTuple(elts) { makeConstant(e, t) }
    case .set(let elts):
      if case .tuple(let items)? = constantTuple(elts) { folded[e] = .frozenset(items) }
    default:
      break
    }
  }
}

/// CPython's `optimize_format`: `'%s-%r' % (a, b)` becomes `f'{a!s}-{b!r}'` when every
/// format unit is `%s`, `%r` or `%a` with simple flags, width and precision.
enum PercentFormat {
  static func joinedString(_ fmt: [UInt32], _ elts: [Expr]) -> Expr.Kind? {
    let percent: UInt32 = 0x25
    var values: [Expr] = []
    var pos = 0
    var count = 0
    let noPosition = SourceRange(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)
    while true {
      // Literal text up to the next lone '%'; '%%' stands for '%'.
      var literal: [UInt32] = []
      while pos < fmt.count {
        if fmt[pos] != percent {
          literal.append(fmt[pos]); pos += 1
        } else if pos + 1 < fmt.count && fmt[pos + 1] == percent {
          literal.append(percent); pos += 2
        } else {
          break
        }
      }
      if !literal.isEmpty {
        values.append(Expr(.constant(value: .str(PyStringLiteral(codePoints: literal)), kind: nil), noPosition))
      }
      if pos >= fmt.count { break }
      if count >= elts.count { return nil }
      pos += 1
      guard let unit = parseUnit(fmt, &pos) else { return nil }
      let arg = elts[count]
      count += 1
      var spec: [UInt32] = []
      if !unit.leftJustify && unit.width > 0 { spec.append(UInt32(UInt8(ascii: ">"))) }
      if unit.width >= 0 { spec.append(contentsOf: String(unit.width).unicodeScalars.map { $0.value }) }
      if unit.precision >= 0 {
        spec.append(UInt32(UInt8(ascii: ".")))
        spec.append(contentsOf: String(unit.precision).unicodeScalars.map { $0.value })
      }
      let specExpr = spec.isEmpty ? nil
        : Expr(.constant(value: .str(PyStringLiteral(codePoints: spec)), kind: nil), noPosition)
      values.append(Expr(.formattedValue(value: arg, conversion: Int(unit.conversion), formatSpec: specExpr),
                         arg.range))
    }
    if count < elts.count { return nil }
    return .joinedStr(values: values)
  }

  private struct Unit {
    var conversion: UInt32
    var leftJustify = false
    var width = -1
    var precision = -1
  }

  /// One `%[flags][width][.precision]spec` after the '%' (CPython's `simple_format_arg_parse`);
  /// nil when unsupported.
  private static func parseUnit(_ fmt: [UInt32], _ pos: inout Int) -> Unit? {
    let maxDigits = 3
    var p = pos
    func next() -> UInt32? {
      guard p < fmt.count else { return nil }
      defer { p += 1 }
      return fmt[p]
    }
    var unit = Unit(conversion: 0)
    guard var ch = next() else { return nil }
    flags: while true {
      switch ch {
      case 0x2D: unit.leftJustify = true        // '-'
      case 0x2B, 0x20, 0x23, 0x30: break         // '+', ' ', '#', '0'
      default: break flags
      }
      guard let c = next() else { return nil }
      ch = c
    }
    func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    if isDigit(ch) {
      unit.width = 0
      var digits = 0
      while isDigit(ch) {
        unit.width = unit.width * 10 + Int(ch - 0x30)
        guard let c = next() else { return nil }
        ch = c
        digits += 1
        if digits >= maxDigits { return nil }
      }
    }
    if ch == 0x2E {  // '.'
      guard let c = next() else { return nil }
      ch = c
      unit.precision = 0
      if isDigit(ch) {
        var digits = 0
        while isDigit(ch) {
          unit.precision = unit.precision * 10 + Int(ch - 0x30)
          guard let c = next() else { return nil }
          ch = c
          digits += 1
          if digits >= maxDigits { return nil }
        }
      }
    }
    guard ch == 0x73 || ch == 0x72 || ch == 0x61 else { return nil }  // s r a
    unit.conversion = ch
    pos = p
    return unit
  }
}
