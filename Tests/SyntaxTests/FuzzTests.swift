import Foundation
import XCTest
import PySyntax

/// The front end must end every input in a `Mod` or a `PySyntaxError`: no crash, no hang, no
/// stack overflow. Deterministic (fixed seeds): random bytes, random token soup, mutated
/// corpus files and embedded programs, and pathological nesting. Each parse result is also
/// pushed through `SyntaxErrorReport` / `ASTDump`, which must not crash either.
final class FuzzTests: XCTestCase {
  #if DEBUG
  /// Debug builds run the front end 10-30 times slower: fewer inputs, a looser time limit
  /// (`swift test -c release`, the CI command, runs the full set).
  static let debugDivisor = 25
  static let slowInputSeconds = 30.0
  #else
  static let debugDivisor = 1
  /// Inputs slower than this are reported (a sign of exponential backtracking).
  static let slowInputSeconds = 2.0
  #endif

  /// FUZZ_SCALE=k multiplies the number of inputs (exploratory runs); FUZZ_SEED=n changes the
  /// seeds (the default run is fixed, hence deterministic).
  static let scale = Int(ProcessInfo.processInfo.environment["FUZZ_SCALE"] ?? "") ?? 1
  static let seedOffset = UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0

  func testRandomBytes() {
    var rng = SplitMix64(seed: 0x5157_4946_5059_0001 &+ FuzzTests.seedOffset)
    var fuzzer = FuzzRunner(name: "random bytes")
    for i in 0..<(100_000 * FuzzTests.scale / FuzzTests.debugDivisor) {
      let length = Int(rng.next(below: i % 10 == 0 ? 2_000 : 120))
      var bytes = [UInt8]()
      bytes.reserveCapacity(length)
      let printableOnly = rng.next(below: 3) != 0
      for _ in 0..<length {
        if printableOnly {
          let r = rng.next(below: 100)
          bytes.append(r < 8 ? UInt8(ascii: "\n") : r < 12 ? UInt8(ascii: " ") : UInt8(32 + rng.next(below: 95)))
        } else {
          bytes.append(UInt8(truncatingIfNeeded: rng.next()))
        }
      }
      fuzzer.parse(bytes, mode: FuzzRunner.mode(for: i))
    }
    fuzzer.finish()
  }

  func testTokenSoup() {
    var rng = SplitMix64(seed: 0x5157_4946_5059_0002 &+ FuzzTests.seedOffset)
    var fuzzer = FuzzRunner(name: "token soup")
    for i in 0..<(200_000 * FuzzTests.scale / FuzzTests.debugDivisor) {
      let count = Int(rng.next(below: i % 20 == 0 ? 400 : 40))
      var bytes = [UInt8]()
      for _ in 0..<count {
        let token = FuzzVocabulary.tokens[Int(rng.next(below: UInt64(FuzzVocabulary.tokens.count)))]
        bytes.append(contentsOf: token.utf8)
        if rng.next(below: 3) == 0 { bytes.append(UInt8(ascii: " ")) }
      }
      fuzzer.parse(bytes, mode: FuzzRunner.mode(for: i))
    }
    fuzzer.finish()
  }

  func testMutatedPrograms() {
    var rng = SplitMix64(seed: 0x5157_4946_5059_0003 &+ FuzzTests.seedOffset)
    var fuzzer = FuzzRunner(name: "mutated programs")
    let seeds = FuzzVocabulary.seedPrograms()
    XCTAssertGreaterThan(seeds.count, 100, "the corpus files should be among the seeds")
    for i in 0..<(400_000 * FuzzTests.scale / FuzzTests.debugDivisor) {
      var bytes = seeds[Int(rng.next(below: UInt64(seeds.count)))]
      let mutations = 1 + Int(rng.next(below: 4))
      for _ in 0..<mutations { Mutator.mutate(&bytes, &rng) }
      fuzzer.parse(bytes, mode: i % 50 == 0 ? .single : .exec)
    }
    // The seeds themselves, unmutated.
    for seed in seeds { fuzzer.parse(seed, mode: .exec) }
    fuzzer.finish()
  }

