#if canImport(Glibc)
import Glibc
#endif

/// A binary file over a file descriptor: what `open(..., 'rb')` returns. One layout serves
/// CPython's four classes — `_io.FileIO` (unbuffered, `buffering=0`), `_io.BufferedReader`,
/// `_io.BufferedWriter` and `_io.BufferedRandom` — the type says which one it is. Owns the
/// descriptor (unless `closefd=False`), the read buffer (bytes read ahead from the
/// descriptor) and the write buffer (bytes not yet written). Closed, and flushed, when the
/// last reference goes, as in CPython.
public final class PyFile: PyObject {
  public private(set) var fd: Int32
  /// `name` as given to `open()` (a str, bytes or int).
  public let name: Value
  /// The raw mode string (`'rb'`, `'wb'`, `'ab+'`, `'rb+'`, `'xb'` …).
  public let rawMode: String
  public let canRead: Bool
  public let canWrite: Bool
  let appending: Bool
  let closefd: Bool
  public private(set) var closed = false
  /// Unbuffered (`FileIO`): reads and writes go straight to the descriptor.
  let isRaw: Bool
  let bufferSize: Int
  var readBuffer: [UInt8] = []
  var readPos = 0
  var writeBuffer: [UInt8] = []
  /// Reached end of file on the last fill.
  var sawEOF = false
  var seekableCache: Bool?

  init(fd: Int32, name: Value, rawMode: String, canRead: Bool, canWrite: Bool, appending: Bool,
       closefd: Bool, isRaw: Bool, bufferSize: Int) {
    self.fd = fd
    self.name = name
    self.rawMode = rawMode
    self.canRead = canRead
    self.canWrite = canWrite
    self.appending = appending
    self.closefd = closefd
    self.isRaw = isRaw
    self.bufferSize = max(bufferSize, 1)
    let type: PyType = isRaw ? BuiltinTypes.fileIO
      : canRead && canWrite ? BuiltinTypes.bufferedRandom
      : canRead ? BuiltinTypes.bufferedReader : BuiltinTypes.bufferedWriter
    super.init(type: type)
  }

  deinit {
    if !closed {
      _ = try? flushWrites()
      if closefd { _ = Glibc.close(fd) }
    }
  }

  // MARK: State checks

  /// Raises CPython's ValueError for operation `op` on a closed file (each layer words it
  /// its own way: "read of closed file", "flush of closed file", …).
  func checkOpen(_ op: String = "") throws(PyError) {
    guard closed else { return }
    let message: String
    if isRaw {
      message = op == "flush" ? "I/O operation on closed file." : "I/O operation on closed file"
    } else {
      switch op {
      case "read": message = "read of closed file"
      case "readline": message = "readline of closed file"
      case "seek": message = "seek of closed file"
      case "write": message = "write to closed file"
      case "flush": message = canWrite ? "flush of closed file" : "I/O operation on closed file."
      case "iter": message = "I/O operation on closed file."
      default: message = "I/O operation on closed file"
      }
    }
    throw PyError.valueError(message)
  }

