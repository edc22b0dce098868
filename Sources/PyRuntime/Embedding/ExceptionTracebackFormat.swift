/// The traceback part of a printed exception, as CPython 3.11's Python/traceback.c
/// (`_PyTraceBack_Print_Indented`, `tb_printinternal`, `tb_displayline`): the header, then
/// per entry `File "…", line N, in name`, the source line without its indentation, and the
/// carets (`ExceptionCaretAnchors`). `sys.tracebacklimit` keeps the innermost entries (none
/// and no header when it is ≤ 0); more than three consecutive entries for the same file,
/// line and name collapse into `[Previous line repeated N more times]`.
enum ExceptionTracebackFormat {
  static let recursiveCutoff = 3
  static let defaultLimit = 1000

  static func printTraceback(_ ctx: ExceptionPrintContext, _ tb: PyTraceback, header: String, headerMargin: String?) {
    var limit = defaultLimit
    if let l = ctx.ts.interpreter.sys.dict.get("tracebacklimit") {
      switch l {
      case .int(let i):
        if i <= 0 { return }
        limit = i
      case .bool(let b):
        if !b { return }
        limit = 1
      default:
        if let big = l.as(PyLong.self) {
          if let i = big.intValue {
            if i <= 0 { return }
            limit = i
          } else {
            if big.isNegative { return }
            limit = Int.max
          }
        }
      }
    }
    ctx.indent(ctx.excIndent)
    if let m = headerMargin { ctx.emit(m) }
    ctx.emit(header)
    printEntries(ctx, tb, limit: limit)
  }

  /// `tb_printinternal`.
  static func printEntries(_ ctx: ExceptionPrintContext, _ first: PyTraceback, limit: Int) {
    var depth = 0
    var t: PyTraceback? = first
    while let cur = t { depth += 1; t = cur.next }
    t = first
    while let cur = t, depth > limit { depth -= 1; t = cur.next }
    var lastFile: PyStr? = nil
    var lastLine = -1
    var lastName: PyStr? = nil
    var count = 0
    while let cur = t {
      let code = cur.frame.code
      if lastFile == nil || !sameString(code.filename, lastFile!) || lastLine == -1 || cur.lineno != lastLine
          || lastName == nil || !sameString(code.name, lastName!) {
        if count > recursiveCutoff { printRepeated(ctx, count) }
        lastFile = code.filename
        lastLine = cur.lineno
        lastName = code.name
        count = 0
      }
      count += 1
      if count <= recursiveCutoff { displayLine(ctx, cur) }
      t = cur.next
    }
    if count > recursiveCutoff { printRepeated(ctx, count) }
  }

  static func sameString(_ a: PyStr, _ b: PyStr) -> Bool {
    a === b || StrCompare.compare(a, b, .eq)
  }

  static func printRepeated(_ ctx: ExceptionPrintContext, _ count: Int) {
    let n = count - recursiveCutoff
    ctx.emit("  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n")
  }

  /// `tb_displayline`: one entry.
  static func displayLine(_ ctx: ExceptionPrintContext, _ tb: PyTraceback) {
    let code = tb.frame.code
    ctx.indentedMargin()
    ctx.emit("  File \"")
    ctx.emit(code.filename)
    ctx.emit("\", line \(tb.lineno), in ")
    ctx.emit(code.name)
    ctx.emit("\n")
    guard let line = ctx.lines.line(ctx.ts, code.filename.string, tb.lineno) else { return }
    // The line without its indentation (spaces, tabs, form feeds), trailing spaces kept.
    var indentBytes = 0
    while indentBytes < line.count, ExceptionCaretAnchors.isWhitespace(line[indentBytes]) { indentBytes += 1 }
    ctx.indentedMargin()
    ctx.emit("    ")
    ctx.emit(Array(line[indentBytes...]))
    ctx.emit("\n")
    let truncation = indentBytes - 4
    let position = code.position(at: tb.pc)
    if let carets = ExceptionCaretAnchors.caretLine(line: line, position: position, truncation: truncation) {
      ctx.indentedMargin()
      ctx.emit(carets)
    }
  }
}
