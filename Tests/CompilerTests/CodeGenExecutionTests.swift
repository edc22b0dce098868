import Foundation
import XCTest
import PySyntax
import PyCompiler

/// Runs every program of Tests/corpus/compiler/ through swiftpy's compiler and executes the
/// bytecode with the reference interpreter (Fixtures/CodeGen/regvm.py, which runs on
/// CPython's objects); its stdout — and the last stderr line when the program fails — must
/// equal CPython 3.11's expected files. This checks the code generator end to end until
/// swiftpy's own interpreter can run the same corpus (Tests/DifferentialTests).
final class CodeGenExecutionTests: XCTestCase {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../corpus/compiler").standardizedFileURL

  func testCorpusThroughReferenceInterpreter() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
      .filter { $0.hasSuffix(".py") }.sorted()
    XCTAssertFalse(files.isEmpty, "no programs in \(Self.corpus.path)")
    let only = ProcessInfo.processInfo.environment["CODEGEN_ONLY"]
    var failures: [String] = []
    for file in files {
      if let only, !file.contains(only) { continue }
      if let problem = try run(file) { failures.append("\(file): \(problem)") }
    }
    if !failures.isEmpty {
      XCTFail("\(failures.count) of \(files.count) programs differ:\n" + failures.joined(separator: "\n\n"))
    }
  }

  /// nil when the program behaves as under CPython, else a description of the difference.
  private func run(_ file: String) throws -> String? {
    let path = Self.corpus.appendingPathComponent(file)
    let source = try Data(contentsOf: path)
    let errPath = path.deletingPathExtension().appendingPathExtension("err")
    let expectedErr = try? String(contentsOf: errPath, encoding: .utf8)
    let unit: CodeUnit
    switch Self.compile([UInt8](source), filename: file) {
    case .success(let u): unit = u
    case .failure(let e):
      // A compile-time error must be CPython's, with nothing printed before it.
      let got = "\(e.kind.rawValue): \(e.message)"
      if let expectedErr, lastLine(expectedErr) == got { return nil }
      return "\(got) (line \(e.lineno)) from swiftpy; CPython: \(expectedErr.map(lastLine) ?? "no error")"
    }
    let json = FileManager.default.temporaryDirectory
      .appendingPathComponent("codegen-\(ProcessInfo.processInfo.processIdentifier)-\(file).json")
    try CodeGenSupport.json(unit, modules: try stdlibModules(for: file)).write(to: json, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: json) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", CodeGenSupport.fixtures.appendingPathComponent("regvm.py").path, json.path]
    process.currentDirectoryURL = Self.corpus
    process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                           "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    let expectedOut = (try? String(contentsOf: path.deletingPathExtension().appendingPathExtension("out"),
                                   encoding: .utf8)) ?? ""
    var problems: [String] = []
    if stdout != expectedOut {
      problems.append("stdout differs:\n--- expected\n\(expectedOut)--- got\n\(stdout)")
    }
    if let expectedErr {
      let want = lastLine(expectedErr)
      let got = lastLine(stderr)
      if want != got { problems.append("last stderr line: expected \(want), got \(got)\n\(stderr)") }
    } else if process.terminationStatus != 0 || !stderr.isEmpty {
      problems.append("failed (status \(process.terminationStatus)):\n\(stderr)")
    }
    return problems.isEmpty ? nil : problems.joined(separator: "\n")
  }

  /// Pure-Python standard library modules compiled by swiftpy for the programs that use them
  /// (`stdlib_*.py`): the reference interpreter imports these instead of CPython's.
  static let stdlibModuleNames = [
    "textwrap", "difflib", "pprint", "shlex", "fractions", "statistics", "ipaddress", "colorsys",
    "calendar", "ast", "graphlib", "fnmatch", "copy", "string", "dataclasses", "contextlib",
    "_pydecimal", "argparse", "tokenize", "inspect", "typing", "heapq", "numbers", "bisect",
    "random", "locale", "gettext", "dis", "opcode", "token", "linecache", "weakref", "_weakrefset",
    "tomllib", "tomllib._parser", "tomllib._re", "tomllib._types", "pathlib", "configparser",
    "html", "html.parser", "html.entities", "_markupbase", "_pyio", "pickle", "_compat_pickle",
    "base64", "hmac", "uuid", "getopt", "optparse", "unittest", "unittest.case", "unittest.suite",
    "unittest.loader", "unittest.main", "unittest.result", "unittest.runner", "unittest.signals",
    "unittest.util", "unittest.async_case", "traceback", "zoneinfo", "zoneinfo._common",
    "zoneinfo._tzpath", "zoneinfo._zoneinfo", "datetime", "struct", "signal", "glob",
  ]

  private func stdlibModules(for file: String) throws -> [(name: String, isPackage: Bool, code: CodeUnit)] {
    guard file.hasPrefix("stdlib_") else { return [] }
    let lib = "/root/.pyenv/versions/3.11.7/lib/python3.11"
    var out: [(name: String, isPackage: Bool, code: CodeUnit)] = []
    for name in Self.stdlibModuleNames {
      var path = lib + "/" + name.replacingOccurrences(of: ".", with: "/") + ".py"
      var isPackage = false
      if !FileManager.default.fileExists(atPath: path) {
        path = lib + "/" + name.replacingOccurrences(of: ".", with: "/") + "/__init__.py"
        isPackage = true
      }
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      switch Self.compile(bytes, filename: path) {
      case .success(let u): out.append((name, isPackage, u))
      case .failure(let e): XCTFail("\(path): \(e.message)")
      }
    }
    return out
  }

  static func compile(_ bytes: [UInt8], filename: String) -> Result<CodeUnit, PySyntaxError> {
    do throws(PySyntaxError) {
      let mod = try Parser.parse(bytes: bytes, filename: filename)
      return .success(try Compiler.compile(mod, filename: filename, mode: .exec, source: bytes))
    } catch {
      return .failure(error)
    }
  }

  private func lastLine(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
  }
}
