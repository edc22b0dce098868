/// The state of one run of the PEG parser over one token stream (CPython's `Parser` struct in
/// Parser/pegen.h): the lazily filled token array, the current position, the memo tables, the
/// recursion-depth counter and the switch that enables the `invalid_*` rules of the second pass.
///
/// The grammar rules live in extensions (`PythonParser+*.swift`), one area of Grammar/python.gram
/// per file, each method named after its rule. A rule returns `nil` when it does not match (the
/// position is then where it was on entry) and throws a `PySyntaxError` when the input is
/// definitely wrong (a tokenizer error, a forced token, or an `invalid_*` rule that matched).
///
/// Tokens are fetched one at a time, only when a rule looks at them, as CPython does: the last
/// token fetched by the first pass is where a generic "invalid syntax" is reported, and tokenizer
/// errors surface only when the parser reaches them.
final class PythonParser {
  let source: SourceBuffer
  let tokenizer: Tokenizer
  let filename: String

  /// Tokens fetched so far (CPython's `p->tokens[0..<p->fill]`).
  var tokens: TokenBuffer
  /// Index of the next token to look at (CPython's `p->mark`).
  var pos: Int = 0
  /// Second pass: the `invalid_*` alternatives take part (CPython's `p->call_invalid_rules`).
  var callInvalidRules = false
  /// Rule nesting depth (CPython's `p->level`, limit `MAXSTACK`).
  var level: Int32 = 0
  /// Set when an error came out of the tokenizer (it then wins over any parser error).
  var tokenizerFailed = false
  /// The error thrown by the tokenizer, kept to classify it.
  var tokenizerError: PySyntaxError? = nil

  /// For the parser of an f-string replacement field (CPython 3.11's `fstring_compile_expr`):
  /// tokens of the field's first line move right by `startingColOffset`, and every line number
  /// is shifted by `lineOffset`. `nil` for the parser of a whole source.
  let fieldOrigin: FieldOrigin?

  struct FieldOrigin {
    /// Added to every line number the field's tokenizer reports (its lines start at 1).
    var lineOffset: Int32
    /// CPython's `p->starting_col_offset`.
    var startingColOffset: Int32
  }

  /// Memo tables, one per memoized rule, indexed by token position.
  var memo = MemoTables()

  /// Second pass: the position of a dict item key whose `expression` skips its own
  /// `invalid_*` alternatives (see `doubleStarredKvpairs`).
  var dictKeyWithoutInvalidExpression = -1

  /// Depth bookkeeping (see TreeDepth.swift): a chain reached `spineCheckInterval`, the
  /// deepest rule level seen (sampled every 16 levels), and the depths measured so far.
  var sawLongSpine = false
  var deepestLevel: Int32 = 0
  var depthCache = TreeDepthCache()

  /// Interactive (`'single'`) input: the first ENDMARKER after some input is turned into a
  /// NEWLINE (CPython's `_PyPegen_fill_token`).
  var singleInput = false
  var parsingStarted = false

  /// Pointer to the source's NUL-terminated bytes.
  let base: UnsafeMutablePointer<UInt8>

  /// The stack this parse may use (shared with the parsers of its f-string fields).
  let stack: StackBudget

  /// CPython's `_PyPegen_dummy_name`: the function of the placeholder call that carries an
  /// argument list (one per parser, so parallel parses share no object).
  let dummyName = Expr(.name(id: "", ctx: .load), .zero)

  init(source: SourceBuffer, fieldOrigin: FieldOrigin? = nil, stack: StackBudget) {
    self.stack = stack
    self.source = source
    self.tokenizer = Tokenizer(source: source)
    self.filename = source.filename
    self.fieldOrigin = fieldOrigin
    self.base = source.base
    self.tokens = TokenBuffer(capacity: source.count / 4 + 16)
  }

  deinit {
    tokens.free()
  }

  // MARK: - Tokens

