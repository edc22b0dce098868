import PySyntax

/// The state of one scope while its code is generated (CPython's `compiler_unit`): the symbol
/// table scope, the instruction builder, the frame-block stack for unwinding, argument counts,
/// and the register layout — fast locals first (parameters, then other locals numbered on
/// first use as CPython numbers `co_varnames`), then one register per cell and free variable.
final class CompileUnit {
  /// CPython's COMPILER_SCOPE_*.
  enum ScopeType {
    case module, classBody, function, asyncFunction, lambda, comprehension
  }

  let scope: Scope
  let scopeType: ScopeType
  let name: String
  var qualname: String
  let firstLineno: Int
  let builder: CodeBuilder
  /// The class name used for private-name mangling, inherited by nested scopes.
  var privateName: String?
  var frameBlocks: [FrameBlock] = []

  var argCount = 0
  var posOnlyArgCount = 0
  var kwOnlyArgCount = 0

  /// `co_varnames` in register order; grows as locals are first referenced.
  private(set) var varnames: [String]
  private var varIndex: [String: Int] = [:]
  let localCount: Int
  let parameterCount: Int
  let cellvars: [String]
  let freevars: [String]
  /// Cell or free variable name → index into `cellvars + freevars`.
  private var derefIndex: [String: Int] = [:]
  /// Names assigned by `:=` directly in this scope: reads of them are copied to a temporary,
  /// because a later operand of the same expression may rebind them.
  let walrusTargets: Set<String>

  init(scope: Scope, scopeType: ScopeType, name: String, qualname: String, firstLineno: Int,
       privateName: String?, walrusTargets: Set<String>) {
    self.scope = scope
    self.scopeType = scopeType
    self.name = name
    self.qualname = qualname
    self.firstLineno = firstLineno
    self.privateName = privateName
    self.walrusTargets = walrusTargets
    if scope.kind == .function {
      varnames = scope.parameters
      parameterCount = scope.parameters.count
      var count = parameterCount
      let params = Set(scope.parameters)
      for symbol in scope.symbols where symbol.scope == .local && !params.contains(symbol.name) {
        count += 1
      }
      localCount = count
    } else {
      varnames = []
      parameterCount = 0
      localCount = 0
    }
    for (i, n) in varnames.enumerated() { varIndex[n] = i }
    cellvars = scope.codeCellvars
    freevars = scope.freevars
    for (i, n) in (cellvars + freevars).enumerated() { derefIndex[n] = i }
    builder = CodeBuilder(firstTemporary: localCount + cellvars.count + freevars.count)
  }

  /// True for def, lambda and comprehension scopes (CPython's FunctionBlock).
  var isFunctionBlock: Bool { scope.kind == .function }

  /// The register of fast local `name`, numbering it on first use.
  func localRegister(_ name: String) -> Int {
    if let i = varIndex[name] { return i }
    let i = varnames.count
    precondition(i < localCount, "fast local '\(name)' unknown to the symbol table")
    varnames.append(name)
    varIndex[name] = i
    return i
  }

  /// Index of a cell/free variable in `cellvars + freevars`, or nil.
  func derefSlot(_ name: String) -> Int? { derefIndex[name] }

  /// The register holding the cell of deref slot `slot`.
  func cellRegister(slot: Int) -> Int { localCount + slot }

  /// `co_varnames` at the end of code generation: locals never referenced (there should be
  /// none) keep their registers under their own names so the layout stays valid.
  func finalVarnames() -> [String] {
    if varnames.count == localCount { return varnames }
    var out = varnames
    let seen = Set(out)
    for symbol in scope.symbols where symbol.scope == .local && !seen.contains(symbol.name) {
      out.append(symbol.name)
    }
    return out
  }
}

/// An entry of the frame-block stack (CPython's `fblockinfo`): what `break`, `continue` and
/// `return` must undo when they leave the construct, and the exception handler that was active
/// outside it (restored while the unwinding code runs).
struct FrameBlock {
  enum Kind {
    case whileLoop(continueLabel: Label, breakLabel: Label)
    case forLoop(continueLabel: Label, breakLabel: Label, iterator: Int)
    case tryExcept
    /// The body of a `try` with `finally`: leaving it runs the final body inline.
    case finallyTry(body: [Stmt])
    /// The exceptional copy of a final body: leaving it restores the handled exception.
    case finallyEnd(previousException: Int)
    case with(exit: Int, isAsync: Bool, stmt: Stmt)
    /// An `except` body: leaving it restores the handled exception and unbinds the name.
    case handlerCleanup(previousException: Int, name: String?)
    case exceptionHandler
    case exceptionGroupHandler
    case asyncComprehensionGenerator
  }

  var kind: Kind
  var outerHandler: Int32
}
