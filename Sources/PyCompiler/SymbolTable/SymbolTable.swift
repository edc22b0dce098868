import PySyntax

/// The symbol tables of one module — CPython's `struct symtable` (Python/symtable.c): the tree
/// of `Scope`s rooted at the module and a lookup from each AST node that opens a scope
/// (`FunctionDef`/`AsyncFunctionDef`/`ClassDef` statements; `Lambda`, `ListComp`, `SetComp`,
/// `DictComp`, `GeneratorExp` expressions) to its scope, by node identity.
///
/// Usage (code generator):
/// ```swift
/// let table = try SymbolTable.build(module: mod, filename: "x.py")
/// let top = table.top                       // module scope
/// let fn = table.scope(for: functionDefStmt)! // kind .function, parameters, cellvars, ...
/// fn.scope(of: "x")                         // .local / .cell / .free / .globalExplicit / ...
/// ```
/// Names are looked up in their mangled form (`NameMangling.mangle`) inside classes, as CPython.
public final class SymbolTable {
  public let filename: String
  public let top: Scope
  /// The `from __future__` features of the module (they change how annotations are handled).
  public let future: FutureFeatures
  private let blocks: [ObjectIdentifier: Scope]

  init(filename: String, top: Scope, future: FutureFeatures, blocks: [ObjectIdentifier: Scope]) {
    self.filename = filename
    self.top = top
    self.future = future
    self.blocks = blocks
  }

  /// The scope a `def`, `async def` or `class` statement opens.
  public func scope(for stmt: Stmt) -> Scope? { blocks[ObjectIdentifier(stmt)] }
  /// The scope a lambda or comprehension opens (or, under future annotations, the annotation
  /// block of a return/variable annotation expression).
  public func scope(for expr: Expr) -> Scope? { blocks[ObjectIdentifier(expr)] }

  /// Runs both passes of CPython's `_PySymtable_Build` over `module` and reports the first
  /// SyntaxError of symtable.c with its exact message and location. `future` defaults to the
  /// features declared by the module itself (its future imports are then also validated).
  /// `source`, when given, fills the errors' `text` as CPython does for a file on disk.
  public static func build(module: Mod, filename: String, future: FutureFeatures? = nil,
                           source: [UInt8]? = nil) throws(PySyntaxError) -> SymbolTable {
    let reporter = CompileErrorReporter(filename: filename, source: source)
    let features: FutureFeatures
    if let future { features = future } else { features = try FutureFeatures.parse(module: module, reporter: reporter) }
    var builder = SymbolTableBuilder(future: features, reporter: reporter)
    let top = try builder.buildTop(module)
    var analyzer = SymbolTableAnalyzer(reporter: reporter)
    try analyzer.analyze(top: top)
    return SymbolTable(filename: filename, top: top, future: features, blocks: builder.blocks)
  }
}
