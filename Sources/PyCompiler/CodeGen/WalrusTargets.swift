import PySyntax

/// Finds the names a scope binds with `:=` itself (not inside nested functions, classes,
/// lambdas or comprehensions). Such a local can change between the evaluation of two operands
/// of one expression (`x + (x := 1)`), so the code generator copies its reads into temporaries.
enum WalrusTargets {
  static func collect(_ source: WalrusSource) -> Set<String> {
    var out = Set<String>()
    switch source {
    case .none: break
    case .statements(let body): for s in body { visit(s, &out) }
    case .expression(let e): visit(e, &out)
    }
    return out
  }

  private static func visit(_ s: Stmt, _ out: inout Set<String>) {
    switch s.kind {
    case .functionDef(_, let args, _, let decorators, let returns, _),
         .asyncFunctionDef(_, let args, _, let decorators, let returns, _):
      for d in decorators { visit(d, &out) }
      visit(args, &out)
      if let r = returns { visit(r, &out) }
    case .classDef(_, let bases, let keywords, _, let decorators):
      for d in decorators { visit(d, &out) }
      for b in bases { visit(b, &out) }
      for k in keywords { visit(k.value, &out) }
    case .return(let v): if let v { visit(v, &out) }
    case .delete(let targets): for t in targets { visit(t, &out) }
    case .assign(let targets, let value, _):
      for t in targets { visit(t, &out) }
      visit(value, &out)
    case .augAssign(let target, _, let value):
      visit(target, &out); visit(value, &out)
    case .annAssign(let target, let annotation, let value, _):
      visit(target, &out); visit(annotation, &out)
      if let v = value { visit(v, &out) }
    case .for(let target, let iter, let body, let orelse, _),
         .asyncFor(let target, let iter, let body, let orelse, _):
      visit(target, &out); visit(iter, &out)
      for b in body { visit(b, &out) }
      for b in orelse { visit(b, &out) }
    case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
      visit(test, &out)
      for b in body { visit(b, &out) }
      for b in orelse { visit(b, &out) }
    case .with(let items, let body, _), .asyncWith(let items, let body, _):
      for item in items {
        visit(item.contextExpr, &out)
        if let v = item.optionalVars { visit(v, &out) }
      }
      for b in body { visit(b, &out) }
    case .match(let subject, let cases):
      visit(subject, &out)
      for c in cases {
        visit(c.pattern, &out)
        if let g = c.guard { visit(g, &out) }
        for b in c.body { visit(b, &out) }
      }
    case .raise(let exc, let cause):
      if let e = exc { visit(e, &out) }
      if let c = cause { visit(c, &out) }
    case .try(let body, let handlers, let orelse, let finalbody),
         .tryStar(let body, let handlers, let orelse, let finalbody):
      for b in body { visit(b, &out) }
      for h in handlers {
        if let t = h.type { visit(t, &out) }
        for b in h.body { visit(b, &out) }
      }
      for b in orelse { visit(b, &out) }
      for b in finalbody { visit(b, &out) }
    case .assert(let test, let msg):
      visit(test, &out)
      if let m = msg { visit(m, &out) }
    case .expr(let value):
      visit(value, &out)
    case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
      break
    }
  }

  private static func visit(_ args: Arguments, _ out: inout Set<String>) {
    for d in args.defaults { visit(d, &out) }
    for d in args.kwDefaults { if let d { visit(d, &out) } }
    for a in args.posonlyargs + args.args + args.kwonlyargs {
      if let ann = a.annotation { visit(ann, &out) }
    }
    if let ann = args.vararg?.annotation { visit(ann, &out) }
    if let ann = args.kwarg?.annotation { visit(ann, &out) }
  }

  private static func visit(_ p: Pattern, _ out: inout Set<String>) {
    switch p.kind {
    case .matchValue(let v): visit(v, &out)
    case .matchSingleton, .matchStar: break
    case .matchSequence(let ps), .matchOr(let ps): for q in ps { visit(q, &out) }
    case .matchMapping(let keys, let ps, _):
      for k in keys { visit(k, &out) }
      for q in ps { visit(q, &out) }
    case .matchClass(let cls, let ps, _, let kps):
      visit(cls, &out)
      for q in ps + kps { visit(q, &out) }
    case .matchAs(let q, _): if let q { visit(q, &out) }
    }
  }

  private static func visit(_ e: Expr, _ out: inout Set<String>) {
    switch e.kind {
    case .namedExpr(let target, let value):
      if case .name(let id, _) = target.kind { out.insert(id) }
      visit(value, &out)
    case .boolOp(_, let values): for v in values { visit(v, &out) }
    case .binOp(let l, _, let r): visit(l, &out); visit(r, &out)
    case .unaryOp(_, let o): visit(o, &out)
    case .lambda(let args, _): visit(args, &out)
    case .ifExp(let t, let b, let o): visit(t, &out); visit(b, &out); visit(o, &out)
    case .dict(let keys, let values):
      for k in keys { if let k { visit(k, &out) } }
      for v in values { visit(v, &out) }
    case .set(let elts), .list(let elts, _), .tuple(let elts, _): for v in elts { visit(v, &out) }
    case .listComp(_, let gens), .setComp(_, let gens), .generatorExp(_, let gens),
         .dictComp(_, _, let gens):
      if let first = gens.first { visit(first.iter, &out) }
    case .await(let v), .yieldFrom(let v): visit(v, &out)
    case .yield(let v): if let v { visit(v, &out) }
    case .compare(let l, _, let cs): visit(l, &out); for c in cs { visit(c, &out) }
    case .call(let f, let args, let kws):
      visit(f, &out)
      for a in args { visit(a, &out) }
      for k in kws { visit(k.value, &out) }
    case .formattedValue(let v, _, let spec):
      visit(v, &out)
      if let s = spec { visit(s, &out) }
    case .joinedStr(let values): for v in values { visit(v, &out) }
    case .constant, .name: break
    case .attribute(let v, _, _): visit(v, &out)
    case .subscript(let v, let s, _): visit(v, &out); visit(s, &out)
    case .starred(let v, _): visit(v, &out)
    case .slice(let l, let u, let s):
      if let l { visit(l, &out) }
      if let u { visit(u, &out) }
      if let s { visit(s, &out) }
    }
  }
}
