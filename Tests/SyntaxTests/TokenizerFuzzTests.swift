import XCTest
import PySyntax

/// Random and mutated inputs: the tokenizer must always end in ENDMARKER or a SyntaxError
/// (no trap, no endless loop), for every input origin.
final class TokenizerFuzzTests: XCTestCase {
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  /// Tokenizes to the end; fails the test if the token count is absurd for the input size.
  func run(_ src: [UInt8], _ origin: SourceBuffer.Origin, execInput: Bool = true) {
    do {
      let buf = try SourceBuffer(bytes: src, filename: "fuzz", origin: origin, execInput: execInput)
      let tok = Tokenizer(source: buf)
      var count = 0
      while try tok.next().kind != .endMarker {
        count += 1
        if count > 4 * src.count + 400 {
          XCTFail("runaway tokenizer on \(src)")
          return
        }
      }
      // ENDMARKER repeats.
      XCTAssertEqual(try tok.next().kind, .endMarker)
    } catch {
      XCTAssertFalse(error.message.isEmpty)
    }
  }

  func testRandomInputs() {
    var rng = SplitMix(state: 42)
    let alphabet = Array("abcXYZ_019 \t\n\r\u{0C}\\#'\"()[]{}.:=+-*/<>!@%&|^~,;`$?jJeExXoObB".utf8)
      + [0x00, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0x98, 0x80, 0xFF]
    for _ in 0..<20_000 {
      let len = rng.below(40)
      var src: [UInt8] = []
      for _ in 0..<len { src.append(alphabet[rng.below(alphabet.count)]) }
      run(src, .bytes)
      run(src, .file)
      run(src, .bytes, execInput: false)
      if !src.contains(0) { run(src, .text) }
    }
  }

  func testMutatedSnippets() {
    var rng = SplitMix(state: 7)
    let snippets = TokenizerTestSupport.snippets(TokenizerTestSupport.fixtures + "/snippets.txt").map { $0.1 }
    XCTAssertFalse(snippets.isEmpty)
    for _ in 0..<5_000 {
      var src = snippets[rng.below(snippets.count)]
      for _ in 0..<(1 + rng.below(4)) {
        if src.isEmpty { break }
        let i = rng.below(src.count)
        switch rng.below(3) {
        case 0: src.remove(at: i)
        case 1: src.insert(UInt8(rng.below(256)), at: i)
        default: src[i] = UInt8(rng.below(128))
        }
      }
      run(src, .bytes)
      run(src, .file)
      run(src, .bytes, execInput: false)
    }
  }

  func testDeepNestingAndLongInputs() {
    run(Array(repeating: UInt8(ascii: "("), count: 100_000), .bytes)
    run(Array(repeating: UInt8(ascii: "["), count: 199) + Array(repeating: UInt8(ascii: "]"), count: 199), .bytes)
    var deep: [UInt8] = []
    for i in 0..<150 { deep += Array(repeating: UInt8(ascii: " "), count: i) + Array("if x:\n".utf8) }
    run(deep, .bytes)
    run(Array(repeating: UInt8(ascii: "\\"), count: 10_000), .bytes)
    run(Array("'''".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 50_000), .bytes)
    run(Array(repeating: UInt8(ascii: "9"), count: 100_000), .bytes)
    run(Array("x = \"".utf8) + Array(repeating: UInt8(ascii: "\\"), count: 10_001), .bytes)
  }
}
