#if canImport(Glibc)
import Glibc
#endif

/// Runs one program to completion the way the corpus harness needs: a given working
/// directory and environment, stdin from a file (/dev/null by default), stdout and stderr captured separately,
/// and a time limit after which the whole process group is killed. Built on `posix_spawn`
/// and `poll` (Foundation's `Process` is not reliable when used from several threads on Linux).
struct Subprocess {
  enum Termination: Equatable {
    case exited(Int32)
    case signalled(Int32)
    case timedOut
  }

  struct Result {
    var termination: Termination
    var stdout: [UInt8]
    var stderr: [UInt8]
  }

  struct SpawnError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { return "posix_spawn failed: " + String(cString: strerror(code)) }
  }

  // glibc functions Swift's Glibc module does not import (they need _GNU_SOURCE).
  private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
  private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>,
                                               UnsafePointer<CChar>) -> Int32
  nonisolated(unsafe) private static let pipe2: Pipe2 = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2"), to: Pipe2.self)
  nonisolated(unsafe) private static let addChdir: AddChdir = unsafeBitCast(
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np"), to: AddChdir.self)

  /// `stdinPath` is the file the program reads as its standard input.
  static func run(_ argv: [String], directory: String, environment: [String: String],
                  timeoutSeconds: Double, stdinPath: String = "/dev/null") throws -> Result {
    var outPipe: [Int32] = [0, 0]
    var errPipe: [Int32] = [0, 0]
    guard pipe2(&outPipe, O_CLOEXEC) == 0 else { throw SpawnError(code: errno) }
    guard pipe2(&errPipe, O_CLOEXEC) == 0 else {
      close(outPipe[0]); close(outPipe[1])
      throw SpawnError(code: errno)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    _ = addChdir(&actions, directory)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Its own process group, so a timeout kills everything it started; and the signal state of
    // a program started from a shell (nothing blocked, SIGINT/SIGPIPE at their defaults), not the
    // test runner's thread's (whose blocked or ignored signals a child would inherit).
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    posix_spawnattr_setpgroup(&attributes, 0)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for sig in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGXFSZ] { sigaddset(&defaults, sig) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)

    let cArgv = argv.map { strdup($0) } + [nil]
    let cEnv = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in cArgv { free(p) }
      for p in cEnv { free(p) }
    }

    var pid: pid_t = 0
    let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArgv, cEnv)
    close(outPipe[1])
    close(errPipe[1])
    if status != 0 {
      close(outPipe[0]); close(errPipe[0])
      throw SpawnError(code: status)
    }

    var out: [UInt8] = []
    var err: [UInt8] = []
    var open = [outPipe[0], errPipe[0]]
    let deadline = monotonicSeconds() + timeoutSeconds
    var timedOut = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while !open.isEmpty {
      let remaining = deadline - monotonicSeconds()
      if remaining <= 0 {
        timedOut = true
        break
      }
      var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      for entry in fds where entry.revents != 0 {
        let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
        if n > 0 {
          if entry.fd == outPipe[0] {
            out.append(contentsOf: buffer[0..<n])
          } else {
            err.append(contentsOf: buffer[0..<n])
          }
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
          close(entry.fd)
          open.removeAll { $0 == entry.fd }
        }
      }
    }
    if timedOut {
      kill(-pid, SIGKILL)
      kill(pid, SIGKILL)
      for fd in open { close(fd) }
    }
    var waitStatus: Int32 = 0
    while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}

    let termination: Termination
    if timedOut {
      termination = .timedOut
    } else if waitStatus & 0x7F == 0 {
      termination = .exited((waitStatus >> 8) & 0xFF)
    } else {
      termination = .signalled(waitStatus & 0x7F)
    }
    return Result(termination: termination, stdout: out, stderr: err)
  }

  static func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
