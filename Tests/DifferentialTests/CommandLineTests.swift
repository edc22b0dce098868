import Foundation
import XCTest

/// swiftpy's command line against CPython 3.11's (`python3 [option] ... [-c cmd | file | -] [arg] ...`):
/// option grouping, attached arguments, `--`, `-c`, `-`, sys.argv, -O, and the usage errors.
/// The expected texts are python3 3.11.7's output for the same command lines; where CPython
/// prints its own program name, only the text after it is compared.
final class CommandLineTests: XCTestCase {
  struct Case {
    var args: [String]
    var stdin: String = ""
    var stdout: String = ""
    /// Expected stderr (exact), or nil to compare only `stderrFirstLine`.
    var stderr: String? = ""
    var stderrFirstLine: String? = nil
    /// When set (and `stderr` is nil): the expected end of stderr (after CPython's program name).
    var stderrSuffix: String? = nil
    var status: Int32 = 0
    /// The signal that must end the process (instead of an exit status).
    var signal: Int32? = nil
  }

  static let cases: [Case] = [
    Case(args: ["-c", "import sys; print(sys.argv)", "a", "b"], stdout: "['-c', 'a', 'b']\n"),
    Case(args: ["argv.py", "a", "b"], stdout: "['argv.py', 'a', 'b']\n"),
    Case(args: ["argv.py"], stdout: "['argv.py']\n"),
    Case(args: ["--", "argv.py", "-x"], stdout: "['argv.py', '-x']\n"),
    Case(args: ["-Wignore", "-Xdev", "-uBq", "argv.py"], stdout: "['argv.py']\n"),
    Case(args: ["-O", "-c", "print(__debug__)"], stdout: "False\n"),
    Case(args: ["-c", "print(__debug__)"], stdout: "True\n"),
    Case(args: ["-c", "import sys; print(sys.path[0] == '')"], stdout: "True\n"),
    Case(args: ["-", "a"], stdin: "import sys; print('from stdin', sys.argv)\n", stdout: "from stdin ['-', 'a']\n"),
    Case(args: [], stdin: "print('no arguments')\n", stdout: "no arguments\n"),
    Case(args: ["-c", "x = ("],
         stderr: "  File \"<string>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", status: 1),
    Case(args: ["-c", "if x = 1: pass"],
         stderr: "  File \"<string>\", line 1\n    if x = 1: pass\n       ^^^^^\n"
           + "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n", status: 1),
    Case(args: ["-c"], stderr: nil, stderrFirstLine: "Argument expected for the -c option", status: 2),
    Case(args: ["-X"], stderr: nil, stderrFirstLine: "Argument expected for the -X option", status: 2),
    Case(args: ["-z"], stderr: nil, stderrFirstLine: "Unknown option: -z", status: 2),
    Case(args: ["--foo"], stderr: nil, stderrFirstLine: "unknown option --foo", status: 2),
    Case(args: ["-V"], stdout: "Python 3.11.7\n"),
    Case(args: ["--version"], stdout: "Python 3.11.7\n"),
    // A program read from stdin runs as <stdin>.
    Case(args: [], stdin: "print('x')\n1/0\n", stdout: "x\n",
         stderr: "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n"
           + "ZeroDivisionError: division by zero\n", status: 1),
    Case(args: ["-"], stdin: "x = (\n",
         stderr: "  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", status: 1),
    // -x skips the script's first line.
    Case(args: ["-x", "firstline.py"], stdout: "after the first line\n"),
    // sys.flags, sys.warnoptions and sys._xoptions from the options (python3 3.11.7's values).
    Case(args: ["-I", "-b", "-X", "dev", "-X", "utf8", "-W", "error", "-c",
                "import sys; print(sys.flags, sys.warnoptions, sys._xoptions)"],
         stdout: "sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=1, "
           + "no_site=0, ignore_environment=1, verbose=0, bytes_warning=1, quiet=0, hash_randomization=1, isolated=1, "
           + "dev_mode=True, utf8_mode=1, warn_default_encoding=0, safe_path=True, int_max_str_digits=-1) "
           + "['default', 'error', 'default::BytesWarning'] {'dev': True, 'utf8': True}\n"),
    Case(args: ["-OO", "-bb", "-d", "-s", "-S", "-P", "-q", "-B", "-c",
                "import sys; f = sys.flags; print(f.optimize, f.bytes_warning, f.debug, f.no_user_site, f.no_site, "
                  + "f.safe_path, f.quiet, f.dont_write_bytecode, sys.warnoptions, sys.orig_argv[1:4])"],
         stdout: "2 2 1 1 1 True 1 1 ['error::BytesWarning'] ['-OO', '-bb', '-d']\n"),
    Case(args: ["-X", "int_max_str_digits=700", "-c", "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())"],
         stdout: "700 700\n"),
    // -i: the REPL after the program, reading the rest of stdin (prompts on stderr when stdin is
    // not a terminal); a SystemExit of the program is printed, the REPL's own ends the process.
    Case(args: ["-i", "-c", "x = 41"], stdin: "x + 1\nimport sys; sys.exit(5)\n", stdout: "42\n",
         stderr: ">>> >>> ", status: 5),
    Case(args: ["-i", "-c", "import sys; sys.exit(4)"], stdin: "print('still here')\n", stdout: "still here\n",
         stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 4\n>>> >>> \n"),
    Case(args: ["-i", "-c", "x = 1"], stdin: "1/0\nif x:\n  print('block')\n\n(x,\n 2)\n", stdout: "block\n(1, 2)\n",
         stderr: ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
           + "ZeroDivisionError: division by zero\n>>> ... ... >>> ... >>> \n"),
    // -m: runpy's messages (after CPython's "<executable>: ").
    Case(args: ["-m", "mod", "a"], stdout: "__main__ mod.py a\n"),
    Case(args: ["-m", "pkg", "a"], stdout: "pkg init\n__main__ __main__.py a pkg\n"),
    Case(args: ["-m", "pkg.sub"], stdout: "pkg init\n__main__ sub.py pkg\n"),
    Case(args: ["-m", "nosuch"], stderr: nil, stderrSuffix: ": No module named nosuch\n", status: 1),
    Case(args: ["-m", "pkgnomain"], stderr: nil,
         stderrSuffix: ": No module named pkgnomain.__main__; 'pkgnomain' is a package and cannot be directly executed\n",
         status: 1),
    Case(args: ["-m", "nosuch.x"], stderr: nil,
         stderrSuffix: ": Error while finding module specification for 'nosuch.x' (ModuleNotFoundError: No module named 'nosuch')\n",
         status: 1),
    Case(args: ["-m", ".rel"], stderr: nil, stderrSuffix: ": Relative module names not supported\n", status: 1),
    Case(args: ["-m", "sys"], stderr: nil, stderrSuffix: ": No code object available for sys\n", status: 1),
    Case(args: ["-m", "failing"],
         stderr: "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
           + "  File \"<frozen runpy>\", line 88, in _run_code\n  File \"$DIR/failing.py\", line 1, in <module>\n"
           + "    1/0\n    ~^~\nZeroDivisionError: division by zero\n", status: 1),
    // Exit status 120 when sys.stdout cannot be flushed at exit.
    Case(args: ["-c", "import sys; sys.stdout = open('/dev/full', 'w'); print('x')"],
         stderr: "Exception ignored in: <_io.TextIOWrapper name='/dev/full' mode='w' encoding='UTF-8'>\n"
           + "OSError: [Errno 28] No space left on device\n", status: 120),
    // An unhandled KeyboardInterrupt: the traceback, then death by SIGINT.
    Case(args: ["-c", "import signal; print('a'); signal.raise_signal(signal.SIGINT)"], stdout: "a\n",
         stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt\n",
         signal: 2),
    Case(args: ["-c", "x = 1\nprint(x is 1)"], stdout: "True\n",
         stderr: "<string>:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"),
    Case(args: ["-W", "ignore", "-c", "x = 1\nprint(x is 1)"], stdout: "True\n"),
  ]

  func testCommandLinesBehaveAsCPython() throws {
    guard let swiftpy = DifferentialTests.swiftpyPath() else {
      XCTFail("no swiftpy executable beside the test bundle (build it, or set SWIFTPY)")
      return
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftpy-cli-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "import sys\nprint(sys.argv)\n".write(to: dir.appendingPathComponent("argv.py"), atomically: true, encoding: .utf8)
    let files: [String: String] = [
      "firstline.py": "this line is not Python\nprint('after the first line')\n",
      "mod.py": "import sys\nprint(__name__, __file__.rsplit('/', 1)[1], *sys.argv[1:])\n",
      "pkg/__init__.py": "print('pkg init')\n",
      "pkg/__main__.py": "import sys\nprint(__name__, __file__.rsplit('/', 1)[1], *sys.argv[1:], __package__)\n",
      "pkg/sub.py": "import sys\nprint(__name__, __file__.rsplit('/', 1)[1], *sys.argv[1:], __package__)\n",
      "pkgnomain/__init__.py": "",
      "failing.py": "1/0\n",
    ]
    for (name, text) in files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    for (i, c) in Self.cases.enumerated() {
      let stdinPath = dir.appendingPathComponent("stdin-\(i)").path
      try c.stdin.write(toFile: stdinPath, atomically: true, encoding: .utf8)
      let result = try Subprocess.run([swiftpy] + c.args, directory: dir.path, environment: DifferentialTests.environment,
                                      timeoutSeconds: 10, stdinPath: stdinPath)
      let label = "swiftpy \(c.args)"
      XCTAssertEqual(result.termination, c.signal.map { .signalled($0) } ?? .exited(c.status), label)
      XCTAssertEqual(String(decoding: result.stdout, as: UTF8.self), c.stdout, label)
      let err = String(decoding: result.stderr, as: UTF8.self)
      if let expected = c.stderr {
        XCTAssertEqual(err, expected.replacingOccurrences(of: "$DIR", with: dir.path), label)
      } else if let suffix = c.stderrSuffix {
        XCTAssertTrue(err.hasSuffix(suffix), "\(label): \(err)")
      } else {
        XCTAssertEqual(err.split(separator: "\n").first.map(String.init), c.stderrFirstLine, label)
      }
    }
  }

  func testMissingScriptIsReportedLikeCPython() throws {
    guard let swiftpy = DifferentialTests.swiftpyPath() else { return XCTFail("no swiftpy") }
    let result = try Subprocess.run([swiftpy, "no_such_script.py"], directory: "/tmp",
                                    environment: DifferentialTests.environment, timeoutSeconds: 10)
    XCTAssertEqual(result.termination, .exited(2))
    // CPython: "python3: can't open file '/tmp/no_such_script.py': [Errno 2] No such file or directory"
    let err = String(decoding: result.stderr, as: UTF8.self)
    XCTAssertTrue(err.hasSuffix(": can't open file '/tmp/no_such_script.py': [Errno 2] No such file or directory\n"), err)
  }

  /// A directory argument runs its __main__.py (python3 3.11.7: sys.argv[0] is the directory as
  /// given, __file__ the __main__.py path, sys.path[0] the directory).
  func testDirectoryRunsItsMainModule() throws {
    guard let swiftpy = DifferentialTests.swiftpyPath() else { return XCTFail("no swiftpy") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftpy-cli-dir-\(getpid())")
    let app = dir.appendingPathComponent("app")
    try FileManager.default.createDirectory(at: app, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }

    let missing = try Subprocess.run([swiftpy, "app"], directory: dir.path, environment: DifferentialTests.environment,
                                     timeoutSeconds: 10)
    XCTAssertEqual(missing.termination, .exited(1))
    // CPython: "<sys.executable>: can't find '__main__' module in '/abs/app'"
    let err = String(decoding: missing.stderr, as: UTF8.self)
    XCTAssertTrue(err.hasSuffix(": can't find '__main__' module in '\(app.path)'\n"), err)

    try "import sys\nprint(sys.argv, __file__ == sys.path[0] + '/__main__.py')\n"
      .write(to: app.appendingPathComponent("__main__.py"), atomically: true, encoding: .utf8)
    let run = try Subprocess.run([swiftpy, "app"], directory: dir.path, environment: DifferentialTests.environment,
                                 timeoutSeconds: 10)
    XCTAssertEqual(run.termination, .exited(0))
    XCTAssertEqual(String(decoding: run.stdout, as: UTF8.self), "['app'] True\n")
  }
  /// The REPL on a terminal, against python3's own REPL: a pty driver (python3's `pty` module)
  /// types statements after each prompt, sends SIGINT at a prompt and during `time.sleep`,
  /// and ends with Ctrl-D. Compared: the terminal output (prompts and results, with the pty's
  /// echo), stderr without the banner's first line (the version line differs by design), and
  /// the exit status (a death by SIGINT: the last statement was interrupted).
  func testInteractiveSessionOnATerminalBehavesAsCPython() throws {
    guard let swiftpy = DifferentialTests.swiftpyPath() else { return XCTFail("no swiftpy") }
    let driver = """
      import json, os, pty, select, signal, subprocess, sys, time
      signal.signal(signal.SIGINT, signal.SIG_DFL)
      master, slave = pty.openpty()
      p = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=subprocess.PIPE, close_fds=True)
      os.close(slave)
      out = b""
      def pump(until, timeout=30):
          global out
          end = time.time() + timeout
          while time.time() < end and not until():
              r, _, _ = select.select([master], [], [], 0.05)
              if r:
                  try:
                      out += os.read(master, 65536)
                  except OSError:
                      return
      def new_prompt(mark):
          return lambda: len(out) > mark and (out.endswith(b">>> ") or out.endswith(b"... "))
      steps = ["1+1\\n", "1/0\\n", "if 1:\\n", "  2\\n", "\\n", "x = (\\n", "3)\\n", "x\\n", "_ * 2\\n",
               "def f():\\n", "  return undefined\\n", "\\n", "f()\\n", "SIGINT", "time.sleep(30)\\n"]
      pump(new_prompt(0))
      for step in steps:
          mark = len(out)
          if step == "SIGINT":
              time.sleep(0.5)  # both implementations blocked in their read by then
              p.send_signal(signal.SIGINT)
              pump(new_prompt(mark))
              continue
          os.write(master, step.encode())
          if step.startswith("time.sleep"):
              pump(lambda: len(out) >= mark + len(step) + 1)
              time.sleep(1.0)
              p.send_signal(signal.SIGINT)
              pump(new_prompt(mark + len(step)))
          else:
              pump(new_prompt(mark + len(step)))
          if step == "1+1\\n":
              os.write(master, b"import time\\n")
              pump(new_prompt(len(out)))
      os.write(master, b"\\x04")
      try:
          p.wait(30)
      except subprocess.TimeoutExpired:
          p.kill()
      pump(lambda: False, timeout=0.3)
      err = p.stderr.read().decode()
      print(json.dumps({"status": p.returncode, "tty": out.decode(errors="replace"),
                        "stderr": err.split("\\n", 1)[1] if "\\n" in err else err}))
      """
    // The driver and the oracle: python3 3.11 from PATH.
    let searchPath = (DifferentialTests.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard let python = searchPath.map({ "\($0)/python3" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else { throw XCTSkip("no python3 on PATH") }
    func session(_ command: [String]) throws -> String {
      let result = try Subprocess.run([python, "-c", driver] + command, directory: "/tmp",
                                      environment: DifferentialTests.environment, timeoutSeconds: 120)
      XCTAssertEqual(result.termination, .exited(0), String(decoding: result.stderr, as: UTF8.self))
      return String(decoding: result.stdout, as: UTF8.self)
    }
    let expected = try session([python])
    let got = try session([swiftpy])
    XCTAssertTrue(expected.contains("\"status\": -2"), expected)
    XCTAssertEqual(got, expected)
  }
}
