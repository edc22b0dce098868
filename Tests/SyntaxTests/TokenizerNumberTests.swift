import XCTest
import PySyntax

/// NumberLiteral values against CPython 3.11 (Fixtures/lexer/number_cases.json from
/// make_number_cases.py): ints of every base and size, correctly rounded floats, imaginary numbers.
final class TokenizerNumberTests: XCTestCase {
  func testValuesMatchCPython() throws {
    let path = TokenizerTestSupport.fixtures + "/number_cases.json"
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: String]])
    XCTAssertGreaterThan(cases.count, 300)
    var failures = 0
    for c in cases {
      let text = c["text"]!
      let got: String
      switch try NumberLiteral.value(of: Array(text.utf8)) {
      case .int(let v): got = "int \(v)"
      case .bigInt(let s): got = "int \(s)"
      case .float(let d): got = "float \(d.bitPattern)"
      case .complex(let re, let im): got = re == 0 ? "imag \(im.bitPattern)" : "complex?"
      default: got = "?"
      }
      let want: String
      if let i = c["int"] { want = "int \(i)" } else if let f = c["float"] { want = "float \(f)" } else { want = "imag \(c["imag"]!)" }
      if got != want {
        failures += 1
        if failures < 20 { XCTFail("\(text): got \(got) want \(want)") }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func testSmallIntsStayInt() throws {
    XCTAssertEqual(try NumberLiteral.value(of: Array("9223372036854775807".utf8)), .int(Int.max))
    XCTAssertEqual(try NumberLiteral.value(of: Array("9223372036854775808".utf8)), .bigInt("9223372036854775808"))
    XCTAssertEqual(try NumberLiteral.value(of: Array("0x_ff".utf8)), .int(255))
  }
}