  /// Fetches one more token from the tokenizer (CPython's `_PyPegen_fill_token`).
  @inline(never)
  func fill() throws(PySyntaxError) {
    var t: Token
    do {
      t = try tokenizer.next()
    } catch {
      var e = error
      if let origin = fieldOrigin { e = PythonParser.shiftFieldError(e, origin) }
      tokenizerFailed = true
      tokenizerError = e
      throw e
    }
    if singleInput {
      if t.kind == .endMarker && parsingStarted {
        // As _PyPegen_fill_token: the statement ends here, with the DEDENTs still open.
        t.kind = .newline
        parsingStarted = false
        tokenizer.implyDedentsAtEnd()
      } else {
        parsingStarted = true
      }
    }
    if let origin = fieldOrigin {
      // As CPython's initialize_token for a parser with a starting line/column.
      if t.range.endLineno == 1 {
        t.range.colOffset += origin.startingColOffset
        t.range.endColOffset += origin.startingColOffset
      }
      t.range.lineno += origin.lineOffset
      t.range.endLineno += origin.lineOffset
    }
    tokens.append(t)
  }

  /// Tokenizer errors inside an f-string field carry the file's line numbers.
  static func shiftFieldError(_ e: PySyntaxError, _ origin: FieldOrigin) -> PySyntaxError {
    var e = e
    e.lineno += Int(origin.lineOffset)
    e.endLineno += Int(origin.lineOffset)
    return e
  }

  /// Kind of the token at `pos`, fetching it if needed.
  @inline(__always)
  func peekKind() throws(PySyntaxError) -> TokenKind {
    if pos < tokens.count { return tokens[pos].kind }
    try fill()
    return tokens[pos].kind
  }

  /// Kind of the token at `pos + 1`, fetching as needed.
  @inline(__always)
  func peekKind(ahead n: Int) throws(PySyntaxError) -> TokenKind {
    while pos + n >= tokens.count { try fill() }
    return tokens[pos + n].kind
  }

  /// Makes sure `tokens[pos]` exists (CPython fills the start token of every rule with EXTRA).
  @inline(__always)
  func ensureToken() throws(PySyntaxError) {
    if pos == tokens.count { try fill() }
  }

  /// True if the current token is `kind` (no consumption).
  @inline(__always)
  func check(_ kind: TokenKind) throws(PySyntaxError) -> Bool {
    return try peekKind() == kind
  }

  /// Consumes the current token if it is `kind` (CPython's `_PyPegen_expect_token`).
  @inline(__always)
  func accept(_ kind: TokenKind) throws(PySyntaxError) -> Bool {
    if try peekKind() == kind {
      pos += 1
      return true
    }
    return false
  }

  /// Consumes the current token if it is `kind`, returning its index.
  @inline(__always)
  func expect(_ kind: TokenKind) throws(PySyntaxError) -> Int? {
    if try peekKind() == kind {
      pos += 1
      return pos - 1
    }
    return nil
  }

  /// `&&'x'`: the token must be there, else "expected 'x'" at the token found
  /// (CPython's `_PyPegen_expect_forced_token`).
  func expectForced(_ kind: TokenKind) throws(PySyntaxError) {
    if try peekKind() == kind {
      pos += 1
      return
    }
    throw error(at: pos, "expected '\(kind.text ?? "")'")
  }

