/// String literals: the `strings` rule (STRING+) and what CPython 3.11 does with the tokens
/// (Parser/action_helpers.c `_PyPegen_concatenate_strings` and Parser/string_parser.c):
/// implicit concatenation, the bytes/str mix check, and f-strings — literal parts, replacement
/// fields with `!r/!s/!a`, `=` and nested format specs. Each field's expression is parsed by a
/// second parser over the text "(expr)", placed at the field's position in the file, exactly as
/// 3.11's `fstring_compile_expr` does (3.11 has no f-string tokens).
///
/// Positions follow 3.11: the `JoinedStr`, every `FormattedValue` and every literal `Constant`
/// inside it span the whole implicit concatenation; a format spec's `JoinedStr` spans the token
/// it is in.
extension PythonParser {
  /// strings (memo): STRING+
  func strings() throws(PySyntaxError) -> Expr? {
    let mark = pos
    try ensureToken()  // CPython's _PyPegen_is_memoized fetches the token
    if let m = tokens.lookup(.strings, mark) {
      pos = m.end
      return m.value
    }
    try enter(); defer { leave() }
    guard try peekKind() == .string else { return nil }
    while try peekKind() == .string { pos += 1 }
    let result = try concatenateStrings(first: mark, last: pos - 1)
    tokens.store(.strings, mark, end: pos, result)
    return result
  }

  /// The text of token `i`.
  @inline(__always)
  func tokenText(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let t = tokens[i]
    return UnsafeBufferPointer(start: source.base + Int(t.start), count: Int(t.end - t.start))
  }

  /// What a run of literals has produced so far (CPython's FstringParser).
  struct FStringState {
    /// The pending literal text (CPython's `last_str`; empty pieces are never added).
    var lastStr: [UInt32] = []
    /// An f-string was seen: the result is a JoinedStr.
    var fmode = false
    /// The JoinedStr values collected so far.
    var values: [Expr] = []
  }

  /// CPython's `_PyPegen_concatenate_strings` over the STRING tokens `first...last`.
  func concatenateStrings(first: Int, last: Int) throws(PySyntaxError) -> Expr {
    if first == last, let single = try singlePlainString(first) { return single }
    var bytesMode = false
    var bytesValue: [UInt8] = []
    var state = FStringState()
    let whole = SourceRange(from: tokens[first].range, to: tokens[last].range)
    for i in first...last {
      let text = tokenText(i)
      let layout = StringLiteral.layout(of: text)
      let isBytes = layout.prefix.isBytes
      let body = UnsafeBufferPointer(rebasing: text[layout.bodyStart..<layout.bodyEnd])
      // _PyPegen_parsestr: decode plain literals first (their errors come before the mix check).
      var plain: Constant? = nil
      if !layout.prefix.isFString {
        if isBytes {
          for b in text[layout.bodyStart..<text.count] where b >= 0x80 {
            throw error(at: i, "bytes can only contain ASCII literal characters")
          }
        }
        do {
          if isBytes {
            plain = .bytes(try StringLiteral.decodeBytes(body, raw: layout.prefix.isRaw))
          } else {
            plain = .str(PyStringLiteral(codePoints: try StringLiteral.decodeStr(body, raw: layout.prefix.isRaw)))
          }
        } catch {
          throw errorAtLastToken(error.message)
        }
      }
      if i != first && bytesMode != isBytes {
        throw errorAtLastToken("cannot mix bytes and nonbytes literals")
      }
      bytesMode = isBytes
      if layout.prefix.isFString {
        var cursor = layout.bodyStart
        try concatFString(&state, text: text, cursor: &cursor, end: layout.bodyEnd,
                          raw: layout.prefix.isRaw, recurseLevel: 0, first: first, token: i,
                          last: last)
      } else if let value = plain {
        switch value {
        case .bytes(let b): bytesValue.append(contentsOf: b)
        case .str(let s): state.lastStr.append(contentsOf: s.codePoints)
        default: break
        }
      }
    }
    if bytesMode {
      return Expr(.constant(value: .bytes(bytesValue), kind: nil), whole)
    }
    return finishFString(&state, first: first, last: last)
  }

