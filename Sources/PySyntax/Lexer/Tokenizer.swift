/// The Python tokenizer: turns a `SourceBuffer` into `Token`s, one `next()` at a time, exactly as
/// CPython 3.11's C tokenizer does for the PEG parser (Parser/tokenizer.c `tok_get`), including
/// its errors and the positions they carry.
///
/// What it owns:
/// - layout: INDENT/DEDENT from an indentation stack (tab stops of 8, plus CPython's "alt"
///   stack with tab size 1 that detects inconsistent tabs/spaces → TabError), NEWLINE at the end
///   of each logical line, blank and comment-only lines skipped, explicit (`\`) and implicit
///   (bracket) line joining;
/// - the bracket stack (for "'(' was never closed", mismatched and unmatched brackets);
/// - tokens: names (non-ASCII ones checked against XID_Start/XID_Continue), numbers (checked,
///   not converted — see `NumberLiteral`), strings with any prefix as one raw token (decoded
///   later by `StringLiteral`), operators, hard keywords as their own kinds.
///
/// Positions follow CPython's pegen tokens: lines are 1-based, columns are byte offsets in the
/// line; a STRING token starts on its first line; NEWLINE ends at the `\n` and starts there too,
/// or at the `#` of a comment before it (CPython's `tok->start`, which error locations use); INDENT,
/// DEDENT and ENDMARKER have `colOffset == endColOffset == -1` (CPython gives them no text) and
/// `start == end ==` the tokenizer cursor after producing them (CPython's `tok->cur`, which its
/// error reporting falls back to).
///
/// Errors: `next()` throws the SyntaxError CPython would end up raising for the same situation,
/// with CPython's lineno/offset/end/text. `lastErrorOrigin` tells how CPython produced it, which
/// the parser needs to reproduce CPython's error priorities (see
/// `firstTokenizerErrorInRest(currentErrorLine:)`).
public final class Tokenizer {
  /// How CPython surfaced a tokenizer error (Parser/pegen_errors.c): either the tokenizer set
  /// the exception itself (`syntaxerror()` in tokenizer.c, decode errors), or it only set
  /// `tok->done` and the parser turned that into an exception (`tokenizer_error`). The two are
  /// treated differently when CPython looks for tokenizer errors after a parser error.
  public enum ErrorOrigin: Sendable {
    case raisedByTokenizer
    /// `E_EOF`: end of input inside brackets or after a `\` continuation.
    case endOfFile
    /// `E_DEDENT`
    case dedent
    /// `E_TABSPACE`
    case tabSpace
    /// `E_TOODEEP`
    case tooDeep
    /// `E_LINECONT`
    case lineContinuation
  }

  /// One open bracket: the character, its line and its byte column.
  public struct OpenBracket: Sendable {
    public var char: UInt8
    public var lineno: Int
    public var colOffset: Int
  }

  public let source: SourceBuffer
  /// Pointer to `source`'s NUL-terminated bytes.
  let s: UnsafeMutablePointer<UInt8>
  /// `source.count`
  let n: Int
  /// `CharacterClass.table`
  let classes: UnsafePointer<UInt8>
  /// Line at which a `.file` source has a bad byte (NUL, invalid UTF-8); Int.max if none.
  let badLine: Int
  /// An error was thrown: `next()` throws it again.
  var failed = false

  /// CPython's `tok->cur`: the next byte to read.
  public private(set) var cursor: Int = 0
  /// CPython's `tok->lineno`: the current line (a line becomes current when its first byte is
  /// read, so at the end of input this stays on the last line).
  public private(set) var lineno: Int = 0
  /// CPython's `tok->line_start`: where the current line starts.
  public private(set) var lineStart: Int = 0
  /// CPython's `tok->buf` (string input): start of the line where the current or last token
  /// began — a multi-line string or a `\` continuation keeps it on its first line. Parser errors
  /// on the current line show the text from here to the end of the current line.
  public private(set) var bufferStart: Int = 0
  /// A `\n` has been consumed and the next line has not been entered yet.
  var pendingNewline = true
  /// True while a token (string, comment, continuation) is being read: entering a line then
  /// does not move `bufferStart` (CPython's `tok->start != NULL`).
  var inToken = false

  var atBeginningOfLine = true
  var indentStack: [Int] = [0]
  var altIndentStack: [Int] = [0]
  var pendingIndents = 0
  /// The bracket stack (CPython's paren/parenlineno/parencol stacks), `maxLevel` entries.
  let bracketStack: UnsafeMutablePointer<OpenBracket>
  /// Bracket nesting depth (CPython's `tok->level`).
  public private(set) var level: Int = 0
  /// Open brackets, innermost last.
  public var openBrackets: [OpenBracket] { Array(UnsafeBufferPointer(start: bracketStack, count: level)) }
  /// The innermost open bracket.
  public var innermostBracket: OpenBracket? { level > 0 ? bracketStack[level - 1] : nil }

  /// A warning CPython's tokenizer issues while tokenizing (`parser_warn`): the runtime prints
  /// them as `FILE:LINENO: CATEGORY: MESSAGE` like CPython's `warnings` module does.
  public struct Warning: Equatable, Sendable {
    public var category: String
    public var message: String
    public var lineno: Int
  }

  /// Warnings issued so far (for `1if x else y`: "invalid decimal literal").
  public private(set) var warnings: [Warning] = []

