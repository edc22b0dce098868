/// Decoding of STRING tokens, as CPython 3.11's Parser/string_parser.c does it
/// (`_PyPegen_parsestr`, `decode_unicode_with_escapes`, `decode_bytes_with_escapes`, and the
/// 'unicodeescape' codec / `_PyBytes_DecodeEscape` they call).
///
/// - `layout(of:)` splits a token's text into prefix, quotes and body.
/// - `value(of:)` gives the constant of a plain or bytes literal (not an f-string).
/// - `decodeStr(_:raw:)` / `decodeBytes(_:raw:)` decode a body — or, for f-strings, one literal
///   segment of the body (CPython decodes each literal part of an f-string separately with the
///   same routine; error positions are relative to the segment, as in CPython). Splitting an
///   f-string into literal parts and fields is the parser's (Parser/PythonParser+Strings.swift).
///
/// Errors carry CPython's message. Where CPython places them differs and is the parser's job:
/// `.bytesNotASCII` is reported on the STRING token itself
/// (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, ...)`); `.decode` errors are reported at the last token
/// the parser had fetched (`RAISE_SYNTAX_ERROR`).
///
/// Invalid escapes such as `\d` are kept verbatim (3.11 only emits a DeprecationWarning, which
/// swiftpy does not emit yet); `firstInvalidEscape` reports where the first one was, so a caller
/// can warn later.
public enum StringLiteral {
  /// Which prefix letters a literal has (case-insensitive).
  public struct Prefix: Equatable, Sendable {
    public var isRaw = false
    public var isBytes = false
    public var isFString = false
    /// `u"..."` (recorded as `kind='u'` in `ast.Constant`).
    public var isUnicode = false
    public init() {}
  }

  /// Where the parts of a STRING token's text are (offsets into the text).
  public struct Layout: Equatable, Sendable {
    public var prefix: Prefix
    /// Number of prefix letters.
    public var prefixLength: Int
    /// 1 or 3.
    public var quoteLength: Int
    /// The quote character (`'` or `"`).
    public var quote: UInt8
    /// The body: between the opening and closing quotes.
    public var bodyStart: Int
    public var bodyEnd: Int
  }

  /// A decoding failure, with CPython's message.
  public enum Failure: Error, Equatable, Sendable {
    /// "bytes can only contain ASCII literal characters" (reported on the token).
    case bytesNotASCII
    /// A codec error, already formatted as CPython's SyntaxError message:
    /// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape",
    /// "(value error) invalid \x escape at position 0", "(unicode error) 'utf-8' codec ...".
    case decode(String)

    public var message: String {
      switch self {
      case .bytesNotASCII: return "bytes can only contain ASCII literal characters"
      case .decode(let m): return m
      }
    }
  }

  /// Splits the text of a STRING token (prefix letters, then one or three quotes).
  public static func layout(of text: UnsafeBufferPointer<UInt8>) -> Layout {
    var prefix = Prefix()
    var i = 0
    while i < text.count {
      let c = text[i] | 0x20
      if c == UInt8(ascii: "r") { prefix.isRaw = true } else if c == UInt8(ascii: "b") { prefix.isBytes = true } else if c == UInt8(ascii: "f") {
        prefix.isFString = true
      } else if c == UInt8(ascii: "u") { prefix.isUnicode = true } else { break }
      i += 1
    }
    let quote = i < text.count ? text[i] : UInt8(ascii: "'")
    var q = 1
    if text.count - i >= 6 && text[i + 1] == quote && text[i + 2] == quote {
      q = 3
    }
    let bodyStart = min(i + q, text.count)
    let bodyEnd = max(bodyStart, text.count - q)
    return Layout(prefix: prefix, prefixLength: i, quoteLength: q, quote: quote, bodyStart: bodyStart, bodyEnd: bodyEnd)
  }

  /// The value of a plain or bytes STRING token (`.str` or `.bytes`); f-strings are not handled
  /// here (their body is split by `FStringScanner`).
  public static func value(of text: UnsafeBufferPointer<UInt8>) throws(Failure) -> Constant {
    let l = layout(of: text)
    let body = UnsafeBufferPointer(rebasing: text[l.bodyStart..<l.bodyEnd])
    if l.prefix.isBytes {
      return .bytes(try decodeBytes(body, raw: l.prefix.isRaw))
    }
    return .str(PyStringLiteral(codePoints: try decodeStr(body, raw: l.prefix.isRaw)))
  }

