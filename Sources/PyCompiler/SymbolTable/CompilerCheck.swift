import PySyntax

extension Compiler {
  /// Runs every compile-time check CPython 3.11 performs after parsing and before (or while)
  /// generating bytecode, in CPython's order: the future imports (Python/future.c), the symbol
  /// table (Python/symtable.c), then the code generator's own checks (Python/compile.c).
  /// Throws the first `SyntaxError` with CPython's message and location.
  ///
  /// `source` (the file's bytes) is optional: when given, the error's `text` is the offending
  /// line, as CPython shows it for a file on disk.
  /// Returns the symbol table, which the code generator can reuse.
  @discardableResult
  /// Runs on a thread with a large stack (the passes recurse as deep as the tree).
  public static func check(module: Mod, filename: String, source: [UInt8]? = nil) throws(PySyntaxError) -> SymbolTable {
    nonisolated(unsafe) var result: Result<SymbolTable, PySyntaxError>? = nil
    nonisolated(unsafe) let module = module
    LargeStack.run {
      do throws(PySyntaxError) {
        let table = try SymbolTable.build(module: module, filename: filename, source: source)
        var checks = CompileChecks(table: table, reporter: CompileErrorReporter(filename: filename, source: source))
        try checks.check(module)
        result = .success(table)
      } catch {
        result = .failure(error)
      }
    }
    return try result!.get()
  }
}
