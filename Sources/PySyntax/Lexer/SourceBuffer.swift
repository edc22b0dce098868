/// The text of one Python source, decoded the way CPython's tokenizer prepares its input
/// (Parser/tokenizer.c `decode_str` / `translate_newlines`, PEP 263):
///
/// - a UTF-8 BOM is removed; a coding declaration on line 1 or 2 selects the codec and the
///   text is re-encoded to UTF-8 (`SourceEncoding`),
/// - `\r\n` and lone `\r` become `\n`,
/// - a final `\n` is appended when the source does not end with one (CPython does the same for
///   `exec` input), so every line, the last included, ends in `\n`.
///
/// `bytes` is that text. Byte offsets (token `start`/`end`) and columns (`SourceRange`) refer to
/// it. The buffer also keeps a NUL-terminated copy that the tokenizer reads through a pointer
/// (the NUL is the end-of-input sentinel; NUL bytes in the source itself are rejected).
///
/// Invalid UTF-8 is not rejected here when the source comes from bytes without a declared
/// encoding: like CPython, the tokenizer reports it only where it matters (identifiers, string
/// literals — see `Tokenizer` and `StringLiteral`), or, for `.file` sources, when the tokenizer
/// reaches the offending line.
public final class SourceBuffer {
  /// Where the source came from; CPython's checks and error details differ between these.
  public enum Origin: Sendable {
    /// `compile(b"...")`, `exec(bytes)`, and modules loaded by the import system
    /// (`_PyTokenizer_FromString`): NUL bytes are rejected up front with
    /// "source code string cannot contain null bytes".
    case bytes
    /// `compile("...")` of a `str`: the text is already Unicode (`_PyTokenizer_FromUTF8`);
    /// coding declarations are ignored and error offsets count characters.
    case text
    /// The main script run from a file (`python3 script.py`, `_PyTokenizer_FromFile`): bad bytes
    /// (NUL, invalid UTF-8 without a declaration) are reported when the tokenizer reaches their
    /// line, with the file-mode messages.
    case file
  }

  public let filename: String
  /// UTF-8 text, no BOM, newlines normalised to `\n`, ending with `\n` for exec input (CPython
  /// adds it; `""` becomes `"\n"`).
  public let bytes: [UInt8]
  public let origin: Origin
  /// The codec named by the coding declaration (CPython's normalised name: "utf-8",
  /// "iso-8859-1", or the spelling found), "utf-8" after a BOM, nil when nothing was declared.
  public let declaredEncoding: String?
  /// CPython's `tok->encoding != NULL`: true for `.text` sources and whenever a BOM or coding
  /// declaration was present. Parser-raised SyntaxErrors convert byte columns to character
  /// offsets only when this is true (3.11 reports byte-based offsets otherwise).
  public let convertsOffsetsToCharacters: Bool

  /// Whether parser errors take their `text` from the file named `filename` (CPython's
  /// `_PyErr_ProgramDecodedTextObject` does so for `exec`-mode input whenever that file exists:
  /// scripts and imported modules). Then the text is the whole line with its newline.
  /// Defaults to true for `.file` sources; the runtime may set it for imported modules.
  public var errorTextFromFile: Bool

  /// The raw source started with a UTF-8 BOM (removed from `bytes`).
  public let hadBOM: Bool

  /// Byte offset of the first byte that is not valid UTF-8, if any (only possible when no
  /// encoding was declared: declared codecs are decoded up front).
  public let firstInvalidUTF8: Int?
  /// For `.file` sources: the first line containing a NUL byte or (without declaration) invalid
  /// UTF-8, with the error CPython raises when its tokenizer reads that line.
  let fileModeBadLine: (lineno: Int, error: PySyntaxError)?

  /// NUL-terminated copy of `bytes` (count + 1 bytes), owned by this object.
  let base: UnsafeMutablePointer<UInt8>
  /// `bytes.count`
  public let count: Int

  /// Starts of the lines (byte offsets), computed on first use.
  private var lineStartsCache: [Int32]? = nil