  /// Convenience over any byte collection.
  public static func value<C: Collection>(of text: C) throws(Failure) -> Constant where C.Element == UInt8 {
    let a = Array(text)
    do {
      return try a.withUnsafeBufferPointer { (p) throws(Failure) -> Constant in try value(of: p) }
    }
  }

  /// Decodes a str body (or f-string literal segment).
  public static func decodeStr(_ body: UnsafeBufferPointer<UInt8>, raw: Bool) throws(Failure) -> [UInt32] {
    var invalid: Int? = nil
    return try decodeStr(body, raw: raw, firstInvalidEscape: &invalid)
  }

  /// Decodes a str body; `firstInvalidEscape` receives the body offset of the first backslash
  /// that starts no valid escape (CPython warns about it).
  public static func decodeStr(_ body: UnsafeBufferPointer<UInt8>, raw: Bool,
                               firstInvalidEscape: inout Int?) throws(Failure) -> [UInt32] {
    var hasBackslash = false
    var ascii = true
    for b in body {
      if b == UInt8(ascii: "\\") { hasBackslash = true }
      if b >= 0x80 { ascii = false }
    }
    var out: [UInt32] = []
    out.reserveCapacity(body.count)
    if raw || !hasBackslash {
      if ascii {
        for b in body { out.append(UInt32(b)) }
        return out
      }
      if let err = UTF8Validation.firstError(body) {
        throw .decode("(unicode error) " + err.message(bytes: body))
      }
      appendUTF8(body, 0, body.count, to: &out)
      return out
    }
    return try decodeUnicodeEscapes(body, &out, &firstInvalidEscape)
  }

  /// Appends the code points of valid UTF-8 `p[from..<to]`.
  static func appendUTF8(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to out: inout [UInt32]) {
    var i = from
    while i < to {
      let (cp, len) = Identifier.decodeScalar(p, i)
      out.append(cp)
      i += len
    }
  }

