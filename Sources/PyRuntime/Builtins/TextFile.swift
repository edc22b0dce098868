#if canImport(Glibc)
import Glibc
#endif

/// A text file (`_io.TextIOWrapper`): str in and out over a binary file (`buffer`), with an
/// encoding, an error handler and newline handling (universal newlines on read when
/// `newline=None`, `\n` translated to `newline` on write). `sys.stdin`, `sys.stdout` and
/// `sys.stderr` are text files over descriptors 0, 1 and 2.
///
/// Reading decodes straight from the binary file's read-ahead buffer, character by
/// character, so `tell()` is always the byte position of the next unread character.
public final class PyTextFile: PyObject {
  public let buffer: PyFile
  let codec: TextCodec
  /// The encoding name as given (`encoding` attribute, repr).
  public let encodingName: String
  public let errors: String
  /// nil: universal newlines; otherwise "", "\n", "\r" or "\r\n".
  let newline: String?
  public var lineBuffering: Bool
  var writeThrough: Bool
  /// The mode string given to `open()` (`mode` attribute).
  public let mode: String
  /// Newline kinds seen while reading in universal mode (bit 0: \r, 1: \n, 2: \r\n).
  var seenNewlines = 0

  init(buffer: PyFile, codec: TextCodec, encodingName: String, errors: String, newline: String?,
       lineBuffering: Bool, writeThrough: Bool, mode: String) {
    self.buffer = buffer
    self.codec = codec
    self.encodingName = encodingName
    self.errors = errors
    self.newline = newline
    self.lineBuffering = lineBuffering
    self.writeThrough = writeThrough
    self.mode = mode
    super.init(type: BuiltinTypes.textIOWrapper)
  }

  /// A standard stream (`sys.stdin`/`stdout`/`stderr`) over `fd`, not closing it.
  public static func standardStream(fd: Int32, name: String, writable: Bool, unbuffered: Bool) -> PyTextFile {
    let f = PyFile(fd: fd, name: .object(PyStr("<\(name)>")), rawMode: writable ? "wb" : "rb", canRead: !writable,
                   canWrite: writable, appending: false, closefd: false, isRaw: false, bufferSize: 8192)
    let tty = isatty(fd) != 0
    return PyTextFile(buffer: f, codec: .utf8, encodingName: "utf-8",
                      errors: fd == 2 ? "backslashreplace" : "surrogateescape", newline: writable ? "\n" : nil,
                      lineBuffering: writable && (tty || fd == 2), writeThrough: fd == 2 || unbuffered,
                      mode: writable ? "w" : "r")
  }

  public var closed: Bool { buffer.closed }

  func checkOpen() throws(PyError) {
    if buffer.closed { throw PyError.valueError("I/O operation on closed file.") }
  }

  // MARK: Writing