  func testDeepNesting() {
    var fuzzer = FuzzRunner(name: "deep nesting")
    let depth = 100_000
    func r(_ s: String, _ n: Int = depth) -> String { String(repeating: s, count: n) }
    let cases: [String] = [
      r("("), r("["), r("{"), r("(") + r(")"), r("[") + "1" + r("]"),
      r("-") + "1", r("+") + "1", r("~") + "1", r("not ") + "x", r("lambda: ") + "x",
      r("await ") + "x", r("*") + "x", r("x if y else ") + "z", r("f(") ,
      "a" + r(" or a"), "a" + r(" and a"),
      "a" + r("<a"), r("x=") + "1", Array(repeating: "2", count: depth).joined(separator: "**"),
      r("yield ") + "x", "def f():\n " + r("yield ") + "x\n", r("@d\n") + "def f(): pass\n",
      r("if x:\n", 1) + (1...200).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        + String(repeating: " ", count: 201) + "pass\n",
      (0..<1_000).map { String(repeating: "\t", count: $0) + "if x:\n" }.joined(),
      r("f\"{"), r("f'{") + "x" + r("}'"), r("\"") , r("'''"), r("\\\n"), r("#\n"), r("\n"),
      r("match x:\n case ", 50) + "_: pass\n", "[" + r("[", 199) + r("]", 199) + "]",
      r("(", 199) + r(")", 199), r("-", 5_000) + "1", r("not ", 5_000) + "x",
      r("lambda: ", 3_000) + "x", "x = " + r("[", 150) + r("]", 150),
      "case" + r(" case"), r("match "), "x" + r(" if x else x"), r("a, "), "{" + r("1: 1, ") + "}",
      r("f'{x:{") , r("0") + "x", r("1_") + "1", r("é"), r("\u{1F600}"), r("\r"), r("\u{0C}"),
      r("class C:\n ", 300) + "pass\n", r("del ") + "x", r("global x\n"),
    ]
    for (i, text) in cases.enumerated() {
      fuzzer.parse(Array(text.utf8), mode: .exec, dump: false, label: "deep nesting case \(i)")
    }
    // Left-recursive chains 100 000 deep: the parser refuses trees that deep, as CPython 3.11
    // raises RecursionError ("maximum recursion depth exceeded during ast construction"); they
    // once parsed into trees whose deallocation overflowed the stack.
    let deepChains: [String] = ["x" + r("[0]"), "x" + r(".a"), "x" + r("()"), "1" + r("+1")]
    for (i, text) in deepChains.enumerated() {
      fuzzer.parse(Array(text.utf8), mode: .exec, dump: false, label: "deep chain case \(i)")
    }
    fuzzer.finish()
  }
}

/// Runs inputs through the parser, checks each ends in a `Mod` or a `PySyntaxError`, and
/// keeps timing and outcome statistics.
struct FuzzRunner {
  let name: String
  var inputs = 0
  var errors = 0
  var slowest = 0.0
  var slowestInput: [UInt8] = []
  let start = Date()

  init(name: String) { self.name = name }

  static func mode(for i: Int) -> ParseMode {
    switch i % 10 {
    case 7: return .eval
    case 8: return .single
    default: return .exec
    }
  }