  /// The common case of one plain (not f-) string token, without the concatenation state.
  private func singlePlainString(_ i: Int) throws(PySyntaxError) -> Expr? {
    let text = tokenText(i)
    let layout = StringLiteral.layout(of: text)
    if layout.prefix.isFString { return nil }
    let body = UnsafeBufferPointer(rebasing: text[layout.bodyStart..<layout.bodyEnd])
    let value: Constant
    if layout.prefix.isBytes {
      for b in text[layout.bodyStart..<text.count] where b >= 0x80 {
        throw error(at: i, "bytes can only contain ASCII literal characters")
      }
      do {
        value = .bytes(try StringLiteral.decodeBytes(body, raw: layout.prefix.isRaw))
      } catch {
        throw errorAtLastToken(error.message)
      }
      return Expr(.constant(value: value, kind: nil), tokens[i].range)
    }
    do {
      value = .str(PyStringLiteral(codePoints: try StringLiteral.decodeStr(body, raw: layout.prefix.isRaw)))
    } catch {
      throw errorAtLastToken(error.message)
    }
    let kind: String? = text.first == UInt8(ascii: "u") ? "u" : nil
    return Expr(.constant(value: value, kind: kind), tokens[i].range)
  }

  /// CPython's `make_str_node_and_del`: a str Constant spanning `first...last`, with kind 'u'
  /// when the first token starts with a lowercase `u`.
  func stringConstant(_ codePoints: [UInt32], first: Int, last: Int) -> Expr {
    let kind: String? = tokenText(first).first == UInt8(ascii: "u") ? "u" : nil
    return Expr(.constant(value: .str(PyStringLiteral(codePoints: codePoints)), kind: kind),
                SourceRange(from: tokens[first].range, to: tokens[last].range))
  }

  /// CPython's `_PyPegen_FstringParser_Finish`: a Constant if no f-string was seen, else a
  /// JoinedStr of the collected values.
  func finishFString(_ state: inout FStringState, first: Int, last: Int) -> Expr {
    if !state.fmode {
      return stringConstant(state.lastStr, first: first, last: last)
    }
    if !state.lastStr.isEmpty {
      state.values.append(stringConstant(state.lastStr, first: first, last: last))
      state.lastStr = []
    }
    return Expr(.joinedStr(values: state.values),
                SourceRange(from: tokens[first].range, to: tokens[last].range))
  }

  /// CPython's `_PyPegen_FstringParser_ConcatFstring`: parses the f-string body
  /// `text[cursor..<end]` into `state`. At `recurseLevel` 0 this is a whole f-string; at 1 it is
  /// a format spec, which ends at the `}` of its field.
  func concatFString(_ state: inout FStringState, text: UnsafeBufferPointer<UInt8>,
                     cursor: inout Int, end: Int, raw: Bool, recurseLevel: Int, first: Int,
                     token: Int, last: Int) throws(PySyntaxError) {
    state.fmode = true
    while true {
      // fstring_find_literal_and_expr
      let (literal, more) = try findLiteral(text, &cursor, end, raw, recurseLevel)
      if !literal.isEmpty { state.lastStr.append(contentsOf: literal) }
      if more { continue }
      if cursor >= end || text[cursor] == UInt8(ascii: "}") { break }
      let (exprText, expression) = try findExpression(text, &cursor, end, raw, recurseLevel,
                                                      first: first, token: token, last: last)
      if !exprText.isEmpty { state.lastStr.append(contentsOf: exprText) }
      if !state.lastStr.isEmpty {
        state.values.append(stringConstant(state.lastStr, first: first, last: last))
        state.lastStr = []
      }
      state.values.append(expression)
    }
    if recurseLevel == 0 && cursor < end - 1 {
      throw errorAtLastToken("f-string: unexpected end of string")
    }
    if recurseLevel != 0 && text[cursor] != UInt8(ascii: "}") {
      throw errorAtLastToken("f-string: expecting '}'")
    }
  }

  /// CPython's `fstring_find_literal`: the literal text up to the next `{` or `}` (a doubled
  /// brace at the top level ends the literal with one brace and asks to continue).
  private func findLiteral(_ text: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, _ end: Int,
                           _ raw: Bool, _ recurseLevel: Int) throws(PySyntaxError) -> ([UInt32], Bool) {
    var s = cursor
    let literalStart = s
    var more = false
    scan: while s < end {
      var ch = text[s]
      s += 1
      if !raw && ch == UInt8(ascii: "\\") && s < end {
        ch = text[s]
        s += 1
        if ch == UInt8(ascii: "N") {
          if s < end {
            let c = text[s]
            s += 1
            if c == UInt8(ascii: "{") {
              while s < end {
                let d = text[s]
                s += 1
                if d == UInt8(ascii: "}") { break }
              }
            }
          }
          continue
        }
      }
      if ch == UInt8(ascii: "{") || ch == UInt8(ascii: "}") {
        if recurseLevel == 0 {
          if s < end && text[s] == ch {
            cursor = s + 1
            more = true
            return (try decodeLiteral(text, literalStart, s, raw), more)
          }
          if ch == UInt8(ascii: "}") {
            cursor = s - 1
            throw errorAtLastToken("f-string: single '}' is not allowed")
          }
        }
        s -= 1
        break scan
      }
    }
    cursor = s
    return (try decodeLiteral(text, literalStart, s, raw), more)
  }

