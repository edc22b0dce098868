import PySyntax
import PyCompiler

/// The builtins that compile and run code (CPython's Python/bltinmodule.c): `compile`,
/// `exec`, `eval`, and `__import__`.
enum CodeExecutionFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("compile", compile), ("exec", exec), ("eval", eval), ("__import__", importFunction),
  ]

  // MARK: compile

  /// `ast.PyCF_ONLY_AST` and the other flags `compile()` accepts (Include/cpython/compile.h,
  /// Include/cpython/code.h: the `__future__` flags, PyCF_MASK_OBSOLETE, PyCF_COMPILE_MASK).
  static let onlyAST = 0x0400
  static let allowedFlags = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
    | 0x0010 | 0x0400 | 0x0200 | 0x1000 | 0x2000 | 0x4000

  static let compileSignature = ClinicSignature("compile", ["source", "filename", "mode", "flags", "dont_inherit",
                                                            "optimize", "_feature_version"],
                                                minPos: 3, maxPos: 6)

  static func compile(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try compileSignature.bind(args)
    let filename = try FilePaths.fsPath(ts, a[1]!)
    guard let modeStr = a[2]!.as(PyStr.self) else {
      throw PyError.typeError("compile() argument 'mode' must be str, not \(Protocols.typeName(a[2]!))")
    }
    let flags = try a[3].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 0
    let dontInherit = try a[4].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? false
    let optimize = try a[5].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? -1
    if flags & ~allowedFlags != 0 { throw PyError.valueError("compile(): unrecognised flags") }
    if optimize < -1 || optimize > 2 { throw PyError.valueError("compile(): invalid optimize value") }
    let mode: CompileMode
    switch modeStr.string {
    case "exec": mode = .exec
    case "eval": mode = .eval
    case "single": mode = .single
    default:
      if flags & onlyAST != 0 && modeStr.string == "func_type" {
        throw PyError.notImplementedError("compile(): ast.PyCF_ONLY_AST is not supported yet (no ast objects)")
      }
      throw PyError.valueError("compile() mode must be 'exec', 'eval' or 'single'")
    }
    guard let source = try sourceBytes(ts, a[0]!, "compile", "string, bytes or AST") else {
      throw PyError.typeError("compile() arg 1 must be a string, bytes or AST object")
    }
    if flags & onlyAST != 0 {
      throw PyError.notImplementedError("compile(): ast.PyCF_ONLY_AST is not supported yet (no ast objects)")
    }
    var cflags: CompilerFlags = []
    if flags & 0x1000000 != 0 { cflags.insert(.futureAnnotations) }
    if flags & 0x2000 != 0 { cflags.insert(.allowTopLevelAwait) }
    if !dontInherit { cflags.formUnion(inheritedFlags(ts)) }
    let code = try SourceCompiler.compile(ts, source, filename: filename, mode: mode, flags: cflags,
                                          text: a[0]!.as(PyStr.self) != nil, optimize: optimize < 0 ? ts.interpreter.config.optimize : optimize)
    return Value(code)
  }

  /// The compiler flags code compiled by `exec`/`eval`/`compile` inherits from the calling
  /// frame (`PyEval_MergeCompilerFlags`): its `__future__` features.
  static func inheritedFlags(_ ts: ThreadState) -> CompilerFlags {
    guard let f = ts.currentFrame else { return [] }
    return f.pointee.code.codeFlags.contains(.futureAnnotations) ? [.futureAnnotations] : []
  }

  /// The bytes of a `str`/`bytes`/buffer source (`_Py_SourceAsString`); nil for other types.
  /// Null bytes are a SyntaxError, as in 3.11.
  static func sourceBytes(_ ts: ThreadState, _ v: Value, _ fname: String, _ what: String) throws(PyError) -> [UInt8]? {
    var bytes: [UInt8]
    if let s = v.as(PyStr.self) {
      bytes = Array(s.string.utf8)
    } else if let b = v.as(PyBytes.self) {
      bytes = b.bytes
    } else if Protocols.typeOf(v).mro.contains(where: { $0.name == "bytearray" && !$0.typeFlags.contains(.heapType) }) {
      bytes = []
      for x in try Protocols.toArray(ts, v) {
        if case .int(let i) = x { bytes.append(UInt8(truncatingIfNeeded: i)) }
      }
    } else {
      return nil
    }
    if bytes.contains(0) {
      throw PyError.make(BuiltinTypes.exceptions.syntaxError, "source code string cannot contain null bytes")
    }
    return bytes
  }

  // MARK: exec / eval

  static let execSignature = ClinicSignature("exec", ["source", "globals", "locals", "closure"],
                                             posOnly: 3, minPos: 1, maxPos: 3)

  static func exec(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try execSignature.bind(args)
    let source = a[0]!
    let closure = a[3] ?? .none
    let (globals, locals) = try namespaces(ts, a[1] ?? .none, a[2] ?? .none, "exec")
    if let code = source.as(PyCode.self) {
      let nfree = code.freevars.count
      var cells: PyTuple? = nil
      if nfree == 0 {
        if !closure.isNone {
          throw PyError.typeError("cannot use a closure with this code object")
        }
      } else {
        guard let t = closure.as(PyTuple.self), t.count == nfree,
              t.items.allSatisfy({ $0.as(PyCell.self) != nil }) else {
          throw PyError.typeError("code object requires a closure of exactly length \(nfree)")
        }
        cells = t
      }
      if let cells {
        let f = PyFunction(code: code, globals: globals, builtins: ts.builtinsFor(globals), qualname: code.qualname)
        f.closure = cells
        _ = try Args.with([]) { a throws(PyError) in try ts.callFunction(f, a) }
        return .none
      }
      _ = try ts.runCode(code, globals: globals, locals: locals)
      return .none
    }
    if !closure.isNone {
      throw PyError.typeError("closure can only be used when source is a code object")
    }
    guard let bytes = try sourceBytes(ts, source, "exec", "string, bytes or code") else {
      throw PyError.typeError("exec() arg 1 must be a string, bytes or code object")
    }
    let code = try SourceCompiler.compile(ts, bytes, filename: "<string>", mode: .exec, flags: inheritedFlags(ts),
                                          text: source.as(PyStr.self) != nil, optimize: ts.interpreter.config.optimize)
    _ = try ts.runCode(code, globals: globals, locals: locals)
    return .none
  }

  static func eval(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "eval", min: 1, max: 3)
    let source = args[0]
    let g: Value = args.count > 1 ? args[1] : .none
    let l: Value = args.count > 2 ? args[2] : .none
    if !l.isNone && !isMapping(l) { throw PyError.typeError("locals must be a mapping") }
    if !g.isNone && g.as(PyDict.self) == nil {
      throw PyError.typeError(isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                           : "globals must be a dict")
    }
    let (globals, locals) = try namespaces(ts, g, l, "eval")
    if let code = source.as(PyCode.self) {
      if !code.freevars.isEmpty {
        throw PyError.typeError("code object passed to eval() may not contain free variables")
      }
      return try ts.runCode(code, globals: globals, locals: locals)
    }
    guard var bytes = try sourceBytes(ts, source, "eval", "string, bytes or code") else {
      throw PyError.typeError("eval() arg 1 must be a string, bytes or code object")
    }
    var skip = 0
    while skip < bytes.count && (bytes[skip] == 0x20 || bytes[skip] == 0x09) { skip += 1 }
    if skip > 0 { bytes.removeFirst(skip) }
    let code = try SourceCompiler.compile(ts, bytes, filename: "<string>", mode: .eval, flags: inheritedFlags(ts),
                                          text: source.as(PyStr.self) != nil, optimize: ts.interpreter.config.optimize)
    return try ts.runCode(code, globals: globals, locals: locals)
  }

  /// The globals dict and locals mapping `exec`/`eval` run with: the caller's when not given;
  /// `__builtins__` is added to a globals dict that lacks it.
  static func namespaces(_ ts: ThreadState, _ g: Value, _ l: Value, _ fname: String) throws(PyError) -> (PyDict, Value) {
    var globals: PyDict
    var locals: Value = l
    if g.isNone {
      guard let f = ts.currentFrame else { throw PyError.systemError("globals and locals cannot be NULL") }
      globals = f.pointee.globals
      if l.isNone { locals = try FrameLocals.locals(ts, f) }
    } else {
      guard let d = g.as(PyDict.self) else {
        throw PyError.typeError("\(fname)() globals must be a dict, not \(Protocols.typeName(g))")
      }
      globals = d
      if l.isNone { locals = .object(d) }
    }
    if !locals.isNone && !isMapping(locals) {
      throw PyError.typeError("locals must be a mapping or None, not \(Protocols.typeName(locals))")
    }
    if globals.get("__builtins__") == nil {
      globals.set("__builtins__", .object(ts.interpreter.builtins.dict))
    }
    return (globals, locals)
  }

  /// `PyMapping_Check`: the type has `__getitem__` (lists count, as in CPython).
  static func isMapping(_ v: Value) -> Bool {
    v.as(PyDict.self) != nil || Protocols.typeOf(v).slots.getItem != nil
  }

  // MARK: __import__

  static let importSignature = ClinicSignature("__import__", ["name", "globals", "locals", "fromlist", "level"],
                                               minPos: 1)

  static func importFunction(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try importSignature.bind(args)
    guard let name = a[0]!.as(PyStr.self) else { throw PyError.typeError("module name must be a string") }
    let level = try a[4].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 0
    if level < 0 { throw PyError.valueError("level must be >= 0") }
    let globals = a[1]?.as(PyDict.self)
    return try ImportSystem.importModuleLevel(ts, name.string, globals: globals, fromlist: a[3] ?? .none, level: level)
  }
}

/// Source text to a code object with explicit flags and optimisation level (what
/// `Interpreter.compile` does, for `compile()`'s `optimize=` and inherited flags).
enum SourceCompiler {
  /// `text`: the bytes are the UTF-8 of a `str` (cookie ignored, offsets in characters).
  static func compile(_ ts: ThreadState, _ bytes: [UInt8], filename: String, mode: CompileMode,
                      flags: CompilerFlags, text: Bool = false, optimize: Int) throws(PyError) -> PyCode {
    let unit: CodeUnit
    do {
      let parseMode: ParseMode
      switch mode {
      case .exec: parseMode = .exec
      case .eval: parseMode = .eval
      case .single: parseMode = .single
      }
      let mod = try Parser.parse(bytes: bytes, filename: filename, mode: parseMode, origin: text ? .text : .bytes)
      unit = try Compiler.compile(mod, filename: filename, mode: mode, optimize: optimize, flags: flags, source: bytes)
    } catch let e {
      throw Interpreter.syntaxError(e)
    }
    return try PyCode(unit: unit, interpreter: ts.interpreter)
  }
}