  /// Writes a str (newline translation, encoding, line buffering); returns its length.
  @discardableResult
  public func writeText(_ s: PyStr) throws(PyError) -> Int {
    try checkOpen()
    if !buffer.canWrite {
      throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation, message: "not writable"))
    }
    var hasNewline = false
    var bytes: [UInt8]
    if s.isASCII && s.kind == 1 {
      bytes = Array(UnsafeRawBufferPointer(start: s.storage, count: s.count))
      hasNewline = bytes.contains(0x0A) || bytes.contains(0x0D)
      if let nl = newline, nl == "\r" || nl == "\r\n", bytes.contains(0x0A) {
        var t: [UInt8] = []
        t.reserveCapacity(bytes.count + 8)
        for b in bytes {
          if b == 0x0A { t.append(contentsOf: nl.utf8) } else { t.append(b) }
        }
        bytes = t
      }
    } else {
      var cps = s.codePoints
      hasNewline = cps.contains(0x0A) || cps.contains(0x0D)
      if let nl = newline, nl == "\r" || nl == "\r\n", cps.contains(0x0A) {
        var t: [UInt32] = []
        for c in cps {
          if c == 0x0A { t.append(contentsOf: nl.unicodeScalars.map { $0.value }) } else { t.append(c) }
        }
        cps = t
      }
      bytes = try codec.encode(cps, errors: errors, text: s)
    }
    try buffer.write(bytes)
    if writeThrough || (lineBuffering && hasNewline) { try buffer.flushWrites() }
    return s.count
  }

  /// Writes Swift text (for the runtime's own output: tracebacks, `repr` at the prompt),
  /// ignoring errors.
  public func write(_ s: String) {
    _ = try? writeText(PyStr(s))
  }

  /// Writes a str for the runtime's own output, ignoring errors.
  public func write(_ s: PyStr) {
    _ = try? writeText(s)
  }

  /// Flushes buffered output, ignoring errors (the runtime's exit path).
  public func flush() {
    _ = try? buffer.flushWrites()
  }

  // MARK: Reading

  func checkReadable() throws(PyError) {
    try checkOpen()
    if !buffer.canRead {
      throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation, message: "not readable"))
    }
  }

  /// Reads up to `limit` characters (all when negative), stopping after a line end when
  /// `line` is set.
  func readChars(_ limit: Int, line: Bool) throws(PyError) -> PyStr {
    try checkReadable()
    let f = buffer
    var out: [UInt32] = []
    func ensure(_ k: Int) throws(PyError) -> Bool {
      while f.buffered < k {
        if !(try f.fill()) { return false }
      }
      return true
    }
    reading: while limit < 0 || out.count < limit {
      guard try ensure(1) else { break }
      let b0 = f.readBuffer[f.readPos]
      if b0 == 0x0D {
        f.readPos += 1
        let followedByLF = try ensure(1) && f.readBuffer[f.readPos] == 0x0A
        switch newline {
        case nil:
          if followedByLF { f.readPos += 1; seenNewlines |= 4 } else { seenNewlines |= 1 }
          out.append(0x0A)
          if line { break reading }
        case "":
          out.append(0x0D)
          if followedByLF {
            if limit >= 0 && out.count >= limit { break reading }
            f.readPos += 1
            out.append(0x0A)
            seenNewlines |= 4
          } else {
            seenNewlines |= 1
          }
          if line { break reading }
        case "\r":
          out.append(0x0D)
          if line { break reading }
        case "\r\n":
          out.append(0x0D)
          if followedByLF {
            if limit >= 0 && out.count >= limit { break reading }
            f.readPos += 1
            out.append(0x0A)
            if line { break reading }
          }
        default:
          out.append(0x0D)
        }
        continue
      }
      if b0 == 0x0A {
        f.readPos += 1
        out.append(0x0A)
        if newline == nil || newline == "" { seenNewlines |= 2 }
        if line && (newline == nil || newline == "" || newline == "\n") { break }
        continue
      }
      if b0 < 0x80 || codec != .utf8 {
        f.readPos += 1
        if b0 >= 0x80 && codec == .ascii {
          try decodeError(&out, f.readPos - 1, "ordinal not in range(128)", b0)
          continue
        }
        out.append(UInt32(b0))
        continue
      }
      // A UTF-8 sequence.
      let need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
      _ = try ensure(need)
      let avail = min(need, f.buffered)
      let p = f.readPos
      let result = UTF8Decoding.decode(f.readBuffer, p, avail)
      switch result {
      case .scalar(let cp, let len):
        f.readPos += len
        out.append(cp)
      case .invalid(let len, let reason):
        f.readPos += len
        try decodeError(&out, p, reason, b0, length: len)
      }
    }
    return PyStr(codePoints: out)
  }

  /// Applies the error handler to undecodable bytes at `pos`.
  func decodeError(_ out: inout [UInt32], _ pos: Int, _ reason: String, _ byte: UInt8, length: Int = 1) throws(PyError) {
    switch errors {
    case "ignore": return
    case "replace": out.append(0xFFFD)
    case "surrogateescape", "backslashreplace":
      for k in 0..<length {
        let b = buffer.readBuffer[pos + k]
        if errors == "surrogateescape" {
          out.append(0xDC00 + UInt32(b))
        } else {
          out.append(contentsOf: "\\x".unicodeScalars.map { $0.value })
          let hex = Array("0123456789abcdef".unicodeScalars)
          out.append(hex[Int(b >> 4)].value)
          out.append(hex[Int(b & 15)].value)
        }
      }
    default:
      let bytes = Array(buffer.readBuffer[pos..<min(buffer.readBuffer.count, pos + length)])
      throw TextCodec.decodeError(codec.pythonName, bytes, 0, length, reason)
    }
  }

  public func readLine(_ limit: Int) throws(PyError) -> PyStr {
    try readChars(limit, line: true)
  }

  public func tell() throws(PyError) -> Int {
    try checkOpen()
    return try buffer.tell()
  }
}