  /// Decodes one literal segment of an f-string.
  private func decodeLiteral(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int,
                             _ raw: Bool) throws(PySyntaxError) -> [UInt32] {
    if from == to { return [] }
    do {
      return try StringLiteral.decodeStr(UnsafeBufferPointer(rebasing: text[from..<to]), raw: raw)
    } catch {
      throw errorAtLastToken(error.message)
    }
  }

  /// CPython's `fstring_find_expr`: one replacement field starting at the `{` at `cursor`.
  /// Returns the `=` debug text (empty if none) and the FormattedValue.
  private func findExpression(_ text: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, _ end: Int,
                              _ raw: Bool, _ recurseLevel: Int, first: Int, token: Int,
                              last: Int) throws(PySyntaxError) -> ([UInt32], Expr) {
    if recurseLevel >= 2 {
      throw errorAtLastToken("f-string: expressions nested too deeply")
    }
    cursor += 1
    let exprStart = cursor
    var quoteChar: UInt8 = 0
    var stringType = 0
    var parenStack: [UInt8] = []
    while cursor < end {
      let ch = text[cursor]
      if ch == UInt8(ascii: "\\") {
        throw errorAtLastToken("f-string expression part cannot include a backslash")
      }
      if quoteChar != 0 {
        if ch == quoteChar {
          if stringType == 3 {
            if cursor + 2 < end && text[cursor + 1] == ch && text[cursor + 2] == ch {
              cursor += 2
              stringType = 0
              quoteChar = 0
            }
          } else {
            stringType = 0
            quoteChar = 0
          }
        }
      } else if ch == UInt8(ascii: "'") || ch == UInt8(ascii: "\"") {
        if cursor + 2 < end && text[cursor + 1] == ch && text[cursor + 2] == ch {
          stringType = 3
          cursor += 2
        } else {
          stringType = 1
        }
        quoteChar = ch
      } else if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") || ch == UInt8(ascii: "(") {
        if parenStack.count >= 200 {
          throw errorAtLastToken("f-string: too many nested parenthesis")
        }
        parenStack.append(ch)
      } else if ch == UInt8(ascii: "#") {
        throw errorAtLastToken("f-string expression part cannot include '#'")
      } else if parenStack.isEmpty && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: ":")
                  || ch == UInt8(ascii: "}") || ch == UInt8(ascii: "=")
                  || ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<")) {
        if cursor + 1 < end {
          let next = text[cursor + 1]
          if next == UInt8(ascii: "=") && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: "=")
                                            || ch == UInt8(ascii: "<") || ch == UInt8(ascii: ">")) {
            cursor += 2
            continue
          }
        }
        if ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<") {
          cursor += 1
          continue
        }
        break
      } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: ")") {
        guard let opening = parenStack.popLast() else {
          throw errorAtLastToken("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'")
        }
        if !((opening == UInt8(ascii: "(") && ch == UInt8(ascii: ")"))
              || (opening == UInt8(ascii: "[") && ch == UInt8(ascii: "]"))
              || (opening == UInt8(ascii: "{") && ch == UInt8(ascii: "}"))) {
          throw errorAtLastToken(
            "f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(opening)))'")
        }
      }
      cursor += 1
    }
    let exprEnd = cursor
    if quoteChar != 0 {
      throw errorAtLastToken("f-string: unterminated string")
    }
    if let opening = parenStack.last {
      throw errorAtLastToken("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'")
    }
    if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }

    let expression = try compileFieldExpression(text, exprStart, exprEnd, token)

    var exprText: [UInt32] = []
    var hasExprText = false
    if text[cursor] == UInt8(ascii: "=") {
      cursor += 1
      while PythonParser.isSpace(text[cursor]) { cursor += 1 }
      if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
      exprText = decodeUTF8Lossy(text, exprStart, cursor)
      hasExprText = true
    }
    var conversion = -1
    if text[cursor] == UInt8(ascii: "!") {
      cursor += 1
      if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
      conversion = Int(text[cursor])
      cursor += 1
      if !(conversion == Int(UInt8(ascii: "s")) || conversion == Int(UInt8(ascii: "r"))
           || conversion == Int(UInt8(ascii: "a"))) {
        throw errorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'")
      }
    }
    if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
    var formatSpec: Expr? = nil
    if text[cursor] == UInt8(ascii: ":") {
      cursor += 1
      if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
      // fstring_parse: the spec is an f-string of its own, ending at this field's '}'.
      var specState = FStringState()
      try concatFString(&specState, text: text, cursor: &cursor, end: end, raw: raw,
                        recurseLevel: recurseLevel + 1, first: first, token: token, last: last)
      formatSpec = finishFString(&specState, first: token, last: token)
    }
    if cursor >= end || text[cursor] != UInt8(ascii: "}") {
      throw errorAtLastToken("f-string: expecting '}'")
    }
    cursor += 1
    if hasExprText && formatSpec == nil && conversion == -1 {
      conversion = Int(UInt8(ascii: "r"))
    }
    let value = Expr(.formattedValue(value: expression, conversion: conversion, formatSpec: formatSpec),
                     SourceRange(from: tokens[first].range, to: tokens[last].range))
    return (exprText, value)
  }

  /// `Py_ISSPACE`: ASCII whitespace.
  @inline(__always)
  static func isSpace(_ c: UInt8) -> Bool {
    return c == 0x20 || (c >= 0x09 && c <= 0x0D)
  }

  /// The code points of UTF-8 text (invalid bytes become U+FFFD).
  private func decodeUTF8Lossy(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [UInt32] {
    let s = String(decoding: UnsafeBufferPointer(rebasing: text[from..<to]), as: UTF8.self)
    return s.unicodeScalars.map { $0.value }
  }

  /// CPython's `fstring_compile_expr`: parses `text[exprStart..<exprEnd]` wrapped in
  /// parentheses with a parser of its own, placed where the field is in the file.
  private func compileFieldExpression(_ text: UnsafeBufferPointer<UInt8>, _ exprStart: Int,
                                      _ exprEnd: Int, _ token: Int) throws(PySyntaxError) -> Expr {
    var s = exprStart
    while s < exprEnd {
      let c = text[s]
      if !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C) { break }
      s += 1
    }
    if s == exprEnd {
      let c = text[exprEnd]
      if c == UInt8(ascii: "!") || c == UInt8(ascii: ":") || c == UInt8(ascii: "=") {
        throw errorAtLastToken("f-string: expression required before '\(Character(Unicode.Scalar(c)))'")
      }
      throw errorAtLastToken("f-string: empty expression not allowed")
    }
    // fstring_find_expr_location: how far the field's first line is shifted.
    let brace = exprStart - 1
    var newlineAfterBrace = true
    var k = brace + 1
    while k < text.count && text[k] != UInt8(ascii: "}") && text[k] != UInt8(ascii: "\n") {
      let c = text[k]
      if c != 0x20 && c != 0x09 && c != 0x0C {
        newlineAfterBrace = false
        break
      }
      k += 1
    }
    var cols = 0
    if !newlineAfterBrace {
      var start = brace
      while start > 0 && text[start] != UInt8(ascii: "\n") { start -= 1 }
      cols += brace - start
      if text[start] == UInt8(ascii: "\n") { cols -= 1 }
    }
    var lines = 0
    for i in 0..<brace where text[i] == UInt8(ascii: "\n") { lines += 1 }

    var fieldBytes: [UInt8] = [UInt8(ascii: "(")]
    fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[exprStart..<exprEnd]))
    fieldBytes.append(UInt8(ascii: ")"))
    let t = tokens[token].range
    let origin = FieldOrigin(lineOffset: t.lineno + Int32(lines) - 1,
                             startingColOffset: lines != 0 ? Int32(cols) : t.colOffset + Int32(cols))
    let buffer = try SourceBuffer(bytes: fieldBytes, filename: filename, origin: .bytes)
    let sub = PythonParser(source: buffer, fieldOrigin: origin, stack: stack)
    defer {
      sawLongSpine = sawLongSpine || sub.sawLongSpine
      deepestLevel = max(deepestLevel, level + sub.deepestLevel)
    }
    return try sub.run(sub.fstringRule)
  }
}
