import XCTest
import PySyntax

/// Non-ASCII identifiers against CPython 3.11 (Fixtures/lexer/identifier_cases.json from
/// make_identifier_cases.py): NFKC normalisation and the XID / printable classification.
final class TokenizerIdentifierTests: XCTestCase {
  func loadCases() throws -> [String: Any] {
    let path = TokenizerTestSupport.fixtures + "/identifier_cases.json"
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func testNFKCMatchesCPython() throws {
    let cases = try XCTUnwrap(try loadCases()["nfkc"] as? [[[Int]]])
    XCTAssertGreaterThan(cases.count, 5000)
    var failures = 0
    for c in cases {
      let input = c[0].map { UInt32($0) }
      let want = c[1].map { UInt32($0) }
      let got = Identifier.nfkc(input)
      if got != want {
        failures += 1
        if failures < 20 { XCTFail("NFKC \(input.map { String($0, radix: 16) }): got \(got.map { String($0, radix: 16) }) want \(want.map { String($0, radix: 16) })") }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func testClassificationMatchesCPython() throws {
    let cases = try XCTUnwrap(try loadCases()["valid"] as? [[Any]])
    var failures = 0
    for c in cases {
      let cp = UInt32(c[0] as! Int)
      let start = c[1] as! Bool, cont = c[2] as! Bool, printable = c[3] as! Bool
      if Identifier.isXIDStart(cp) != start || Identifier.isXIDContinue(cp) != cont || Identifier.isPrintable(cp) != printable {
        failures += 1
        if failures < 20 { XCTFail("U+\(String(cp, radix: 16)): want start \(start) continue \(cont) printable \(printable)") }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  /// The NAME token of a non-ASCII identifier, normalised as CPython's parser does.
  func testNormalizedNameToken() throws {
    let src = Array("ﬁle = 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 + café\n".utf8)
    let buf = try SourceBuffer(bytes: src, filename: "t")
    let tok = Tokenizer(source: buf)
    var names: [String] = []
    while true {
      let t = try tok.next()
      if t.kind == .endMarker { break }
      if t.kind == .name {
        names.append(src[Int(t.start)..<Int(t.end)].withUnsafeBufferPointer { Identifier.normalized($0) })
      }
    }
    XCTAssertEqual(names, ["file", "Unicode", "café"])
  }
}
