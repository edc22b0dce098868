/// What the first symbol-table pass learned about one name in one scope: the def-use flags of
/// CPython's Include/internal/pycore_symtable.h (`DEF_GLOBAL`, `DEF_LOCAL`, ...), with the same
/// bit values so they can be compared with `symtable`'s raw flags.
public struct SymbolFlags: OptionSet, Hashable, Sendable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// `global name` in this scope (or a walrus in a comprehension that binds a global).
  public static let defGlobal = SymbolFlags(rawValue: 1)
  /// Bound by assignment, `for`, `with`, `del`, `except ... as`, def/class, pattern capture.
  public static let defLocal = SymbolFlags(rawValue: 2)
  /// A formal parameter (including a comprehension's implicit `.0`).
  public static let defParam = SymbolFlags(rawValue: 4)
  /// `nonlocal name` in this scope (or a walrus in a comprehension binding a function local).
  public static let defNonlocal = SymbolFlags(rawValue: 8)
  /// The name is read (or is `__class__` used implicitly through `super`).
  public static let use = SymbolFlags(rawValue: 16)
  /// Used but not defined in a nested block (kept for fidelity; CPython no longer sets it).
  public static let defFree = SymbolFlags(rawValue: 32)
  /// In a class scope: a free variable of a method that is also bound in the class body.
  public static let defFreeClass = SymbolFlags(rawValue: 64)
  /// Bound by `import` / `from ... import`.
  public static let defImport = SymbolFlags(rawValue: 128)
  /// The name has a variable annotation (`x: int`) in this scope.
  public static let defAnnot = SymbolFlags(rawValue: 256)
  /// The name is an iteration variable of a comprehension.
  public static let defCompIter = SymbolFlags(rawValue: 512)

  /// `DEF_BOUND`: any flag that makes the name a binding of this scope.
  public static let bound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// Where the second pass decided a name lives: CPython's `LOCAL`, `GLOBAL_EXPLICIT`,
/// `GLOBAL_IMPLICIT`, `FREE`, `CELL` (raw values as in pycore_symtable.h).
public enum SymbolScope: UInt8, Sendable {
  /// A fast local of a function, or a name of a module/class namespace.
  case local = 1
  /// Declared `global` here (or a walrus target in a module-level comprehension).
  case globalExplicit = 2
  /// Not bound in any enclosing function: a global or builtin.
  case globalImplicit = 3
  /// Bound in an enclosing function scope: read through a closure cell.
  case free = 4
  /// A local of this function that nested scopes capture: it lives in a cell.
  case cell = 5
}

/// One name of a scope: its flags from the first pass and its resolved scope from the second.
public struct Symbol: Sendable {
  public let name: String
  public internal(set) var flags: SymbolFlags
  /// Set by the analysis pass; `nil` only for scopes that are never analysed (annotation
  /// blocks under `from __future__ import annotations`).
  public internal(set) var scope: SymbolScope?

  /// CPython's raw value of the symbol in `ste_symbols`: flags | scope << 11.
  public var rawValue: Int { Int(flags.rawValue) | (Int(scope?.rawValue ?? 0) << 11) }

  public var isParameter: Bool { flags.contains(.defParam) }
  public var isGlobal: Bool { scope == .globalExplicit || scope == .globalImplicit }
  public var isDeclaredGlobal: Bool { scope == .globalExplicit }
  public var isNonlocal: Bool { flags.contains(.defNonlocal) }
  public var isLocal: Bool { scope == .local || scope == .cell }
  public var isFree: Bool { scope == .free }
  public var isCell: Bool { scope == .cell }
  public var isImported: Bool { flags.contains(.defImport) }
  public var isAssigned: Bool { flags.contains(.defLocal) }
  public var isReferenced: Bool { flags.contains(.use) }
  public var isAnnotated: Bool { flags.contains(.defAnnot) }
}
