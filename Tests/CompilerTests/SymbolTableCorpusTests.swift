import Foundation
import PyCompiler
import PySyntax
import XCTest

/// Opt-in: compares the symbol tables of a whole corpus (e.g. CPython's stdlib) with CPython's.
/// Make the corpus with
///   python3 Tests/CompilerTests/Fixtures/gen_fixtures.py --corpus /tmp/stdlib.jsonl FILES...
/// and run `SYMTABLE_CORPUS=/tmp/stdlib.jsonl swift test --filter SymbolTableCorpusTests`.
/// Every file must pass `Compiler.check` (CPython compiled it) and give CPython's tables.
final class SymbolTableCorpusTests: XCTestCase {
  func testCorpusMatchesCPython() throws {
    guard let path = ProcessInfo.processInfo.environment["SYMTABLE_CORPUS"] else {
      throw XCTSkip("set SYMTABLE_CORPUS to a corpus made by gen_fixtures.py --corpus")
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var files = 0, failures = 0
    var checkTime = Duration.zero
    let clock = ContinuousClock()
    for line in text.split(separator: "\n") {
      let c = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let name = c["name"] as! String
      let mod = FixtureAST.module(c["ast"] as! [String: Any])
      files += 1
      do {
        let start = clock.now
        let table = try Compiler.check(module: mod, filename: name)
        checkTime += clock.now - start
        let got = SymbolTableTests.dump(table)
        let want = c["dump"] as! String
        if got != want {
          failures += 1
          let g = got.split(separator: "\n", omittingEmptySubsequences: false)
          let w = want.split(separator: "\n", omittingEmptySubsequences: false)
          let i = (0..<min(g.count, w.count)).first { g[$0] != w[$0] } ?? min(g.count, w.count)
          XCTFail("\(name): first difference at dump line \(i + 1):\n want: \(i < w.count ? w[i] : "<end>")\n got:  \(i < g.count ? g[i] : "<end>")")
        }
      } catch {
        failures += 1
        XCTFail("\(name): unexpected \(error)")
      }
    }
    print("symtable corpus: \(files) files, \(failures) differ; Compiler.check took \(checkTime)")
    XCTAssertEqual(failures, 0)
  }

  /// Opt-in: files that parse but do not compile (`gen_fixtures.py --error-corpus OUT FILES...`)
  /// must fail `Compiler.check` with CPython's message and location.
  func testErrorCorpusMatchesCPython() throws {
    guard let path = ProcessInfo.processInfo.environment["SYMTABLE_ERROR_CORPUS"] else {
      throw XCTSkip("set SYMTABLE_ERROR_CORPUS to a corpus made by gen_fixtures.py --error-corpus")
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var files = 0, failures = 0
    for line in text.split(separator: "\n") {
      let c = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let name = c["name"] as! String
      let mod = FixtureAST.module(c["ast"] as! [String: Any])
      let want = c["error"] as! [Any]
      let expected = "\(want[0] as! String) \(want[1]):\(want[2])-\(want[3]):\(want[4])"
      files += 1
      do {
        try Compiler.check(module: mod, filename: "f.py")
        failures += 1
        XCTFail("\(name): no error, expected \(expected)")
      } catch {
        let got = "\(error.message) \(error.lineno):\(error.offset)-\(error.endLineno):\(error.endOffset)"
        if got != expected {
          failures += 1
          XCTFail("\(name):\n want: \(expected)\n got:  \(got)")
        }
      }
    }
    print("error corpus: \(files) files, \(failures) differ")
    XCTAssertEqual(failures, 0)
  }
}
