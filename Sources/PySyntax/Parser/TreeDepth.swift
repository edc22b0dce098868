/// Keeps parse results shallow enough to be used and freed with recursion.
///
/// CPython's parser accepts arbitrarily long left-recursive chains (`a+b+b+...`, `a.b.b...`,
/// `f()()()...`) because it builds them in loops; the tree is then rejected with RecursionError
/// ("maximum recursion depth exceeded during compilation" / "... during ast construction") as
/// soon as anything walks it, at a depth of about 3000. swiftpy's AST is made of Swift objects,
/// which are freed recursively, so a chain of a few hundred thousand nodes would overflow the
/// stack just by being dropped. The parser therefore measures depths while it builds such chains
/// and stops with the same RecursionError once a tree gets deeper than `maxDepth` — a depth at
/// which CPython fails too.
///
/// The measuring is exact but lazy: loops report long chains (`spineCheckInterval`), and only
/// then is the depth of the chain's first operand computed, iteratively, with a cache for nested
/// chains. After a parse that went deep, the whole tree is measured once.
extension PythonParser {
  /// Deeper trees are rejected (CPython 3.11 fails at about 2990 with its default limits).
  static let maxDepth = 3000
  /// A left-recursive loop checks the depth after this many extensions.
  static let spineCheckInterval = 256

  /// Called by a left-recursive loop every `spineCheckInterval` extensions of a chain whose
  /// first operand is `first`: fails if the chain is already too deep.
  @inline(never)
  func checkSpine(first: Expr, length: Int) throws(PySyntaxError) {
    sawLongSpine = true
    let d = depthCache.depth(of: first)
    if d + length > PythonParser.maxDepth {
      throw recursionError()
    }
  }

  /// After a successful parse: measures the tree if it could be too deep.
  func checkTreeDepth(_ mod: Mod) throws(PySyntaxError) {
    guard sawLongSpine || deepestLevel > PythonParser.maxDepth / 2 else { return }
    if depthCache.depth(of: mod) > PythonParser.maxDepth {
      throw recursionError()
    }
  }

  func recursionError() -> PySyntaxError {
    return PySyntaxError(.recursionError, "maximum recursion depth exceeded during compilation",
                         filename: filename, lineno: 0, offset: 0, endLineno: 0, endOffset: 0,
                         text: nil)
  }
}

/// Iterative depth measurement of AST subtrees (nodes on the longest root-to-leaf path), with
/// the depths of measured chain heads remembered so nested chains are not walked twice.
struct TreeDepthCache {
  private var known: [ObjectIdentifier: Int] = [:]

  /// One step of the explicit-stack walk: a node and its depth from the walk's root.
  private enum Item {
    case expr(Expr)
    case stmt(Stmt)
    case pattern(Pattern)
    case other(AnyObject)
  }

  mutating func depth(of e: Expr) -> Int {
    if let d = known[ObjectIdentifier(e)] { return d }
    let d = walk(.expr(e))
    known[ObjectIdentifier(e)] = d
    return d
  }

  mutating func depth(of mod: Mod) -> Int {
    var roots: [Item] = []
    switch mod.kind {
    case .module(let body, _), .interactive(let body): roots = body.map { .stmt($0) }
    case .expression(let body): roots = [.expr(body)]
    case .functionType(let argtypes, let returns): roots = argtypes.map { .expr($0) } + [.expr(returns)]
    }
    var best = 0
    for r in roots { best = max(best, 1 + walk(r)) }
    return best
  }

  /// Longest path (in nodes) from `root` down, without recursion.
  private mutating func walk(_ root: Item) -> Int {
    var stack: [(Item, Int)] = [(root, 1)]
    var best = 0
    while let (item, d) = stack.popLast() {
      if case .expr(let e) = item, let cached = known[ObjectIdentifier(e)] {
        best = max(best, d - 1 + cached)
        continue
      }
      best = max(best, d)
      TreeDepthCache.children(item) { stack.append(($0, d + 1)) }
    }
    return best
  }

