import Foundation
import XCTest
import PySyntax

/// The parser against CPython 3.11: every case of Fixtures/parser/parser_cases.json (made by
/// make_parser_cases.py from parser_snippets.py) must give the same `ast.dump(...,
/// include_attributes=True)`, or the same SyntaxError type, message and location.
final class ParserTests: XCTestCase {
  struct Case {
    var mode: ParseMode
    var source: [UInt8]
    var expected: String
    var isDeep: Bool
  }

  static let fixtures: String = {
    let here = #filePath
    let dir = here[..<here.lastIndex(of: "/")!]
    return dir + "/Fixtures/parser"
  }()

  static func loadCases() throws -> [Case] {
    let url = URL(fileURLWithPath: fixtures + "/parser_cases.json")
    let data = try Data(contentsOf: url)
    guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
      throw NSError(domain: "ParserTests", code: 1)
    }
    return list.map { item in
      let modeName = item["mode"] as? String ?? "exec"
      let mode: ParseMode = modeName == "eval" ? .eval : modeName == "single" ? .single
        : modeName == "func_type" ? .funcType : .exec
      var source: [UInt8] = []
      var deep = false
      if let s = item["source"] as? String {
        source = Array(s.utf8)
      } else if let b = item["source_bytes"] as? [Int] {
        source = b.map { UInt8($0) }
      } else if let pieces = item["pieces"] as? [[Any]] {
        deep = true
        for p in pieces {
          let text = p[0] as! String
          let count = p[1] as! Int
          for _ in 0..<count { source.append(contentsOf: text.utf8) }
        }
      }
      return Case(mode: mode, source: source, expected: item["expected"] as! String, isDeep: deep)
    }
  }

  /// What CPython's side of the fixture says for our result.
  static func describe(_ error: PySyntaxError) -> String {
    if error.kind == .memoryError { return "ERROR MemoryError" }
    if error.kind == .recursionError { return "ERROR RecursionError" }
    return "ERROR \(error.kind.rawValue) \(PythonRepr.string(error.message)) \(error.lineno) "
      + "\(error.offset) \(error.endLineno) \(error.endOffset)"
  }

  static func run(_ c: Case) -> String {
    do {
      let mod = try Parser.parse(bytes: c.source, filename: "<test>", mode: c.mode)
      if c.isDeep || c.expected == "PARSED-TOO-DEEP-TO-DUMP" { return c.expected.hasPrefix("ERROR") ? "OK" : c.expected }
      return ASTDump.dump(mod, includeAttributes: true)
    } catch {
      return describe(error)
    }
  }

  func testCasesMatchCPython() throws {
    let cases = try ParserTests.loadCases()
    XCTAssertGreaterThan(cases.count, 900)
    var failures = 0
    for c in cases {
      let got = ParserTests.run(c)
      if got != c.expected {
        failures += 1
        if failures <= 30 {
          let src = c.isDeep ? "<\(c.source.count) bytes of deep nesting>"
            : PythonRepr.string(String(decoding: c.source, as: UTF8.self))
          XCTFail("\(c.mode) \(src)\n  expected: \(c.expected)\n  got:      \(got)")
        }
      }
    }
    XCTAssertEqual(failures, 0, "\(failures) of \(cases.count) cases differ from CPython")
  }

  func testAPIAcceptsSourceBuffer() throws {
    let buf = try SourceBuffer(bytes: Array("x = 1\n".utf8), filename: "f.py")
    let mod = try Parser.parse(buf)
    guard case .module(let body, _) = mod.kind, body.count == 1, case .assign = body[0].kind else {
      return XCTFail("expected one assignment")
    }
  }

  func testErrorCarriesFilenameAndText() {
    do {
      _ = try Parser.parse(bytes: Array("x = (1 2)\n".utf8), filename: "mod.py")
      XCTFail("expected a SyntaxError")
    } catch {
      XCTAssertEqual(error.filename, "mod.py")
      XCTAssertEqual(error.message, "invalid syntax. Perhaps you forgot a comma?")
      XCTAssertEqual(error.text, "x = (1 2)\n")
    }
  }
}