  func checkReadable(_ op: String = "read") throws(PyError) {
    if isRaw { try checkOpen(op) }
    if !canRead {
      throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation,
                                    message: isRaw ? "File not open for reading" : "read"))
    }
    try checkOpen(op)
  }

  func checkWritable() throws(PyError) {
    if isRaw { try checkOpen("write") }
    if !canWrite {
      throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation,
                                    message: isRaw ? "File not open for writing" : "write"))
    }
    try checkOpen("write")
  }

  // MARK: Descriptor I/O

  /// Reads up to `count` bytes from the descriptor (retrying on EINTR); empty at end of file.
  func readRaw(_ count: Int) throws(PyError) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: count)
    while true {
      // A signal that arrived just before the read would otherwise wait for the read's end.
      let ts = ThreadState.current
      if ts.interpreter.signals.isPending { try ts.checkSignals() }
      let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, count) }
      if n >= 0 {
        out.removeSubrange(n...)
        return out
      }
      if errno == EINTR {
        // PEP 475: retry after the signal's Python handler ran (it may raise KeyboardInterrupt).
        try ts.checkSignals()
        continue
      }
      throw OSErrors.fromErrno(errno)
    }
  }

  func writeRaw(_ bytes: [UInt8]) throws(PyError) {
    var off = 0
    while off < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
      if n < 0 {
        if errno == EINTR { continue }
        throw OSErrors.fromErrno(errno)
      }
      off += n
    }
  }

  /// Writes out the write buffer.
  public func flushWrites() throws(PyError) {
    if writeBuffer.isEmpty { return }
    let pending = writeBuffer
    writeBuffer.removeAll(keepingCapacity: true)
    try writeRaw(pending)
  }

  /// Gives unread read-ahead back to the descriptor (before writing or seeking).
  func dropReadAhead() {
    let unread = readBuffer.count - readPos
    if unread > 0 { _ = lseek(fd, off_t(-unread), SEEK_CUR) }
    readBuffer.removeAll(keepingCapacity: true)
    readPos = 0
  }

  /// Reads more bytes into the read buffer; false at end of file.
  @discardableResult
  func fill() throws(PyError) -> Bool {
    try flushWrites()
    if readPos > 0 && readPos == readBuffer.count {
      readBuffer.removeAll(keepingCapacity: true)
      readPos = 0
    } else if readPos > 65536 {
      readBuffer.removeFirst(readPos)
      readPos = 0
    }
    let chunk = try readRaw(bufferSize)
    sawEOF = chunk.isEmpty
    if chunk.isEmpty { return false }
    readBuffer.append(contentsOf: chunk)
    return true
  }

  var buffered: Int { readBuffer.count - readPos }

  // MARK: Reading

  /// `read(n)`: up to `n` bytes (all remaining when `n < 0`).
  public func read(_ n: Int) throws(PyError) -> [UInt8] {
    try checkReadable()
    if n < 0 {
      while try fill() {}
      let out = Array(readBuffer[readPos...])
      readBuffer.removeAll(keepingCapacity: true)
      readPos = 0
      return out
    }
    if isRaw && buffered == 0 {
      try flushWrites()
      return try readRaw(n)
    }
    while buffered < n {
      if !(try fill()) { break }
    }
    let take = min(n, buffered)
    let out = Array(readBuffer[readPos..<(readPos + take)])
    readPos += take
    return out
  }

  /// `read1(n)`: at most one descriptor read.
  func read1(_ n: Int) throws(PyError) -> [UInt8] {
    try checkReadable()
    if buffered == 0 { try fill() }
    let take = n < 0 ? buffered : min(n, buffered)
    let out = Array(readBuffer[readPos..<(readPos + take)])
    readPos += take
    return out
  }

  /// `readline(limit)`: through the next `\n` (or `limit` bytes, or end of file).
  public func readLine(_ limit: Int) throws(PyError) -> [UInt8] {
    try checkReadable("readline")
    var scanned = 0
    while true {
      var i = readPos + scanned
      while i < readBuffer.count {
        if readBuffer[i] == 0x0A || (limit >= 0 && i - readPos + 1 >= limit) {
          let out = Array(readBuffer[readPos...i])
          readPos = i + 1
          return out
        }
        i += 1
      }
      scanned = readBuffer.count - readPos
      if !(try fill()) {
        let out = Array(readBuffer[readPos...])
        readPos = readBuffer.count
        return out
      }
    }
  }

  /// The byte at `readPos + offset`, reading ahead if needed; nil at end of file.
  func peekByte(_ offset: Int) throws(PyError) -> UInt8? {
    while readPos + offset >= readBuffer.count {
      if !(try fill()) { return nil }
    }
    return readBuffer[readPos + offset]
  }

  // MARK: Writing

  public func write(_ bytes: [UInt8]) throws(PyError) {
    try checkWritable()
    if buffered > 0 { dropReadAhead() }
    if isRaw {
      try writeRaw(bytes)
      return
    }
    writeBuffer.append(contentsOf: bytes)
    if writeBuffer.count >= bufferSize { try flushWrites() }
  }

  // MARK: Positioning

  public func tell() throws(PyError) -> Int {
    try checkOpen()
    let pos = lseek(fd, 0, SEEK_CUR)
    if pos < 0 { throw OSErrors.fromErrno(errno) }
    return Int(pos) - buffered + writeBuffer.count
  }

  public func seek(_ offset: Int, _ whence: Int) throws(PyError) -> Int {
    try checkOpen("seek")
    if !isRaw && !(whence >= 0 && whence <= 2) {
      throw PyError.valueError("whence value \(whence) unsupported")
    }
    try flushWrites()
    var off = offset
    if whence == 1 { off -= buffered }
    readBuffer.removeAll(keepingCapacity: true)
    readPos = 0
    let pos = lseek(fd, off_t(off), Int32(whence))
    if pos < 0 { throw OSErrors.fromErrno(errno) }
    return Int(pos)
  }

  public func truncate(_ size: Int?) throws(PyError) -> Int {
    try checkWritable()
    try flushWrites()
    let n: Int
    if let size { n = size } else { n = try tell() }
    if buffered > 0 { dropReadAhead() }
    if ftruncate(fd, off_t(n)) != 0 { throw OSErrors.fromErrno(errno) }
    return n
  }

  public var isSeekable: Bool {
    if let s = seekableCache { return s }
    let s = lseek(fd, 0, SEEK_CUR) >= 0
    seekableCache = s
    return s
  }

  public func close() throws(PyError) {
    if closed { return }
    var failure: PyError? = nil
    do throws(PyError) { try flushWrites() } catch { failure = error }
    closed = true
    if closefd && Glibc.close(fd) != 0 && failure == nil { failure = OSErrors.fromErrno(errno) }
    if let failure { throw failure }
  }
}

