#if canImport(Glibc)
import Glibc
#endif

/// `open()` (CPython's Modules/_io/_iomodule.c `_io_open_impl` and fileio.c): validates the
/// mode and arguments with CPython's messages, opens the descriptor, and stacks the layers —
/// a raw or buffered binary file, and a text file on top for text modes.
enum FileOpening {
  static let signature = ClinicSignature("open", ["file", "mode", "buffering", "encoding", "errors", "newline",
                                                  "closefd", "opener"], minPos: 1)

  static func open(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try signature.bind(args)
    let file = a[0]!
    let modeValue = a[1] ?? .object(PyStr.intern("r"))
    guard let modeStr = modeValue.as(PyStr.self) else {
      throw PyError.typeError("open() argument 'mode' must be str, not \(Protocols.typeName(modeValue))")
    }
    let mode = modeStr.string
    let buffering = try a[2].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? -1
    func optionalString(_ v: Value?, _ name: String) throws(PyError) -> String? {
      guard let v, !v.isNone else { return nil }
      guard let s = v.as(PyStr.self) else {
        throw PyError.typeError("open() argument '\(name)' must be str or None, not \(Protocols.typeName(v))")
      }
      return s.string
    }
    let encoding = try optionalString(a[3], "encoding")
    let errors = try optionalString(a[4], "errors")
    let newline = try optionalString(a[5], "newline")
    let closefd = try a[6].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? true
    let opener = a[7] ?? .none

    // Mode letters, each at most once.
    var seen = Set<Character>()
    for c in mode {
      if !"rwxabt+".contains(c) || seen.contains(c) {
        throw PyError.valueError("invalid mode: '\(mode)'")
      }
      seen.insert(c)
    }
    let creating = seen.contains("x"), reading = seen.contains("r"), writing = seen.contains("w")
    let appending = seen.contains("a"), updating = seen.contains("+")
    let text = seen.contains("t"), binary = seen.contains("b")
    if text && binary { throw PyError.valueError("can't have text and binary mode at once") }
    let kinds = [creating, reading, writing, appending].filter { $0 }.count
    if kinds > 1 { throw PyError.valueError("must have exactly one of create/read/write/append mode") }
    if kinds == 0 {
      throw PyError.valueError("Must have exactly one of create/read/write/append mode and at most one plus")
    }
    if binary && encoding != nil { throw PyError.valueError("binary mode doesn't take an encoding argument") }
    if binary && errors != nil { throw PyError.valueError("binary mode doesn't take an errors argument") }
    if binary && newline != nil { throw PyError.valueError("binary mode doesn't take a newline argument") }

    // The descriptor.
    var fd: Int32
    var nameValue = file
    var flags: Int32 = O_CLOEXEC
    if updating { flags |= O_RDWR } else if reading { flags |= O_RDONLY } else { flags |= O_WRONLY }
    if writing { flags |= O_CREAT | O_TRUNC }
    if appending { flags |= O_CREAT | O_APPEND }
    if creating { flags |= O_CREAT | O_EXCL }
    if case .int(let n) = file {
      if n < 0 { throw PyError.valueError("negative file descriptor") }
      fd = Int32(truncatingIfNeeded: n)
      nameValue = .int(n)
    } else if case .bool = file {
      throw PyError.typeError("expected str, bytes or os.PathLike object, not bool")
    } else {
      let path = try FilePaths.fsPath(ts, file)
      if !opener.isNone {
        let r = try Protocols.call(ts, opener, [file, .int(Int(flags))])
        guard case .int(let n) = r else { throw PyError.typeError("expected an integer from opener") }
        if n < 0 { throw PyError.valueError("opener returned \(n)") }
        fd = Int32(truncatingIfNeeded: n)
      } else {
        if path.utf8.contains(0) { throw PyError.valueError("embedded null byte") }
        fd = Glibc.open(path, flags, 0o666)
        if fd < 0 { throw OSErrors.fromErrno(errno, filename: file) }
      }
      var st = stat()
      if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
        _ = Glibc.close(fd)
        throw OSErrors.fromErrno(EISDIR, filename: file)
      }
    }
    if appending { _ = lseek(fd, 0, SEEK_END) }
    let rawMode = creating ? (updating ? "xb+" : "xb")
      : appending ? (updating ? "ab+" : "ab")
      : (reading && updating) || (writing && updating) ? "rb+"
      : reading ? "rb" : "wb"
    let canRead = reading || updating
    let canWrite = writing || appending || creating || updating
    var bufferSize = buffering
    let lineBuffering = buffering == 1 || (buffering < 0 && isatty(fd) != 0)
    if buffering < 0 || buffering == 1 {
      var st = stat()
      bufferSize = (fstat(fd, &st) == 0 && st.st_blksize > 1) ? Int(st.st_blksize) : 8192
    }
    let binaryFile = PyFile(fd: fd, name: nameValue, rawMode: rawMode, canRead: canRead, canWrite: canWrite,
                            appending: appending, closefd: closefd, isRaw: buffering == 0, bufferSize: bufferSize)
    if binary { return .object(binaryFile) }
    // Text-layer checks come after the descriptor is open, as in CPython (the binary file
    // closes it when dropped).
    if buffering == 0 { throw PyError.valueError("can't have unbuffered text I/O") }

    let encodingName = encoding ?? "UTF-8"
    guard let codec = TextCodec.lookup(encodingName) else {
      throw PyError.make(BuiltinTypes.exceptions.lookupError, "unknown encoding: \(encodingName)")
    }
    if let nl = newline, !(nl == "" || nl == "\n" || nl == "\r" || nl == "\r\n") {
      throw PyError.valueError("illegal newline value: \(nl)")
    }
    if let e = errors, !["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace",
                         "surrogatepass", "namereplace"].contains(e) {
      throw PyError.make(BuiltinTypes.exceptions.lookupError, "unknown error handler name '\(e)'")
    }
    return .object(PyTextFile(buffer: binaryFile, codec: codec, encodingName: encodingName, errors: errors ?? "strict",
                              newline: newline, lineBuffering: lineBuffering, writeThrough: false, mode: mode))
  }
}

/// File-system paths from Python values (`PyUnicode_FSConverter`): str, bytes, or an object
/// with `__fspath__`.
enum FilePaths {
  static func fsPath(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    if let s = v.as(PyStr.self) { return s.string }
    if let b = v.as(PyBytes.self) { return String(decoding: b.bytes, as: UTF8.self) }
    if let m = try Protocols.lookupSpecial(ts, v, PyStr.intern("__fspath__")) {
      let r = try Protocols.call(ts, m, [])
      if let s = r.as(PyStr.self) { return s.string }
      if let b = r.as(PyBytes.self) { return String(decoding: b.bytes, as: UTF8.self) }
      throw PyError.typeError("expected \(Protocols.typeName(v)).__fspath__() to return str or bytes, not \(Protocols.typeName(r))")
    }
    throw PyError.typeError("expected str, bytes or os.PathLike object, not \(Protocols.typeName(v))")
  }
}
