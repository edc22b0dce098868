import XCTest
import PySyntax

/// Whole-library checks, opt-in because they need CPython and take a while:
///
/// - `SWIFTPY_LEXER_STDLIB=<dir>`: every `.py` file under `<dir>` (e.g. CPython's
///   `lib/python3.11`) is tokenized to the end: no crash, no hang; prints the number of files,
///   bytes, errors and the throughput.
/// - `SWIFTPY_LEXER_EXPECTED=<file>` (with a file list in `SWIFTPY_LEXER_FILES`): compares every
///   file's tokens with the dump `pegen_tokens.py` made from CPython's `tokenize` module
///   ("=== path" sections; files CPython's tokenize rejects are marked PYERROR and skipped).
final class TokenizerStdlibTests: XCTestCase {
  static func pythonFiles(under dir: String) -> [String] {
    var out: [String] = []
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    while let p = e.nextObject() as? String {
      if p.hasSuffix(".py") { out.append(dir + "/" + p) }
    }
    return out.sorted()
  }

  func testTokenizeWholeLibrary() throws {
    guard let dir = ProcessInfo.processInfo.environment["SWIFTPY_LEXER_STDLIB"] else {
      throw XCTSkip("set SWIFTPY_LEXER_STDLIB to a directory of Python files")
    }
    let files = TokenizerStdlibTests.pythonFiles(under: dir)
    var sources: [[UInt8]] = []
    for f in files { sources.append(TokenizerTestSupport.readFile(f) ?? []) }
    let total = sources.reduce(0) { $0 + $1.count }
    var errors = 0
    var failed: [(String, PySyntaxError)] = []
    var tokens = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for (k, src) in sources.enumerated() {
        do throws(PySyntaxError) {
          let buf = try SourceBuffer(bytes: src, filename: "f")
          let tok = Tokenizer(source: buf)
          while try tok.next().kind != .endMarker { tokens += 1 }
        } catch {
          errors += 1
          failed.append((files[k], error))
        }
      }
    }
    for (f, e) in failed { print("error in \(f): \(TokenizerTestSupport.describe(e))") }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print("tokenized \(files.count) files, \(total) bytes, \(tokens) tokens, \(errors) with errors, "
          + "\(seconds) s, \(Double(total) / seconds / 1e6) MB/s")
    XCTAssertGreaterThan(files.count, 0)
  }

  func testCompareWithCPythonTokenize() throws {
    let env = ProcessInfo.processInfo.environment
    guard let expectedPath = env["SWIFTPY_LEXER_EXPECTED"], let listPath = env["SWIFTPY_LEXER_FILES"] else {
      throw XCTSkip("set SWIFTPY_LEXER_EXPECTED and SWIFTPY_LEXER_FILES")
    }
    // Split the dump into sections by scanning bytes ("=== path\n" headers).
    let bytes = TokenizerTestSupport.readFile(expectedPath) ?? []
    var sections: [String: Range<Int>] = [:]
    var headerStarts: [Int] = []
    var i = 0
    let n = bytes.count
    while i < n {
      if bytes[i] == UInt8(ascii: "=") && i + 3 < n && bytes[i + 1] == UInt8(ascii: "=") && bytes[i + 2] == UInt8(ascii: "=")
        && bytes[i + 3] == UInt8(ascii: " ") {
        headerStarts.append(i)
      }
      while i < n && bytes[i] != UInt8(ascii: "\n") { i += 1 }
      i += 1
    }
    for (k, h) in headerStarts.enumerated() {
      var e = h
      while bytes[e] != UInt8(ascii: "\n") { e += 1 }
      let name = String(decoding: bytes[(h + 4)..<e], as: UTF8.self)
      let bodyEnd = k + 1 < headerStarts.count ? headerStarts[k + 1] : n
      sections[name] = (e + 1)..<bodyEnd
    }
    let files = String(decoding: TokenizerTestSupport.readFile(listPath) ?? [], as: UTF8.self)
      .split(separator: "\n")
    var mismatches = 0, compared = 0, skipped = 0
    for f in files {
      guard let range = sections[String(f)] else { continue }
      let want = String(decoding: bytes[range], as: UTF8.self)
      if want.hasPrefix("PYERROR") { skipped += 1; continue }
      let src = TokenizerTestSupport.readFile(String(f)) ?? []
      let got = TokenizerTestSupport.dump(src)
      compared += 1
      if got != want {
        mismatches += 1
        if mismatches <= 15 {
          let g = got.split(separator: "\n", omittingEmptySubsequences: false)
          let w = want.split(separator: "\n", omittingEmptySubsequences: false)
          var i = 0
          while i < min(g.count, w.count) && g[i] == w[i] { i += 1 }
          print("MISMATCH \(f) at token \(i):\n  got:  \(i < g.count ? g[i] : "<end>")\n  want: \(i < w.count ? w[i] : "<end>")")
        }
      }
    }
    print("compared \(compared) files, \(mismatches) mismatches, \(skipped) skipped")
    XCTAssertEqual(mismatches, 0)
  }
}
