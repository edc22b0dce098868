import PySyntax

/// Generates register bytecode for a module and every scope nested in it, as CPython 3.11's
/// Python/compile.c does for stack bytecode: one `CompileUnit` per scope on a stack, statements
/// and expressions visited in CPython's order with CPython's source positions, frame blocks for
/// unwinding, and `Assembler` to finish each unit into a `CodeUnit`.
///
/// The extensions in the sibling files (`CodeGenerator+*.swift`) cover one concern each.
final class CodeGenerator {
  let filename: String
  let table: SymbolTable
  let reporter: CompileErrorReporter
  let optimize: Int
  let flags: CompilerFlags
  let interactive: Bool
  let folded: FoldedConstants
  let warnings: ((CompileWarning) -> Void)?
  var futureAnnotations: Bool { table.future.annotations || flags.contains(.futureAnnotations) }

  /// The unit being generated, and its enclosing units (outermost first).
  var unit: CompileUnit!
  var enclosing: [CompileUnit] = []
  /// Nested scopes already compiled, by their AST node: code that CPython emits twice (the
  /// test of a `while` loop, `finally` bodies) compiles its functions and comprehensions once.
  var compiledScopes: [ObjectIdentifier: CodeUnit] = [:]

  init(filename: String, table: SymbolTable, reporter: CompileErrorReporter, optimize: Int,
       flags: CompilerFlags, interactive: Bool, folded: FoldedConstants,
       warnings: ((CompileWarning) -> Void)?) {
    self.filename = filename
    self.table = table
    self.reporter = reporter
    self.optimize = optimize
    self.flags = flags
    self.interactive = interactive
    self.folded = folded
    self.warnings = warnings
  }

  var builder: CodeBuilder { unit.builder }

  /// CPython's `c_nestlevel`: 1 in the module, +1 per nested scope.
  var nestLevel: Int { enclosing.count + 1 }

  /// `await` and async constructs at module level allowed (PyCF_ALLOW_TOP_LEVEL_AWAIT).
  var isTopLevelAwait: Bool { flags.contains(.allowTopLevelAwait) && unit.scope.kind == .module }

  // MARK: Errors and warnings

  /// A SyntaxError at the current location (CPython's `compiler_error`).
  func error(_ message: String) -> PySyntaxError {
    error(message, at: builder.location)
  }

  func error(_ message: String, at range: SourceRange) -> PySyntaxError {
    reporter.error(message, range)
  }

  /// A SyntaxWarning at the current line (CPython's `compiler_warn`).
  func warn(_ message: String) {
    warnings?(CompileWarning(message: message, filename: filename, lineno: Int(builder.location.lineno)))
  }

  // MARK: Scopes

  /// Starts generating a new scope (CPython's `compiler_enter_scope`).
  func enterScope(_ scope: Scope, type: CompileUnit.ScopeType, name: String, firstLineno: Int,
                  walrusSource: WalrusSource) {
    let qualname: String
    if let parent = unit {
      qualname = qualifiedName(name, type: type, parent: parent)
      enclosing.append(parent)
    } else {
      qualname = name
    }
    let targets = WalrusTargets.collect(walrusSource)
    let newUnit = CompileUnit(scope: scope, scopeType: type, name: name, qualname: qualname,
                              firstLineno: firstLineno, privateName: unit?.privateName,
                              walrusTargets: targets)
    unit = newUnit
    if type == .module {
      builder.location = .artificial
    } else {
      builder.location = SourceRange(lineno: Int32(firstLineno), colOffset: 0,
                                     endLineno: Int32(firstLineno), endColOffset: 0)
    }
    emitCellPrologue()
  }

  /// Creates the cells of the scope's cell variables; a parameter that is a cell moves into it.
  private func emitCellPrologue() {
    let saved = builder.location
    builder.location = .artificial
    for (slot, name) in unit.cellvars.enumerated() {
      let param = unit.scope.parameters.contains(name) ? unit.localRegister(name) : Instruction.noRegister
      builder.emit(.makeCell, a: unit.cellRegister(slot: slot), b: param)
    }
    builder.location = saved
  }