  /// The source bytes of token `i`.
  @inline(__always)
  func tokenBytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let t = tokens[i]
    return UnsafeBufferPointer(start: base + Int(t.start), count: Int(t.end - t.start))
  }

  /// The constant of NUMBER token `i`.
  func numberValue(_ i: Int) throws(PySyntaxError) -> Constant {
    do {
      return try NumberLiteral.value(of: tokenBytes(i))
    } catch {
      throw errorAtLastToken(error.message)
    }
  }

  /// CPython's `bad_single_statement`: anything but blanks and comments after the statement.
  func hasTextAfterSingleStatement() -> Bool {
    var i = tokenizer.cursor
    let n = source.count
    while true {
      while i < n {
        let c = base[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C { i += 1 } else { break }
      }
      if i >= n { return false }
      if base[i] != UInt8(ascii: "#") { return true }
      while i < n && base[i] != 0x0A { i += 1 }
    }
  }

  /// True if token `i` is a NAME spelled `word` (soft keywords: `match`, `case`, `_`).
  @inline(__always)
  func isName(_ i: Int, _ word: StaticString) -> Bool {
    let t = tokens[i]
    guard t.kind == .name, Int(t.end - t.start) == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { w in
      var k = 0
      let s = Int(t.start)
      while k < w.count {
        if base[s + k] != w[k] { return false }
        k += 1
      }
      return true
    }
  }

  /// Consumes the soft keyword `word` if the current token is it.
  @inline(__always)
  func acceptSoftKeyword(_ word: StaticString) throws(PySyntaxError) -> Int? {
    if try peekKind() == .name && isName(pos, word) {
      pos += 1
      return pos - 1
    }
    return nil
  }

  /// CPython's SOFT_KEYWORD token class (`_PyPegen_soft_keyword_token`), which compares with
  /// `strncmp` over the token's length: any NAME that is a prefix of `match`, `case` or `_`
  /// (`m`, `ca`, ...) counts.
  func isSoftKeywordToken(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .name else { return false }
    let text = tokenBytes(i)
    return PythonParser.isPrefix(text, of: "_") || PythonParser.isPrefix(text, of: "case")
      || PythonParser.isPrefix(text, of: "match")
  }

  /// True if `text` is a prefix of `word` (or equal to it).
  static func isPrefix(_ text: UnsafeBufferPointer<UInt8>, of word: StaticString) -> Bool {
    guard text.count <= word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { w in
      for k in 0..<text.count where text[k] != w[k] { return false }
      return true
    }
  }

  // MARK: - Positions

  /// The range of the node that started at token `start` and ends at the last token consumed
  /// that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA with
  /// `_PyPegen_get_last_nonnwhitespace_token`).
  @inline(__always)
  func range(from start: Int) -> SourceRange {
    let s = tokens[start].range
    let e = lastNonWhitespaceToken().range
    return SourceRange(lineno: s.lineno, colOffset: s.colOffset,
                       endLineno: e.endLineno, endColOffset: e.endColOffset)
  }

  @inline(__always)
  func lastNonWhitespaceToken() -> Token {
    var m = pos - 1
    while m > 0 {
      switch tokens[m].kind {
      case .newline, .indent, .dedent, .endMarker: m -= 1
      default: return tokens[m]
      }
    }
    return tokens[max(m, 0)]
  }

  // MARK: - Recursion depth

  /// CPython's MAXSTACK: deeper nesting raises MemoryError.
  static let maxStack: Int32 = 6000

  /// Enters one level of rule nesting (CPython's `if (p->level++ == MAXSTACK)`).
  @inline(__always)
  func enter() throws(PySyntaxError) {
    if level == PythonParser.maxStack { try tooDeep() }
    level += 1
    if level & 15 == 0 { try checkStack() }
  }

  @inline(__always)
  func leave() { level -= 1 }

  /// Enters two levels: a left-recursive rule in CPython runs its rule and its `_raw` function.
  @inline(__always)
  func enterLeftRecursive() throws(PySyntaxError) {
    if level >= PythonParser.maxStack - 1 { try tooDeep() }
    level += 2
    if level & 14 == 0 { try checkStack() }
  }

  @inline(__always)
  func leaveLeftRecursive() { level -= 2 }

  /// Stops the parse when it is about to leave its stack budget (`Parser.parse` then re-runs it
  /// on a big stack).
  @inline(never)
  func checkStack() throws(PySyntaxError) {
    if level > deepestLevel { deepestLevel = level }
    if StackBudget.currentStackAddress() < stack.limit {
      stack.exhausted = true
      throw PySyntaxError(.memoryError, "parser stack budget exhausted", filename: filename,
                          lineno: 0, offset: 0, endLineno: 0, endOffset: 0, text: nil)
    }
  }

  @inline(never)
  func tooDeep() throws(PySyntaxError) {
    throw PySyntaxError(.memoryError, "", filename: filename, lineno: 0, offset: 0,
                        endLineno: 0, endOffset: 0, text: nil)
  }

  // MARK: - Node helpers

  /// A `Name` (Load) from the NAME token at index `i` (CPython's `_PyPegen_name_token`).
  @inline(__always)
  func nameExpr(_ i: Int) -> Expr {
    return Expr(.name(id: identifier(i), ctx: .load), tokens[i].range)
  }

  /// The identifier spelled by NAME token `i` (NFKC-normalised when not ASCII).
  @inline(__always)
  func identifier(_ i: Int) -> String {
    let t = tokens[i]
    return Identifier.normalized(UnsafeBufferPointer(start: base + Int(t.start),
                                                     count: Int(t.end - t.start)))
  }

  /// Consumes a NAME token, returning its index.
  @inline(__always)
  func expectName() throws(PySyntaxError) -> Int? {
    return try expect(.name)
  }

  /// Consumes a NAME token and returns it as a `Name` expression.
  @inline(__always)
  func nameRule() throws(PySyntaxError) -> Expr? {
    if let i = try expect(.name) { return nameExpr(i) }
    return nil
  }
}
