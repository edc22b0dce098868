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
}
