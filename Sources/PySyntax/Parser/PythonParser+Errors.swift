/// Building SyntaxErrors the way CPython 3.11's parser does (Parser/pegen_errors.c
/// `_PyPegen_raise_error`, `_PyPegen_raise_error_known_location` and the RAISE_* macros of
/// Parser/pegen.h): which token or node gives the location, the 1-based columns, the
/// conversion of byte columns to character offsets, and the "f-string: " prefix for errors found
/// inside an f-string replacement field.
extension PythonParser {
  /// CPython's CURRENT_POS marker: "where the tokenizer is now".
  static let currentPos = -5

  // MARK: - The RAISE_* forms

  /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token, msg).
  func error(at tokenIndex: Int, _ message: String,
             _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
    let (l, c) = cTokenStart(tokenIndex)
    let (el, ec) = cTokenEnd(tokenIndex)
    return knownLocation(kind, message, lineno: l, col: c == -1 ? 0 : c + 1,
                         endLineno: el, endCol: ec == -1 ? 0 : ec + 1)
  }

  /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg).
  func error(node r: SourceRange, _ message: String,
             _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
    return knownLocation(kind, message, lineno: Int(r.lineno), col: Int(r.colOffset) + 1,
                         endLineno: Int(r.endLineno), endCol: Int(r.endColOffset) + 1)
  }

  /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the start of `a` to the end of `b`.
  func error(from a: SourceRange, to b: SourceRange, _ message: String) -> PySyntaxError {
    return knownLocation(.syntaxError, message, lineno: Int(a.lineno), col: Int(a.colOffset) + 1,
                         endLineno: Int(b.endLineno), endCol: Int(b.endColOffset) + 1)
  }

  /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a` to where the tokenizer is.
  func error(startingFrom a: SourceRange, _ message: String) -> PySyntaxError {
    return knownLocation(.syntaxError, message, lineno: Int(a.lineno), col: Int(a.colOffset) + 1,
                         endLineno: PythonParser.currentPos, endCol: PythonParser.currentPos)
  }

  /// RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR(msg): located at the last token fetched
  /// (CPython's `_PyPegen_raise_error`).
  func errorAtLastToken(_ message: String, _ kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
    if tokens.isEmpty {
      return knownLocation(kind, message, lineno: 0, col: 0, endLineno: 0, endCol: -1)
    }
    let i = tokens.count - 1
    let (l, c) = cTokenStart(i)
    let (el, ec) = cTokenEnd(i)
    let col: Int
    if c == -1 {
      col = currentColumn().col
    } else {
      col = c + 1
    }
    return knownLocation(kind, message, lineno: l, col: col, endLineno: el,
                         endCol: ec == -1 ? -1 : ec + 1)
  }

  // MARK: - Token positions

  /// Start (line, byte column) of token `i`; the tokenizer gives INDENT, DEDENT and ENDMARKER
  /// column -1, as CPython's C tokenizer does.
  func cTokenStart(_ i: Int) -> (Int, Int) {
    let t = tokens[i]
    if t.kind == .newline {
      return (Int(t.range.lineno), newlineStartColumn(i))
    }
    return (Int(t.range.lineno), Int(t.range.colOffset))
  }

  /// CPython's NEWLINE token starts where the tokenizer's `tok->start` was set: at a comment
  /// that ends the line (`x = (1 +  # note`), else at the newline itself.
  func newlineStartColumn(_ i: Int) -> Int {
    let t = tokens[i]
    let nl = Int(t.start)
    var from = nl
    if i > 0, tokens[i - 1].range.endLineno == t.range.lineno, tokens[i - 1].end <= t.start {
      from = Int(tokens[i - 1].end)
    } else {
      from = nl - Int(t.range.colOffset)
    }
    var k = from
    while k < nl {
      let c = base[k]
      if c == UInt8(ascii: "#") { return Int(t.range.colOffset) - (nl - k) }
      if c != 0x20 && c != 0x09 && c != 0x0C { break }
      k += 1
    }
    return Int(t.range.colOffset)
  }

  /// End (line, byte column) of token `i` (NEWLINE tokens are empty).
  func cTokenEnd(_ i: Int) -> (Int, Int) {
    let t = tokens[i]
    return (Int(t.range.endLineno), Int(t.range.endColOffset))
  }

  /// Where the tokenizer stands (`tok->lineno`, `tok->cur - tok->line_start`).
  func currentColumn() -> (line: Int, col: Int) {
    let line = tokenizer.lineno + Int(fieldOrigin?.lineOffset ?? 0)
    if tokenizer.cursor == tokenizer.bufferStart { return (line, 0) }
    // Reading a file, CPython's tokenizer empties its buffer before it finds the end of input.
    if fieldOrigin == nil && source.origin == .file && tokenizer.cursor >= source.count {
      return (line, 0)
    }
    return (line, tokenizer.cursor - tokenizer.lineStart)
  }

  /// For a script read from a file, CPython takes the error's text from the file again,
  /// reading lines in chunks of at most 999 bytes (Python/errors.c `err_programtext`): a longer
  /// line shows only its last chunk.
  func fileErrorText(_ lineno: Int) -> String? {
    let r = source.lineRange(lineno)
    guard r.count > 999 else { return nil }
    let chunkStart = r.lowerBound + ((r.count - 1) / 999) * 999
    return source.text(chunkStart..<r.upperBound)
  }

  // MARK: - The common constructor

  /// CPython's `_PyPegen_raise_error_known_location`: `col`/`endCol` are 1-based byte columns
  /// (or CURRENT_POS, or CPython's 0 / -1 for "none"); the tokenizer converts them to character
  /// offsets when the source asks for it and supplies the error's text.
  func knownLocation(_ kind: PySyntaxError.Kind, _ message: String, lineno: Int, col: Int,
                     endLineno: Int, endCol: Int) -> PySyntaxError {
    var col = col
    var endLineno = endLineno
    var endCol = endCol
    if endLineno == PythonParser.currentPos || endCol == PythonParser.currentPos {
      let cur = currentColumn()
      if endLineno == PythonParser.currentPos { endLineno = cur.line }
      if endCol == PythonParser.currentPos { endCol = cur.col }
    }
    guard let origin = fieldOrigin else {
      var e = tokenizer.parserError(kind, message, lineno: lineno, offset: col,
                                    endLineno: endLineno, endOffset: endCol)
      if source.origin == .file { e.text = fileErrorText(lineno) ?? e.text }
      return e
    }
    // Inside an f-string replacement field: CPython prefixes the message and reports columns
    // relative to the field's "(...)" text, on the file's lines.
    col -= Int(origin.startingColOffset)
    endCol -= Int(origin.startingColOffset)
    var e = tokenizer.parserError(kind, "f-string: " + message,
                                  lineno: lineno - Int(origin.lineOffset), offset: col,
                                  endLineno: endLineno - Int(origin.lineOffset), endOffset: endCol)
    e.lineno += Int(origin.lineOffset)
    e.endLineno += Int(origin.lineOffset)
    return e
  }
}