  /// CPython's `decode_unicode_with_escapes` + the 'unicodeescape' decoder. CPython first
  /// rewrites every non-ASCII character as a 10-byte `\UXXXXXXXX` escape (and a backslash in
  /// front of one as the 6-byte `\u005c`); positions in its error messages count bytes of that
  /// rewritten text, which `vpos` tracks.
  static func decodeUnicodeEscapes(_ s: UnsafeBufferPointer<UInt8>, _ out: inout [UInt32],
                                   _ firstInvalid: inout Int?) throws(Failure) -> [UInt32] {
    let end = s.count
    var i = 0
    var vpos = 0
    func fail(_ start: Int, _ endPos: Int, _ reason: String) -> Failure {
      if endPos - start == 1 {
        return .decode("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position \(start): \(reason)")
      }
      return .decode("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(endPos - 1): \(reason)")
    }
    while i < end {
      let c = s[i]
      if c >= 0x80 {
        // A run of non-ASCII bytes, decoded strictly as UTF-8 (CPython's `decode_utf8`).
        var j = i
        while j < end && s[j] >= 0x80 { j += 1 }
        let run = UnsafeBufferPointer(rebasing: s[i..<j])
        if let err = UTF8Validation.firstError(run) {
          throw .decode("(unicode error) " + err.message(bytes: run))
        }
        let before = out.count
        appendUTF8(s, i, j, to: &out)
        vpos += 10 * (out.count - before)
        i = j
        continue
      }
      if c != UInt8(ascii: "\\") {
        out.append(UInt32(c))
        i += 1
        vpos += 1
        continue
      }
      // Backslash.
      if i + 1 >= end || s[i + 1] >= 0x80 {
        out.append(0x5C)  // rewritten as \u005c: a literal backslash
        i += 1
        vpos += 6
        continue
      }
      let start = vpos
      let e = s[i + 1]
      i += 2
      vpos += 2
      switch e {
      case UInt8(ascii: "\n"): break
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "'"): out.append(0x27)
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "v"): out.append(0x0B)
      case UInt8(ascii: "a"): out.append(0x07)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var v = UInt32(e - 0x30)
        var k = 0
        while k < 2 && i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "7") {
          v = (v << 3) + UInt32(s[i] - 0x30)
          i += 1
          vpos += 1
          k += 1
        }
        out.append(v)
      case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let count = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
        let reason = e == UInt8(ascii: "x") ? "truncated \\xXX escape"
          : (e == UInt8(ascii: "u") ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
        var v: UInt32 = 0
        for _ in 0..<count {
          // A non-ASCII byte is the start of a rewritten escape: not a hex digit.
          if i >= end || !CharacterClass.isHexDigit(s[i]) {
            throw fail(start, vpos, reason)
          }
          v = (v << 4) + hexValue(s[i])
          i += 1
          vpos += 1
        }
        if v > 0x10FFFF { throw fail(start, vpos, "illegal Unicode character") }
        out.append(v)
      case UInt8(ascii: "N"):
        let malformed = "malformed \\N character escape"
        if i >= end || s[i] != UInt8(ascii: "{") {
          throw fail(start, vpos, malformed)
        }
        i += 1
        vpos += 1
        let nameStart = i
        var nameVLen = 0
        while i < end && s[i] != UInt8(ascii: "}") {
          if s[i] >= 0x80 {
            // Counted as rewritten escapes.
            var j = i
            while j < end && s[j] >= 0x80 { j += 1 }
            let run = UnsafeBufferPointer(rebasing: s[i..<j])
            if let err = UTF8Validation.firstError(run) {
              throw .decode("(unicode error) " + err.message(bytes: run))
            }
            var tmp: [UInt32] = []
            appendUTF8(s, i, j, to: &tmp)
            nameVLen += 10 * tmp.count
            i = j
          } else {
            i += 1
            nameVLen += 1
          }
        }
        if i >= end {
          throw fail(start, vpos + nameVLen, malformed)
        }
        if i == nameStart {
          throw fail(start, vpos, malformed)
        }
        let name = UnsafeBufferPointer(rebasing: s[nameStart..<i])
        i += 1  // '}'
        vpos += nameVLen + 1
        guard let cp = UnicodeNames.lookup(name) else {
          throw fail(start, vpos, "unknown Unicode character name")
        }
        out.append(cp)
      default:
        if firstInvalid == nil { firstInvalid = i - 2 }
        out.append(0x5C)
        out.append(UInt32(e))
      }
    }
    return out
  }

  @inline(__always) static func hexValue(_ c: UInt8) -> UInt32 {
    if c &- 0x30 < 10 { return UInt32(c - 0x30) }
    return UInt32((c | 0x20) - 0x61 + 10)
  }

  /// Decodes a bytes body. Non-ASCII bytes are an error (raw or not).
  public static func decodeBytes(_ body: UnsafeBufferPointer<UInt8>, raw: Bool) throws(Failure) -> [UInt8] {
    var invalid: Int? = nil
    return try decodeBytes(body, raw: raw, firstInvalidEscape: &invalid)
  }

  /// `_PyBytes_DecodeEscape` (after the ASCII check of `_PyPegen_parsestr`).
  public static func decodeBytes(_ s: UnsafeBufferPointer<UInt8>, raw: Bool,
                                 firstInvalidEscape: inout Int?) throws(Failure) -> [UInt8] {
    for b in s where b >= 0x80 { throw .bytesNotASCII }
    if raw { return Array(s) }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    let end = s.count
    var i = 0
    while i < end {
      let c = s[i]
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      if i == end { throw .decode("(value error) Trailing \\ in string") }
      let e = s[i]
      i += 1
      switch e {
      case UInt8(ascii: "\n"): break
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "'"): out.append(0x27)
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "v"): out.append(0x0B)
      case UInt8(ascii: "a"): out.append(0x07)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var v = Int(e - 0x30)
        var k = 0
        while k < 2 && i < end && s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "7") {
          v = (v << 3) + Int(s[i] - 0x30)
          i += 1
          k += 1
        }
        out.append(UInt8(truncatingIfNeeded: v))
      case UInt8(ascii: "x"):
        if i + 1 < end && CharacterClass.isHexDigit(s[i]) && CharacterClass.isHexDigit(s[i + 1]) {
          out.append(UInt8(hexValue(s[i]) << 4 | hexValue(s[i + 1])))
          i += 2
        } else {
          throw .decode("(value error) invalid \\x escape at position \(i - 2)")
        }
      default:
        if firstInvalidEscape == nil { firstInvalidEscape = i - 2 }
        out.append(0x5C)
        i -= 1
      }
    }
    return out
  }
}
