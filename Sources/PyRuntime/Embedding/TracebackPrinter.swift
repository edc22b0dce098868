#if canImport(Glibc)
import Glibc
#endif
import PySyntax

/// Printing exceptions as CPython 3.11's `PyErr_Display` does (Python/pythonrun.c): the chain
/// of causes and contexts ("The above exception was the direct cause…", "During handling of
/// the above exception…"), each exception's traceback (see `ExceptionTracebackFormat`), the
/// SyntaxError block, the `module.Qualname: message` line with "Did you mean" suggestions,
/// notes, and exception groups drawn in their boxes (`+-+---- 1 ----`, `| ` margins, at most
/// 15 sub-exceptions and 10 levels). The text goes to `sys.stderr` in one write.
public enum TracebackPrinter {
  /// `PyErr_Display(type(e), e, e.__traceback__)`: prints `e` to `sys.stderr`.
  public static func printException(_ ts: ThreadState, _ e: PyBaseException) {
    display(ts, .object(e), traceback: .none)
  }

  /// `PyErr_Display(exc, value, tb)`: prints `value` (with `tb` when it has no traceback yet)
  /// to `sys.stderr`; nothing when `sys.stderr` is None.
  public static func display(_ ts: ThreadState, _ value: Value, traceback: Value) {
    guard let file = ts.interpreter.sys.dict.get("stderr") else {
      dumpObject(ts, value)
      writeStandardError("lost sys.stderr\n")
      return
    }
    if file.isNone { return }
    display(ts, value, traceback: traceback, to: file)
  }

  /// `_PyErr_Display(file, exc, value, tb)`.
  public static func display(_ ts: ThreadState, _ value: Value, traceback: Value, to file: Value) {
    if let e = value.as(PyBaseException.self), let tb = traceback.as(PyTraceback.self), e.traceback == nil {
      e.traceback = tb
    }
    let ctx = ExceptionPrintContext(ts)
    do throws(PyError) {
      try ctx.printRecursive(value)
    } catch {
      ctx.text.removeAll()
      dumpObject(ts, value)
      writeStandardError("lost sys.stderr\n")
    }
    writeText(ts, ctx.text, to: file, dumping: value)
  }

  /// `_PyObject_Dump(value)` to the process's standard error: what CPython shows when the
  /// exception could not be printed to `sys.stderr`.
  static func dumpObject(_ ts: ThreadState, _ value: Value) {
    let type = Protocols.typeOf(value)
    var s = "object address  : \(Protocols.hexAddress(value))\n"
    let count = value.object.map { Int(_getRetainCount($0)) } ?? 1
    s += "object refcount : \(count)\n"
    s += "object type     : \(Protocols.hexAddress(Value(type)))\n"
    s += "object type name: \(type.name)\n"
    s += "object repr     : "
    s += (try? Protocols.repr(ts, value).string) ?? "<refcnt 0 at \(Protocols.hexAddress(value))>"
    writeStandardError(s + "\n")
  }

  /// The text `PyErr_Display` would print for `value` (no write).
  public static func format(_ ts: ThreadState, _ value: Value) -> String {
    let ctx = ExceptionPrintContext(ts)
    _ = try? ctx.printRecursive(value)
    return String(decoding: ctx.text, as: UTF8.self)
  }

  /// The final `Type: message` line(s) of `e`, suggestions and notes included.
  static func finalLine(_ ts: ThreadState, _ e: PyBaseException) -> String {
    let ctx = ExceptionPrintContext(ts)
    _ = try? ctx.printMessageAndNotes(.object(e), type: e.type)
    return String(decoding: ctx.text, as: UTF8.self)
  }

  /// Writes `text` (UTF-8, possibly with surrogates escaped by the caller) to a file object:
  /// directly for the runtime's own text files, else through its `write` method; then flushes.
  /// `dumping`: the exception being displayed, dumped (`_PyObject_Dump`) when the write fails.
  static func writeText(_ ts: ThreadState, _ text: [UInt8], to file: Value, dumping: Value? = nil) {
    if text.isEmpty && file.as(PyTextFile.self) != nil { return }
    let s = PyStr(String(decoding: text, as: UTF8.self))
    if let tf = file.as(PyTextFile.self), Protocols.typeOf(file) === tf.type, tf.type.typeFlags.contains(.heapType) == false {
      tf.write(s)
      tf.flush()
      return
    }
    do throws(PyError) {
      let w = try Protocols.getAttr(ts, file, PyStr.intern("write"))
      _ = try Protocols.call(ts, w, [.object(s)])
    } catch {
      if let dumping { dumpObject(ts, dumping) }
      writeStandardError("lost sys.stderr\n")
      return
    }
    if let flush = try? Protocols.getAttr(ts, file, PyStr.intern("flush")) {
      _ = try? Protocols.call(ts, flush, [])
    }
  }