  /// FUZZ_VERBOSE=1 prints each labelled input before it runs (to find the one that crashes).
  static let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] != nil

  mutating func parse(_ bytes: [UInt8], mode: ParseMode, dump: Bool = true, label: String? = nil) {
    inputs += 1
    if FuzzRunner.verbose, let label = label {
      print("fuzz \(name): \(label)")
      fflush(stdout)
    }
    let t0 = Date()
    tokenize(bytes, label: label)
    do {
      let mod = try Parser.parse(bytes: bytes, filename: "<fuzz>", mode: mode)
      if dump && bytes.count < 8_192 {
        _ = ASTDump.dump(mod, indent: 2, includeAttributes: true)
      }
    } catch {
      errors += 1
      XCTAssertGreaterThanOrEqual(error.lineno, 0, "negative lineno for \(FuzzRunner.describe(bytes, label))")
      _ = SyntaxErrorReport.format(error)
    }
    let seconds = Date().timeIntervalSince(t0)
    if seconds > slowest {
      slowest = seconds
      slowestInput = bytes
    }
    if seconds > FuzzTests.slowInputSeconds {
      XCTFail("\(name): \(String(format: "%.2f", seconds))s (limit \(FuzzTests.slowInputSeconds)s) for "
              + FuzzRunner.describe(bytes, label))
    }
  }

  /// Runs the tokenizer alone to the end marker or its first error, for each source origin;
  /// it must always make progress.
  mutating func tokenize(_ bytes: [UInt8], label: String?) {
    for origin in [SourceBuffer.Origin.bytes, .file, .text] {
      do {
        let source = try SourceBuffer(bytes: bytes, filename: "<fuzz>", origin: origin)
        let tokenizer = Tokenizer(source: source)
        var count = 0
        let limit = 4 * bytes.count + 1_000
        while try tokenizer.next().kind != .endMarker {
          count += 1
          if count > limit {
            XCTFail("\(name): tokenizer does not reach the end marker for \(FuzzRunner.describe(bytes, label))")
            break
          }
        }
      } catch {
        _ = SyntaxErrorReport.format(error)
      }
    }
  }

  func finish() {
    print("fuzz \(name): \(inputs) inputs, \(errors) syntax errors, \(inputs - errors) modules, "
          + "\(String(format: "%.2f", Date().timeIntervalSince(start)))s total, slowest "
          + "\(String(format: "%.4f", slowest))s (\(slowestInput.count) bytes)")
  }

  /// A reproducible description: a label or the input as an escaped Swift string literal.
  static func describe(_ bytes: [UInt8], _ label: String?) -> String {
    if let label = label { return label }
    var out = "\""
    for b in bytes.prefix(400) {
      switch b {
      case UInt8(ascii: "\""): out += "\\\""
      case UInt8(ascii: "\\"): out += "\\\\"
      case 0x20..<0x7F: out.append(Character(Unicode.Scalar(b)))
      default: out += "\\u{\(String(b, radix: 16))}"
      }
    }
    return out + (bytes.count > 400 ? "…\" (\(bytes.count) bytes)" : "\"")
  }
}

/// A small, fast, deterministic generator (SplitMix64).
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func next(below n: UInt64) -> UInt64 { n == 0 ? 0 : next() % n }
}

/// Byte-level and line-level mutations of a program.
enum Mutator {
  static func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix64) {
    let n = bytes.count
    func position() -> Int { Int(rng.next(below: UInt64(n + 1))) }
    switch rng.next(below: 9) {
    case 0 where n > 0:  // flip one byte to a random value
      bytes[Int(rng.next(below: UInt64(n)))] = UInt8(truncatingIfNeeded: rng.next())
    case 1 where n > 0:  // replace a byte with an "interesting" one
      bytes[Int(rng.next(below: UInt64(n)))] = interesting[Int(rng.next(below: UInt64(interesting.count)))]
    case 2 where n > 0:  // delete a range
      let a = position(), len = Int(rng.next(below: 16)) + 1
      bytes.removeSubrange(min(a, n)..<min(a + len, n))
    case 3:  // insert a token
      let token = FuzzVocabulary.tokens[Int(rng.next(below: UInt64(FuzzVocabulary.tokens.count)))]
      bytes.insert(contentsOf: token.utf8, at: position())
    case 4 where n > 0:  // duplicate a range
      let a = Int(rng.next(below: UInt64(n))), len = Int(rng.next(below: 64)) + 1
      let chunk = Array(bytes[a..<min(a + len, n)])
      bytes.insert(contentsOf: chunk, at: position())
    case 5:  // swap two lines
      var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
      if lines.count > 1 {
        let i = Int(rng.next(below: UInt64(lines.count))), j = Int(rng.next(below: UInt64(lines.count)))
        lines.swapAt(i, j)
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
      }
    case 6:  // truncate
      bytes.removeSubrange(position()..<n)
    case 7:  // change the indentation of a line
      if let nl = bytes.indices.filter({ bytes[$0] == UInt8(ascii: "\n") }).randomElement(using: &rng) {
        let insert: [UInt8] = rng.next(below: 2) == 0 ? [UInt8(ascii: "\t")] : Array(repeating: UInt8(ascii: " "), count: Int(rng.next(below: 9)))
        bytes.insert(contentsOf: insert, at: nl + 1)
      }
    default:  // insert a random byte
      bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: position())
    }
  }

  static let interesting: [UInt8] = Array("()[]{}:;,.'\"\\#\n\r\t \u{0C}=+-*/%@&|^~<>!0123456789abcdefxjJ_".utf8) + [0, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]
}

extension SplitMix64: RandomNumberGenerator {}