  /// The error thrown last, and how CPython produced it.
  public private(set) var lastError: PySyntaxError? = nil
  public private(set) var lastErrorOrigin: ErrorOrigin? = nil
  /// Line of the first STRING token's start while it is scanned (CPython's `first_lineno`).
  var firstLineno = 0
  var multiLineStart = 0

  static let maxLevel = 200
  static let maxIndent = 100
  static let tabSize = 8

  public init(source: SourceBuffer) {
    self.source = source
    self.s = source.base
    self.n = source.count
    self.classes = CharacterClass.table
    self.badLine = source.fileModeBadLine?.lineno ?? Int.max
    self.bracketStack = UnsafeMutablePointer<OpenBracket>.allocate(capacity: Tokenizer.maxLevel)
  }

  deinit { bracketStack.deallocate() }

  // MARK: - Lines

  /// Enters the line starting at `cursor` if a `\n` was consumed (CPython's `tok_underflow_*`).
  /// Returns false at the end of the input (then nothing changes, as in CPython).
  @inline(__always)
  func enterLineIfNeeded() throws(PySyntaxError) -> Bool {
    if !pendingNewline { return true }
    if cursor >= n { return false }
    pendingNewline = false
    lineno += 1
    lineStart = cursor
    if !inToken { bufferStart = cursor }
    if lineno == badLine, let bad = source.fileModeBadLine {
      throw fail(bad.error, .raisedByTokenizer)
    }
    return true
  }

  /// End of the current line (after its `\n`): CPython's `tok->inp`.
  public var lineEnd: Int {
    var i = lineStart
    while i < n && s[i] != UInt8(ascii: "\n") { i += 1 }
    return i < n ? i + 1 : n
  }

  // MARK: - Errors

  func fail(_ e: PySyntaxError, _ origin: ErrorOrigin) -> PySyntaxError {
    lastError = e
    lastErrorOrigin = origin
    failed = true
    return e
  }

  /// Text from `from` to the end of its line, without the newline (the text CPython's
  /// tokenizer `syntaxerror()` attaches).
  func lineTextWithoutNewline(from: Int) -> String {
    var e = from
    while e < n && s[e] != UInt8(ascii: "\n") { e += 1 }
    return source.text(from..<e)
  }

  /// CPython's tokenizer `syntaxerror()` / `syntaxerror_known_range()`: the error at the current
  /// line; the offset counts the characters from the line start to the cursor unless given.
  @inline(never)
  func syntaxError(_ message: String, colOffset: Int? = nil, endColOffset: Int? = nil,
                   kind: PySyntaxError.Kind = .syntaxError) -> PySyntaxError {
    let col = colOffset ?? source.characterCount(lineStart..<cursor)
    let endCol = endColOffset ?? col
    let e = PySyntaxError(kind, message, filename: source.filename, lineno: lineno, offset: col,
                          endLineno: lineno, endOffset: endCol,
                          text: lineTextWithoutNewline(from: lineStart))
    return fail(e, .raisedByTokenizer)
  }

  /// Builds a SyntaxError the way the parser does (`_PyPegen_raise_error_known_location`):
  /// `offset`/`endOffset` are 1-based *byte* offsets (or CPython's special values 0 / -1),
  /// converted to character offsets when the source has an encoding (`convertsOffsetsToCharacters`);
  /// the text is the current line(s) when the error is on the current line, else the line
  /// without its newline (or the file's line for sources read from files).
  @inline(never)
  public func parserError(_ kind: PySyntaxError.Kind, _ message: String, lineno: Int, offset: Int,
                          endLineno: Int, endOffset: Int) -> PySyntaxError {
    let text = errorLineText(lineno)
    var col = offset
    var endCol = endOffset
    if source.convertsOffsetsToCharacters {
      col = Tokenizer.byteOffsetToCharacterOffset(text, offset)
      if endCol > 0 { endCol = Tokenizer.byteOffsetToCharacterOffset(text, endOffset) }
    }
    return PySyntaxError(kind, message, filename: source.filename, lineno: lineno, offset: col,
                         endLineno: endLineno, endOffset: endCol, text: text)
  }

  /// The `SyntaxError.text` CPython attaches to a parser error on line `lineno`.
  public func errorLineText(_ lineno: Int) -> String {
    if source.errorTextFromFile && lineno >= 1 && lineno <= source.lineCount {
      return source.fileLineText(lineno)
    }
    if self.lineno <= lineno {
      let end = lineEnd
      if end > bufferStart { return source.text(bufferStart..<end) }
    }
    return source.lineTextWithoutNewline(lineno)
  }

  /// `_PyPegen_byte_offset_to_character_offset`: characters in the first `offset` bytes of the
  /// UTF-8 form of `line` (capped at its length + 1, where CPython counts the terminating NUL).
  public static func byteOffsetToCharacterOffset(_ line: String, _ offset: Int) -> Int {
    var utf8 = Array(line.utf8)
    let len = utf8.count
    var off = offset
    if off > len + 1 { off = len + 1 }
    if off < 0 { return off }
    utf8.append(0)
    return utf8.withUnsafeBufferPointer {
      UTF8Validation.decodedLength(UnsafeBufferPointer(rebasing: $0[0..<off]))
    }
  }

  /// An error that CPython reports through `tokenizer_error` / `_PyPegen_raise_error`, located at
  /// the tokenizer cursor (the ERRORTOKEN has no position): offset = `cursor - lineStart` bytes.
  @inline(never)
  func cursorError(_ kind: PySyntaxError.Kind, _ message: String, _ origin: ErrorOrigin)
    -> PySyntaxError
  {
    let e = parserError(kind, message, lineno: lineno, offset: cursor - lineStart,
                        endLineno: lineno, endOffset: -1)
    return fail(e, origin)
  }

