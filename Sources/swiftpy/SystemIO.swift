#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few operating-system services the command line needs, over the C library (no
/// Foundation: it costs start-up time): whole-file reads, writes to the standard streams,
/// the current directory, a monotonic clock and the process exit.
enum SystemIO {
  /// An `errno` failure, printed as CPython prints an OSError: `[Errno 2] No such file or directory`.
  struct OSError: Error {
    var code: Int32
    var description: String {
      return "[Errno \(code)] " + String(cString: strerror(code))
    }
  }

  /// The whole content of a file (or of standard input for fd 0).
  static func readFile(_ path: String) throws(OSError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw OSError(code: errno) }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      throw OSError(code: EISDIR)
    }
    return try readAll(fd)
  }

  /// Whether `path` names a directory.
  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether `path` names an existing file (of any kind).
  static func exists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
  }

  static func readAll(_ fd: Int32) throws(OSError) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw OSError(code: errno)
      }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
    }
    return result
  }

  static func write(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }

  static func writeOut(_ text: String) { write(1, text) }
  static func writeErr(_ text: String) { write(2, text) }

  /// `path` made absolute against the current directory (CPython shows script paths that way
  /// in "can't open file" errors).
  static func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
  }

  /// CPU seconds used by the whole process (all threads), less sensitive than wall-clock time
  /// to other programs competing for the machine.
  static func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// The running executable's path (`/proc/self/exe`), for `sys.executable`.
  static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Seconds on the monotonic clock.
  static func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Runs `body` on a new thread with a 512 MiB stack (reserved address space; pages are used
  /// only when touched) and waits for it: walks of deep ASTs recurse once per level.
  static func runOnLargeStack(_ body: @escaping () -> Void) {
    final class Box {
      let body: () -> Void
      init(_ body: @escaping () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 512 << 20)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(&thread, &attributes, { raw in
      let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
      box.body()
      return nil
    }, box)
    if status != 0 {
      // No thread: run here (deep trees may then exhaust the stack).
      Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
      return
    }
    pthread_join(thread, nil)
  }

  static func exit(_ status: Int32) -> Never {
    Glibc.exit(status)
  }
}
