/// PEP 263 source encodings, as CPython's tokenizer handles them for byte input
/// (Parser/tokenizer.c `decode_str`, `check_bom`, `check_coding_spec`, `get_coding_spec`,
/// `get_normal_name`): the BOM, the `coding[:=]` declaration on line 1 or 2, and the decoding of
/// the whole text into UTF-8.
///
/// Codecs: UTF-8, Latin-1 and ASCII natively, and every single-byte (charmap) codec of CPython's
/// `encodings` package through generated tables (`SingleByteCodecs`). Multi-byte codecs other than
/// UTF-8 (UTF-16/32, Shift-JIS, GBK, ...) are reported as unknown encodings.
enum SourceEncoding {
  /// Decodes source bytes whose newlines are already normalised: (UTF-8 text, declared
  /// encoding name or nil).
  ///
  /// `fileMode`: the source is a script file (CPython's `fp_setreadl` path): every failure to
  /// decode — unknown codec included — is "encoding problem: NAME" with no location, raised up
  /// front (CPython decodes the file in 8 KB chunks, so this matches files up to that size).
  static func decode(_ raw: [UInt8], filename: String, fileMode: Bool = false) throws(PySyntaxError)
    -> (utf8: [UInt8], encoding: String?)
  {
    var text = raw
    var encoding: String? = nil
    if text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
      text.removeFirst(3)
      encoding = "utf-8"
    }
    // Lines 1 and 2 (each with its '\n' if present).
    var spec: String? = nil
    let line1End = lineEnd(text, from: 0)
    let (spec1, line1HasCode) = codingSpec(text, 0..<line1End)
    spec = spec1
    if spec == nil && !line1HasCode && line1End < text.count {
      let line2End = lineEnd(text, from: line1End)
      spec = codingSpec(text, line1End..<line2End).spec
    }
    guard let cs = spec else { return (text, encoding) }
    if encoding != nil {
      if cs != "utf-8" {
        throw fileMode ? fileError("encoding problem: \(cs) with BOM", filename)
          : error("encoding problem: \(cs) with BOM", filename)
      }
      return (text, encoding)
    }
    if cs == "utf-8" { return (text, cs) }
    if fileMode {
      do {
        return (try transcode(text, codec: cs, filename: filename), cs)
      } catch {
        throw fileError("encoding problem: \(cs)", filename)
      }
    }
    return (try transcode(text, codec: cs, filename: filename), cs)
  }

  /// End (exclusive, after the '\n') of the line starting at `from`.
  static func lineEnd(_ text: [UInt8], from: Int) -> Int {
    var i = from
    while i < text.count {
      if text[i] == UInt8(ascii: "\n") { return i + 1 }
      i += 1
    }
    return i
  }

  /// File mode: no location at all (None → 0).
  static func fileError(_ message: String, _ filename: String) -> PySyntaxError {
    return PySyntaxError(.syntaxError, message, filename: filename, lineno: 0, offset: 0,
                         endLineno: 0, endOffset: 0, text: nil)
  }

  static func error(_ message: String, _ filename: String) -> PySyntaxError {
    // CPython raises these with lineno 0, offset -1, no end position (None, here 0) and no text.
    return PySyntaxError(.syntaxError, message, filename: filename, lineno: 0, offset: -1,
                         endLineno: 0, endOffset: 0, text: nil)
  }

  /// The coding spec in one line (`get_coding_spec`), and whether the line holds anything but
  /// whitespace and a comment (then line 2 is not examined).
  static func codingSpec(_ t: [UInt8], _ r: Range<Int>) -> (spec: String?, hasCode: Bool) {
    let size = r.count
    let s = r.lowerBound
    var i = 0
    var sawHash = false
    while i < size - 6 {
      let c = t[s + i]
      if c == UInt8(ascii: "#") { sawHash = true; break }
      if c != 0x20 && c != 0x09 && c != 0x0C { return (nil, true) }
      i += 1
    }
    if sawHash {
      while i < size - 6 {
        let p = s + i
        if t[p] == 0x63, t[p + 1] == 0x6F, t[p + 2] == 0x64, t[p + 3] == 0x69,
           t[p + 4] == 0x6E, t[p + 5] == 0x67 {  // "coding"
          var q = p + 6
          if q < r.upperBound && (t[q] == UInt8(ascii: ":") || t[q] == UInt8(ascii: "=")) {
            repeat { q += 1 } while q < r.upperBound && (t[q] == 0x20 || t[q] == 0x09)
            let begin = q
            while q < r.upperBound {
              let c = t[q]
              let alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
              if alnum || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") {
                q += 1
              } else {
                break
              }
            }
            if begin < q {
              return (normalName(String(decoding: t[begin..<q], as: UTF8.self)), false)
            }
          }
        }
        i += 1
      }
    }
    // No spec: does the line contain code (anything before a comment or the newline)?
    var k = s
    while k < r.upperBound {
      let c = t[k]
      if c == UInt8(ascii: "#") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
      if c != 0x20 && c != 0x09 && c != 0x0C { return (nil, true) }
      k += 1
    }
    return (nil, false)
  }

  /// `get_normal_name`: "utf-8" and "iso-8859-1" spellings folded, others unchanged.
  static func normalName(_ s: String) -> String {
    var buf = ""
    for (n, ch) in s.unicodeScalars.enumerated() {
      if n >= 12 { break }
      buf.unicodeScalars.append(ch == "_" ? "-" : Unicode.Scalar(ch.value < 128 ? lowerASCII(UInt8(ch.value)) : 0x3F))
    }
    if buf == "utf-8" || buf.hasPrefix("utf-8-") { return "utf-8" }
    if buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || buf.hasPrefix("latin-1-")
      || buf.hasPrefix("iso-8859-1-") || buf.hasPrefix("iso-latin-1-")
    {
      return "iso-8859-1"
    }
    return s
  }

  @inline(__always) static func lowerASCII(_ c: UInt8) -> UInt8 {
    return (c >= 0x41 && c <= 0x5A) ? c + 32 : c
  }

  /// Python's codec-name normalisation (`codecs.lookup` + `encodings.normalize_encoding`):
  /// lower case, runs of other characters than letters, digits and '.' become one '_'.
  static func codecKey(_ name: String) -> String {
    var out = [UInt8]()
    var pendingUnderscore = false
    for c in name.utf8 {
      let l = lowerASCII(c)
      let alnum = (l >= 0x30 && l <= 0x39) || (l >= 0x61 && l <= 0x7A) || l == UInt8(ascii: ".")
      if alnum {
        if pendingUnderscore && !out.isEmpty { out.append(UInt8(ascii: "_")) }
        pendingUnderscore = false
        out.append(l)
      } else {
        pendingUnderscore = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The codec a declared name designates.
  enum Codec {
    case utf8, latin1, ascii
    case singleByte(name: String, table: [UInt16])  // 0xFFFE = undefined
  }

  static func lookup(_ name: String) -> Codec? {
    let key = codecKey(name)
    let canonical = SingleByteCodecs.aliases[key] ?? SingleByteCodecs.aliases[key.replacingDots()] ?? key
    switch canonical {
    case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4", "utf_8_sig": return .utf8
    case "latin_1", "latin1", "iso8859_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
         "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin":
      return .latin1
    case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
         "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
      return .ascii
    default:
      if let table = SingleByteCodecs.table(canonical) { return .singleByte(name: canonical, table: table) }
      return nil
    }
  }

  /// Decodes `text` (already newline-normalised) with the named codec into UTF-8.
  static func transcode(_ text: [UInt8], codec name: String, filename: String) throws(PySyntaxError)
    -> [UInt8]
  {
    guard let codec = lookup(name) else {
      throw error("unknown encoding: \(name)", filename)
    }
    var out = [UInt8]()
    out.reserveCapacity(text.count + text.count / 8)
    switch codec {
    case .utf8:
      let bad = text.withUnsafeBufferPointer { UTF8Validation.firstError($0) }
      if let bad = bad {
        let msg = text.withUnsafeBufferPointer { bad.message(bytes: $0) }
        throw error(msg, filename)
      }
      return text
    case .latin1:
      for b in text { appendUTF8(UInt32(b), to: &out) }
    case .ascii:
      for (i, b) in text.enumerated() {
        if b >= 0x80 {
          throw error("'ascii' codec can't decode byte 0x\(SourceBuffer.hex2(b)) in position \(i): ordinal not in range(128)", filename)
        }
        out.append(b)
      }
    case .singleByte(_, let table):
      for (i, b) in text.enumerated() {
        let u = table[Int(b)]
        if u == 0xFFFE {
          throw error("'charmap' codec can't decode byte 0x\(SourceBuffer.hex2(b)) in position \(i): character maps to <undefined>", filename)
        }
        appendUTF8(UInt32(u), to: &out)
      }
    }
    return out
  }

  @inline(__always)
  static func appendUTF8(_ cp: UInt32, to out: inout [UInt8]) {
    if cp < 0x80 {
      out.append(UInt8(cp))
    } else if cp < 0x800 {
      out.append(UInt8(0xC0 | (cp >> 6)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    } else if cp < 0x10000 {
      out.append(UInt8(0xE0 | (cp >> 12)))
      out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    } else {
      out.append(UInt8(0xF0 | (cp >> 18)))
      out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    }
  }
}

extension String {
  fileprivate func replacingDots() -> String {
    return String(decoding: self.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
  }
}
