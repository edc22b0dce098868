import XCTest
import PySyntax

/// Tokenizer and decoding errors compared with CPython 3.11 (Fixtures/lexer/error_cases.json,
/// made by make_error_cases.py from `compile()` of each source as bytes and as str).
/// Each source is tokenized to the end; the first error must be CPython's, field for field.
/// Sources CPython rejects with a parser error ("invalid syntax") must tokenize cleanly.
final class TokenizerErrorTests: XCTestCase {
  static func firstError(_ src: [UInt8], origin: SourceBuffer.Origin, execInput: Bool = true) -> PySyntaxError? {
    do {
      let buf = try SourceBuffer(bytes: src, filename: "<test>", origin: origin, execInput: execInput)
      let tok = Tokenizer(source: buf)
      while try tok.next().kind != .endMarker {}
      return nil
    } catch {
      return error
    }
  }

  func check(_ src: [UInt8], _ expected: Any?, origin: SourceBuffer.Origin, execInput: Bool = true) -> String? {
    let got = TokenizerErrorTests.firstError(src, origin: origin, execInput: execInput)
    let srcDesc = TokenizerTestSupport.pyRepr(String(decoding: src.prefix(60), as: UTF8.self))
    guard let want = expected as? [Any] else {
      if let g = got { return "\(origin) \(srcDesc): unexpected error \(TokenizerTestSupport.describe(g))" }
      return nil
    }
    let kind = want[0] as! String
    let msg = want[1] as! String
    if got == nil && msg == "invalid syntax" { return nil }  // a parser error
    guard let g = got else { return "\(origin) \(srcDesc): no error, want \(want)" }
    func int(_ v: Any) -> Int { (v as? Int) ?? 0 }
    let text = want[6] as? String
    let wantDesc = "\(kind) \(TokenizerTestSupport.pyRepr(msg)) \(int(want[2])) \(int(want[3])) \(int(want[4])) \(int(want[5])) \(text.map(TokenizerTestSupport.pyRepr) ?? "None")"
    let gotDesc = TokenizerTestSupport.describe(g)
    if gotDesc != wantDesc { return "\(origin) \(srcDesc):\n got: \(gotDesc)\nwant: \(wantDesc)" }
    return nil
  }

