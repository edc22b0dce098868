import PySyntax

/// Text encodings for `str.encode`, `bytes.decode` and `str(b, encoding)` (CPython's built-in
/// codecs of Objects/unicodeobject.c and the charmap codecs of Lib/encodings): UTF-8 (and -sig),
/// UTF-16/32 (LE/BE/BOM), Latin-1, ASCII, the single-byte code pages generated for the lexer
/// (`SingleByteCodecs`), unicode_escape and raw_unicode_escape; error handlers strict, ignore,
/// replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass,
/// with CPython's UnicodeDecodeError/UnicodeEncodeError messages.
public enum Codecs {
  /// A resolved codec.
  enum Codec {
    case utf8, utf8Sig, latin1, ascii
    case utf16(bigEndian: Bool?), utf32(bigEndian: Bool?)
    case charmap(table: [UInt16])
    case unicodeEscape, rawUnicodeEscape
  }

  /// `encodings.normalize_encoding` on a lower-cased name: runs of characters other than ASCII
  /// letters, digits and '.' become one '_', trimmed at both ends.
  static func normalize(_ name: String) -> String {
    var out: [UInt8] = []
    var pending = false
    for c in name.utf8 {
      let l = c >= 0x41 && c <= 0x5A ? c + 32 : c
      if (l >= 0x30 && l <= 0x39) || (l >= 0x61 && l <= 0x7A) || l == 0x2E {
        if pending && !out.isEmpty { out.append(0x5F) }
        pending = false
        out.append(l)
      } else {
        pending = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func lookup(_ name: String) throws(PyError) -> Codec {
    // Fast path for the usual spellings.
    switch name {
    case "utf-8", "utf8", "UTF-8": return .utf8
    case "ascii": return .ascii
    case "latin-1", "latin1", "iso-8859-1": return .latin1
    default: break
    }
    let key = normalize(name)
    switch key {
    case "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001": return .utf8
    case "utf_8_sig": return .utf8Sig
    case "utf_16", "u16", "utf16": return .utf16(bigEndian: nil)
    case "utf_16_le", "utf_16le", "unicodelittleunmarked": return .utf16(bigEndian: false)
    case "utf_16_be", "utf_16be", "unicodebigunmarked": return .utf16(bigEndian: true)
    case "utf_32", "u32", "utf32": return .utf32(bigEndian: nil)
    case "utf_32_le", "utf_32le": return .utf32(bigEndian: false)
    case "utf_32_be", "utf_32be": return .utf32(bigEndian: true)
    case "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
         "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1":
      return .latin1
    case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
         "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
      return .ascii
    case "unicode_escape": return .unicodeEscape
    case "raw_unicode_escape": return .rawUnicodeEscape
    default:
      let dotted = key.replacingDotsWithUnderscores()
      let canonical = SingleByteCodecs.aliases[key] ?? SingleByteCodecs.aliases[dotted] ?? key
      if let t = SingleByteCodecs.table(canonical) { return .charmap(table: t) }
      throw PyError.make(BuiltinTypes.exceptions.lookupError, "unknown encoding: \(name)")
    }
  }

  static let handlers: Set<String> = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                      "namereplace", "surrogateescape", "surrogatepass"]

  static func checkHandler(_ errors: String) throws(PyError) {
    if !handlers.contains(errors) {
      throw PyError.make(BuiltinTypes.exceptions.lookupError, "unknown error handler name '\(errors)'")
    }
  }

  // MARK: Decoding

  /// Decodes `bytes` with the named codec and error handler.
  public static func decode(_ ts: ThreadState, _ bytes: [UInt8], encoding: String, errors: String) throws(PyError) -> PyStr {
    let codec = try lookup(encoding)
    return try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(PyError) -> PyStr in
      var d = Decoder(bytes: b, errors: errors)
      switch codec {
      case .utf8: try d.utf8(skipBOM: false)
      case .utf8Sig: try d.utf8(skipBOM: true)
      case .latin1:
        return PyStr(latin1: b)
      case .ascii: try d.ascii()
      case .utf16(let be): try d.utf16(bigEndian: be)
      case .utf32(let be): try d.utf32(bigEndian: be)
      case .charmap(let table): try d.charmap(table)
      case .unicodeEscape: try d.unicodeEscape(raw: false)
      case .rawUnicodeEscape: try d.unicodeEscape(raw: true)
      }
      return d.out.build()
    }
  }

  /// A decoding in progress: output and error handling (`unicode_decode_call_errorhandler`).
  struct Decoder {
    let bytes: UnsafeBufferPointer<UInt8>
    let errors: String
    var out = StrBuilder()
    var codecName = "utf-8"
    var pos = 0

    init(bytes: UnsafeBufferPointer<UInt8>, errors: String) {
      self.bytes = bytes
      self.errors = errors
      out = StrBuilder(capacity: bytes.count)
    }

    /// Applies the error handler to `bytes[start..<end]`; sets `pos` to where decoding resumes.
    /// `surrogate` decodes a surrogate at `start` for surrogatepass (code point, length) or nil.
    mutating func error(_ start: Int, _ end: Int, _ reason: String,
                        surrogate: ((Int) -> (UInt32, Int)?)? = nil) throws(PyError) {
      switch errors {
      case "strict": break
      case "ignore": pos = end; return
      case "replace": out.append(0xFFFD); pos = end; return
      case "backslashreplace":
        for i in start..<end {
          out.append(latin1: [0x5C, 0x78, StrOps.hexDigits[Int(bytes[i] >> 4)], StrOps.hexDigits[Int(bytes[i] & 0xF)]])
        }
        pos = end
        return
      case "surrogateescape":
        // Escapes the leading bytes >= 128 and resumes after them (PyCodec_SurrogateEscapeErrors).
        var i = start
        while i < end && bytes[i] >= 128 { out.append(0xDC00 + UInt32(bytes[i])); i += 1 }
        if i > start { pos = i; return }
      case "surrogatepass":
        if let s = surrogate?(start) {
          out.append(s.0)
          pos = start + s.1
          return
        }
      default:
        try Codecs.checkHandler(errors)
      }
      throw UnicodeErrors.decodeError(codecName, Array(bytes), start, end, reason)
    }

    mutating func utf8(skipBOM: Bool) throws(PyError) {
      codecName = "utf-8"
      let n = bytes.count
      if skipBOM && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { pos = 3 }
      let surrogate: (Int) -> (UInt32, Int)? = { [bytes] i in
        guard i + 2 < n, bytes[i] == 0xED, bytes[i + 1] & 0xE0 == 0xA0, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
        return (0xD000 | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
      }
      while pos < n {
        let b0 = bytes[pos]
        if b0 < 0x80 {
          // ASCII run.
          var j = pos + 1
          while j < n && bytes[j] < 0x80 { j += 1 }
          out.append(latin1: UnsafeBufferPointer(rebasing: bytes[pos..<j]))
          pos = j
          continue
        }
        if b0 < 0xC2 || b0 > 0xF4 {
          try error(pos, pos + 1, "invalid start byte", surrogate: surrogate)
          continue
        }
        let need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xE0: lo = 0xA0
        case 0xED: hi = 0x9F
        case 0xF0: lo = 0x90
        case 0xF4: hi = 0x8F
        default: break
        }
        var cp = UInt32(b0) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
        var k = 1
        var failed = false
        while k <= need {
          if pos + k >= n {
            try error(pos, n, "unexpected end of data", surrogate: surrogate)
            failed = true
            break
          }
          let b = bytes[pos + k]
          let valid = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0 == 0x80)
          if !valid {
            try error(pos, pos + k, "invalid continuation byte", surrogate: surrogate)
            failed = true
            break
          }
          cp = (cp << 6) | UInt32(b & 0x3F)
          k += 1
        }
        if failed { continue }
        out.append(cp)
        pos += need + 1
      }
    }

    mutating func ascii() throws(PyError) {
      codecName = "ascii"
      let n = bytes.count
      while pos < n {
        let b = bytes[pos]
        if b < 0x80 { out.append(UInt32(b)); pos += 1; continue }
        try error(pos, pos + 1, "ordinal not in range(128)")
      }
    }

    mutating func charmap(_ table: [UInt16]) throws(PyError) {
      codecName = "charmap"
      let n = bytes.count
      while pos < n {
        let u = table[Int(bytes[pos])]
        if u != 0xFFFE { out.append(UInt32(u)); pos += 1; continue }
        try error(pos, pos + 1, "character maps to <undefined>")
      }
    }

    mutating func utf16(bigEndian: Bool?) throws(PyError) {
      let n = bytes.count
      var be = bigEndian ?? false
      if bigEndian == nil && n >= 2 {
        if bytes[0] == 0xFF && bytes[1] == 0xFE { pos = 2 }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { pos = 2; be = true }
      }
      codecName = be ? "utf-16-be" : "utf-16-le"
      let bytes = self.bytes
      func unit(_ i: Int) -> UInt32 {
        be ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
      }
      let surrogate: (Int) -> (UInt32, Int)? = { i in
        guard i + 1 < n else { return nil }
        let u = unit(i)
        return u >= 0xD800 && u < 0xE000 ? (u, 2) : nil
      }
      while pos < n {
        if pos + 1 >= n {
          try error(pos, n, "truncated data", surrogate: surrogate)
          continue
        }
        let u = unit(pos)
        if u < 0xD800 || u >= 0xE000 { out.append(u); pos += 2; continue }
        if u >= 0xDC00 {
          try error(pos, pos + 2, "illegal encoding", surrogate: surrogate)
          continue
        }
        if pos + 3 >= n {
          try error(pos, n, "unexpected end of data", surrogate: surrogate)
          continue
        }
        let u2 = unit(pos + 2)
        if u2 >= 0xDC00 && u2 < 0xE000 {
          out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00))
          pos += 4
          continue
        }
        try error(pos, pos + 2, "illegal UTF-16 surrogate", surrogate: surrogate)
      }
    }

    mutating func utf32(bigEndian: Bool?) throws(PyError) {
      let n = bytes.count
      var be = bigEndian ?? false
      if bigEndian == nil && n >= 4 {
        if bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 { pos = 4 }
        else if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF { pos = 4; be = true }
      }
      codecName = be ? "utf-32-be" : "utf-32-le"
      let bytes = self.bytes
      func unit(_ i: Int) -> UInt32 {
        if be { return UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3]) }
        return UInt32(bytes[i + 3]) << 24 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
      }
      let surrogate: (Int) -> (UInt32, Int)? = { i in
        guard i + 3 < n else { return nil }
        let u = unit(i)
        return u >= 0xD800 && u < 0xE000 ? (u, 4) : nil
      }
      while pos < n {
        if pos + 3 >= n {
          try error(pos, n, "truncated data", surrogate: surrogate)
          continue
        }
        let u = unit(pos)
        if u > 0x10FFFF {
          try error(pos, pos + 4, "code point not in range(0x110000)", surrogate: surrogate)
          continue
        }
        if u >= 0xD800 && u < 0xE000 {
          try error(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)", surrogate: surrogate)
          continue
        }
        out.append(u)
        pos += 4
      }
    }

    /// unicode_escape / raw_unicode_escape decoding.
    mutating func unicodeEscape(raw: Bool) throws(PyError) {
      codecName = raw ? "rawunicodeescape" : "unicodeescape"
      let n = bytes.count
      func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
      }
      while pos < n {
        let c = bytes[pos]
        if c != 0x5C { out.append(UInt32(c)); pos += 1; continue }
        let start = pos
        if pos + 1 >= n {
          if raw { out.append(0x5C); pos += 1; continue }
          try error(start, n, "\\ at end of string")
          continue
        }
        let e = bytes[pos + 1]
        if raw {
          if e != 0x75 && e != 0x55 { out.append(0x5C); pos += 1; continue }
        }
        pos += 2
        var digits = 0
        switch e {
        case 0x0A: continue
        case 0x5C: out.append(0x5C); continue
        case 0x27: out.append(0x27); continue
        case 0x22: out.append(0x22); continue
        case 0x62: out.append(0x08); continue
        case 0x66: out.append(0x0C); continue
        case 0x74: out.append(0x09); continue
        case 0x6E: out.append(0x0A); continue
        case 0x72: out.append(0x0D); continue
        case 0x76: out.append(0x0B); continue
        case 0x61: out.append(0x07); continue
        case 0x30...0x37:
          var v = UInt32(e - 0x30)
          var k = 0
          while k < 2 && pos < n && bytes[pos] >= 0x30 && bytes[pos] <= 0x37 {
            v = v * 8 + UInt32(bytes[pos] - 0x30)
            pos += 1
            k += 1
          }
          out.append(v)
          continue
        case 0x78: digits = 2
        case 0x75: digits = 4
        case 0x55: digits = 8
        case 0x4E:
          let message = "malformed \\N character escape"
          guard pos < n && bytes[pos] == 0x7B else { try error(start, pos, message); continue }
          var j = pos + 1
          while j < n && bytes[j] != 0x7D { j += 1 }
          guard j < n && j > pos + 1 else { try error(start, min(j, n), message); continue }
          let name = UnsafeBufferPointer(rebasing: bytes[(pos + 1)..<j])
          guard let cp = UnicodeNames.lookup(name) else {
            try error(start, j + 1, "unknown Unicode character name")
            continue
          }
          out.append(cp)
          pos = j + 1
          continue
        default:
          out.append(0x5C)
          out.append(UInt32(e))
          continue
        }
        var v: UInt32 = 0
        var k = 0
        while k < digits && pos < n, let h = hexValue(bytes[pos]) {
          v = v * 16 + h
          pos += 1
          k += 1
        }
        if k < digits {
          let what = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
          try error(start, pos, "truncated \(what) escape")
          continue
        }
        if v > 0x10FFFF {
          try error(start, pos, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character")
          continue
        }
        out.append(v)
      }
    }
  }

  // MARK: Encoding

  /// Encodes `s` with the named codec and error handler.
  public static func encode(_ ts: ThreadState, _ s: PyStr, encoding: String, errors: String) throws(PyError) -> [UInt8] {
    let codec = try lookup(encoding)
    var e = Encoder(s: s, errors: errors)
    switch codec {
    case .utf8:
      if s.isASCII { return Array(UnsafeBufferPointer(start: s.storage.assumingMemoryBound(to: UInt8.self), count: s.count)) }
      try e.run(name: "utf-8", reason: "surrogates not allowed", limit: nil, unit: utf8Unit)
    case .utf8Sig:
      e.out = [0xEF, 0xBB, 0xBF]
      try e.run(name: "utf-8", reason: "surrogates not allowed", limit: nil, unit: utf8Unit)
    case .latin1:
      if s.kind == 1 { return Array(UnsafeBufferPointer(start: s.storage.assumingMemoryBound(to: UInt8.self), count: s.count)) }
      try e.run(name: "latin-1", reason: "ordinal not in range(256)", limit: 0x100, unit: { c, o in o.append(UInt8(c)) })
    case .ascii:
      if s.isASCII { return Array(UnsafeBufferPointer(start: s.storage.assumingMemoryBound(to: UInt8.self), count: s.count)) }
      try e.run(name: "ascii", reason: "ordinal not in range(128)", limit: 0x80, unit: { c, o in o.append(UInt8(c)) })
    case .utf16(let be):
      if be == nil { e.out = [0xFF, 0xFE] }
      let big = be ?? false
      let name = be == nil ? "utf-16" : big ? "utf-16-be" : "utf-16-le"
      try e.run(name: name, reason: "surrogates not allowed", limit: nil, unitSize: 2) { c, o in
        func put(_ u: UInt32) {
          if big { o.append(UInt8(u >> 8)); o.append(UInt8(u & 0xFF)) } else { o.append(UInt8(u & 0xFF)); o.append(UInt8(u >> 8)) }
        }
        if c >= 0x10000 {
          let v = c - 0x10000
          put(0xD800 + (v >> 10)); put(0xDC00 + (v & 0x3FF))
        } else {
          put(c)
        }
      }
    case .utf32(let be):
      if be == nil { e.out = [0xFF, 0xFE, 0, 0] }
      let big = be ?? false
      let name = be == nil ? "utf-32" : big ? "utf-32-be" : "utf-32-le"
      try e.run(name: name, reason: "surrogates not allowed", limit: nil, unitSize: 4) { c, o in
        if big { o.append(contentsOf: [UInt8(c >> 24), UInt8((c >> 16) & 0xFF), UInt8((c >> 8) & 0xFF), UInt8(c & 0xFF)]) }
        else { o.append(contentsOf: [UInt8(c & 0xFF), UInt8((c >> 8) & 0xFF), UInt8((c >> 16) & 0xFF), UInt8(c >> 24)]) }
      }
    case .charmap(let table):
      var reverse: [UInt32: UInt8] = [:]
      for (b, u) in table.enumerated() where u != 0xFFFE { reverse[UInt32(u)] = UInt8(b) }
      try e.runMap(name: "charmap", reason: "character maps to <undefined>") { reverse[$0] }
    case .unicodeEscape:
      for i in 0..<s.count { appendEscaped(s[i], &e.out, raw: false) }
    case .rawUnicodeEscape:
      for i in 0..<s.count { appendEscaped(s[i], &e.out, raw: true) }
    }
    return e.out
  }

  static let utf8Unit: (UInt32, inout [UInt8]) -> Void = { c, o in
    if c < 0x80 { o.append(UInt8(c)) }
    else if c < 0x800 { o.append(UInt8(0xC0 | (c >> 6))); o.append(UInt8(0x80 | (c & 0x3F))) }
    else if c < 0x10000 {
      o.append(UInt8(0xE0 | (c >> 12))); o.append(UInt8(0x80 | ((c >> 6) & 0x3F))); o.append(UInt8(0x80 | (c & 0x3F)))
    } else {
      o.append(UInt8(0xF0 | (c >> 18))); o.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
      o.append(UInt8(0x80 | ((c >> 6) & 0x3F))); o.append(UInt8(0x80 | (c & 0x3F)))
    }
  }

  /// unicode_escape (and raw) of one code point.
  static func appendEscaped(_ c: UInt32, _ out: inout [UInt8], raw: Bool) {
    let h = StrOps.hexDigits
    func hex(_ v: UInt32, _ width: Int) {
      var shift = (width - 1) * 4
      while shift >= 0 { out.append(h[Int((v >> UInt32(shift)) & 0xF)]); shift -= 4 }
    }
    if raw {
      if c < 0x100 { out.append(UInt8(c)) }
      else if c < 0x10000 { out.append(contentsOf: [0x5C, 0x75]); hex(c, 4) }
      else { out.append(contentsOf: [0x5C, 0x55]); hex(c, 8) }
      return
    }
    switch c {
    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
    case 0x09: out.append(contentsOf: [0x5C, 0x74])
    case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
    case 0x0D: out.append(contentsOf: [0x5C, 0x72])
    case 0x20..<0x7F: out.append(UInt8(c))
    case 0..<0x100: out.append(contentsOf: [0x5C, 0x78]); hex(c, 2)
    case 0x100..<0x10000: out.append(contentsOf: [0x5C, 0x75]); hex(c, 4)
    default: out.append(contentsOf: [0x5C, 0x55]); hex(c, 8)
    }
  }

  /// An encoding in progress.
  struct Encoder {
    let s: PyStr
    let errors: String
    var out: [UInt8] = []

    init(s: PyStr, errors: String) {
      self.s = s
      self.errors = errors
      out.reserveCapacity(s.count)
    }

    /// Encodes with `unit` every code point below `limit` (all non-surrogates when nil).
    mutating func run(name: String, reason: String, limit: UInt32?, unitSize: Int = 1,
                      unit: @escaping (UInt32, inout [UInt8]) -> Void) throws(PyError) {
      let encodable: (UInt32) -> Bool = limit.map { l in { $0 < l } } ?? { $0 < 0xD800 || $0 >= 0xE000 }
      try loop(name: name, reason: reason, surrogatePass: limit == nil ? unit : nil, unitSize: unitSize) { c, o in
        if encodable(c) { unit(c, &o); return true }
        return false
      }
    }

    /// Encodes through a byte map (charmap codecs).
    mutating func runMap(name: String, reason: String, map: (UInt32) -> UInt8?) throws(PyError) {
      try loop(name: name, reason: reason, surrogatePass: nil) { c, o in
        if let b = map(c) { o.append(b); return true }
        return false
      }
    }

    /// The shared loop: `encodeOK` writes an encodable character and returns true; runs of
    /// characters it rejects go to the error handler.
    mutating func loop(name: String, reason: String, surrogatePass: ((UInt32, inout [UInt8]) -> Void)?,
                       unitSize: Int = 1, encodeOK: (UInt32, inout [UInt8]) -> Bool) throws(PyError) {
      let n = s.count
      var i = 0
      while i < n {
        let c = s[i]
        if encodeOK(c, &out) { i += 1; continue }
        // A run of unencodable characters.
        var j = i + 1
        var scratch: [UInt8] = []
        while j < n {
          scratch.removeAll(keepingCapacity: true)
          if encodeOK(s[j], &scratch) { break }
          j += 1
        }
        switch errors {
        case "strict": break
        case "ignore": i = j; continue
        case "replace":
          for _ in i..<j { _ = encodeOK(0x3F, &out) }
          i = j; continue
        case "backslashreplace", "namereplace", "xmlcharrefreplace":
          var text: [UInt8] = []
          for k in i..<j { Codecs.replacementText(s[k], errors, &text) }
          for b in text { _ = encodeOK(UInt32(b), &out) }
          i = j; continue
        case "surrogateescape":
          // Every character of the run must be an escaped byte; UTF-16/32 cannot take single bytes.
          var ok = unitSize == 1
          for k in i..<j where !(s[k] >= 0xDC80 && s[k] <= 0xDCFF) { ok = false; break }
          if ok {
            for k in i..<j { out.append(UInt8(s[k] - 0xDC00)) }
            i = j; continue
          }
        case "surrogatepass":
          if let pass = surrogatePass {
            var ok = true
            for k in i..<j where !(s[k] >= 0xD800 && s[k] < 0xE000) { ok = false; break }
            if ok {
              for k in i..<j { pass(s[k], &out) }
              i = j; continue
            }
          }
        default:
          try Codecs.checkHandler(errors)
        }
        throw UnicodeErrors.encodeError(name, s, i, j, reason)
      }
    }
  }

  /// The replacement of backslashreplace / namereplace / xmlcharrefreplace for one character.
  static func replacementText(_ c: UInt32, _ handler: String, _ out: inout [UInt8]) {
    let h = StrOps.hexDigits
    if handler == "xmlcharrefreplace" {
      out.append(contentsOf: [0x26, 0x23])
      out.append(contentsOf: Array(String(c).utf8))
      out.append(0x3B)
      return
    }
    if handler == "namereplace", let scalar = Unicode.Scalar(c), let age = scalar.properties.age,
       age.major < 14 || (age.major == 14 && age.minor == 0), let name = scalar.properties.name {
      out.append(contentsOf: [0x5C, 0x4E, 0x7B])
      out.append(contentsOf: Array(name.utf8))
      out.append(0x7D)
      return
    }
    func hex(_ v: UInt32, _ width: Int) {
      var shift = (width - 1) * 4
      while shift >= 0 { out.append(h[Int((v >> UInt32(shift)) & 0xF)]); shift -= 4 }
    }
    if c < 0x100 { out.append(contentsOf: [0x5C, 0x78]); hex(c, 2) }
    else if c < 0x10000 { out.append(contentsOf: [0x5C, 0x75]); hex(c, 4) }
    else { out.append(contentsOf: [0x5C, 0x55]); hex(c, 8) }
  }
}