  static func writeStandardError(_ s: String) {
    var b = Array(s.utf8)
    _ = b.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}

/// The state of one `PyErr_Display` (CPython's `struct exception_print_context`): the text
/// written so far, the exceptions already printed (chains are cut there), the group depth
/// that sets the `| ` margin, and whether a group box still needs its closing line.
final class ExceptionPrintContext {
  unowned let ts: ThreadState
  var text: [UInt8] = []
  var seen = Set<ObjectIdentifier>()
  var groupDepth = 0
  var needClose = false
  var lines = ExceptionSourceLines()
  static let maxGroupWidth = 15
  static let maxGroupDepth = 10

  init(_ ts: ThreadState) {
    self.ts = ts
  }

  // MARK: Output

  func emit(_ s: String) { text.append(contentsOf: s.utf8) }
  func emit(_ b: [UInt8]) { text.append(contentsOf: b) }
  func emit(_ s: PyStr) { text.append(contentsOf: ExceptionPrintContext.utf8(s)) }

  /// A str's text as UTF-8; lone surrogates as `\udxxx` (stderr's backslashreplace).
  static func utf8(_ s: PyStr) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    for i in 0..<s.count {
      let cp = s[i]
      if cp < 0x80 {
        out.append(UInt8(cp))
      } else if cp >= 0xD800 && cp < 0xE000 {
        out.append(contentsOf: "\\u".utf8)
        let hex = String(cp, radix: 16)
        out.append(contentsOf: String(repeating: "0", count: 4 - hex.count).utf8)
        out.append(contentsOf: hex.utf8)
      } else if let scalar = Unicode.Scalar(cp) {
        out.append(contentsOf: String(Character(scalar)).utf8)
      }
    }
    return out
  }

  /// `_Py_WriteIndent`.
  func indent(_ n: Int) {
    if n > 0 { text.append(contentsOf: repeatElement(0x20, count: n)) }
  }

  var excIndent: Int { 2 * groupDepth }
  var excMargin: String? { groupDepth > 0 ? "| " : nil }

  /// `write_indented_margin`: the indent, then the `| ` margin inside groups.
  func indentedMargin() {
    indent(excIndent)
    if let m = excMargin { emit(m) }
  }

  // MARK: print_exception_recursive

  func printRecursive(_ value: Value) throws(PyError) {
    try ts.checkNativeStack()
    try printCauseAndContext(value)
    if let e = value.as(PyBaseException.self), e.type.isSubtype(of: BuiltinTypes.exceptions.baseExceptionGroup) {
      try printGroup(e)
    } else {
      try printException(value)
    }
  }

  func printCauseAndContext(_ value: Value) throws(PyError) {
    if let o = value.unmanaged { seen.insert(ObjectIdentifier(o.takeUnretainedValue())) }
    guard let e = value.as(PyBaseException.self) else { return }
    if !e.cause.isNone {
      if !isSeen(e.cause) {
        try printChained(e.cause, "The above exception was the direct cause of the following exception:\n")
      }
      return
    }
    if e.suppressContext { return }
    if !e.context.isNone && !isSeen(e.context) {
      try printChained(e.context, "During handling of the above exception, another exception occurred:\n")
    }
  }

  func isSeen(_ v: Value) -> Bool {
    guard let o = v.unmanaged else { return false }
    return seen.contains(ObjectIdentifier(o.takeUnretainedValue()))
  }

  func printChained(_ e: Value, _ message: String) throws(PyError) {
    let saved = needClose
    try printRecursive(e)
    needClose = saved
    indentedMargin()
    emit("\n")
    indentedMargin()
    emit(message)
    indentedMargin()
    emit("\n")
  }

  // MARK: print_exception

