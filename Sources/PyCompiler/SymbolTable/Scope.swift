import PySyntax

/// One block of the symbol table — CPython's `PySTEntryObject` (Python/symtable.c): the module,
/// a class body, a function, a lambda, a comprehension, or (under `from __future__ import
/// annotations`) an annotation block. Owns the block's symbols in first-seen order, its child
/// scopes in source order, and the facts the code generator needs (generator, coroutine,
/// `*args`/`**kwargs`, whether a class needs the implicit `__class__` cell, ...).
public final class Scope {
  /// CPython's `_Py_block_ty`.
  public enum Kind: UInt8, Sendable {
    case function = 0
    case `class` = 1
    case module = 2
    /// Only with `from __future__ import annotations`; never analysed, never a child.
    case annotation = 3
  }

  /// CPython's `_Py_comprehension_ty`: which comprehension a function scope implements.
  public enum ComprehensionKind: UInt8, Sendable {
    case none = 0
    case list = 1
    case dict = 2
    case set = 3
    case generator = 4
  }

  public let kind: Kind
  /// `top` for the module, the def/class name, `lambda`, `listcomp`, `setcomp`, `dictcomp`,
  /// `genexpr`, or `_annotation`.
  public let name: String
  /// Position of the node that opened the block (all zero for the module).
  public let range: SourceRange
  public var lineno: Int { Int(range.lineno) }

  /// Symbols in the order CPython's `ste_symbols` dict first saw them.
  public private(set) var symbols: [Symbol] = []
  private var symbolIndex: [String: Int] = [:]
  /// Parameters in order (`ste_varnames`): positional-only, positional, keyword-only, then
  /// `*args`, then `**kwargs`; `.0` for a comprehension.
  public internal(set) var parameters: [String] = []
  /// Nested scopes in the order the first pass entered them (annotation blocks excluded).
  public internal(set) var children: [Scope] = []
  public internal(set) weak var parent: Scope?

  /// The block is nested inside a function (`ste_nested`).
  public internal(set) var isNested = false
  /// The block has free variables (`ste_free`), or, when nested, implicit globals.
  public internal(set) var hasFreeVariables = false
  /// A child block has free variables (`ste_child_free`).
  public internal(set) var childHasFreeVariables = false
  /// Contains `yield`/`yield from`, or is a generator expression (`ste_generator`).
  public internal(set) var isGenerator = false
  /// `async def`, or contains `await`/async comprehension making it a coroutine (`ste_coroutine`).
  public internal(set) var isCoroutine = false
  public internal(set) var comprehension: ComprehensionKind = .none
  public internal(set) var hasVarargs = false
  public internal(set) var hasVarkeywords = false
  /// Contains `return <value>` (`ste_returns_value`).
  public internal(set) var returnsValue = false
  /// A class whose methods use `__class__` or `super`: the class body must create the implicit
  /// `__class__` cell and store it as `__classcell__` (`ste_needs_class_closure`).
  public internal(set) var needsClassClosure = false

  // First-pass state (CPython's ste_comp_iter_target / ste_comp_iter_expr / ste_directives).
  var compIterTarget = false
  var compIterExpr = 0
  /// `global`/`nonlocal` statements (and walrus targets that act like them): mangled name and
  /// the statement's range, for errors reported during analysis.
  var directives: [(name: String, range: SourceRange)] = []

  init(kind: Kind, name: String, range: SourceRange) {
    self.kind = kind
    self.name = name
    self.range = range
  }

  /// Whether this is a function-like block (def, lambda, comprehension).
  public var isFunction: Bool { kind == .function }

  /// The symbol named `name` (already mangled), if the block has one.
  public func symbol(_ name: String) -> Symbol? {
    guard let i = symbolIndex[name] else { return nil }
    return symbols[i]
  }

  /// The resolved scope of `name` (mangled), nil if the block never saw the name.
  public func scope(of name: String) -> SymbolScope? { symbol(name)?.scope }

  /// The flags of `name`, empty if unknown (as `_PyST_GetSymbol` returns 0).
  func flags(of name: String) -> SymbolFlags {
    guard let i = symbolIndex[name] else { return [] }
    return symbols[i].flags
  }

  func setFlags(_ flags: SymbolFlags, of name: String) {
    if let i = symbolIndex[name] {
      symbols[i].flags = flags
    } else {
      symbolIndex[name] = symbols.count
      symbols.append(Symbol(name: name, flags: flags, scope: nil))
    }
  }

  func setScope(_ scope: SymbolScope, at index: Int) { symbols[index].scope = scope }
  func addFlags(_ flags: SymbolFlags, at index: Int) { symbols[index].flags.formUnion(flags) }
  func index(of name: String) -> Int? { symbolIndex[name] }

  /// Appends a symbol discovered by the analysis (a free variable passing through).
  func appendResolved(_ name: String, scope: SymbolScope) {
    symbolIndex[name] = symbols.count
    symbols.append(Symbol(name: name, flags: [], scope: scope))
  }

  // MARK: - What the code generator derives (CPython's compiler_enter_scope)

  /// `u_cellvars` of CPython's compiler: the CELL names sorted by code point; for a class that
  /// needs it, just `__class__`.
  public var cellvars: [String] {
    if kind == .class { return needsClassClosure ? ["__class__"] : [] }
    return sortedNames { $0.scope == .cell }
  }

  /// `u_freevars`: names that are FREE here or (in a class) DEF_FREE_CLASS, sorted by code point.
  public var freevars: [String] {
    sortedNames { $0.scope == .free || $0.flags.contains(.defFreeClass) }
  }

  /// What `code.co_cellvars` shows in 3.11: parameters that are cells in parameter order, then
  /// the other cells in `cellvars` order (they follow the locals in the frame's localsplus).
  public var codeCellvars: [String] {
    let cells = cellvars
    guard !cells.isEmpty, !parameters.isEmpty else { return cells }
    let cellSet = Set(cells)
    var out = parameters.filter { cellSet.contains($0) }
    let params = Set(parameters)
    out.append(contentsOf: cells.filter { !params.contains($0) })
    return out
  }

  /// The `co_flags` bits that follow from the scope, as CPython's `compute_code_flags`:
  /// CO_OPTIMIZED|CO_NEWLOCALS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR,
  /// CO_VARARGS, CO_VARKEYWORDS (function blocks only; 0 otherwise).
  public var codeFlags: Int {
    guard kind == .function else { return 0 }
    var f = 0x0001 | 0x0002
    if isNested { f |= 0x0010 }
    if isGenerator && !isCoroutine { f |= 0x0020 }
    if !isGenerator && isCoroutine { f |= 0x0080 }
    if isGenerator && isCoroutine { f |= 0x0200 }
    if hasVarargs { f |= 0x0004 }
    if hasVarkeywords { f |= 0x0008 }
    return f
  }

  private func sortedNames(_ include: (Symbol) -> Bool) -> [String] {
    var out: [String] = []
    for s in symbols where include(s) { out.append(s.name) }
    out.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return out
  }
}