  /// - `execInput`: CPython's `exec_input` — true for `exec` mode (a missing final newline is
  ///   added); false for `eval`, `single` and `func_type` input, which is tokenized as it is
  ///   (the last line may then end without `\n`, and no NEWLINE token is produced for it).
  public init(bytes raw: [UInt8], filename: String, origin: Origin = .bytes,
              execInput: Bool = true) throws(PySyntaxError) {
    self.filename = filename
    self.origin = origin
    var declared: String? = nil
    var convert = origin == .text
    var badLine: (lineno: Int, error: PySyntaxError)? = nil

    let flags = raw.withUnsafeBufferPointer { ByteScan.scan($0) }
    if flags.hasNUL && origin != .file {
      // compile() checks this before anything else; CPython gives no location (None).
      throw PySyntaxError(.syntaxError, "source code string cannot contain null bytes",
                          filename: filename, lineno: 0, offset: 0, endLineno: 0,
                          endOffset: 0, text: nil)
    }
    var text = flags.hasCR ? SourceBuffer.normaliseNewlines(raw) : raw
    var mayBeInvalid = flags.hasHigh
    if origin != .text {
      let decoded = try SourceEncoding.decode(text, filename: filename, fileMode: origin == .file)
      text = decoded.utf8
      declared = decoded.encoding
      if declared != nil { convert = true }
      // Text transcoded from a declared codec is valid UTF-8 by construction.
      if declared != nil && declared != "utf-8" { mayBeInvalid = false }
    }
    var invalid: Int? = nil
    if mayBeInvalid && (declared == nil || declared == "utf-8") {
      invalid = UTF8Validation.firstInvalidOffset(text)
    }
    if origin == .file && (flags.hasNUL || invalid != nil) {
      // Files check UTF-8 line by line only without any declaration (no cookie, no BOM).
      badLine = SourceBuffer.firstBadFileLine(text, firstInvalid: declared == nil ? invalid : nil,
                                              filename: filename)
    }

    // The NUL-terminated working copy, with the final newline CPython adds when missing (exec
    // input; and always for empty input). Four NULs follow, so the tokenizer may look up to
    // three bytes ahead of any byte without a bounds check.
    let needsNewline = text.last != UInt8(ascii: "\n") && (execInput || text.isEmpty)
    let count = text.count + (needsNewline ? 1 : 0)
    let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: count + 4)
    text.withUnsafeBufferPointer { src in
      if let a = src.baseAddress { copy.initialize(from: a, count: src.count) }
    }
    if needsNewline { copy[count - 1] = UInt8(ascii: "\n") }
    (copy + count).initialize(repeating: 0, count: 4)
    base = copy
    self.count = count
    self.bytes = needsNewline ? Array(UnsafeBufferPointer(start: copy, count: count)) : text
    self.declaredEncoding = declared
    self.convertsOffsetsToCharacters = convert
    self.firstInvalidUTF8 = invalid
    self.fileModeBadLine = badLine
    self.errorTextFromFile = origin == .file
    self.hadBOM = origin != .text && raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
  }

  /// A buffer over UTF-8 text already decoded (same as `origin: .text`). Throws only for NUL
  /// characters ("source code string cannot contain null bytes").
  public convenience init(text: String, filename: String, execInput: Bool = true) throws(PySyntaxError) {
    try self.init(bytes: Array(text.utf8), filename: filename, origin: .text, execInput: execInput)
  }

  deinit { base.deallocate() }

  /// `\r\n` and `\r` → `\n` (copying only if a `\r` is present).
  static func normaliseNewlines(_ text: [UInt8]) -> [UInt8] {
    guard text.contains(UInt8(ascii: "\r")) else { return text }
    var out = [UInt8]()
    out.reserveCapacity(text.count)
    var i = 0
    let n = text.count
    while i < n {
      let b = text[i]
      if b == UInt8(ascii: "\r") {
        out.append(UInt8(ascii: "\n"))
        if i + 1 < n && text[i + 1] == UInt8(ascii: "\n") { i += 1 }
      } else {
        out.append(b)
      }
      i += 1
    }
    return out
  }

  /// For file sources: the first line holding a NUL byte or an invalid UTF-8 sequence.
  static func firstBadFileLine(_ text: [UInt8], firstInvalid: Int?, filename: String)
    -> (lineno: Int, error: PySyntaxError)?
  {
    let nul = text.firstIndex(of: 0)
    guard nul != nil || firstInvalid != nil else { return nil }
    let pos = min(nul ?? Int.max, firstInvalid ?? Int.max)
    var lineno = 1
    var lineStart = 0
    for i in 0..<pos where text[i] == UInt8(ascii: "\n") {
      lineno += 1
      lineStart = i + 1
    }
    if pos == nul {
      // CPython 3.11.7: SyntaxError at (lineno, 0) with the line up to the NUL as text.
      let lineText = String(decoding: text[lineStart..<pos], as: UTF8.self)
      return (lineno, PySyntaxError(.syntaxError, "source code cannot contain null bytes",
                                    filename: filename, lineno: lineno, offset: 0,
                                    endLineno: lineno, endOffset: 0, text: lineText))
    }
    let byte = text[pos]
    let hex = SourceBuffer.hex2(byte)
    let msg = "Non-UTF-8 code starting with '\\x\(hex)' in file \(filename) on line \(lineno), "
      + "but no encoding declared; see https://peps.python.org/pep-0263/ for details"
    return (lineno, PySyntaxError(.syntaxError, msg, filename: filename, lineno: 0, offset: 0,
                                  endLineno: 0, endOffset: 0, text: nil))
  }

  static func hex2(_ b: UInt8) -> String {
    let digits: [Character] = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
  }

  // MARK: - Lines

  /// Byte offsets where each line starts (index 0 = line 1).
  public var lineStarts: [Int32] {
    if let c = lineStartsCache { return c }
    var starts: [Int32] = [0]
    starts.reserveCapacity(count / 32 + 1)
    for i in 0..<count where base[i] == UInt8(ascii: "\n") && i + 1 < count {
      starts.append(Int32(i + 1))
    }
    lineStartsCache = starts
    return starts
  }

  /// Number of lines.
  public var lineCount: Int { lineStarts.count }

  /// Byte range of line `lineno` (1-based), newline included; empty past the end.
  public func lineRange(_ lineno: Int) -> Range<Int> {
    let starts = lineStarts
    guard lineno >= 1 && lineno <= starts.count else { return count..<count }
    let s = Int(starts[lineno - 1])
    let e = lineno < starts.count ? Int(starts[lineno]) : count
    return s..<e
  }

  /// Line `lineno` with its newline, as CPython's `SyntaxError.text` shows lines of the current
  /// statement (invalid UTF-8 replaced by U+FFFD). Empty past the end of the source.
  public func lineText(_ lineno: Int) -> String {
    return text(lineRange(lineno))
  }

  /// Line `lineno` as CPython reads it back from the file for a SyntaxError
  /// (`_PyErr_ProgramDecodedTextObject`): with its newline and, on line 1, the BOM if the file
  /// had one.
  public func fileLineText(_ lineno: Int) -> String {
    let t = lineText(lineno)
    return lineno == 1 && hadBOM ? "\u{FEFF}" + t : t
  }

  /// Line `lineno` without its newline (the form CPython's tokenizer errors and
  /// `get_error_line_from_tokenizer_buffers` use).
  public func lineTextWithoutNewline(_ lineno: Int) -> String {
    var r = lineRange(lineno)
    if r.upperBound > r.lowerBound && base[r.upperBound - 1] == UInt8(ascii: "\n") {
      r = r.lowerBound..<(r.upperBound - 1)
    }
    return text(r)
  }

  /// Decodes a byte range as UTF-8, invalid sequences replaced by U+FFFD (CPython's "replace").
  public func text(_ range: Range<Int>) -> String {
    let r = max(0, range.lowerBound)..<min(count, range.upperBound)
    if r.isEmpty { return "" }
    return String(decoding: UnsafeBufferPointer(start: base + r.lowerBound, count: r.count),
                  as: UTF8.self)
  }

  /// Bytes of a range (e.g. a token's text).
  public subscript(range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }

  /// Number of code points in `range` when decoded with replacement: CPython's
  /// `PyUnicode_GET_LENGTH(PyUnicode_DecodeUTF8(..., "replace"))`.
  public func characterCount(_ range: Range<Int>) -> Int {
    let r = max(0, range.lowerBound)..<min(count, range.upperBound)
    if r.isEmpty { return 0 }
    return UTF8Validation.decodedLength(UnsafeBufferPointer(start: base + r.lowerBound,
                                                            count: r.count))
  }

  /// 1-based line of a byte offset.
  public func lineno(ofOffset offset: Int) -> Int {
    let starts = lineStarts
    var lo = 0, hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(starts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// Converts a 0-based byte column of line `lineno` into CPython's 1-based character offset
  /// (`_PyPegen_byte_offset_to_character_offset(line, col + 1)`): the number of characters in the
  /// first `col + 1` bytes of the line.
  public func characterOffset(lineno: Int, byteColumn col: Int) -> Int {
    let r = lineRange(lineno)
    let end = min(r.upperBound, r.lowerBound + col + 1)
    return characterCount(r.lowerBound..<end)
  }
}
