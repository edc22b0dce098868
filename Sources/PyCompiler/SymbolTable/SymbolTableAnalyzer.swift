import PySyntax

/// The second pass of the symbol table, as `analyze_block`/`analyze_name`/`analyze_cells`/
/// `update_symbols` of CPython 3.11's Python/symtable.c: decides for every name of every scope
/// whether it is LOCAL, CELL, FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, propagating the names
/// bound by enclosing functions down and the free names of nested scopes up. Class bodies do not
/// bind names for their methods, except the implicit `__class__`.
struct SymbolTableAnalyzer {
  let reporter: CompileErrorReporter

  init(reporter: CompileErrorReporter) { self.reporter = reporter }

  mutating func analyze(top: Scope) throws(PySyntaxError) {
    var free = Set<String>()
    var global = Set<String>()
    try analyzeBlock(top, bound: nil, free: &free, global: &global)
  }

  /// `analyze_block`: `bound` is nil for the module (names bound in enclosing functions
  /// otherwise), `global` the names declared global in enclosing scopes; the free names of this
  /// block and its children are added to `free`.
  private func analyzeBlock(_ ste: Scope, bound inBound: Set<String>?, free: inout Set<String>,
                            global: inout Set<String>) throws(PySyntaxError) {
    var bound = inBound
    var local = Set<String>()
    var scopes = [SymbolScope](repeating: .local, count: ste.symbols.count)
    var newGlobal = Set<String>()
    var newBound = Set<String>()
    var newFree = Set<String>()

    // Class bindings are invisible to nested functions: what children see is fixed before
    // the class's own names are analysed.
    if ste.kind == .class {
      newGlobal.formUnion(global)
      if let bound { newBound.formUnion(bound) }
    }

    for (i, sym) in ste.symbols.enumerated() {
      scopes[i] = try analyzeName(ste, sym.name, sym.flags, bound: &bound, local: &local,
                                  free: &free, global: &global)
    }

    if ste.kind != .class {
      if ste.kind == .function { newBound.formUnion(local) }
      if let bound { newBound.formUnion(bound) }
      newGlobal.formUnion(global)
    } else {
      newBound.insert("__class__")
    }

    var allFree = Set<String>()
    for child in ste.children {
      var childFree = newFree
      var childGlobal = newGlobal
      try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
      allFree.formUnion(childFree)
      if child.hasFreeVariables || child.childHasFreeVariables { ste.childHasFreeVariables = true }
    }
    newFree.formUnion(allFree)

    if ste.kind == .function {
      // analyze_cells: locals that children capture become cells.
      for i in scopes.indices where scopes[i] == .local {
        let name = ste.symbols[i].name
        if newFree.remove(name) != nil { scopes[i] = .cell }
      }
    } else if ste.kind == .class {
      // drop_class_free: `__class__` is provided by the class's implicit cell.
      if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
    }

    // update_symbols
    for i in scopes.indices { ste.setScope(scopes[i], at: i) }
    let isClass = ste.kind == .class
    for name in newFree.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      if let i = ste.index(of: name) {
        // A method's free variable that the class body also binds or declares global.
        if isClass && !ste.symbols[i].flags.isDisjoint(with: [.defLocal, .defParam, .defImport, .defGlobal]) {
          ste.addFlags(.defFreeClass, at: i)
        }
        continue
      }
      if let bound, !bound.contains(name) { continue }  // a global
      ste.appendResolved(name, scope: .free)
    }
    free.formUnion(newFree)
  }

  /// `analyze_name`: the scope of one name from its flags and the enclosing bindings.
  private func analyzeName(_ ste: Scope, _ name: String, _ flags: SymbolFlags,
                           bound: inout Set<String>?, local: inout Set<String>,
                           free: inout Set<String>, global: inout Set<String>) throws(PySyntaxError) -> SymbolScope {
    if flags.contains(.defGlobal) {
      if flags.contains(.defNonlocal) {
        throw errorAtDirective(ste, name, "name '\(name)' is nonlocal and global")
      }
      global.insert(name)
      bound?.remove(name)
      return .globalExplicit
    }
    if flags.contains(.defNonlocal) {
      guard let b = bound else {
        throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level")
      }
      if !b.contains(name) {
        throw errorAtDirective(ste, name, "no binding for nonlocal '\(name)' found")
      }
      ste.hasFreeVariables = true
      free.insert(name)
      return .free
    }
    if !flags.isDisjoint(with: .bound) {
      local.insert(name)
      global.remove(name)
      return .local
    }
    if let b = bound, b.contains(name) {
      ste.hasFreeVariables = true
      free.insert(name)
      return .free
    }
    if global.contains(name) { return .globalImplicit }
    if ste.isNested { ste.hasFreeVariables = true }
    return .globalImplicit
  }

  /// `error_at_directive`: the error points at the first `global`/`nonlocal` of `name`.
  private func errorAtDirective(_ ste: Scope, _ name: String, _ message: String) -> PySyntaxError {
    for d in ste.directives where d.name == name {
      return reporter.error(message, d.range)
    }
    return reporter.error(message, ste.range)
  }
}
