import XCTest
import PySyntax

/// String literal decoding compared with CPython 3.11 (Fixtures/lexer/string_cases.json, made by
/// make_string_cases.py: values or SyntaxError messages of ~3400 literals, including 3000
/// `\N{...}` names of random code points).
final class StringLiteralTests: XCTestCase {
  func testCasesMatchCPython() throws {
    let path = TokenizerTestSupport.fixtures + "/string_cases.json"
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    XCTAssertGreaterThan(cases.count, 3000)
    var failures = 0
    for c in cases {
      let text = c["text"] as! String
      let got: String
      do {
        switch try StringLiteral.value(of: Array(text.utf8)) {
        case .str(let s): got = "str " + s.codePoints.map { String($0) }.joined(separator: ",")
        case .bytes(let b): got = "bytes " + b.map { String($0) }.joined(separator: ",")
        default: got = "?"
        }
      } catch {
        got = "error " + error.message
      }
      let want: String
      if let s = c["str"] as? [Int] {
        want = "str " + s.map { String($0) }.joined(separator: ",")
      } else if let b = c["bytes"] as? [Int] {
        want = "bytes " + b.map { String($0) }.joined(separator: ",")
      } else {
        want = "error " + (c["error"] as! String)
      }
      if got != want {
        failures += 1
        if failures < 40 { XCTFail("\(text)\n got: \(got)\nwant: \(want)") }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func testLayout() {
    let l = Array("Rb'''x'''".utf8).withUnsafeBufferPointer { StringLiteral.layout(of: $0) }
    XCTAssertTrue(l.prefix.isRaw && l.prefix.isBytes && !l.prefix.isFString)
    XCTAssertEqual(l.prefixLength, 2)
    XCTAssertEqual(l.quoteLength, 3)
    XCTAssertEqual(l.bodyStart, 5)
    XCTAssertEqual(l.bodyEnd, 6)
    let e = Array("''".utf8).withUnsafeBufferPointer { StringLiteral.layout(of: $0) }
    XCTAssertEqual(e.quoteLength, 1)
    XCTAssertEqual(e.bodyStart, 1)
    XCTAssertEqual(e.bodyEnd, 1)
  }

  /// Invalid UTF-8 inside literals (CPython: compile(b'x="abc\xff"') etc.).
  func testInvalidUTF8InBody() {
    func msg(_ bytes: [UInt8]) -> String? {
      do { _ = try StringLiteral.value(of: bytes); return nil } catch { return error.message }
    }
    XCTAssertEqual(msg(Array("\"abc".utf8) + [0xFF, 0x22]),
                   "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte")
    XCTAssertEqual(msg([0x22, 0xFF, 0x22]),
                   "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
    // With an escape the non-ASCII run is decoded on its own.
    XCTAssertEqual(msg(Array("\"\\n".utf8) + [0x61, 0xE9, 0x22]),
                   "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data")
  }

  func testInvalidEscapePosition() throws {
    var first: Int? = nil
    let body = Array("ab\\dc\\q".utf8)
    let v = try body.withUnsafeBufferPointer { (p) throws(StringLiteral.Failure) -> [UInt32] in
      try StringLiteral.decodeStr(p, raw: false, firstInvalidEscape: &first)
    }
    XCTAssertEqual(v, Array("ab\\dc\\q".unicodeScalars.map { $0.value }))
    XCTAssertEqual(first, 2)
  }

  /// The name table is sorted by the Swift runtime's names (the lookup depends on it).
  func testNameTableOrderMatchesSwiftNames() {
    XCTAssertEqual(UnicodeNames.tableOrderViolations(), 0)
  }
}
