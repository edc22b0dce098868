import PySyntax

/// Builds the `SyntaxError`s of the symbol table and the compiler checks with CPython's location
/// conventions: `offset`/`end_offset` are the node's UTF-8 byte columns plus one (CPython's
/// symtable.c and compile.c pass `col_offset + 1` through unchanged, unlike the parser, which
/// converts to characters), and `text` is the source line (with its newline) when the source
/// is known — CPython reads it back from the file, so `compile()` of a string with a
/// non-existent filename has `text == None` (`nil` here when no source is given).
struct CompileErrorReporter {
  let filename: String
  let source: [UInt8]?

  func error(_ message: String, _ range: SourceRange) -> PySyntaxError {
    error(message, lineno: Int(range.lineno), offset: Int(range.colOffset) + 1,
          endLineno: Int(range.endLineno), endOffset: Int(range.endColOffset) + 1)
  }

  func error(_ message: String, lineno: Int, offset: Int, endLineno: Int, endOffset: Int) -> PySyntaxError {
    PySyntaxError(.syntaxError, message, filename: filename, lineno: lineno, offset: offset,
                  endLineno: endLineno, endOffset: endOffset, text: line(lineno))
  }

  /// Line `lineno` (1-based) of the source, newline included, as `PyErr_ProgramTextObject`.
  func line(_ lineno: Int) -> String? {
    guard let source, lineno >= 1 else { return nil }
    var current = 1
    var start = 0
    var i = 0
    let n = source.count
    while current < lineno {
      while i < n && source[i] != UInt8(ascii: "\n") { i += 1 }
      if i >= n { return nil }
      i += 1
      current += 1
      start = i
    }
    if start >= n { return nil }
    var end = start
    while end < n && source[end] != UInt8(ascii: "\n") { end += 1 }
    if end < n { end += 1 }
    return String(decoding: source[start..<end], as: UTF8.self)
  }
}
