import PySyntax

/// The compiler's output for one scope (module, class body, function, lambda, comprehension):
/// everything the runtime needs to build a code object, in plain Swift values so the compiler
/// does not depend on the runtime. The runtime turns constants into objects once, when it
/// creates the code object.
public final class CodeUnit {
  /// `co_name` and `co_qualname`.
  public var name: String
  public var qualname: String
  public var filename: String
  public var firstLineno: Int

  /// Positional parameters (`co_argcount`, including positional-only ones).
  public var argCount: Int = 0
  public var posOnlyArgCount: Int = 0
  public var kwOnlyArgCount: Int = 0
  public var flags: CodeFlags = []

  /// Fast locals, parameters first (`co_varnames`); they live in registers `0 ..< varnames.count`.
  public var varnames: [String] = []
  /// Cell and free variables (`co_cellvars`, `co_freevars`); their cells live in the registers
  /// right after the locals: `cellvars` first, then `freevars`.
  public var cellvars: [String] = []
  public var freevars: [String] = []
  /// Names used by global/attribute/import instructions (`co_names`).
  public var names: [String] = []
  public var constants: [CodeConstant] = []

  /// The instruction words (see `Opcode` and `Instruction`), cache words included.
  public var code: [UInt64] = []
  /// Source position of each code word (cache words repeat their instruction's position).
  /// A `lineno` of 0 or less means "no location" (artificial instructions), as in CPython.
  public var positions: [SourceRange] = []
  /// Exception handlers, innermost first for overlapping ranges.
  public var exceptionTable: [ExceptionTableEntry] = []
  /// Total registers a frame of this code needs (locals + cells + temporaries).
  public var registerCount: Int = 0

  public init(name: String, qualname: String, filename: String, firstLineno: Int) {
    self.name = name
    self.qualname = qualname
    self.filename = filename
    self.firstLineno = firstLineno
  }

  /// First register of the cell/free variable block.
  public var cellBase: Int { varnames.count }
}

/// `co_flags` bits, with CPython's values where CPython has the flag.
public struct CodeFlags: OptionSet, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let optimized = CodeFlags(rawValue: 0x0001)
  public static let newLocals = CodeFlags(rawValue: 0x0002)
  public static let varArgs = CodeFlags(rawValue: 0x0004)
  public static let varKeywords = CodeFlags(rawValue: 0x0008)
  public static let nested = CodeFlags(rawValue: 0x0010)
  public static let generator = CodeFlags(rawValue: 0x0020)
  public static let noFree = CodeFlags(rawValue: 0x0040)
  public static let coroutine = CodeFlags(rawValue: 0x0080)
  public static let iterableCoroutine = CodeFlags(rawValue: 0x0100)
  public static let asyncGenerator = CodeFlags(rawValue: 0x0200)
  /// `from __future__ import annotations` was in effect.
  public static let futureAnnotations = CodeFlags(rawValue: 0x1000000)
}

/// A constant of a code unit. Tuples and frozensets come from constant folding and from
/// keyword-name tuples of calls; `.code` holds nested scopes.
public indirect enum CodeConstant {
  case constant(Constant)
  case tuple([CodeConstant])
  case frozenset([CodeConstant])
  case code(CodeUnit)
}

/// One row of the exception table: an exception raised by an instruction in
/// `start ..< end` (code word indices) jumps to `handler` with the exception object stored in
/// register `exceptionRegister`. When several rows cover an instruction, the first one wins
/// (the compiler lists inner handlers first).
public struct ExceptionTableEntry: Equatable, Sendable {
  public var start: Int
  public var end: Int
  public var handler: Int
  public var exceptionRegister: Int

  public init(start: Int, end: Int, handler: Int, exceptionRegister: Int) {
    self.start = start
    self.end = end
    self.handler = handler
    self.exceptionRegister = exceptionRegister
  }
}
