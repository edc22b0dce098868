import Foundation
import XCTest

/// Runs every test of the differential corpus (Tests/corpus/, format in its README.md) with the
/// `swiftpy` built beside this test bundle, two at a time, and reports one failure per failing
/// file with a diff against the output CPython 3.11 produced.
///
/// `SWIFTPY=/path/to/swiftpy` overrides the binary; `CORPUS_FILTER=substring` runs only the
/// tests whose relative path contains the substring.
final class DifferentialTests: XCTestCase {
  static let corpusRoot: String = {
    // This file is Tests/DifferentialTests/DifferentialTests.swift.
    let here = URL(fileURLWithPath: #filePath)
    return here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path
  }()

  static let environment: [String: String] = [
    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    "PYTHONHASHSEED": "0",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
  ]

  /// The swiftpy executable: $SWIFTPY, else the one in this test bundle's build directory.
  static func swiftpyPath() -> String? {
    if let path = ProcessInfo.processInfo.environment["SWIFTPY"] { return path }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On macOS the test binary sits inside a .xctest bundle.
    while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
    let candidate = dir.appendingPathComponent("swiftpy").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
  }

  func testCorpus() throws {
    guard let swiftpy = Self.swiftpyPath() else {
      XCTFail("no swiftpy executable beside the test bundle (build it, or set SWIFTPY)")
      return
    }
    var tests = try CorpusTest.discover(root: Self.corpusRoot)
    if let filter = ProcessInfo.processInfo.environment["CORPUS_FILTER"] {
      tests = tests.filter { $0.relativePath.contains(filter) }
    }
    XCTAssertFalse(tests.isEmpty, "no corpus tests found under \(Self.corpusRoot)")

    // A small worker pool: each worker takes the next test until none are left.
    let workers = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount))
    var problems = [[String]?](repeating: nil, count: tests.count)
    let lock = NSLock()
    var next = 0
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        lock.lock()
        let index = next
        next += 1
        lock.unlock()
        if index >= tests.count { return }
        let test = tests[index]
        let found: [String]
        do {
          let result = try Subprocess.run(test.command(swiftpy: swiftpy), directory: test.directory,
                                          environment: Self.environment, timeoutSeconds: test.timeout)
          found = try test.problems(of: result)
        } catch {
          found = ["could not run: \(error)"]
        }
        lock.lock()
        problems[index] = found
        lock.unlock()
      }
    }

    var passed = 0, failed = 0, expectedFailures = 0
    for (test, found) in zip(tests, problems) {
      let found = found ?? ["not run"]
      if let reason = test.xfail {
        if found.isEmpty {
          failed += 1
          XCTFail("\(test.relativePath): passes but is marked '# xfail: \(reason)' — remove the mark")
        } else {
          expectedFailures += 1
        }
        continue
      }
      if found.isEmpty {
        passed += 1
      } else {
        failed += 1
        XCTFail("\(test.relativePath):\n" + found.joined(separator: "\n"))
      }
    }
    print("differential corpus: \(passed) passed, \(failed) failed, \(expectedFailures) expected failures"
          + " (swiftpy: \(swiftpy))")
  }
}