/// The text encodings files support natively, with CPython's codec names.
public enum TextCodec: Equatable {
  case utf8, latin1, ascii

  /// The codec for an encoding name (Python's normalisation: case, `-`/`_`, aliases).
  public static func lookup(_ name: String) -> TextCodec? {
    var n = ""
    for c in name.lowercased() { n.append(c == "_" || c == " " ? "-" : c) }
    switch n {
    case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4": return .utf8
    case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100", "iso-8859-1:1987":
      return .latin1
    case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "ansi-x3-4-1968", "iso646-us", "cp367", "csascii", "ibm367", "iso-ir-6":
      return .ascii
    default: return nil
    }
  }

  /// The name in error messages (`'utf-8' codec can't …`).
  var pythonName: String {
    switch self {
    case .utf8: return "utf-8"
    case .latin1: return "latin-1"
    case .ascii: return "ascii"
    }
  }

  /// Encodes code points with an error handler (strict, ignore, replace, backslashreplace,
  /// surrogateescape, xmlcharrefreplace).
  func encode(_ cps: [UInt32], errors: String, text: PyStr) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(cps.count)
    let limit: UInt32 = self == .utf8 ? 0x110000 : self == .latin1 ? 0x100 : 0x80
    for (i, cp) in cps.enumerated() {
      let isSurrogate = cp >= 0xD800 && cp <= 0xDFFF
      if cp < limit && !(self == .utf8 && isSurrogate) {
        if self == .utf8 { UTF8Decoding.append(cp, to: &out) } else { out.append(UInt8(cp)) }
        continue
      }
      switch errors {
      case "ignore": continue
      case "replace": out.append(0x3F)
      case "surrogateescape" where cp >= 0xDC80 && cp <= 0xDCFF:
        out.append(UInt8(cp - 0xDC00))
      case "backslashreplace":
        let s = cp < 0x100 ? "\\x" + hexDigits(cp, 2) : cp < 0x10000 ? "\\u" + hexDigits(cp, 4) : "\\U" + hexDigits(cp, 8)
        out.append(contentsOf: s.utf8)
      case "xmlcharrefreplace":
        out.append(contentsOf: "&#\(cp);".utf8)
      default:
        let reason = self == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
        let e = PyBaseException(type: BuiltinTypes.exceptions.unicodeEncodeError,
                                args: PyTuple([.object(PyStr(pythonName)), .object(text), .int(i), .int(i + 1),
                                               .object(PyStr(reason))]))
        throw PyError(e)
      }
    }
    return out
  }

  func hexDigits(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  /// Decodes whole bytes (binary → str for `bytes` read in text mode helpers).
  static func decodeError(_ encoding: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyError {
    let e = PyBaseException(type: BuiltinTypes.exceptions.unicodeDecodeError,
                            args: PyTuple([.object(PyStr(encoding)), .object(PyBytes(bytes)), .int(start), .int(end),
                                           .object(PyStr(reason))]))
    return PyError(e)
  }
}

/// UTF-8 decoding of one scalar with CPython's error reasons, and encoding.
enum UTF8Decoding {
  enum Result {
    case scalar(UInt32, Int)
    case invalid(Int, String)
  }

  /// Decodes the sequence starting at `p` (`avail` bytes available, ≥ 1).
  static func decode(_ b: [UInt8], _ p: Int, _ avail: Int) -> Result {
    let b0 = b[p]
    if b0 < 0x80 { return .scalar(UInt32(b0), 1) }
    if b0 < 0xC2 || b0 > 0xF4 { return .invalid(1, "invalid start byte") }
    let need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
    var cp = UInt32(b0) & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07)
    for k in 1..<need {
      if k >= avail { return .invalid(k, "unexpected end of data") }
      let c = b[p + k]
      var ok = c & 0xC0 == 0x80
      if k == 1 {
        if b0 == 0xE0 && c < 0xA0 { ok = false }
        if b0 == 0xED && c > 0x9F { ok = false }
        if b0 == 0xF0 && c < 0x90 { ok = false }
        if b0 == 0xF4 && c > 0x8F { ok = false }
      }
      if !ok { return .invalid(k, "invalid continuation byte") }
      cp = (cp << 6) | UInt32(c & 0x3F)
    }
    return .scalar(cp, need)
  }

  static func append(_ cp: UInt32, to out: inout [UInt8]) {
    switch cp {
    case 0..<0x80: out.append(UInt8(cp))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (cp >> 6)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (cp >> 12)))
      out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (cp >> 18)))
      out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (cp & 0x3F)))
    }
  }
}