extension BuiltinTypes {
  /// `io.UnsupportedOperation` (derives from OSError and ValueError).
  public static let unsupportedOperation: PyType = {
    let x = BuiltinTypes.exceptions
    let t = PyType.builtin("io.UnsupportedOperation", base: x.osError,
                           flags: [.baseType, .baseExceptionSubclass, .hasInstanceDict]) { _ in }
    t.qualname = String(t.shortName)
    t.bases = [x.osError, x.valueError]
    t.mro = [t, x.osError, x.valueError, x.exception, x.baseException, BuiltinTypes.object]
    t.dict.set("__module__", .object(PyStr.intern("io")))
    return t
  }()

  public static let fileIO: PyType = PyType.builtin("_io.FileIO") { t in t.qualname = String(t.shortName); BinaryFileMethods.install(t, raw: true) }
  public static let bufferedReader: PyType = PyType.builtin("_io.BufferedReader") { t in t.qualname = String(t.shortName); BinaryFileMethods.install(t, raw: false) }
  public static let bufferedWriter: PyType = PyType.builtin("_io.BufferedWriter") { t in t.qualname = String(t.shortName); BinaryFileMethods.install(t, raw: false) }
  public static let bufferedRandom: PyType = PyType.builtin("_io.BufferedRandom") { t in t.qualname = String(t.shortName); BinaryFileMethods.install(t, raw: false) }
}

/// The Python methods of the binary file types.
enum BinaryFileMethods {
  static func me(_ v: Value) -> PyFile { v.unsafeAs(PyFile.self) }

  /// A size argument: None or an int (`-1` meaning "all").
  static func sizeArg(_ ts: ThreadState, _ a: Args, _ fname: String) throws(PyError) -> Int {
    try ArgParser.positional(a, fname, min: 0, max: 1)
    if a.count == 0 || a[0].isNone { return -1 }
    if !Protocols.hasIndex(a[0]) {
      throw PyError.typeError("argument should be integer or None, not '\(Protocols.typeName(a[0]))'")
    }
    return try Protocols.indexAsInt(ts, a[0])
  }

