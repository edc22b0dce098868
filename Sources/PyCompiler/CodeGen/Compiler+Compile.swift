import PySyntax

/// How the source is to be run: `compile()`'s 'exec', 'eval' and 'single' modes.
public enum CompileMode: Sendable {
  /// A module: statements, `return None` at the end.
  case exec
  /// One expression whose value the code returns.
  case eval
  /// An interactive statement: expression statements print their value via `printExpr`.
  case single
}

/// The `compile()` flags the code generator honours (CPython's PyCF_* bits).
public struct CompilerFlags: OptionSet, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// PyCF_ALLOW_TOP_LEVEL_AWAIT: `await`, `async for` and `async with` at module level.
  public static let allowTopLevelAwait = CompilerFlags(rawValue: 0x2000)
  /// CO_FUTURE_ANNOTATIONS inherited from the caller (`from __future__ import annotations`).
  public static let futureAnnotations = CompilerFlags(rawValue: 0x1000000)
}

/// A SyntaxWarning the compiler emits (e.g. "assertion is always true, perhaps remove
/// parentheses?"); the caller decides how to show it (CPython: the warnings module).
public struct CompileWarning: Sendable, Equatable {
  public var message: String
  public var filename: String
  public var lineno: Int
}

extension Compiler {
  /// Compiles a module AST to register bytecode, as CPython's `_PyAST_Compile`: future
  /// imports, constant folding (which rewrites `mod` in place, as CPython does on its own
  /// copy), the symbol table and compile.c's checks, then code generation for every scope.
  ///
  /// - Parameters:
  ///   - mode: `.exec` for a `Module`, `.eval` for an `Expression` (the code returns its value),
  ///     `.single` for an `Interactive` (expression statements print their value).
  ///   - optimize: `-O` level: 1 removes asserts and makes `__debug__` False, 2 also docstrings.
  ///   - source: the file's bytes, to fill `text` of compile-time SyntaxErrors as CPython does
  ///     for a file on disk (nil: `text` is None, as for `compile()` of a string).
  ///   - warnings: receives SyntaxWarnings; nil ignores them.
  public static func compile(_ mod: Mod, filename: String, mode: CompileMode, optimize: Int = 0,
                             flags: CompilerFlags = [], source: [UInt8]? = nil,
                             warnings: ((CompileWarning) -> Void)? = nil) throws(PySyntaxError) -> CodeUnit {
    // Every pass recurses as deep as the tree. The usual shallow tree compiles right here; a
    // deep one (or a small stack) moves to the compiler thread and its large stack.
    let budget = StackSpace.remaining() / StackSpace.bytesPerLevel
    if budget >= 64 {
      let features = try futureFeatures(mod, filename: filename, flags: flags, source: source)
      if let (folded, _) = try foldConstants(mod, optimize: optimize, features: features, filename: filename,
                                             depthLimit: budget) {
        return try generate(mod, filename: filename, mode: mode, optimize: optimize, flags: flags,
                            source: source, warnings: warnings, features: features, folded: folded)
      }
    }
    nonisolated(unsafe) var result: Result<CodeUnit, PySyntaxError>? = nil
    nonisolated(unsafe) let mod = mod
    CompilerThread.run {
      do throws(PySyntaxError) {
        result = .success(try compileOnCurrentThread(mod, filename: filename, mode: mode, optimize: optimize,
                                                     flags: flags, source: source, warnings: warnings))
      } catch {
        result = .failure(error)
      }
    }
    return try result!.get()
  }

  static func compileOnCurrentThread(_ mod: Mod, filename: String, mode: CompileMode, optimize: Int,
                                     flags: CompilerFlags, source: [UInt8]?,
                                     warnings: ((CompileWarning) -> Void)?) throws(PySyntaxError) -> CodeUnit {
    let features = try futureFeatures(mod, filename: filename, flags: flags, source: source)
    let (folded, _) = try foldConstants(mod, optimize: optimize, features: features, filename: filename,
                                        depthLimit: ASTOptimizer.depthLimit)!
    return try generate(mod, filename: filename, mode: mode, optimize: optimize, flags: flags, source: source,
                        warnings: warnings, features: features, folded: folded)
  }

  /// The module's `from __future__` imports (future.c's errors) and the caller's flags.
  private static func futureFeatures(_ mod: Mod, filename: String, flags: CompilerFlags,
                                     source: [UInt8]?) throws(PySyntaxError) -> FutureFeatures {
    var features = try FutureFeatures.parse(module: mod, reporter: CompileErrorReporter(filename: filename, source: source))
    if flags.contains(.futureAnnotations) { features.annotations = true }
    return features
  }

  private static func foldConstants(_ mod: Mod, optimize: Int, features: FutureFeatures, filename: String,
                                    depthLimit: Int) throws(PySyntaxError) -> (FoldedConstants, maxDepth: Int)? {
    do {
      return try ASTOptimizer.optimize(mod, optimize: optimize, futureAnnotations: features.annotations,
                                       depthLimit: depthLimit)
    } catch {
      var e = error
      e.filename = filename
      throw e
    }
  }

  /// Symbol table, compile.c's checks, code generation.
  private static func generate(_ mod: Mod, filename: String, mode: CompileMode, optimize: Int,
                               flags: CompilerFlags, source: [UInt8]?, warnings: ((CompileWarning) -> Void)?,
                               features: FutureFeatures, folded: FoldedConstants) throws(PySyntaxError) -> CodeUnit {
    let reporter = CompileErrorReporter(filename: filename, source: source)
    let table = try SymbolTable.build(module: mod, filename: filename, future: features, source: source)
    // compile.c's own errors, checked in CPython's order before any code is generated (the
    // generator raises the same errors, should a check ever be missed).
    var checks = CompileChecks(table: table, reporter: reporter,
                               allowTopLevelAwait: flags.contains(.allowTopLevelAwait))
    try checks.check(mod)
    let generator = CodeGenerator(filename: filename, table: table, reporter: reporter,
                                  optimize: optimize, flags: flags, interactive: mode == .single,
                                  folded: folded, warnings: warnings)
    return try generator.compileModule(mod, mode: mode)
  }
}

extension CodeGenerator {
  /// CPython's `compiler_mod`.
  func compileModule(_ mod: Mod, mode: CompileMode) throws(PySyntaxError) -> CodeUnit {
    switch mod.kind {
    case .module(let body, _):
      enterScope(table.top, type: .module, name: "<module>", firstLineno: 1,
                 walrusSource: .statements(body))
      try compileBody(body)
      return try exitScope()
    case .interactive(let body):
      enterScope(table.top, type: .module, name: "<module>", firstLineno: 1,
                 walrusSource: .statements(body))
      if AnnotationScan.containsAnnotations(body) { builder.emit(.setupAnnotations) }
      for s in body { try compileStatement(s) }
      return try exitScope()
    case .expression(let body):
      enterScope(table.top, type: .module, name: "<module>", firstLineno: 1,
                 walrusSource: .expression(body))
      let r = builder.allocate()
      try compile(body, into: r)
      builder.emit(.return, a: r)
      return try exitScope(addReturn: false)
    case .functionType:
      throw error("this compiler does not handle FunctionTypes", at: .zero)
    }
  }
}
