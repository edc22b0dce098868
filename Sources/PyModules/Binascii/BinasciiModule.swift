import PyRuntime

/// The `binascii` module (CPython Modules/binascii.c): hex (`hexlify`/`unhexlify` with
/// separators), base64 (`b2a_base64`, `a2b_base64` with `strict_mode`), `crc32` and
/// `crc_hqx`, with CPython's `binascii.Error` messages. Not done: the uuencode and
/// quoted-printable functions (`a2b_uu`, `b2a_uu`, `a2b_qp`, `b2a_qp`).
public enum BinasciiModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "binascii")
    let d = m.dict
    d.set("__doc__", .object(PyStr("Conversion between binary data and ASCII")))
    d.set("Error", Value(BuiltinTypes.binasciiError))
    d.set("Incomplete", Value(BuiltinTypes.binasciiIncomplete))
    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "binascii", doc: doc, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    let hexSignature = ClinicSignature("hexlify", ["data", "sep", "bytes_per_sep"], minPos: 1)
    let hexBody: PyBuiltinFunction.Body = { ts, a throws(PyError) in
      let p = try hexSignature.bind(a)
      let data = try bytesLike(p[0]!)
      let perSep = try p[2].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 1
      return .object(PyBytes(try hex(data, separator: try separator(p[1]), bytesPerSep: perSep)))
    }
    add("hexlify", "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"b2a_hex()\".", hexBody)
    add("b2a_hex", "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"hexlify()\".", hexBody)
    let unhexBody: PyBuiltinFunction.Body = { _, a throws(PyError) in
      try ArgParser.positional(a, "unhexlify", min: 1, max: 1)
      return .object(PyBytes(try unhex(try asciiData(a[0]))))
    }
    add("unhexlify", "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).", unhexBody)
    add("a2b_hex", "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\".", unhexBody)
    let b2aSignature = ClinicSignature("b2a_base64", ["data", "newline"], posOnly: 1, minPos: 1, maxPos: 1)
    add("b2a_base64", "Base64-code line of data.") { ts, a throws(PyError) in
      let p = try b2aSignature.bind(a)
      let newline = try p[1].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? true
      return .object(PyBytes(base64Encode(try bytesLike(p[0]!), newline: newline)))
    }
    let a2bSignature = ClinicSignature("a2b_base64", ["data", "strict_mode"], posOnly: 1, minPos: 1, maxPos: 1)
    add("a2b_base64", "Decode a line of base64 data.\n\n  strict_mode\n    Error on invalid base64 data.") { ts, a throws(PyError) in
      let p = try a2bSignature.bind(a)
      let strict = try p[1].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? false
      return .object(PyBytes(try base64Decode(try asciiData(p[0]!), strict: strict)))
    }
    add("crc32", "Compute CRC-32 incrementally.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "crc32")
      try PositionalCheck.count(a.count, "crc32", min: 1, max: 2)
      let data = try bytesLike(a[0])
      let start = a.count > 1 ? try unsignedBits(ts, a[1], 32) : 0
      return .int(Int(crc32(data, UInt32(start))))
    }
    add("crc_hqx", "Compute CRC-CCITT incrementally.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "crc_hqx")
      try PositionalCheck.count(a.count, "crc_hqx", min: 2, max: 2)
      let data = try bytesLike(a[0])
      let start = try unsignedBits(ts, a[1], 32) & 0xffff
      return .int(Int(crcHqx(data, UInt16(start))))
    }
    return m
  }

  static func error(_ message: String) -> PyError { PyError.make(BuiltinTypes.binasciiError, message) }

  // MARK: Arguments

  static func bytesLike(_ v: Value) throws(PyError) -> [UInt8] {
    guard let b = BytesSupport.bufferBytes(v) else {
      throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(v))'")
    }
    return b
  }

  /// `ascii_buffer_converter`: bytes-like data, or a str of ASCII characters.
  static func asciiData(_ v: Value) throws(PyError) -> [UInt8] {
    if let s = v.as(PyStr.self) {
      guard s.isASCII else { throw PyError.valueError("string argument should contain only ASCII characters") }
      return Array(s.string.utf8)
    }
    guard let b = BytesSupport.bufferBytes(v) else {
      throw PyError.typeError("argument should be bytes, buffer or ASCII string, not '\(Protocols.typeName(v))'")
    }
    return b
  }

  /// An `unsigned int` argument converted bitwise (masked to `bits` bits).
  static func unsignedBits(_ ts: ThreadState, _ v: Value, _ bits: Int) throws(PyError) -> UInt64 {
    let i = try Protocols.index(ts, v)
    let masked = try Protocols.binaryOp(ts, i, .int((1 << bits) - 1), .and)
    guard case .int(let x) = masked else { return 0 }
    return UInt64(x)
  }

  static func separator(_ v: Value?) throws(PyError) -> UInt8? {
    guard let v, !v.isNone else { return nil }
    var code: UInt32? = nil
    if let s = v.as(PyStr.self) {
      if s.count == 1 { code = s[0] }
    } else if let b = BytesSupport.bufferBytes(v) {
      if b.count == 1 { code = UInt32(b[0]) }
    } else {
      throw PyError.typeError("sep must be str or bytes.")
    }
    guard let c = code else { throw PyError.valueError("sep must be length 1.") }
    guard c < 256 else { throw PyError.valueError("sep must be ASCII.") }
    return UInt8(c)
  }

  // MARK: Hex

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  static func hex(_ data: [UInt8], separator: UInt8?, bytesPerSep: Int) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(data.count * 3)
    let group = bytesPerSep.magnitude == 0 ? 0 : Int(bytesPerSep.magnitude)
    for (k, b) in data.enumerated() {
      if let sep = separator, group > 0, k > 0 {
        // Positive counts group from the right, negative from the left.
        let boundary = bytesPerSep > 0 ? (data.count - k) % group == 0 : k % group == 0
        if boundary { out.append(sep) }
      }
      out.append(hexDigits[Int(b >> 4)])
      out.append(hexDigits[Int(b & 15)])
    }
    return out
  }

  static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x61...0x66: return c - 0x61 + 10
    case 0x41...0x46: return c - 0x41 + 10
    default: return nil
    }
  }

  static func unhex(_ text: [UInt8]) throws(PyError) -> [UInt8] {
    if text.count % 2 != 0 { throw error("Odd-length string") }
    var out: [UInt8] = []
    out.reserveCapacity(text.count / 2)
    var i = 0
    while i < text.count {
      guard let hi = hexValue(text[i]), let lo = hexValue(text[i + 1]) else {
        throw error("Non-hexadecimal digit found")
      }
      out.append(hi << 4 | lo)
      i += 2
    }
    return out
  }

  // MARK: Base64

  static let base64Alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Each byte's 6-bit value, 0xff for characters outside the alphabet.
  static let base64Values: [UInt8] = {
    var t = [UInt8](repeating: 0xff, count: 256)
    for (k, c) in base64Alphabet.enumerated() { t[Int(c)] = UInt8(k) }
    return t
  }()

  static func base64Encode(_ data: [UInt8], newline: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
    var i = 0
    while i + 3 <= data.count {
      let v = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2])
      out.append(base64Alphabet[Int(v >> 18)])
      out.append(base64Alphabet[Int(v >> 12 & 63)])
      out.append(base64Alphabet[Int(v >> 6 & 63)])
      out.append(base64Alphabet[Int(v & 63)])
      i += 3
    }
    let rest = data.count - i
    if rest == 1 {
      let v = UInt32(data[i]) << 16
      out.append(base64Alphabet[Int(v >> 18)])
      out.append(base64Alphabet[Int(v >> 12 & 63)])
      out.append(0x3d); out.append(0x3d)
    } else if rest == 2 {
      let v = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8
      out.append(base64Alphabet[Int(v >> 18)])
      out.append(base64Alphabet[Int(v >> 12 & 63)])
      out.append(base64Alphabet[Int(v >> 6 & 63)])
      out.append(0x3d)
    }
    if newline { out.append(0x0a) }
    return out
  }

  /// Decodes base64 as CPython: characters outside the alphabet are skipped (an error in
  /// strict mode); a pad sequence completing a quad ends the data.
  static func base64Decode(_ text: [UInt8], strict: Bool) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.count / 4 * 3 + 3)
    var quadPos = 0
    var left: UInt8 = 0
    var pads = 0
    var paddingStarted = false
    var k = 0
    while k < text.count {
      let c = text[k]
      if c == 0x3d {  // '='
        paddingStarted = true
        if strict && quadPos == 0 { throw error("Leading padding not allowed") }
        if quadPos >= 2 {
          pads += 1
          if quadPos + pads >= 4 {
            if strict && k + 1 < text.count { throw error("Excess data after padding") }
            return out
          }
        }
        k += 1
        continue
      }
      let v = base64Values[Int(c)]
      if v == 0xff {
        if strict { throw error("Only base64 data is allowed") }
        k += 1
        continue
      }
      if strict && paddingStarted { throw error("Discontinuous padding not allowed") }
      pads = 0
      switch quadPos {
      case 0: quadPos = 1; left = v
      case 1: quadPos = 2; out.append(left << 2 | v >> 4); left = v & 0x0f
      case 2: quadPos = 3; out.append(left << 4 | v >> 2); left = v & 0x03
      default: quadPos = 0; out.append(left << 6 | v); left = 0
      }
      k += 1
    }
    if quadPos == 1 {
      throw error("Invalid base64-encoded string: number of data characters (\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
    }
    if quadPos != 0 { throw error("Incorrect padding") }
    return out
  }

  // MARK: CRCs

  static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xedb8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
    var c = ~start
    for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
    return ~c
  }

  static func crcHqx(_ data: [UInt8], _ start: UInt16) -> UInt16 {
    var crc = start
    for b in data {
      crc ^= UInt16(b) << 8
      for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
    }
    return crc
  }
}

extension BuiltinTypes {
  /// `binascii.Error`.
  public static let binasciiError: PyType = PyType.builtin("binascii.Error", base: BuiltinTypes.exceptions.valueError,
                                                           flags: [.baseType, .baseExceptionSubclass, .hasInstanceDict]) { t in
    t.qualname = "Error"
  }

  /// `binascii.Incomplete`.
  public static let binasciiIncomplete: PyType = PyType.builtin("binascii.Incomplete", base: BuiltinTypes.exceptions.exception,
                                                                flags: [.baseType, .baseExceptionSubclass, .hasInstanceDict]) { t in
    t.qualname = "Incomplete"
  }
}