  /// The bytes of a bytes-like argument.
  static func bytesArg(_ ts: ThreadState, _ v: Value) throws(PyError) -> [UInt8] {
    if let b = v.as(PyBytes.self) { return b.bytes }
    if Protocols.typeOf(v).mro.contains(where: { ($0.name == "bytearray" || $0.name == "memoryview") && !$0.typeFlags.contains(.heapType) }) {
      var out: [UInt8] = []
      for x in try Protocols.toArray(ts, v) {
        if case .int(let i) = x { out.append(UInt8(truncatingIfNeeded: i)) }
      }
      return out
    }
    throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(v))'")
  }

  static func install(_ t: PyType, raw: Bool) {
    t.addMethod("read") { ts, v, a throws(PyError) in
      .object(PyBytes(try me(v).read(try sizeArg(ts, a, "read"))))
    }
    t.addMethod("readall") { _, v, _ throws(PyError) in .object(PyBytes(try me(v).read(-1))) }
    if !raw {
      t.addMethod("read1") { ts, v, a throws(PyError) in
        .object(PyBytes(try me(v).read1(try sizeArg(ts, a, "read1"))))
      }
      t.addMethod("peek") { _, v, _ throws(PyError) in
        let f = me(v)
        try f.checkReadable()
        if f.buffered == 0 { try f.fill() }
        return .object(PyBytes(Array(f.readBuffer[f.readPos...])))
      }
      t.addProperty("raw") { _, v in v }
    }
    t.addMethod("readline") { ts, v, a throws(PyError) in
      .object(PyBytes(try me(v).readLine(try sizeArg(ts, a, "readline"))))
    }
    t.addMethod("readlines") { ts, v, a throws(PyError) in
      let hint = try sizeArg(ts, a, "readlines")
      var lines: [Value] = []
      var total = 0
      while true {
        let line = try me(v).readLine(-1)
        if line.isEmpty { break }
        lines.append(.object(PyBytes(line)))
        total += line.count
        if hint > 0 && total > hint { break }
      }
      return .object(PyList(lines))
    }
    t.addMethod("write") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "write", min: 1, max: 1)
      let bytes = try bytesArg(ts, a[0])
      try me(v).write(bytes)
      return .int(bytes.count)
    }
    t.addMethod("writelines") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "writelines", min: 1, max: 1)
      let it = try Protocols.getIter(ts, a[0])
      while let line = try Protocols.next(ts, it) { try me(v).write(try bytesArg(ts, line)) }
      return .none
    }
    t.addMethod("seek") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "seek", min: 1, max: 2)
      let whence = a.count > 1 ? try Protocols.indexAsInt(ts, a[1]) : 0
      return .int(try me(v).seek(try Protocols.indexAsInt(ts, a[0]), whence))
    }
    t.addMethod("tell") { _, v, _ throws(PyError) in .int(try me(v).tell()) }
    t.addMethod("truncate") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "truncate", min: 0, max: 1)
      let size: Int? = (a.count == 0 || a[0].isNone) ? nil : try Protocols.indexAsInt(ts, a[0])
      return .int(try me(v).truncate(size))
    }
    t.addMethod("flush") { _, v, _ throws(PyError) in
      let f = me(v)
      try f.checkOpen("flush")
      try f.flushWrites()
      return .none
    }
    t.addMethod("close") { _, v, _ throws(PyError) in
      try me(v).close()
      return .none
    }
    t.addMethod("fileno") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .int(Int(me(v).fd))
    }
    t.addMethod("isatty") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .bool(isatty(me(v).fd) != 0)
    }
    t.addMethod("readable") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .bool(me(v).canRead)
    }
    t.addMethod("writable") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .bool(me(v).canWrite)
    }
    t.addMethod("seekable") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return .bool(me(v).isSeekable)
    }
    t.addMethod("detach") { _, _, _ throws(PyError) in
      throw PyError(PyBaseException(type: BuiltinTypes.unsupportedOperation, message: "detach"))
    }
    t.addMethod("__enter__") { _, v, _ throws(PyError) in
      try me(v).checkOpen()
      return v
    }
    t.addMethod("__exit__") { _, v, _ throws(PyError) in
      try me(v).close()
      return .none
    }
    t.slots.iter = { _, v throws(PyError) in
      try me(v).checkOpen("iter")
      return v
    }
    t.slots.next = { _, v throws(PyError) in
      let line = try me(v).readLine(-1)
      return line.isEmpty ? nil : .object(PyBytes(line))
    }
    t.addProperty("closed") { _, v in .bool(me(v).closed) }
    t.addProperty("name") { _, v in me(v).name }
    t.addProperty("mode") { _, v in .object(PyStr(me(v).rawMode)) }
    if raw {
      t.addProperty("closefd") { _, v in .bool(me(v).closefd) }
    }
    t.slots.repr = { ts, v throws(PyError) in
      let f = me(v)
      let typeName = Protocols.typeOf(v).name
      if f.closed && f.isRaw { return .object(PyStr("<\(typeName) [closed]>")) }
      let name = try Protocols.reprString(ts, f.name)
      if f.isRaw {
        return .object(PyStr("<\(typeName) name=\(name) mode='\(f.rawMode)' closefd=\(f.closefd ? "True" : "False")>"))
      }
      return .object(PyStr("<\(typeName) name=\(name)>"))
    }
  }
}