  func testErrorsMatchCPython() throws {
    let path = TokenizerTestSupport.fixtures + "/error_cases.json"
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    XCTAssertGreaterThan(cases.count, 100)
    var failures = 0
    for c in cases {
      let src = (c["source"] as! [Int]).map { UInt8($0) }
      let exec = (c["mode"] as? String) != "eval"
      if let f = check(src, c["bytes"] is NSNull ? nil : c["bytes"], origin: .bytes, execInput: exec) {
        XCTFail(f); failures += 1
      }
      if c.keys.contains("text") {
        if let f = check(src, c["text"] is NSNull ? nil : c["text"], origin: .text, execInput: exec) {
          XCTFail(f); failures += 1
        }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  /// The test above really compares errors: spot checks.
  func testSpotChecks() {
    let e = TokenizerErrorTests.firstError(Array("x = (\n".utf8), origin: .bytes)
    XCTAssertEqual(e?.message, "'(' was never closed")
    XCTAssertEqual(e?.offset, 5)
    XCTAssertEqual(e?.endOffset, 0)
    XCTAssertEqual(e?.text, "x = (\n")
    let t = TokenizerErrorTests.firstError(Array("if x:\n\ty\n        z\n".utf8), origin: .bytes)
    XCTAssertEqual(t?.kind, .tabError)
    XCTAssertEqual(t?.lineno, 3)
    XCTAssertNil(TokenizerErrorTests.firstError(Array("x = 1\n".utf8), origin: .bytes))
  }
}

/// Sources run as the main script (CPython's file mode: NUL bytes and invalid UTF-8 reported
/// when the tokenizer reaches their line; SyntaxError.text read back from the file), against
/// Fixtures/lexer/file_cases.json from make_file_cases.py. Errors the parser raises
/// ("invalid syntax") are the parser tests' business and skipped here.
final class TokenizerFileModeTests: XCTestCase {
  func testFileModeErrorsMatchCPython() throws {
    let path = TokenizerTestSupport.fixtures + "/file_cases.json"
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    var checked = 0
    for c in cases {
      let src = (c["source"] as! [Int]).map { UInt8($0) }
      let want = c["error"] as? [Any]
      if let w = want, (w[1] as! String) == "invalid syntax" { continue }
      var got: PySyntaxError? = nil
      do {
        let buf = try SourceBuffer(bytes: src, filename: "FILENAME", origin: .file)
        let tok = Tokenizer(source: buf)
        while try tok.next().kind != .endMarker {}
      } catch {
        got = error
      }
      guard let want = want else {
        XCTAssertNil(got.map(TokenizerTestSupport.describe), TokenizerTestSupport.pyRepr(String(decoding: src, as: UTF8.self)))
        checked += 1
        continue
      }
      func int(_ v: Any) -> Int { (v as? Int) ?? 0 }
      let text = want[6] as? String
      let wantDesc = "\(want[0]) \(TokenizerTestSupport.pyRepr(want[1] as! String)) \(int(want[2])) \(int(want[3])) \(int(want[4])) \(int(want[5])) \(text.map(TokenizerTestSupport.pyRepr) ?? "None")"
      XCTAssertEqual(got.map(TokenizerTestSupport.describe), wantDesc,
                     TokenizerTestSupport.pyRepr(String(decoding: src, as: UTF8.self)))
      checked += 1
    }
    XCTAssertGreaterThan(checked, 12)
  }

  /// `parserError` places parser errors as `_PyPegen_raise_error_known_location` does
  /// (expected values: `python3 prog.py`, see file_cases.json).
  func testParserErrorLocationInFileMode() throws {
    func err(_ src: [UInt8], line: Int, col: Int, endCol: Int) throws -> String {
      let buf = try SourceBuffer(bytes: src, filename: "FILENAME", origin: .file)
      let tok = Tokenizer(source: buf)
      while try tok.next().kind != .endMarker {}
      return TokenizerTestSupport.describe(tok.parserError(.syntaxError, "invalid syntax", lineno: line,
                                                          offset: col + 1, endLineno: line, endOffset: endCol + 1))
    }
    // BOM: the text read back from the file keeps it, and offsets count it as a character.
    XCTAssertEqual(try err([0xEF, 0xBB, 0xBF] + Array("x = $\n".utf8), line: 1, col: 4, endCol: 5),
                   "SyntaxError 'invalid syntax' 1 3 1 4 '\\ufeffx = $\\n'")
    // No declaration: byte offsets.
    XCTAssertEqual(try err(Array("ééé = $\n".utf8), line: 1, col: 9, endCol: 10),
                   "SyntaxError 'invalid syntax' 1 10 1 11 'ééé = $\\n'")
    // Declared encoding: character offsets.
    XCTAssertEqual(try err(Array("# coding: utf-8\nééé = $\n".utf8), line: 2, col: 9, endCol: 10),
                   "SyntaxError 'invalid syntax' 2 7 2 8 'ééé = $\\n'")
  }
}

/// Warnings the tokenizer records (CPython prints "<file>:1: SyntaxWarning: invalid decimal literal").
final class TokenizerWarningTests: XCTestCase {
  func testNumberFollowedByKeywordWarns() throws {
    let buf = try SourceBuffer(bytes: Array("x = 1if y else 2\nz = 0x1for a in b\nw = 1 if y else 2\n".utf8), filename: "t")
    let tok = Tokenizer(source: buf)
    while try tok.next().kind != .endMarker {}
    XCTAssertEqual(tok.warnings.map { "\($0.lineno): \($0.category): \($0.message)" },
                   ["1: SyntaxWarning: invalid decimal literal", "2: SyntaxWarning: invalid hexadecimal literal"])
  }
}
