/// One token of Python source, as the tokenizer hands it to the parser.
///
/// Tokens do not copy text: `start..<end` are UTF-8 byte offsets into the source buffer the
/// tokenizer was given. `range` carries the line/column numbers of CPython's pegen tokens
/// (columns are byte offsets within the line): INDENT/DEDENT/ENDMARKER have no text there, so
/// their columns are -1 and `start == end` is the tokenizer cursor; NEWLINE ends at the `\n`
/// (see `Tokenizer` for the details).
public struct Token: Sendable {
  public var kind: TokenKind
  /// Byte offsets of the token text in the source.
  public var start: Int32
  public var end: Int32
  public var range: SourceRange

  public init(kind: TokenKind, start: Int32, end: Int32, range: SourceRange) {
    self.kind = kind
    self.start = start
    self.end = end
    self.range = range
  }
}

/// The kinds of token. Hard keywords get kinds of their own (they can never be names);
/// soft keywords (`match`, `case`, `_`) stay `.name` and the parser recognises them by text.
public enum TokenKind: UInt8, Sendable {
  case endMarker
  case name
  case number
  /// Any string literal, with its prefix and quotes (f-strings included, as in CPython 3.11).
  case string
  case newline
  case indent
  case dedent

  // Operators and delimiters (CPython's Grammar/Tokens).
  case lpar             // (
  case rpar             // )
  case lsqb             // [
  case rsqb             // ]
  case colon            // :
  case comma            // ,
  case semi             // ;
  case plus             // +
  case minus            // -
  case star             // *
  case slash            // /
  case vbar             // |
  case amper            // &
  case less             // <
  case greater          // >
  case equal            // =
  case dot              // .
  case percent          // %
  case lbrace           // {
  case rbrace           // }
  case eqEqual          // ==
  case notEqual         // !=
  case lessEqual        // <=
  case greaterEqual     // >=
  case tilde            // ~
  case circumflex       // ^
  case leftShift        // <<
  case rightShift       // >>
  case doubleStar       // **
  case plusEqual        // +=
  case minEqual         // -=
  case starEqual        // *=
  case slashEqual       // /=
  case percentEqual     // %=
  case amperEqual       // &=
  case vbarEqual        // |=
  case circumflexEqual  // ^=
  case leftShiftEqual   // <<=
  case rightShiftEqual  // >>=
  case doubleStarEqual  // **=
  case doubleSlash      // //
  case doubleSlashEqual // //=
  case at               // @
  case atEqual          // @=
  case rarrow           // ->
  case ellipsis         // ...
  case colonEqual       // :=
  /// A lone `!` (only meaningful inside f-string replacement fields).
  case exclamation
  /// Any other character CPython's tokenizer returns as a generic OP token (`$`, `?`, a
  /// backquote): no grammar rule accepts it, so it ends in "invalid syntax" at that token.
  case op

  // Hard keywords.
  case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
  case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
  case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
  case kwReturn, kwTry, kwWhile, kwWith, kwYield

  /// True for the hard keywords.
  public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

  /// Source spelling of operators and keywords (nil for names, numbers, strings, layout tokens).
  public var text: String? { TokenKind.spellings[Int(rawValue)] }

  /// Spellings, indexed by raw value.
  static let spellings: [String?] = [
    nil, nil, nil, nil, nil, nil, nil,
    "(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%",
    "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!", nil,
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
  ]

  /// The hard keyword spelled `text`, if any.
  public static func keyword(_ text: String) -> TokenKind? { keywordTable[text] }

  static let keywordTable: [String: TokenKind] = {
    var t: [String: TokenKind] = [:]
    var raw = TokenKind.kwFalse.rawValue
    while let k = TokenKind(rawValue: raw) {
      t[spellings[Int(raw)]!] = k
      raw += 1
    }
    return t
  }()
}