extension String {
  func replacingDotsWithUnderscores() -> String {
    String(decoding: utf8.map { $0 == 0x2E ? 0x5F : $0 }, as: UTF8.self)
  }
}

/// `str.encode`.
enum StrCodecMethods {
  static func install(_ t: PyType) {
    t.addMethod("encode") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "encode", ["encoding", "errors"])
      let (encoding, errors) = try encodingArgs(p, "encode")
      return .object(PyBytes(try Codecs.encode(ts, v.unsafeAs(PyStr.self), encoding: encoding, errors: errors)))
    }
  }

  /// The (encoding, errors) strings of encode/decode, with Argument Clinic's type errors.
  static func encodingArgs(_ p: [Value?], _ fname: String) throws(PyError) -> (String, String) {
    var encoding = "utf-8", errors = "strict"
    if let e = p[0] {
      guard let s = e.as(PyStr.self) else {
        throw PyError.typeError("\(fname)() argument 'encoding' must be str, not \(StrArgs.clinicName(e))")
      }
      encoding = s.string
    }
    if p.count > 1, let e = p[1] {
      guard let s = e.as(PyStr.self) else {
        throw PyError.typeError("\(fname)() argument 'errors' must be str, not \(StrArgs.clinicName(e))")
      }
      errors = s.string
    }
    return (encoding, errors)
  }
}
