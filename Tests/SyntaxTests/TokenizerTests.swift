import XCTest
import PySyntax

/// Token streams compared with CPython 3.11 (expected dumps made by
/// Fixtures/lexer/pegen_tokens.py from the `tokenize` module).
final class TokenizerTests: XCTestCase {
  func testSnippetsMatchCPython() throws {
    let dir = TokenizerTestSupport.fixtures
    let snippets = TokenizerTestSupport.snippets(dir + "/snippets.txt")
    let expected = TokenizerTestSupport.expectedSections(dir + "/snippets.expected")
    XCTAssertGreaterThan(snippets.count, 20)
    for (name, src) in snippets {
      guard let want = expected[name] else {
        XCTFail("no expectation for \(name)")
        continue
      }
      let got = TokenizerTestSupport.dump(src)
      if got != want {
        XCTFail("snippet \(name):\n--- got\n\(got)--- want\n\(want)")
      }
    }
  }
}
