/// The text CPython 3.11 writes to stderr for an uncaught SyntaxError (or IndentationError,
/// TabError): the `File "...", line N` line, the offending source line with its whitespace
/// stripped, the caret line, and `SyntaxError: message`. The traceback part (if any) is the
/// caller's business; this owns only the lines CPython's Python/pythonrun.c writes in
/// `print_exception_file_and_line` + `print_error_text` + the final `Type: message` line.
///
/// CPython's quirks are kept on purpose, because the output must match byte for byte:
/// - offsets count characters but the printer walks the UTF-8 bytes of the text, so for
///   non-ASCII lines the clipping uses byte lengths;
/// - only an exact `SyntaxError` uses `end_offset`; subclasses (IndentationError, TabError)
///   always get a single caret;
/// - an error spanning several lines underlines up to the end of the first line;
/// - the caret count is limited to the length of the text (+1, for errors at the line end);
/// - when `text` holds several lines, the line the offset falls in is printed (and any lines
///   after it, as CPython does).
public enum SyntaxErrorReport {
  /// The SyntaxError attributes the printer reads; `nil` stands for Python's `None`.
  public struct Fields: Sendable {
    /// The exception class name as printed (`SyntaxError`, `IndentationError`, `TabError`).
    public var typeName: String
    /// Whether the class is exactly `SyntaxError` (only then are the `end_*` fields used).
    public var isExactSyntaxError: Bool
    public var message: String
    public var filename: String?
    public var lineno: Int
    public var offset: Int?
    public var endLineno: Int?
    public var endOffset: Int?
    public var text: String?

    public init(typeName: String, isExactSyntaxError: Bool, message: String, filename: String?,
                lineno: Int, offset: Int?, endLineno: Int?, endOffset: Int?, text: String?) {
      self.typeName = typeName
      self.isExactSyntaxError = isExactSyntaxError
      self.message = message
      self.filename = filename
      self.lineno = lineno
      self.offset = offset
      self.endLineno = endLineno
      self.endOffset = endOffset
      self.text = text
    }
  }

  /// The full report for an error of the front end, ending with a newline. `.memoryError` (the
  /// parser's nesting limit) and `.recursionError` (too deep a tree) are not SyntaxErrors:
  /// CPython prints only `MemoryError` / `RecursionError: message` for them.
  public static func format(_ error: PySyntaxError) -> String {
    if error.kind == .memoryError || error.kind == .recursionError {
      let name = error.kind.rawValue
      return error.message.isEmpty ? name + "\n" : name + ": " + error.message + "\n"
    }
    if !hasLocation(error) {
      // CPython: no filename/lineno, so no `File` line; str(exc) is just the message.
      return error.message.isEmpty ? error.kind.rawValue + "\n" : error.kind.rawValue + ": " + error.message + "\n"
    }
    return format(Fields(typeName: error.kind.rawValue, isExactSyntaxError: error.kind == .syntaxError,
                         message: error.message, filename: error.filename, lineno: error.lineno,
                         offset: error.offset, endLineno: error.endLineno, endOffset: error.endOffset,
                         text: error.text))
  }

  /// Whether the error carries a location. The front end's convention for CPython's SyntaxErrors
  /// raised without one (filename, lineno, offset and text all None — e.g. "encoding problem"
  /// and "Non-UTF-8 code" for a script file) is lineno 0, offset 0 and no text; a lineno of 0
  /// with offset -1 is a real location (CPython prints `line 0`).
  public static func hasLocation(_ error: PySyntaxError) -> Bool {
    return !(error.lineno == 0 && error.offset == 0 && error.text == nil)
  }

  /// The full report for any SyntaxError instance's attributes, ending with a newline.
  public static func format(_ fields: Fields) -> String {
    var out: [UInt8] = []
    out.append(contentsOf: "  File \"".utf8)
    out.append(contentsOf: (fields.filename ?? "<string>").utf8)
    out.append(contentsOf: "\", line ".utf8)
    out.append(contentsOf: String(fields.lineno).utf8)
    out.append(UInt8(ascii: "\n"))

    if let text = fields.text {
      // parse_syntax_error: end positions only for the exact class; None becomes -1 / lineno.
      let offset = fields.offset ?? -1
      var endLineno = fields.lineno
      var endOffset = -1
      if fields.isExactSyntaxError {
        endLineno = fields.endLineno ?? fields.lineno
        endOffset = fields.endOffset ?? -1
      }
      let lineSize = text.utf8.count
      // A multi-line error is underlined to the end of its first line.
      if endLineno > fields.lineno { endOffset = lineSize }
      // No more carets than the text is long.
      if endOffset > lineSize + 1 { endOffset = lineSize + 1 }
      appendErrorText(&out, offset: offset, endOffset: endOffset, text: Array(text.utf8))
    }

    out.append(contentsOf: fields.typeName.utf8)
    if !fields.message.isEmpty {
      out.append(contentsOf: ": ".utf8)
      out.append(contentsOf: fields.message.utf8)
    }
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// The source line and the caret line (CPython's `print_error_text`). `offset` and
  /// `endOffset` are 1-based; the walk is over UTF-8 bytes as in C.
  private static func appendErrorText(_ out: inout [UInt8], offset: Int, endOffset: Int, text rawText: [UInt8]) {
    let caretCount = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1
    // C sees the text up to its first NUL only.
    let text = rawText.firstIndex(of: 0).map { Array(rawText[..<$0]) } ?? rawText
    let newline = UInt8(ascii: "\n")

    var column = offset - 1
    var start = 0
    while start < text.count, text[start] == 0x20 || text[start] == 0x09 || text[start] == 0x0C {
      start += 1
      column -= 1
    }
    var length = text.count - start
    if length > 0 && text[text.count - 1] == newline { length -= 1 }
    if column > length { column = length }

    // Move to the line (of a multi-line text) that the column falls in.
    while let nl = text[start...].firstIndex(of: newline) {
      let lineLength = nl - start
      if lineLength >= column { break }
      start += lineLength + 1
      length -= lineLength + 1
      column -= lineLength + 1
    }

    out.append(contentsOf: "    ".utf8)
    out.append(contentsOf: text[start...])
    let end = start + length
    if end >= text.count || text[end] != newline { out.append(newline) }

    if column < 0 { return }
    out.append(contentsOf: "    ".utf8)
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: column))
    out.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: caretCount))
    out.append(newline)
  }
}