  /// `RAISE_ERROR_KNOWN_LOCATION(p, type, lineno, 0, lineno, -1)` used by `tokenizer_error`.
  @inline(never)
  func knownLocationError(_ kind: PySyntaxError.Kind, _ message: String, col: Int,
                          _ origin: ErrorOrigin) -> PySyntaxError {
    let e = parserError(kind, message, lineno: lineno, offset: col + 1, endLineno: lineno,
                        endOffset: 0)
    return fail(e, origin)
  }

  /// "'(' was never closed" for the innermost open bracket.
  @inline(never)
  public func unclosedBracketError() -> PySyntaxError {
    let b = bracketStack[level - 1]
    let ch = String(UnicodeScalar(b.char))
    return parserError(.syntaxError, "'\(ch)' was never closed", lineno: b.lineno,
                       offset: b.colOffset + 1, endLineno: b.lineno, endOffset: 0)
  }

  /// End of input inside brackets or after a `\`: "'(' was never closed" or
  /// "unexpected EOF while parsing".
  @inline(never)
  func endOfFileError() -> PySyntaxError {
    if level > 0 { return fail(unclosedBracketError(), .endOfFile) }
    return cursorError(.syntaxError, "unexpected EOF while parsing", .endOfFile)
  }

  /// For `single` input: at the end of the statement CPython's parser turns the ENDMARKER into
  /// a NEWLINE and makes the tokenizer emit the DEDENTs still open (`p->tok->pendin =
  /// -p->tok->indent`, in `_PyPegen_fill_token`). Call this when doing the same.
  public func implyDedentsAtEnd() {
    pendingIndents = -(indentStack.count - 1)
    indentStack.removeSubrange(1...)
    altIndentStack.removeSubrange(1...)
  }

  /// CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`: after the parser failed with
  /// an error located on `currentErrorLine`, tokenizes the rest of the input; returns the
  /// tokenizer error that replaces the parser's error, if any.
  public func firstTokenizerErrorInRest(currentErrorLine: Int) -> PySyntaxError? {
    while true {
      do {
        let t = try next()
        if t.kind == .endMarker { return nil }
      } catch {
        if lastErrorOrigin == .raisedByTokenizer { return error }
        if let last = innermostBracket, currentErrorLine > last.lineno {
          return unclosedBracketError()
        }
        return nil
      }
    }
  }

  // MARK: - Tokens

  @inline(__always)
  func token(_ kind: TokenKind, _ start: Int, _ end: Int) -> Token {
    return Token(kind: kind, start: Int32(start), end: Int32(end),
                 range: SourceRange(lineno: Int32(lineno), colOffset: Int32(start - lineStart),
                                    endLineno: Int32(lineno), endColOffset: Int32(end - lineStart)))
  }

  @inline(__always)
  func layoutToken(_ kind: TokenKind) -> Token {
    return Token(kind: kind, start: Int32(cursor), end: Int32(cursor),
                 range: SourceRange(lineno: Int32(lineno), colOffset: -1, endLineno: Int32(lineno),
                                    endColOffset: -1))
  }

  /// The next token. Returns `.endMarker` at the end, and again on every later call.
  public func next() throws(PySyntaxError) -> Token {
    if failed, let e = lastError { throw e }
    while true {
      var blankLine = false
      inToken = false
      if atBeginningOfLine {
        atBeginningOfLine = false
        blankLine = try readIndentation()
      }
      if pendingIndents != 0 {
        if pendingIndents < 0 {
          pendingIndents += 1
          return layoutToken(.dedent)
        }
        pendingIndents -= 1
        return layoutToken(.indent)
      }
      // `again:` — skip spaces, comments, continuations.
      while true {
        let s = self.s
        var p = cursor
        var c = s[p]
        while c == 0x20 || c == 0x09 || c == 0x0C {
          p += 1
          c = s[p]
        }
        let start = p
        if c == UInt8(ascii: "#") {
          // Comments end at the newline (the input always ends with one, then the NUL).
          repeat { p += 1; c = s[p] } while c != UInt8(ascii: "\n") && c != 0
        }
        cursor = p
        if cursor >= n {
          if level > 0 { throw endOfFileError() }
          return layoutToken(.endMarker)
        }
        if c == UInt8(ascii: "\n") {
          cursor += 1
          pendingNewline = true
          atBeginningOfLine = true
          if blankLine || level > 0 { break }  // goto nextline
          // Starts at a comment that precedes the newline (CPython's `tok->start`), ends at the
          // newline.
          return token(.newline, start, cursor - 1)
        }
        if c == UInt8(ascii: "\\") {
          inToken = true
          try continuationLine()
          inToken = false
          continue  // goto again
        }
        return try scanToken(start, c)
      }
    }
  }

  /// After a `\`: requires a newline, then enters the next line (error at end of input).
  func continuationLine() throws(PySyntaxError) {
    cursor += 1  // the backslash
    if s[cursor] != UInt8(ascii: "\n") {
      if cursor < n { cursor += 1 }
      // tokenizer_error E_LINECONT: col = cur - buf - 1.
      throw knownLocationError(.syntaxError, "unexpected character after line continuation character",
                               col: cursor - bufferStart - 1, .lineContinuation)
    }
    cursor += 1
    pendingNewline = true
    if !(try enterLineIfNeeded()) {
      throw endOfFileError()
    }
  }

