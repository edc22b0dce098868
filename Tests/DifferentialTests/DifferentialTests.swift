import XCTest

final class DifferentialTests: XCTestCase {
  func testPlaceholder() {}
}
