/// Running a start rule the way CPython 3.11's `_PyPegen_run_parser` does: a first pass
/// without the `invalid_*` rules; if it fails, a second pass with them, for a specific message;
/// then CPython's rules for which error wins (Parser/pegen_errors.c `_PyPegen_set_syntax_error`
/// and `_PyPegen_tokenize_full_source_to_check_for_errors`):
///
/// - an error from the tokenizer is final;
/// - an error raised by the parser (a forced token, a string literal, an `invalid_*` rule) is
///   replaced by the first error the tokenizer raises in the rest of the source, or by
///   "'(' was never closed" when the input ends inside brackets opened before the error's line;
/// - with no specific error, INDENT/DEDENT at the failure point give "unexpected indent" /
///   "unexpected unindent", anything else "invalid syntax" at the last token the first pass
///   fetched (then also checked against the rest of the source).
extension PythonParser {
  /// Runs `rule` through both passes; returns its result or throws the SyntaxError CPython would.
  func run<T>(_ rule: () throws(PySyntaxError) -> T?) throws(PySyntaxError) -> T {
    do {
      if let result = try rule() {
        if let mod = result as? Mod { try checkTreeDepth(mod) }
        return result
      }
    } catch {
      throw finalError(error)
    }
    // Second pass, with the invalid rules.
    if stack.exhausted { throw PySyntaxError(.memoryError, "", filename: filename, lineno: 0, offset: 0, text: nil) }
    let lastTokenIndex = tokens.count - 1
    pos = 0
    level = 0
    memo.clear()
    tokens.clearMemo()
    callInvalidRules = true
    do {
      _ = try rule()
    } catch {
      throw finalError(error)
    }
    throw genericError(lastTokenIndex)
  }

  /// What a thrown error becomes (CPython's `_PyPegen_set_syntax_error` with an error set).
  private func finalError(_ e: PySyntaxError) -> PySyntaxError {
    if e.kind == .memoryError || e.kind == .recursionError || tokenizerFailed || stack.exhausted { return e }
    return checkRestOfSource(e)
  }

  /// "invalid syntax" and its variants when no rule gave a specific error.
  private func genericError(_ lastTokenIndex: Int) -> PySyntaxError {
    if lastTokenIndex < 0 {
      return errorAtLastToken("error at start before reading any input")
    }
    switch tokens[lastTokenIndex].kind {
    case .indent:
      return errorAtLastToken("unexpected indent", .indentationError)
    case .dedent:
      return errorAtLastToken("unexpected unindent", .indentationError)
    default:
      return checkRestOfSource(error(at: lastTokenIndex, "invalid syntax"))
    }
  }

  /// CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`.
  private func checkRestOfSource(_ e: PySyntaxError) -> PySyntaxError {
    guard let last = tokens.last else { return e }
    let line = Int(last.range.lineno) - Int(fieldOrigin?.lineOffset ?? 0)
    guard var replacement = tokenizer.firstTokenizerErrorInRest(currentErrorLine: line) else {
      return e
    }
    if let origin = fieldOrigin { replacement = PythonParser.shiftFieldError(replacement, origin) }
    return replacement
  }
}