  /// Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns whether the
  /// line is blank (only whitespace and/or a comment).
  func readIndentation() throws(PySyntaxError) -> Bool {
    _ = try enterLineIfNeeded()
    var col = 0
    var altCol = 0
    var contLineCol = 0
    while true {
      let c = s[cursor]
      if c == 0x20 {
        col += 1
        altCol += 1
      } else if c == 0x09 {
        col = (col / Tokenizer.tabSize + 1) * Tokenizer.tabSize
        altCol += 1
      } else if c == 0x0C {
        col = 0
        altCol = 0
      } else if c == UInt8(ascii: "\\") && cursor < n {
        contLineCol = contLineCol != 0 ? contLineCol : col
        try continuationLine()
        continue
      } else {
        break
      }
      cursor += 1
    }
    let c = s[cursor]
    let blank = cursor < n && (c == UInt8(ascii: "#") || c == UInt8(ascii: "\n"))
    if !blank && level == 0 {
      if contLineCol != 0 {
        col = contLineCol
        altCol = contLineCol
      }
      let top = indentStack[indentStack.count - 1]
      if col == top {
        if altCol != altIndentStack[altIndentStack.count - 1] {
          throw indentError()
        }
      } else if col > top {
        if indentStack.count >= Tokenizer.maxIndent {
          cursor = lineEnd
          throw knownLocationError(.indentationError, "too many levels of indentation", col: 0, .tooDeep)
        }
        if altCol <= altIndentStack[altIndentStack.count - 1] {
          throw indentError()
        }
        pendingIndents += 1
        indentStack.append(col)
        altIndentStack.append(altCol)
      } else {
        while indentStack.count > 1 && col < indentStack[indentStack.count - 1] {
          pendingIndents -= 1
          indentStack.removeLast()
          altIndentStack.removeLast()
        }
        if col != indentStack[indentStack.count - 1] {
          cursor = lineEnd
          throw cursorError(.indentationError, "unindent does not match any outer indentation level", .dedent)
        }
        if altCol != altIndentStack[altIndentStack.count - 1] {
          throw indentError()
        }
      }
    }
    return blank
  }

  /// CPython's `indenterror()`: TabError.
  @inline(never)
  func indentError() -> PySyntaxError {
    cursor = lineEnd
    return knownLocationError(.tabError, "inconsistent use of tabs and spaces in indentation",
                              col: 0, .tabSpace)
  }

