import Foundation
import XCTest
import PySyntax
import PyCompiler

/// Annotations under `from __future__ import annotations` are stored as the strings CPython
/// 3.11's ast_unparse.c writes (Fixtures/CodeGen/unparse.json, from make_unparse_cases.py).
final class CodeGenUnparseTests: XCTestCase {
  func testAnnotationStringsMatchCPython() throws {
    let data = try Data(contentsOf: CodeGenSupport.fixtures.appendingPathComponent("unparse.json"))
    let cases = try JSONSerialization.jsonObject(with: data) as! [[String]]
    XCTAssertGreaterThan(cases.count, 80)
    var failures: [String] = []
    for c in cases {
      let unit = try CodeGenSupport.compile("from __future__ import annotations\nx: \(c[0])\n")
      // The annotation is the str constant stored into __annotations__['x'].
      let strings = unit.constants.compactMap { k -> String? in
        if case .constant(.str(let s)) = k { return s.string }
        return nil
      }
      if !strings.contains(c[1]) { failures.append("\(c[0]): CPython \(c[1]), swiftpy \(strings)") }
    }
    if !failures.isEmpty { XCTFail(failures.joined(separator: "\n")) }
  }
}
