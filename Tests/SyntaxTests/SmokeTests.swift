import XCTest
import PySyntax

final class SmokeTests: XCTestCase {
  func testKeywordTable() {
    XCTAssertEqual(TokenKind.keyword("yield"), .kwYield)
    XCTAssertEqual(TokenKind.kwFalse.text, "False")
    XCTAssertNil(TokenKind.keyword("match"))
  }
}
