import PySyntax
import PyCompiler

extension Interpreter {
  /// Parses and compiles source bytes to a code object (module mode by default). Syntax
  /// errors become Python `SyntaxError` exceptions with CPython's fields.
  /// `origin` is how CPython reads the source (`.file` for the main script, `.bytes` for modules
  /// and bytes, `.text` for str); SyntaxWarnings go to `warnings`, by default printed on
  /// `sys.stderr` as the warnings module shows them (`CompileWarningDisplay`).
  public func compile(_ bytes: [UInt8], filename: String, mode: CompileMode = .exec,
                      flags: CompilerFlags = [], origin: SourceBuffer.Origin = .bytes,
                      warnings: ((CompileWarning) -> Void)? = nil) throws(PyError) -> PyCode {
    let unit: CodeUnit
    var collected: [CompileWarning] = []
    do {
      let parseMode: ParseMode
      switch mode {
      case .exec: parseMode = .exec
      case .eval: parseMode = .eval
      case .single: parseMode = .single
      }
      let buffer = try SourceBuffer(bytes: bytes, filename: filename, origin: origin, execInput: mode == .exec)
      let mod = try Parser.parse(buffer, mode: parseMode)
      unit = try Compiler.compile(mod, filename: filename, mode: mode, optimize: config.optimize,
                                  flags: flags, source: bytes, warnings: { collected.append($0) })
    } catch let e {
      throw Interpreter.syntaxError(e)
    }
    for w in collected {
      if let warnings { warnings(w) } else { CompileWarningDisplay.show(self, w, source: bytes) }
    }
    return try PyCode(unit: unit, interpreter: self)
  }

  /// The Python exception for a front-end error.
  public static func syntaxError(_ e: PySyntaxError) -> PyError {
    let exc = BuiltinTypes.exceptions
    let type: PyType
    switch e.kind {
    case .syntaxError: type = exc.syntaxError
    case .indentationError: type = exc.indentationError
    case .tabError: type = exc.tabError
    case .memoryError: return PyError(PyBaseException(type: exc.memoryError, args: PyTuple([])))
    case .recursionError: return PyError.recursionError("maximum recursion depth exceeded during compilation")
    }
    if !SyntaxErrorReport.hasLocation(e) {
      // Raised without a location (CPython: "encoding problem", "Non-UTF-8 code" of a script):
      // SyntaxError(msg) with filename, lineno, offset, text and the ends all None.
      let err = PyBaseException(type: type, args: PyTuple([.object(PyStr(e.message))]))
      let d = err.attributes
      d.set("__field_msg", .object(PyStr(e.message)))
      for field in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] {
        d.set("__field_" + field, .none)
      }
      return PyError(err)
    }
    let text: Value = e.text.map { .object(PyStr($0)) } ?? .none
    // Decoding errors have no location (line 0, offset -1, no text) and, as CPython's, no end
    // position: a 4-item location and end_lineno/end_offset None.
    let noLocation = e.lineno == 0 && e.offset == -1 && e.text == nil
    let endLineno: Value = noLocation ? .none : .int(e.endLineno)
    let endOffset: Value = noLocation ? .none : .int(e.endOffset)
    let details = noLocation
      ? PyTuple([.object(PyStr(e.filename)), .int(e.lineno), .int(e.offset), text])
      : PyTuple([.object(PyStr(e.filename)), .int(e.lineno), .int(e.offset), text, endLineno, endOffset])
    let err = PyBaseException(type: type, args: PyTuple([.object(PyStr(e.message)), .object(details)]))
    let d = err.attributes
    d.set("__field_msg", .object(PyStr(e.message)))
    d.set("__field_filename", .object(PyStr(e.filename)))
    d.set("__field_lineno", .int(e.lineno))
    d.set("__field_offset", .int(e.offset))
    d.set("__field_text", text)
    d.set("__field_end_lineno", endLineno)
    d.set("__field_end_offset", endOffset)
    return PyError(err)
  }
}
