extension TokenKind {
  /// CPython's token name for this kind (`token.tok_name`): "NAME", "LPAR", "NOTEQUAL", ...
  /// Hard keywords are "NAME" tokens in CPython's `tokenize`; `.op` is "OP".
  public var cpythonName: String {
    if isKeyword { return "NAME" }
    return TokenKind.cpythonNames[Int(rawValue)]
  }

  static let cpythonNames: [String] = [
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR", "SLASH",
    "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL",
    "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
    "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL",
    "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL",
    "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS",
    "COLONEQUAL", "EXCLAMATION", "OP",
  ]
}
