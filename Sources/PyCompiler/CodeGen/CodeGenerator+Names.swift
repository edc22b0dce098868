import PySyntax

/// Name access (CPython's `compiler_nameop`): where a name lives decides the instruction —
/// a fast-local register, a cell (`loadDeref`/`loadClassDeref`), a global, or the
/// module/class namespace (`loadName`).
extension CodeGenerator {
  enum NameLocation {
    case fast(Int)
    case deref(slot: Int)
    case global
    case namespace
  }

  /// Where `name` (unmangled) lives in the current unit, and its mangled form.
  func resolve(_ name: String) -> (NameLocation, String) {
    let mangled = NameMangling.mangle(name, privateName: unit.privateName)
    switch unit.scope.scope(of: mangled) {
    case .free?, .cell?:
      if let slot = unit.derefSlot(mangled) { return (.deref(slot: slot), mangled) }
      return (.namespace, mangled)
    case .local?:
      return (unit.isFunctionBlock ? .fast(unit.localRegister(mangled)) : .namespace, mangled)
    case .globalImplicit?:
      return (unit.isFunctionBlock ? .global : .namespace, mangled)
    case .globalExplicit?:
      return (.global, mangled)
    case nil:
      return (.namespace, mangled)
    }
  }

  /// `__debug__` can be neither assigned nor deleted (CPython's `forbidden_name`).
  func checkForbiddenName(_ name: String, _ ctx: ExprContext) throws(PySyntaxError) {
    guard name == "__debug__" else { return }
    if ctx == .store { throw error("cannot assign to __debug__") }
    if ctx == .del { throw error("cannot delete __debug__") }
  }

  /// The register of `name` when it is a fast local that can be read in place (emitting its
  /// bound check), else nil.
  func fastLocalRegisterForRead(_ name: String) -> Int? {
    guard unit.isFunctionBlock else { return nil }
    let (loc, mangled) = resolve(name)
    guard case .fast(let r) = loc, !unit.walrusTargets.contains(mangled) else { return nil }
    builder.emit(.checkBound, a: r, b: r)
    return r
  }

  func loadName(_ name: String, into dest: Int) {
    let (loc, mangled) = resolve(name)
    switch loc {
    case .fast(let r):
      builder.emit(.checkBound, a: r, b: r)
      if r != dest { builder.emit(.move, a: dest, b: r) }
    case .deref(let slot):
      let cell = unit.cellRegister(slot: slot)
      if unit.scope.kind == .class {
        builder.emit(.loadClassDeref, a: dest, b: cell, c: builder.nameIndex(mangled))
      } else {
        builder.emit(.loadDeref, a: dest, b: cell, c: slot)
      }
    case .global:
      builder.emit(.loadGlobal, a: dest, b: builder.nameIndex(mangled))
    case .namespace:
      builder.emit(.loadName, a: dest, b: builder.nameIndex(mangled))
    }
  }

  func storeName(_ name: String, from src: Int) throws(PySyntaxError) {
    try checkForbiddenName(name, .store)
    let (loc, mangled) = resolve(name)
    switch loc {
    case .fast(let r):
      if r != src { builder.emit(.move, a: r, b: src) }
    case .deref(let slot):
      builder.emit(.storeDeref, a: unit.cellRegister(slot: slot), b: src)
    case .global:
      builder.emit(.storeGlobal, a: src, b: builder.nameIndex(mangled))
    case .namespace:
      builder.emit(.storeName, a: src, b: builder.nameIndex(mangled))
    }
  }

  func deleteName(_ name: String) throws(PySyntaxError) {
    try checkForbiddenName(name, .del)
    let (loc, mangled) = resolve(name)
    switch loc {
    case .fast(let r):
      builder.emit(.deleteFast, a: r, b: r)
    case .deref(let slot):
      builder.emit(.deleteDeref, a: unit.cellRegister(slot: slot), c: slot)
    case .global:
      builder.emit(.deleteGlobal, b: builder.nameIndex(mangled))
    case .namespace:
      builder.emit(.deleteName, b: builder.nameIndex(mangled))
    }
  }

  /// `name = None; del name` at the end of an `except ... as name:` block: the name is
  /// unbound whatever the body did with it.
  func unbindHandlerName(_ name: String) throws(PySyntaxError) {
    let (loc, _) = resolve(name)
    if case .fast(let r) = loc {
      builder.emit(.clear, a: r)
      return
    }
    let mark = builder.top
    let none = builder.allocate()
    builder.emit(.loadNone, a: none)
    try storeName(name, from: none)
    try deleteName(name)
    builder.release(to: mark)
  }

  /// Numbers the fast locals `e` uses, in the order its evaluation first touches them, so a
  /// target numbered afterwards gets CPython's `co_varnames` position (locals are numbered on
  /// first use, and an assignment's value is compiled before its target).
  func numberFastLocals(in e: Expr) {
    switch e.kind {
    case .name(let id, _):
      if case (.fast, _) = resolve(id) {}
    case .namedExpr(let target, let value):
      numberFastLocals(in: value)
      numberFastLocals(in: target)
    case .boolOp(_, let values), .joinedStr(let values):
      for v in values { numberFastLocals(in: v) }
    case .binOp(let l, _, let r):
      numberFastLocals(in: l)
      numberFastLocals(in: r)
    case .unaryOp(_, let o), .await(let o), .yieldFrom(let o), .starred(let o, _),
         .attribute(let o, _, _):
      numberFastLocals(in: o)
    case .lambda(let args, _):
      for d in args.defaults { numberFastLocals(in: d) }
      for d in args.kwDefaults { if let d { numberFastLocals(in: d) } }
    case .ifExp(let test, let body, let orelse):
      numberFastLocals(in: test)
      numberFastLocals(in: body)
      numberFastLocals(in: orelse)
    case .dict(let keys, let values):
      for (k, v) in zip(keys, values) {
        if let k { numberFastLocals(in: k) }
        numberFastLocals(in: v)
      }
    case .set(let elts), .list(let elts, _), .tuple(let elts, _):
      for x in elts { numberFastLocals(in: x) }
    case .listComp(_, let gens), .setComp(_, let gens), .dictComp(_, _, let gens),
         .generatorExp(_, let gens):
      numberFastLocals(in: gens[0].iter)
    case .yield(let v):
      if let v { numberFastLocals(in: v) }
    case .compare(let l, _, let cs):
      numberFastLocals(in: l)
      for c in cs { numberFastLocals(in: c) }
    case .call(let f, let args, let keywords):
      numberFastLocals(in: f)
      for a in args { numberFastLocals(in: a) }
      for k in keywords { numberFastLocals(in: k.value) }
    case .formattedValue(let v, _, let spec):
      numberFastLocals(in: v)
      if let spec { numberFastLocals(in: spec) }
    case .subscript(let v, let slice, _):
      numberFastLocals(in: v)
      numberFastLocals(in: slice)
    case .slice(let l, let u, let st):
      if let l { numberFastLocals(in: l) }
      if let u { numberFastLocals(in: u) }
      if let st { numberFastLocals(in: st) }
    case .constant:
      break
    }
  }
}