  /// Scans a token starting with byte `c` at `start` (not whitespace, comment, newline, `\`).
  @inline(__always)
  func scanToken(_ start: Int, _ c0: UInt8) throws(PySyntaxError) -> Token {
    var c = c0
    if classes[Int(c)] & CharacterClass.identifierStartBit != 0 {
      // Fast path: a name that cannot be a string prefix.
      let l = c | 0x20
      if l != UInt8(ascii: "b") && l != UInt8(ascii: "r") && l != UInt8(ascii: "u") && l != UInt8(ascii: "f") {
        return try scanName(start)
      }
      // String prefixes: b, r, u, f and their combinations (not "ur").
      var sawB = false, sawR = false, sawU = false, sawF = false
      while true {
        let l = c | 0x20
        if !(sawB || sawU || sawF) && l == UInt8(ascii: "b") {
          sawB = true
        } else if !(sawB || sawU || sawR || sawF) && l == UInt8(ascii: "u") {
          sawU = true
        } else if !(sawR || sawU) && l == UInt8(ascii: "r") {
          sawR = true
        } else if !(sawF || sawB || sawU) && l == UInt8(ascii: "f") {
          sawF = true
        } else {
          break
        }
        cursor += 1
        c = s[cursor]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
          return try scanString(start)
        }
      }
      return try scanName(start)
    }
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try scanNumber(start)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return try scanString(start)
    case UInt8(ascii: "."):
      let c1 = s[cursor + 1]
      if CharacterClass.isDigit(c1) {
        return try scanNumber(start)
      }
      if c1 == UInt8(ascii: ".") && s[cursor + 2] == UInt8(ascii: ".") {
        cursor += 3
        return token(.ellipsis, start, cursor)
      }
      cursor += 1
      return token(.dot, start, cursor)
    default:
      return try scanOperator(start, c)
    }
  }

  // MARK: Names

  func scanName(_ start: Int) throws(PySyntaxError) -> Token {
    let s = self.s
    let classes = self.classes
    var p = cursor
    var high: UInt8 = 0
    while true {
      let c = s[p]
      if classes[Int(c)] & CharacterClass.identifierCharBit == 0 { break }
      high |= c
      p += 1
    }
    cursor = p
    if high >= 0x80 {
      try verifyIdentifier(start)
      return token(.name, start, cursor)
    }
    return token(Tokenizer.keywordKind(s + start, cursor - start), start, cursor)
  }

  /// `verify_identifier`: a non-ASCII name must decode and consist of XID characters.
  @inline(never)
  func verifyIdentifier(_ start: Int) throws(PySyntaxError) {
    let buf = UnsafeBufferPointer(start: s + start, count: cursor - start)
    switch Identifier.check(buf) {
    case .valid:
      return
    case .undecodable(let err):
      // raise_decode_error: "(unicode error) ..." at the cursor (the ERRORTOKEN has no position).
      throw cursorError(.syntaxError, "(unicode error) " + err.message(bytes: buf), .raisedByTokenizer)
    case .invalidCharacter(let cp, let endOffset):
      cursor = start + endOffset
      let hex = Tokenizer.hex4(cp)
      if Identifier.isPrintable(cp) {
        let ch = String(Unicode.Scalar(cp).map { Character($0) } ?? "?")
        throw syntaxError("invalid character '\(ch)' (U+\(hex))")
      }
      throw syntaxError("invalid non-printable character U+\(hex)")
    }
  }

  /// "%04X"
  static func hex4(_ v: UInt32) -> String {
    var h = String(v, radix: 16, uppercase: true)
    while h.utf8.count < 4 { h = "0" + h }
    return h
  }

  /// The hard keyword spelled by `len` bytes at `p`, else `.name`.
  @inline(__always)
  static func keywordKind(_ p: UnsafePointer<UInt8>, _ len: Int) -> TokenKind {
    if len < 2 || len > 8 { return .name }
    @inline(__always) func eq(_ w: StaticString) -> Bool {
      let q = w.utf8Start
      for i in 1..<len where p[i] != q[i] { return false }
      return true
    }
    switch p[0] {
    case UInt8(ascii: "F"): if len == 5 && eq("False") { return .kwFalse }
    case UInt8(ascii: "N"): if len == 4 && eq("None") { return .kwNone }
    case UInt8(ascii: "T"): if len == 4 && eq("True") { return .kwTrue }
    case UInt8(ascii: "a"):
      switch len {
      case 2: if eq("as") { return .kwAs }
      case 3: if eq("and") { return .kwAnd }
      case 5: if eq("async") { return .kwAsync }; if eq("await") { return .kwAwait }
      case 6: if eq("assert") { return .kwAssert }
      default: break
      }
    case UInt8(ascii: "b"): if len == 5 && eq("break") { return .kwBreak }
    case UInt8(ascii: "c"):
      if len == 5 && eq("class") { return .kwClass }
      if len == 8 && eq("continue") { return .kwContinue }
    case UInt8(ascii: "d"):
      if len == 3 && eq("def") { return .kwDef }
      if len == 3 && eq("del") { return .kwDel }
    case UInt8(ascii: "e"):
      if len == 4 && eq("elif") { return .kwElif }
      if len == 4 && eq("else") { return .kwElse }
      if len == 6 && eq("except") { return .kwExcept }
    case UInt8(ascii: "f"):
      if len == 3 && eq("for") { return .kwFor }
      if len == 4 && eq("from") { return .kwFrom }
      if len == 7 && eq("finally") { return .kwFinally }
    case UInt8(ascii: "g"): if len == 6 && eq("global") { return .kwGlobal }
    case UInt8(ascii: "i"):
      if len == 2 {
        if p[1] == UInt8(ascii: "f") { return .kwIf }
        if p[1] == UInt8(ascii: "n") { return .kwIn }
        if p[1] == UInt8(ascii: "s") { return .kwIs }
      }
      if len == 6 && eq("import") { return .kwImport }
    case UInt8(ascii: "l"): if len == 6 && eq("lambda") { return .kwLambda }
    case UInt8(ascii: "n"):
      if len == 3 && eq("not") { return .kwNot }
      if len == 8 && eq("nonlocal") { return .kwNonlocal }
    case UInt8(ascii: "o"): if len == 2 && p[1] == UInt8(ascii: "r") { return .kwOr }
    case UInt8(ascii: "p"): if len == 4 && eq("pass") { return .kwPass }
    case UInt8(ascii: "r"):
      if len == 5 && eq("raise") { return .kwRaise }
      if len == 6 && eq("return") { return .kwReturn }
    case UInt8(ascii: "t"): if len == 3 && eq("try") { return .kwTry }
    case UInt8(ascii: "w"):
      if len == 5 && eq("while") { return .kwWhile }
      if len == 4 && eq("with") { return .kwWith }
    case UInt8(ascii: "y"): if len == 5 && eq("yield") { return .kwYield }
    default: break
    }
    return .name
  }

  // MARK: Numbers

  /// Scans a number (CPython's number branch of `tok_get`, with `tok_decimal_tail` and
  /// `verify_end_of_number`). The cursor is at the first character (a digit or `.`).
  func scanNumber(_ start: Int) throws(PySyntaxError) -> Token {
    var c = s[cursor]
    cursor += 1
    if c == UInt8(ascii: ".") {
      // `.5`: fraction.
      c = s[cursor]
      cursor += 1
      return try numberFraction(start, c)
    }
    if c == UInt8(ascii: "0") {
      c = s[cursor]
      cursor += 1
      let l = c | 0x20
      if l == UInt8(ascii: "x") {
        c = s[cursor]; cursor += 1
        repeat {
          if c == UInt8(ascii: "_") { c = s[cursor]; cursor += 1 }
          if !CharacterClass.isHexDigit(c) {
            cursor -= 1
            throw syntaxError("invalid hexadecimal literal")
          }
          repeat { c = s[cursor]; cursor += 1 } while CharacterClass.isHexDigit(c)
        } while c == UInt8(ascii: "_")
        try verifyEndOfNumber(c, "hexadecimal")
      } else if l == UInt8(ascii: "o") || l == UInt8(ascii: "b") {
        let octal = l == UInt8(ascii: "o")
        let kind = octal ? "octal" : "binary"
        let limit = octal ? UInt8(ascii: "8") : UInt8(ascii: "2")
        c = s[cursor]; cursor += 1
        repeat {
          if c == UInt8(ascii: "_") { c = s[cursor]; cursor += 1 }
          if c < UInt8(ascii: "0") || c >= limit {
            if CharacterClass.isDigit(c) {
              throw invalidDigitError(c, kind)
            }
            cursor -= 1
            throw invalidLiteralError(kind)
          }
          repeat { c = s[cursor]; cursor += 1 } while c >= UInt8(ascii: "0") && c < limit
        } while c == UInt8(ascii: "_")
        if CharacterClass.isDigit(c) {
          throw invalidDigitError(c, kind)
        }
        try verifyEndOfNumber(c, kind)
      } else {
        var nonzero = false
        // Old-style octal? Leading zeros (and underscores) first.
        while true {
          if c == UInt8(ascii: "_") {
            c = s[cursor]; cursor += 1
            if !CharacterClass.isDigit(c) {
              cursor -= 1
              throw syntaxError("invalid decimal literal")
            }
          }
          if c != UInt8(ascii: "0") { break }
          c = s[cursor]; cursor += 1
        }
        let zerosEnd = cursor
        if CharacterClass.isDigit(c) {
          nonzero = true
          c = try decimalTail()
        }
        if c == UInt8(ascii: ".") {
          c = s[cursor]; cursor += 1
          return try numberFraction(start, c)
        } else if c | 0x20 == UInt8(ascii: "e") {
          return try numberExponent(start, c)
        } else if c | 0x20 == UInt8(ascii: "j") {
          return try numberImaginary(start)
        } else if nonzero {
          cursor -= 1
          throw syntaxError("leading zeros in decimal integer literals are not permitted; "
                              + "use an 0o prefix for octal integers",
                            colOffset: start + 1 - lineStart, endColOffset: zerosEnd - lineStart)
        }
        try verifyEndOfNumber(c, "decimal")
      }
      cursor -= 1
      return token(.number, start, cursor)
    }
    // Decimal.
    cursor -= 1
    c = try decimalTail()
    if c == UInt8(ascii: ".") {
      c = s[cursor]; cursor += 1
      return try numberFraction(start, c)
    }
    return try numberAfterFraction(start, c)
  }

  /// After the `.` of a float: `c` is the character after it (already consumed).
  func numberFraction(_ start: Int, _ c0: UInt8) throws(PySyntaxError) -> Token {
    var c = c0
    if CharacterClass.isDigit(c) {
      cursor -= 1
      c = try decimalTail()
    }
    return try numberAfterFraction(start, c)
  }

  func numberAfterFraction(_ start: Int, _ c: UInt8) throws(PySyntaxError) -> Token {
    if c | 0x20 == UInt8(ascii: "e") { return try numberExponent(start, c) }
    if c | 0x20 == UInt8(ascii: "j") { return try numberImaginary(start) }
    try verifyEndOfNumber(c, "decimal")
    cursor -= 1
    return token(.number, start, cursor)
  }

  /// `c` is the consumed `e`/`E`.
  func numberExponent(_ start: Int, _ e: UInt8) throws(PySyntaxError) -> Token {
    var c = s[cursor]; cursor += 1
    if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
      c = s[cursor]; cursor += 1
      if !CharacterClass.isDigit(c) {
        cursor -= 1
        throw syntaxError("invalid decimal literal")
      }
    } else if !CharacterClass.isDigit(c) {
      cursor -= 1
      try verifyEndOfNumber(e, "decimal")
      cursor -= 1  // back up the 'e': the number ends before it
      return token(.number, start, cursor)
    }
    cursor -= 1
    c = try decimalTail()
    if c | 0x20 == UInt8(ascii: "j") { return try numberImaginary(start) }
    try verifyEndOfNumber(c, "decimal")
    cursor -= 1
    return token(.number, start, cursor)
  }

  /// The `j`/`J` has been consumed.
  func numberImaginary(_ start: Int) throws(PySyntaxError) -> Token {
    let c = s[cursor]; cursor += 1
    try verifyEndOfNumber(c, "imaginary")
    cursor -= 1
    return token(.number, start, cursor)
  }

  /// `tok_decimal_tail`: digits with single underscores between them, starting at the cursor.
  /// Returns the first character after them (consumed).
  func decimalTail() throws(PySyntaxError) -> UInt8 {
    var c: UInt8
    while true {
      repeat { c = s[cursor]; cursor += 1 } while CharacterClass.isDigit(c)
      if c != UInt8(ascii: "_") { break }
      c = s[cursor]; cursor += 1
      if !CharacterClass.isDigit(c) {
        cursor -= 1
        throw syntaxError("invalid decimal literal")
      }
      cursor -= 1
    }
    return c
  }

  /// `verify_end_of_number`: `c` (the byte at `cursor - 1`) follows a
  /// number. A following keyword that valid code may have there (`1if x else y`) only warns in
  /// CPython; any other identifier character is an error.
  func verifyEndOfNumber(_ c: UInt8, _ kind: String) throws(PySyntaxError) {
    // Position of `c` in the buffer.
    let at = cursor - 1
    var r = false
    switch c {
    case UInt8(ascii: "a"): r = lookahead(at + 1, "nd")
    case UInt8(ascii: "e"): r = lookahead(at + 1, "lse")
    case UInt8(ascii: "f"): r = lookahead(at + 1, "or")
    case UInt8(ascii: "i"):
      let c2 = s[at + 1]
      r = c2 == UInt8(ascii: "f") || c2 == UInt8(ascii: "n") || c2 == UInt8(ascii: "s")
    case UInt8(ascii: "o"): r = lookahead(at + 1, "r")
    case UInt8(ascii: "n"): r = lookahead(at + 1, "ot")
    default: break
    }
    if r {
      // CPython: `parser_warn(tok, PyExc_SyntaxWarning, "invalid %s literal")`, reported at the
      // tokenizer's current line.
      warnings.append(Warning(category: "SyntaxWarning", message: "invalid \(kind) literal", lineno: lineno))
      return
    }
    // 3.11 lets a non-ASCII character follow (`1é` is NUMBER NAME, then "invalid syntax").
    if c < 0x80 && CharacterClass.isIdentifierChar(c) {
      cursor = at
      throw invalidLiteralError(kind)
    }
  }

  /// True if the bytes at `at` spell `rest` and are not followed by an identifier character.
  func lookahead(_ at: Int, _ rest: StaticString) -> Bool {
    let q = rest.utf8Start
    for i in 0..<rest.utf8CodeUnitCount where s[at + i] != q[i] { return false }
    return !CharacterClass.isIdentifierChar(s[at + rest.utf8CodeUnitCount])
  }

  // MARK: Strings

  /// Scans a string literal whose quote is at the cursor (prefix, if any, from `start`).
  func scanString(_ start: Int) throws(PySyntaxError) -> Token {
    let quote = s[cursor]
    let firstLine = lineno
    let firstLineStart = lineStart
    inToken = true
    cursor += 1
    var quoteSize = 1
    var endQuoteSize = 0
    if s[cursor] == quote {
      if s[cursor + 1] == quote {
        quoteSize = 3
        cursor += 2
      } else {
        cursor += 1
        endQuoteSize = 1  // empty string
      }
    }
    while endQuoteSize != quoteSize {
      if pendingNewline {
        if !(try enterLineIfNeeded()) {
          throw unterminatedString(start, firstLine, firstLineStart, quoteSize)
        }
      }
      let c = s[cursor]
      if cursor >= n {
        throw unterminatedString(start, firstLine, firstLineStart, quoteSize)
      }
      cursor += 1
      if c == quote {
        endQuoteSize += 1
      } else {
        endQuoteSize = 0
        if c == UInt8(ascii: "\n") {
          if quoteSize == 1 {
            cursor -= 1
            throw unterminatedString(start, firstLine, firstLineStart, quoteSize)
          }
          pendingNewline = true
        } else if c == UInt8(ascii: "\\") {
          // The escaped character (a newline continues the literal on the next line).
          if cursor < n {
            if s[cursor] == UInt8(ascii: "\n") { pendingNewline = true }
            cursor += 1
          }
        } else if quoteSize == 3 {
          // Fast path through the body of a long string.
          while true {
            let d = s[cursor]
            if d == quote || d == UInt8(ascii: "\\") || d == UInt8(ascii: "\n") || cursor >= n { break }
            cursor += 1
          }
        }
      }
    }
    inToken = false
    return Token(kind: .string, start: Int32(start), end: Int32(cursor),
                 range: SourceRange(lineno: Int32(firstLine), colOffset: Int32(start - firstLineStart),
                                    endLineno: Int32(lineno), endColOffset: Int32(cursor - lineStart)))
  }

  /// "unterminated (triple-quoted) string literal (detected at line N)", reported at the start of
  /// the literal (CPython moves its cursor there).
  @inline(never)
  func unterminatedString(_ start: Int, _ firstLine: Int, _ firstLineStart: Int, _ quoteSize: Int)
    -> PySyntaxError
  {
    let detected = lineno
    lineno = firstLine
    lineStart = firstLineStart
    cursor = start + 1
    let what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
    return syntaxError("\(what) (detected at line \(detected))")
  }

  // MARK: Out-of-line error builders (keep the hot functions' frames small)

  @inline(never)
  func invalidDigitError(_ c: UInt8, _ kind: String) -> PySyntaxError {
    return syntaxError("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal")
  }

  @inline(never)
  func invalidLiteralError(_ kind: String) -> PySyntaxError {
    return syntaxError("invalid \(kind) literal")
  }

  @inline(never)
  func unmatchedBracketError(_ c: UInt8) -> PySyntaxError {
    return syntaxError("unmatched '\(Character(Unicode.Scalar(c)))'")
  }

  @inline(never)
  func mismatchedBracketError(_ c: UInt8, _ open: OpenBracket) -> PySyntaxError {
    let close = Character(Unicode.Scalar(c))
    let opening = Character(Unicode.Scalar(open.char))
    if open.lineno != lineno {
      return syntaxError("closing parenthesis '\(close)' does not match opening parenthesis '\(opening)' on line \(open.lineno)")
    }
    return syntaxError("closing parenthesis '\(close)' does not match opening parenthesis '\(opening)'")
  }

  @inline(never)
  func nonPrintableError(_ c: UInt8) -> PySyntaxError {
    return syntaxError("invalid non-printable character U+\(Tokenizer.hex4(UInt32(c)))")
  }

  // MARK: Operators

  func scanOperator(_ start: Int, _ c: UInt8) throws(PySyntaxError) -> Token {
    let c2 = s[cursor + 1]
    let kind2 = Tokenizer.twoChars(c, c2)
    if let k2 = kind2 {
      let c3 = s[cursor + 2]
      if let k3 = Tokenizer.threeChars(c, c2, c3) {
        cursor += 3
        return token(k3, start, cursor)
      }
      cursor += 2
      return token(k2, start, cursor)
    }
    cursor += 1
    switch c {
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
      if level >= Tokenizer.maxLevel { throw syntaxError("too many nested parentheses") }
      bracketStack[level] = OpenBracket(char: c, lineno: lineno, colOffset: start - lineStart)
      level += 1
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
      if level == 0 { throw unmatchedBracketError(c) }
      level -= 1
      let open = bracketStack[level].char
      // '(' + 1 == ')', '[' + 2 == ']', '{' + 2 == '}'
      if !(c == open &+ 1 || (c == open &+ 2 && open != UInt8(ascii: "("))) {
        throw mismatchedBracketError(c, bracketStack[level])
      }
    default:
      if c < 0x20 || c == 0x7F { throw nonPrintableError(c) }
    }
    return token(Tokenizer.oneChar(c), start, cursor)
  }

  /// `PyToken_OneChar`; characters that are no token of their own give `.op` (CPython's OP).
  @inline(__always)
  static func oneChar(_ c: UInt8) -> TokenKind {
    switch c {
    case UInt8(ascii: "%"): return .percent
    case UInt8(ascii: "&"): return .amper
    case UInt8(ascii: "("): return .lpar
    case UInt8(ascii: ")"): return .rpar
    case UInt8(ascii: "*"): return .star
    case UInt8(ascii: "+"): return .plus
    case UInt8(ascii: ","): return .comma
    case UInt8(ascii: "-"): return .minus
    case UInt8(ascii: "."): return .dot
    case UInt8(ascii: "/"): return .slash
    case UInt8(ascii: ":"): return .colon
    case UInt8(ascii: ";"): return .semi
    case UInt8(ascii: "<"): return .less
    case UInt8(ascii: "="): return .equal
    case UInt8(ascii: ">"): return .greater
    case UInt8(ascii: "@"): return .at
    case UInt8(ascii: "["): return .lsqb
    case UInt8(ascii: "]"): return .rsqb
    case UInt8(ascii: "^"): return .circumflex
    case UInt8(ascii: "{"): return .lbrace
    case UInt8(ascii: "|"): return .vbar
    case UInt8(ascii: "}"): return .rbrace
    case UInt8(ascii: "~"): return .tilde
    case UInt8(ascii: "!"): return .exclamation
    default: return .op
    }
  }

  /// `PyToken_TwoChars`
  @inline(__always)
  static func twoChars(_ c1: UInt8, _ c2: UInt8) -> TokenKind? {
    switch (c1, c2) {
    case (UInt8(ascii: "!"), UInt8(ascii: "=")): return .notEqual
    case (UInt8(ascii: "%"), UInt8(ascii: "=")): return .percentEqual
    case (UInt8(ascii: "&"), UInt8(ascii: "=")): return .amperEqual
    case (UInt8(ascii: "*"), UInt8(ascii: "*")): return .doubleStar
    case (UInt8(ascii: "*"), UInt8(ascii: "=")): return .starEqual
    case (UInt8(ascii: "+"), UInt8(ascii: "=")): return .plusEqual
    case (UInt8(ascii: "-"), UInt8(ascii: "=")): return .minEqual
    case (UInt8(ascii: "-"), UInt8(ascii: ">")): return .rarrow
    case (UInt8(ascii: "/"), UInt8(ascii: "/")): return .doubleSlash
    case (UInt8(ascii: "/"), UInt8(ascii: "=")): return .slashEqual
    case (UInt8(ascii: ":"), UInt8(ascii: "=")): return .colonEqual
    case (UInt8(ascii: "<"), UInt8(ascii: "<")): return .leftShift
    case (UInt8(ascii: "<"), UInt8(ascii: "=")): return .lessEqual
    case (UInt8(ascii: "<"), UInt8(ascii: ">")): return .notEqual  // only valid with barry_as_FLUFL
    case (UInt8(ascii: "="), UInt8(ascii: "=")): return .eqEqual
    case (UInt8(ascii: ">"), UInt8(ascii: "=")): return .greaterEqual
    case (UInt8(ascii: ">"), UInt8(ascii: ">")): return .rightShift
    case (UInt8(ascii: "@"), UInt8(ascii: "=")): return .atEqual
    case (UInt8(ascii: "^"), UInt8(ascii: "=")): return .circumflexEqual
    case (UInt8(ascii: "|"), UInt8(ascii: "=")): return .vbarEqual
    default: return nil
    }
  }

  /// `PyToken_ThreeChars`
  @inline(__always)
  static func threeChars(_ c1: UInt8, _ c2: UInt8, _ c3: UInt8) -> TokenKind? {
    guard c3 == UInt8(ascii: "=") || c3 == UInt8(ascii: ".") else { return nil }
    switch (c1, c2, c3) {
    case (UInt8(ascii: "*"), UInt8(ascii: "*"), UInt8(ascii: "=")): return .doubleStarEqual
    case (UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")): return .ellipsis
    case (UInt8(ascii: "/"), UInt8(ascii: "/"), UInt8(ascii: "=")): return .doubleSlashEqual
    case (UInt8(ascii: "<"), UInt8(ascii: "<"), UInt8(ascii: "=")): return .leftShiftEqual
    case (UInt8(ascii: ">"), UInt8(ascii: ">"), UInt8(ascii: "=")): return .rightShiftEqual
    default: return nil
    }
  }
}