  private static func children(_ item: Item, _ visit: (Item) -> Void) {
    func e(_ x: Expr?) { if let x = x { visit(.expr(x)) } }
    func es(_ xs: [Expr]) { for x in xs { visit(.expr(x)) } }
    func ss(_ xs: [Stmt]) { for x in xs { visit(.stmt(x)) } }
    func args(_ a: Arguments) {
      for x in a.posonlyargs + a.args + a.kwonlyargs { e(x.annotation) }
      e(a.vararg?.annotation)
      e(a.kwarg?.annotation)
      for x in a.kwDefaults { e(x) }
      es(a.defaults)
    }
    func comps(_ cs: [Comprehension]) {
      for c in cs {
        e(c.target)
        e(c.iter)
        es(c.ifs)
      }
    }
    switch item {
    case .expr(let x):
      switch x.kind {
      case .boolOp(_, let values): es(values)
      case .namedExpr(let t, let v): e(t); e(v)
      case .binOp(let l, _, let r): e(l); e(r)
      case .unaryOp(_, let o): e(o)
      case .lambda(let a, let b): args(a); e(b)
      case .ifExp(let t, let b, let o): e(t); e(b); e(o)
      case .dict(let keys, let values): for k in keys { e(k) }; es(values)
      case .set(let elts): es(elts)
      case .listComp(let elt, let g), .setComp(let elt, let g), .generatorExp(let elt, let g):
        e(elt); comps(g)
      case .dictComp(let k, let v, let g): e(k); e(v); comps(g)
      case .await(let v), .yieldFrom(let v): e(v)
      case .yield(let v): e(v)
      case .compare(let l, _, let cs): e(l); es(cs)
      case .call(let f, let a, let kws): e(f); es(a); for k in kws { e(k.value) }
      case .formattedValue(let v, _, let spec): e(v); e(spec)
      case .joinedStr(let values): es(values)
      case .constant, .name: break
      case .attribute(let v, _, _): e(v)
      case .subscript(let v, let s, _): e(v); e(s)
      case .starred(let v, _): e(v)
      case .list(let elts, _), .tuple(let elts, _): es(elts)
      case .slice(let a, let b, let c): e(a); e(b); e(c)
      }
    case .stmt(let s):
      switch s.kind {
      case .functionDef(_, let a, let body, let decos, let returns, _),
           .asyncFunctionDef(_, let a, let body, let decos, let returns, _):
        args(a); ss(body); es(decos); e(returns)
      case .classDef(_, let bases, let kws, let body, let decos):
        es(bases); for k in kws { e(k.value) }; ss(body); es(decos)
      case .return(let v): e(v)
      case .delete(let targets): es(targets)
      case .assign(let targets, let v, _): es(targets); e(v)
      case .augAssign(let t, _, let v): e(t); e(v)
      case .annAssign(let t, let a, let v, _): e(t); e(a); e(v)
      case .for(let t, let i, let body, let orelse, _), .asyncFor(let t, let i, let body, let orelse, _):
        e(t); e(i); ss(body); ss(orelse)
      case .while(let t, let body, let orelse), .if(let t, let body, let orelse):
        e(t); ss(body); ss(orelse)
      case .with(let items, let body, _), .asyncWith(let items, let body, _):
        for i in items { e(i.contextExpr); e(i.optionalVars) }
        ss(body)
      case .match(let subject, let cases):
        e(subject)
        for c in cases { visit(.pattern(c.pattern)); e(c.guard); ss(c.body) }
      case .raise(let a, let b): e(a); e(b)
      case .try(let body, let handlers, let orelse, let fin),
           .tryStar(let body, let handlers, let orelse, let fin):
        ss(body)
        for h in handlers { e(h.type); ss(h.body) }
        ss(orelse); ss(fin)
      case .assert(let t, let m): e(t); e(m)
      case .expr(let v): e(v)
      case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: break
      }
    case .pattern(let p):
      switch p.kind {
      case .matchValue(let v): e(v)
      case .matchSingleton, .matchStar: break
      case .matchSequence(let ps), .matchOr(let ps): for q in ps { visit(.pattern(q)) }
      case .matchMapping(let keys, let ps, _): es(keys); for q in ps { visit(.pattern(q)) }
      case .matchClass(let cls, let ps, _, let kps):
        e(cls); for q in ps + kps { visit(.pattern(q)) }
      case .matchAs(let q, _): if let q = q { visit(.pattern(q)) }
      }
    case .other:
      break
    }
  }
}
