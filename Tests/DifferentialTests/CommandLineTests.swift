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
    var status: Int32 = 0
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

    for (i, c) in Self.cases.enumerated() {
      let stdinPath = dir.appendingPathComponent("stdin-\(i)").path
      try c.stdin.write(toFile: stdinPath, atomically: true, encoding: .utf8)
      let result = try Subprocess.run([swiftpy] + c.args, directory: dir.path, environment: DifferentialTests.environment,
                                      timeoutSeconds: 10, stdinPath: stdinPath)
      let label = "swiftpy \(c.args)"
      XCTAssertEqual(result.termination, .exited(c.status), label)
      XCTAssertEqual(String(decoding: result.stdout, as: UTF8.self), c.stdout, label)
      let err = String(decoding: result.stderr, as: UTF8.self)
      if let expected = c.stderr {
        XCTAssertEqual(err, expected, label)
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
}