  func printException(_ value: Value) throws(PyError) {
    guard let e = value.as(PyBaseException.self) else {
      indent(excIndent)
      emit("TypeError: print_exception(): Exception expected for value, \(Protocols.typeName(value)) found\n")
      return
    }
    if let tb = e.traceback {
      var header = "Traceback (most recent call last):\n"
      var headerMargin = excMargin
      if e.type.isSubtype(of: BuiltinTypes.exceptions.baseExceptionGroup) {
        header = "Exception Group Traceback (most recent call last):\n"
        if groupDepth == 1 { headerMargin = "+ " }
      }
      ExceptionTracebackFormat.printTraceback(self, tb, header: header, headerMargin: headerMargin)
    }
    try printMessageAndNotes(value, type: e.type)
  }

  /// Everything after the traceback: the SyntaxError block, the message, suggestions, notes.
  func printMessageAndNotes(_ exception: Value, type: PyType) throws(PyError) {
    var value = exception
    if let message = printSyntaxErrorLocation(exception) { value = message }
    printMessage(type: type, value: value)
    if let e = value.as(PyBaseException.self), let suggestion = Suggestions.forException(ts, e) {
      emit(". Did you mean: '")
      emit(suggestion)
      emit("'?")
    }
    emit("\n")
    try printNotes(value)
  }

  /// `print_exception_message`: `module.Qualname: str(value)`.
  func printMessage(type: PyType, value: Value) {
    indentedMargin()
    if let m = try? Protocols.getAttr(ts, Value(type), PyStr.intern("__module__")), let module = m.as(PyStr.self) {
      let name = module.string
      if name != "builtins" && name != "__main__" {
        emit(module)
        emit(".")
      }
    } else {
      emit("<unknown>.")
    }
    emit(type.typeFlags.contains(.heapType) ? type.qualname : String(type.shortName))
    if value.isNone { return }
    do throws(PyError) {
      let s = try Protocols.str(ts, value)
      if s.count != 0 { emit(": ") }
      emit(s)
    } catch {
      emit(": <exception str() failed>")
    }
  }

  /// `print_exception_notes`.
  func printNotes(_ value: Value) throws(PyError) {
    guard value.as(PyBaseException.self) != nil else { return }
    let key = PyStr.intern("__notes__")
    // PyObject_HasAttr (errors mean "no"), then the attribute itself.
    guard (try? Protocols.getAttrOptional(ts, value, key)) != nil else { return }
    let notes = try Protocols.getAttr(ts, value, key)
    if !isSequence(notes) {
      indentedMargin()
      // (CPython writes no newline after it.)
      if let r = try? Protocols.repr(ts, notes) { emit(r) } else { emit("<__notes__ repr() failed>") }
      return
    }
    let count = try Protocols.length(ts, notes)
    for i in 0..<count {
      let note = try Protocols.getItem(ts, notes, .int(i))
      if let s = try? Protocols.str(ts, note) {
        for line in splitLinesKeepEnds(ExceptionPrintContext.utf8(s)) {
          indentedMargin()
          emit(line)
        }
      } else {
        emit("<note str() failed>")
      }
      emit("\n")
    }
  }

  /// `PySequence_Check`: has `__getitem__` and is not a dict.
  func isSequence(_ v: Value) -> Bool {
    if Protocols.typeOf(v).isSubtype(of: BuiltinTypes.dict) { return false }
    return Protocols.typeOf(v).lookup(PyStr.intern("__getitem__")) != nil
  }

