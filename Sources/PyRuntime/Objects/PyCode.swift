import PyCompiler
import PySyntax

/// A code object (`types.CodeType`): the runtime form of a compiled scope. Owns the instruction
/// words (in a raw buffer the interpreter reads without bounds or copy-on-write checks, and
/// that quickening may rewrite in place), the constants as values, the interned names, the
/// source positions and the exception table. Deferred (see `Value`): never counted.
public final class PyCode: PyObject {
  public let unit: CodeUnit
  /// Instruction words, `wordCount` of them.
  public let words: UnsafeMutablePointer<UInt64>
  public let wordCount: Int
  /// Constants as values (`co_consts`), `constantCount` of them.
  public let constants: UnsafeMutablePointer<Value>
  public let constantCount: Int
  /// `co_names`, interned.
  public let names: [PyStr]
  public let varnames: [PyStr]
  public let cellvars: [PyStr]
  public let freevars: [PyStr]
  public let name: PyStr
  public let qualname: PyStr
  public let filename: PyStr
  public let firstLineno: Int
  public let argCount: Int
  public let posOnlyArgCount: Int
  public let kwOnlyArgCount: Int
  public let codeFlags: CodeFlags
  public let registerCount: Int
  public let exceptionTable: [ExceptionTableEntry]
  /// `names` as uncounted references for the interpreter loop (interned strs are immortal).
  public let namePointers: UnsafeMutablePointer<Unmanaged<PyStr>>
  /// Neither a generator, a coroutine nor an async generator: calling runs the body.
  public let runsOnCall: Bool
  /// Positional parameters only (no keyword-only, `*args` or `**kwargs`): a call with exactly
  /// `argCount` positional arguments needs no binding work.
  public let hasPlainSignature: Bool
  public let hasVarArgs: Bool
  public let hasVarKeywords: Bool

  public init(unit: CodeUnit, interpreter: Interpreter) throws(PyError) {
    self.unit = unit
    wordCount = unit.code.count
    words = .allocate(capacity: max(wordCount, 1))
    words.initialize(from: unit.code, count: wordCount)
    var consts: [Value] = []
    consts.reserveCapacity(unit.constants.count)
    for c in unit.constants {
      consts.append(try PyCode.materialize(c, interpreter))
    }
    constantCount = consts.count
    constants = .allocate(capacity: max(constantCount, 1))
    constants.initialize(from: consts, count: constantCount)
    names = unit.names.map { PyStr.intern($0) }
    varnames = unit.varnames.map { PyStr.intern($0) }
    cellvars = unit.cellvars.map { PyStr.intern($0) }
    freevars = unit.freevars.map { PyStr.intern($0) }
    name = PyStr.intern(unit.name)
    qualname = PyStr.intern(unit.qualname)
    filename = PyStr.intern(unit.filename)
    firstLineno = unit.firstLineno
    argCount = unit.argCount
    posOnlyArgCount = unit.posOnlyArgCount
    kwOnlyArgCount = unit.kwOnlyArgCount
    codeFlags = unit.flags
    registerCount = unit.registerCount
    exceptionTable = unit.exceptionTable
    namePointers = .allocate(capacity: max(names.count, 1))
    for (i, n) in names.enumerated() { namePointers[i] = Unmanaged.passUnretained(n) }
    let f = unit.flags
    runsOnCall = !f.contains(.generator) && !f.contains(.coroutine) && !f.contains(.asyncGenerator)
    hasVarArgs = f.contains(.varArgs)
    hasVarKeywords = f.contains(.varKeywords)
    hasPlainSignature = unit.kwOnlyArgCount == 0 && !hasVarArgs && !hasVarKeywords
    super.init(type: BuiltinTypes.code)
    interpreter.registerDeferred(self)
  }

  deinit {
    namePointers.deallocate()
    words.deallocate()
    constants.deinitialize(count: constantCount)
    constants.deallocate()
  }

  /// The value of a compile-time constant.
  static func materialize(_ c: CodeConstant, _ interp: Interpreter) throws(PyError) -> Value {
    switch c {
    case .constant(let k):
      return try Value.fromConstant(k, interp)
    case .tuple(let items):
      if items.isEmpty { return .object(PyTuple.empty) }
      var vals: [Value] = []
      for i in items { vals.append(try materialize(i, interp)) }
      let t = PyTuple(vals)
      Deferral.retain(t)
      return .object(t)
    case .frozenset(let items):
      var vals: [Value] = []
      for i in items { vals.append(try materialize(i, interp)) }
      let s = try PySet.makeConstant(ThreadState.current, vals)
      return .object(s)
    case .code(let unit):
      return Value(try PyCode(unit: unit, interpreter: interp))
    }
  }

  /// Source position of the instruction at word `pc`.
  public func position(at pc: Int) -> SourceRange {
    let ps = unit.positions
    if pc >= 0 && pc < ps.count { return ps[pc] }
    return SourceRange(lineno: Int32(firstLineno), colOffset: -1, endLineno: Int32(firstLineno), endColOffset: -1)
  }

  /// The innermost exception-table row covering `pc`.
  public func handler(for pc: Int) -> ExceptionTableEntry? {
    for e in exceptionTable where pc >= e.start && pc < e.end { return e }
    return nil
  }
}

extension Value {
  /// The value of a literal constant (strings are interned).
  public static func fromConstant(_ k: Constant, _ interp: Interpreter) throws(PyError) -> Value {
    switch k {
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .bigInt(let digits): return PyLong.fromDecimal(digits)
    case .float(let d): return .float(d)
    case .complex(let re, let im): return .object(PyComplex(real: re, imag: im))
    case .str(let s):
      if s.codePoints.allSatisfy({ $0 < 0xD800 || ($0 > 0xDFFF && $0 <= 0x10FFFF) }) {
        return .object(PyStr.intern(s.string))
      }
      return .object(PyStr(codePoints: s.codePoints))
    case .bytes(let b): return .object(PyBytes(b))
    }
  }
}