/// Until the `io` module exists, the runtime's name for the standard streams' class.
public typealias StdStream = PyTextFile

extension BuiltinTypes {
  /// Kept for code written against the first stream class: the text file type.
  public static var stdStream: PyType { textIOWrapper }

  public static let textIOWrapper: PyType = PyType.builtin("_io.TextIOWrapper") { t in
    t.qualname = String(t.shortName)
    func me(_ v: Value) -> PyTextFile { v.unsafeAs(PyTextFile.self) }
    t.addMethod("write") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "write", min: 1, max: 1)
      guard let s = a[0].as(PyStr.self) else {
        try me(v).checkOpen()
        throw PyError.typeError("write() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      return .int(try me(v).writeText(s))
    }
    t.addMethod("writelines") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "writelines", min: 1, max: 1)
      let it = try Protocols.getIter(ts, a[0])
      while let line = try Protocols.next(ts, it) {
        guard let s = line.as(PyStr.self) else {
          throw PyError.typeError("write() argument must be str, not \(Protocols.typeName(line))")
        }
        try me(v).writeText(s)
      }
      return .none
    }
    t.addMethod("read") { ts, v, a throws(PyError) in
      let n = try BinaryFileMethods.sizeArg(ts, a, "read")
      return .object(try me(v).readChars(n, line: false))
    }
    t.addMethod("readline") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "readline", min: 0, max: 1)
      let n = a.count == 0 ? -1 : try Protocols.indexAsInt(ts, a[0])
      return .object(try me(v).readLine(n))
    }
    t.addMethod("readlines") { ts, v, a throws(PyError) in
      let hint = try BinaryFileMethods.sizeArg(ts, a, "readlines")
      var lines: [Value] = []
      var total = 0
      while true {
        let line = try me(v).readLine(-1)
        if line.count == 0 { break }
        lines.append(.object(line))
        total += line.count
        if hint > 0 && total > hint { break }
      }
      return .object(PyList(lines))
    }
    t.addMethod("flush") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      try me(v).buffer.flushWrites()
      return .none
    }
    t.addMethod("close") { _, v, _ throws(PyError) in
      try me(v).buffer.close()
      return .none
    }
    t.addMethod("fileno") { _, v, _ throws(PyError) in
      try me(v).buffer.checkOpen("fileno")
      return .int(Int(me(v).buffer.fd))
    }
    t.addMethod("isatty") { _, v, _ throws(PyError) in
      try me(v).buffer.checkOpen("isatty")
      return .bool(isatty(me(v).buffer.fd) != 0)
    }
    t.addMethod("readable") { _, v, _ in .bool(me(v).buffer.canRead) }
    t.addMethod("writable") { _, v, _ throws(PyError) in
      try me(v).buffer.checkOpen("writable")
      return .bool(me(v).buffer.canWrite)
    }
    t.addMethod("seekable") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .bool(me(v).buffer.isSeekable)
    }
    t.addMethod("tell") { _, v, _ throws(PyError) in .int(try me(v).tell()) }
    t.addMethod("seek") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "seek", min: 1, max: 2)
      let f = me(v)
      try f.checkOpen()
      let whence = a.count > 1 ? try Protocols.indexAsInt(ts, a[1]) : 0
      let offset = try Protocols.indexAsInt(ts, a[0])
      if whence == 1 && offset != 0 {
        throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation, message: "can't do nonzero cur-relative seeks"))
      }
      if whence == 2 && offset != 0 {
        throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation, message: "can't do nonzero end-relative seeks"))
      }
      if whence == 0 && offset < 0 { throw PyError.valueError("negative seek position \(offset)") }
      if whence < 0 || whence > 2 { throw PyError.valueError("invalid whence (\(whence), should be 0, 1 or 2)") }
      if whence == 1 { return .int(try f.tell()) }
      return .int(try f.buffer.seek(offset, whence))
    }
    t.addMethod("truncate") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "truncate", min: 0, max: 1)
      let size: Int? = (a.count == 0 || a[0].isNone) ? nil : try Protocols.indexAsInt(ts, a[0])
      return .int(try me(v).buffer.truncate(size))
    }
    t.addMethod("detach") { _, v, _ throws(PyError) in
      try me(v).buffer.flushWrites()
      return .object(me(v).buffer)
    }
    t.addMethod("reconfigure") { ts, v, a throws(PyError) in
      let opts = try KeywordOptions.pick(a, "reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"])
      if a.positionalCount > 0 { throw PyError.typeError("reconfigure() takes no positional arguments") }
      if let lb = opts[3], !lb.isNone { me(v).lineBuffering = try Protocols.isTrue(ts, lb) }
      if let wt = opts[4], !wt.isNone { me(v).writeThrough = try Protocols.isTrue(ts, wt) }
      return .none
    }
    t.addMethod("__enter__") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return v
    }
    t.addMethod("__exit__") { _, v, _ throws(PyError) in
      try me(v).buffer.close()
      return .none
    }
    t.slots.iter = { _, v throws(PyError) in
      try me(v).checkOpen()
      return v
    }
    t.slots.next = { _, v throws(PyError) in
      let line = try me(v).readLine(-1)
      return line.count == 0 ? nil : .object(line)
    }
    t.addProperty("closed") { _, v in .bool(me(v).closed) }
    t.addProperty("name") { _, v in me(v).buffer.name }
    t.addProperty("mode") { _, v in .object(PyStr(me(v).mode)) }
    t.addProperty("encoding") { _, v in .object(PyStr(me(v).encodingName)) }
    t.addProperty("errors") { _, v in .object(PyStr(me(v).errors)) }
    t.addProperty("buffer") { _, v in .object(me(v).buffer) }
    t.addProperty("line_buffering") { _, v in .bool(me(v).lineBuffering) }
    t.addProperty("write_through") { _, v in .bool(me(v).writeThrough) }
    t.addProperty("newlines") { _, v in
      let f = me(v)
      if let nl = f.newline, nl != "" { return .none }
      var kinds: [Value] = []
      if f.seenNewlines & 1 != 0 { kinds.append(.object(PyStr.intern("\r"))) }
      if f.seenNewlines & 2 != 0 { kinds.append(.object(PyStr.intern("\n"))) }
      if f.seenNewlines & 4 != 0 { kinds.append(.object(PyStr.intern("\r\n"))) }
      if kinds.isEmpty { return .none }
      if kinds.count == 1 { return kinds[0] }
      return .object(PyTuple(kinds))
    }
    t.slots.repr = { ts, v throws(PyError) in
      let f = me(v)
      var s = "<_io.TextIOWrapper"
      s += " name=" + (try Protocols.reprString(ts, f.buffer.name))
      s += " mode=" + (try Protocols.reprString(ts, .object(PyStr(f.mode))))
      s += " encoding=" + (try Protocols.reprString(ts, .object(PyStr(f.encodingName)))) + ">"
      return .object(PyStr(s))
    }
  }
}