  /// `str.splitlines(keepends=True)` over UTF-8.
  func splitLinesKeepEnds(_ b: [UInt8]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var start = 0
    var i = 0
    while i < b.count {
      var end = -1
      let c = b[i]
      switch c {
      case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E: end = i + 1
      case 0x0D: end = (i + 1 < b.count && b[i + 1] == 0x0A) ? i + 2 : i + 1
      case 0xC2 where i + 1 < b.count && b[i + 1] == 0x85: end = i + 2
      case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9): end = i + 3
      default: break
      }
      if end >= 0 {
        out.append(Array(b[start..<end]))
        start = end
        i = end
      } else {
        i += 1
      }
    }
    if start < b.count { out.append(Array(b[start...])) }
    return out
  }

  // MARK: SyntaxError

  /// `print_exception_file_and_line`: for exceptions with `print_file_and_line` (SyntaxError
  /// and subclasses), the `File "...", line N` line and the text with its carets; returns the
  /// `msg` that replaces the exception in what follows, or nil when not applicable.
  func printSyntaxErrorLocation(_ value: Value) -> Value? {
    guard (try? Protocols.getAttrOptional(ts, value, PyStr.intern("print_file_and_line"))) != nil else {
      return nil
    }
    guard let fields = syntaxErrorFields(value) else { return nil }
    var report = Array(SyntaxErrorReport.format(fields.fields).utf8)
    // Keep the File line and the text lines; the message line is printed by the caller.
    if report.last == 0x0A { report.removeLast() }
    if let nl = report.lastIndex(of: 0x0A) { report.removeSubrange((nl + 1)...) } else { report.removeAll() }
    // The File line has the margin; the source text lines do not (as CPython).
    indentedMargin()
    emit(report)
    return fields.message
  }

  /// `parse_syntax_error`: the attributes, or nil when one is missing or not an int.
  func syntaxErrorFields(_ value: Value) -> (fields: SyntaxErrorReport.Fields, message: Value)? {
    func attr(_ name: String) -> Value? { try? Protocols.getAttr(ts, value, PyStr.intern(name)) }
    func integer(_ v: Value) -> Int? {
      switch v {
      case .int(let i): return i
      case .bool(let b): return b ? 1 : 0
      default: return (try? Protocols.indexAsInt(ts, v))
      }
    }
    guard let message = attr("msg"), let filenameValue = attr("filename") else { return nil }
    var filename = "<string>"
    if !filenameValue.isNone {
      guard let s = try? Protocols.str(ts, filenameValue) else { return nil }
      filename = s.string
    }
    guard let linenoValue = attr("lineno"), let lineno = integer(linenoValue) else { return nil }
    guard let offsetValue = attr("offset") else { return nil }
    var offset: Int? = nil
    if !offsetValue.isNone {
      guard let o = integer(offsetValue) else { return nil }
      offset = o
    }
    let exact = Protocols.typeOf(value) === BuiltinTypes.exceptions.syntaxError
    var endLineno: Int? = nil, endOffset: Int? = nil
    if exact {
      if let v = attr("end_lineno"), !v.isNone {
        guard let i = integer(v) else { return nil }
        endLineno = i
      }
      if let v = attr("end_offset"), !v.isNone {
        guard let i = integer(v) else { return nil }
        endOffset = i
      }
    }
    guard let textValue = attr("text") else { return nil }
    var text: String? = nil
    if !textValue.isNone {
      guard let s = textValue.as(PyStr.self) else { return nil }
      text = s.string
    }
    let typeName = String(Protocols.typeOf(value).shortName)
    return (SyntaxErrorReport.Fields(typeName: typeName, isExactSyntaxError: exact, message: "",
                                     filename: filename, lineno: lineno, offset: offset,
                                     endLineno: endLineno, endOffset: endOffset, text: text), message)
  }

  // MARK: Exception groups

  /// `print_exception_group`.
  func printGroup(_ e: PyBaseException) throws(PyError) {
    if groupDepth > ExceptionPrintContext.maxGroupDepth {
      indentedMargin()
      emit("... (max_group_depth is \(ExceptionPrintContext.maxGroupDepth))\n")
      return
    }
    if groupDepth == 0 { groupDepth += 1 }
    try printException(.object(e))
    let excs = ExceptionGroupSupport.exceptions(e)
    let total = excs.count
    let n = total <= ExceptionPrintContext.maxGroupWidth ? total : ExceptionPrintContext.maxGroupWidth + 1
    needClose = false
    for i in 0..<n {
      let last = i == n - 1
      if last { needClose = true }
      indent(excIndent)
      let truncated = i >= ExceptionPrintContext.maxGroupWidth
      let lead = i == 0 ? "+-" : "  "
      if truncated {
        emit("\(lead)+---------------- ... ----------------\n")
      } else {
        emit("\(lead)+---------------- \(i + 1) ----------------\n")
      }
      groupDepth += 1
      if !truncated {
        try printRecursive(excs[i])
      } else {
        let remaining = total - ExceptionPrintContext.maxGroupWidth
        indentedMargin()
        emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
      }
      if last && needClose {
        indent(excIndent)
        emit("+------------------------------------\n")
        needClose = false
      }
      groupDepth -= 1
    }
    if groupDepth == 1 { groupDepth -= 1 }
  }
}