/// Tokens for the soup and the insertions, and the seed programs.
enum FuzzVocabulary {
  static let tokens: [String] = [
    // keywords and soft keywords
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "except*", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "match", "case", "_", "print", "__debug__",
    // names and numbers
    "x", "y", "foo", "é", "名", "ｆ", "0", "1", "42", "0x1F", "0o17", "0b101", "1_000", "1.5", ".5", "1.",
    "1e10", "1e", "1j", "0x", "09", "1__0", "0b2", "99999999999999999999999",
    // strings
    "'a'", "\"b\"", "'''c'''", "\"\"\"d\"\"\"", "b'e'", "rb'\\d'", "f'{x}'", "f'{x!r:>{w}}'", "f'{x=}'",
    "f'{'", "f'}'", "f\"{x:{y}}\"", "u'z'", "'\\N{DASH}'", "'\\x4'", "'\\u00e9'", "'unterminated", "\"\"\"open",
    "f'{x #}'", "rf'{x}\\n'", "b'é'",
    // operators and delimiters
    "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "...", "+", "-", "*", "/", "//", "%", "**", "@", "<<",
    ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=", "=", ":=", "->", "+=", "-=", "*=", "/=",
    "//=", "%=", "**=", "@=", "&=", "|=", "^=", "<<=", ">>=", "!", "$", "?", "`",
    // layout
    "\n", "\n", "\n", "    ", "\t", "  ", "\\\n", "\r\n", "\r", "\u{0C}", "# comment\n", "\n    ", "\n\t",
    "\n        ", "\u{00A0}", "\u{FEFF}", "\0",
  ]

  static let embeddedPrograms: [String] = [
    """
    import sys
    from collections import defaultdict as dd

    @decorator(arg)
    class Shape(Base, metaclass=Meta):
        sides: int = 0

        def __init__(self, *args, name="shape", **kw) -> None:
            super().__init__(*args, **kw)
            self.name = name

        async def area(self, /, scale=1.0, *, precise=False):
            async with lock as l, other:
                await l.acquire()
            return [x async for x in self.points() if x] or None

    def gen(n):
        total = 0
        while (k := n) > 0:
            total += yield k
            n -= 1
        else:
            return total

    try:
        value = {k: v for k, v in zip("abc", range(3))}
    except* (ValueError, TypeError) as group:
        raise RuntimeError("bad") from group
    finally:
        del value

    match command.split():
        case [action, *rest] if rest:
            pass
        case {"x": 1, **others} | Point(x=0, y=0) as p:
            pass
        case -1 | 1+2j | "s" | b"b" | None | True | a.b.c:
            pass
        case _:
            pass

    print(f"{value!r:>{width}} {x=} {{literal}}", *args, sep="")
    lambda a, b=1, /, c=2, *d, e, f=3, **g: (a, b)
    x = a if b else c; y = not a or b and c < d <= e != f in g is not h
    z = a[1:2, ::3, ...][*b] @ m ** -2 // 3 % 4 << 5 >> 6 & 7 | 8 ^ ~9
    """,
    "x = 1\n",
    "def f(a, b):\n    return a + b\n\nprint(f(1, 2))\n",
    "if a:\n\tb = 1\nelif c:\n    d = 2\nelse:\n  e = 3\n",
    "s = '''multi\nline''' + \"\"\"another\n\"\"\" + r'\\raw' + b'\\xff'\n",
    "# -*- coding: latin-1 -*-\nx = 'caf\u{E9}'\n",
    "global a, b\nnonlocal_ = 1\nassert x, 'msg'\nraise\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    break\nelse:\n    pass\n",
    "with (open(a) as f, open(b) as g):\n    data = f.read()\n",
    "@a.b\n@c(d)\n@e[f]\ndef g(): ...\n",
  ]

  /// The embedded programs plus every corpus file (Tests/corpus/**/*.py).
  static func seedPrograms() -> [[UInt8]] {
    var seeds = embeddedPrograms.map { Array($0.utf8) }
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus").path
    if let walker = FileManager.default.enumerator(atPath: corpus) {
      var paths: [String] = []
      while let item = walker.nextObject() as? String {
        if item.hasSuffix(".py") { paths.append(item) }
      }
      for path in paths.sorted() {
        if let data = FileManager.default.contents(atPath: corpus + "/" + path) { seeds.append([UInt8](data)) }
      }
    }
    return seeds
  }
}