  /// Finishes the current scope and returns to its parent (`assemble` + `compiler_exit_scope`).
  /// `addReturn` appends `return None` when control can fall off the end.
  func exitScope(addReturn: Bool = true) throws(PySyntaxError) -> CodeUnit {
    let u = unit!
    defer { unit = enclosing.popLast() }
    if addReturn && !builder.isAfterUnconditionalTransfer {
      builder.location = .artificial
      builder.emit(.returnNone)
    }
    let code = CodeUnit(name: u.name, qualname: u.qualname, filename: filename,
                        firstLineno: u.firstLineno)
    code.argCount = u.argCount + u.posOnlyArgCount
    code.posOnlyArgCount = u.posOnlyArgCount
    code.kwOnlyArgCount = u.kwOnlyArgCount
    var codeFlags = CodeFlags(rawValue: UInt32(u.scope.codeFlags))
    if isTopLevelAwait && u.scope.isCoroutine && !u.scope.isGenerator { codeFlags.insert(.coroutine) }
    if futureAnnotations { codeFlags.insert(.futureAnnotations) }
    code.flags = codeFlags
    code.varnames = u.finalVarnames()
    code.cellvars = u.cellvars
    code.freevars = u.freevars
    code.names = u.builder.names
    code.constants = u.builder.constants.values
    let registerCount = max(u.builder.maxRegister, u.builder.firstTemporary)
    if registerCount > Instruction.maxRegister + 1 {
      throw error("too many registers needed to compile this code", at: sourceRangeForScope(u))
    }
    code.registerCount = registerCount
    do {
      let out = try Assembler.assemble(u.builder, localCount: u.localCount,
                                       parameterCount: u.parameterCount, firstLineno: u.firstLineno)
      code.code = out.code
      code.positions = out.positions
      code.exceptionTable = out.exceptionTable
    } catch {
      throw self.error("code object too large", at: sourceRangeForScope(u))
    }
    return code
  }

  private func sourceRangeForScope(_ u: CompileUnit) -> SourceRange {
    SourceRange(lineno: Int32(u.firstLineno), colOffset: 0, endLineno: Int32(u.firstLineno), endColOffset: 0)
  }

  /// CPython's `compiler_set_qualname`.
  private func qualifiedName(_ name: String, type: CompileUnit.ScopeType, parent: CompileUnit) -> String {
    if enclosing.isEmpty && parent.scopeType == .module { return name }
    if type == .function || type == .asyncFunction || type == .classBody {
      let mangled = NameMangling.mangle(name, privateName: parent.privateName)
      if parent.scope.scope(of: mangled) == .globalExplicit { return name }
    }
    switch parent.scopeType {
    case .function, .asyncFunction, .lambda:
      return parent.qualname + ".<locals>." + name
    case .module:
      return name
    default:
      return parent.qualname + "." + name
    }
  }

  // MARK: Locations

  /// Runs `body` with the current location set to `range`, restoring it afterwards
  /// (CPython's SET_LOC inside `compiler_visit_expr`).
  @inline(__always)
  func withLocation<T>(_ range: SourceRange, _ body: () throws(PySyntaxError) -> T) throws(PySyntaxError) -> T {
    let b = builder
    let saved = b.location
    b.location = range
    defer { b.location = saved }
    return try body()
  }

  /// CPython's `update_start_location_to_match_attr`: when an attribute access spans lines,
  /// its instructions start at the attribute name.
  func locationMatchingAttribute(_ loc: SourceRange, attribute e: Expr, name: String) -> SourceRange {
    var loc = loc
    if loc.lineno != e.range.endLineno {
      loc.lineno = e.range.endLineno
      let len = Int32(name.utf8.count)
      if len <= e.range.endColOffset {
        loc.colOffset = e.range.endColOffset - len
      } else {
        loc.colOffset = -1
        loc.endColOffset = -1
      }
      loc.endLineno = max(loc.lineno, loc.endLineno)
      if loc.lineno == loc.endLineno {
        loc.endColOffset = max(loc.colOffset, loc.endColOffset)
      }
    }
    return loc
  }

  // MARK: Constants

  /// The value of `e` when it is a constant (a literal or a folded tuple/frozenset).
  func constantValue(_ e: Expr) -> CodeConstant? {
    if case .constant(let c, _) = e.kind { return .constant(c) }
    return folded[e]
  }

  func isConstant(_ e: Expr) -> Bool {
    if case .constant = e.kind { return true }
    return folded[e] != nil
  }

  /// Loads a constant into `dest` with the shortest instruction.
  func emitLoadConstant(_ value: CodeConstant, into dest: Int) {
    if case .constant(let c) = value {
      switch c {
      case .none: builder.emit(.loadNone, a: dest); return
      case .bool(let b): builder.emit(b ? .loadTrue : .loadFalse, a: dest); return
      case .int(let i) where i >= -(1 << 39) && i < (1 << 39):
        builder.emit(.loadInt, a: dest, bx: Int64(i + Instruction.sBxBias))
        return
      default: break
      }
    }
    builder.emit(.loadConst, a: dest, bx: Int64(builder.constants.add(value)))
  }

  func emitLoadString(_ s: String, into dest: Int) {
    builder.emit(.loadConst, a: dest, bx: Int64(builder.constants.add(string: s)))
  }

  func emitLoadInt(_ i: Int, into dest: Int) {
    emitLoadConstant(.constant(.int(i)), into: dest)
  }
}

/// The body whose `:=` targets a new unit must know (see `CompileUnit.walrusTargets`).
enum WalrusSource {
  case none
  case statements([Stmt])
  case expression(Expr)
}
