import Foundation

/// One test of the differential corpus (Tests/corpus/README.md is the specification; the
/// Python twin is Tests/tools/corpus.py): the file, its directives, how to run it, and the
/// comparison of a run with the expected files written by CPython 3.11.
struct CorpusTest {
  enum Mode: String {
    case run
    case ast
    case astPositions = "ast-positions"
  }

  static let defaultTimeout = 10.0

  /// Absolute path of the `.py` file.
  let path: String
  /// Path relative to the corpus root, for messages.
  let relativePath: String
  var mode = Mode.run
  var args: [String] = []
  var stderrLastLineOnly = false
  var timeout = CorpusTest.defaultTimeout
  /// Why the test is expected to fail (`# xfail: reason`), or nil.
  var xfail: String?

  var directory: String { return (path as NSString).deletingLastPathComponent }
  var fileName: String { return (path as NSString).lastPathComponent }
  var stem: String { return String(path.dropLast(3)) }

  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  init(path: String, corpusRoot: String) throws {
    self.path = path
    self.relativePath = path.hasPrefix(corpusRoot + "/") ? String(path.dropFirst(corpusRoot.count + 1)) : path
    guard var source = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else {
      throw FormatError(description: "\(path): cannot read")
    }
    if source.starts(with: [0xEF, 0xBB, 0xBF]) { source.removeFirst(3) }
    for line in CorpusTest.directiveLines(source) {
      guard let (key, value) = CorpusTest.directive(line) else { continue }
      switch key {
      case "mode":
        guard let m = Mode(rawValue: value) else { throw FormatError(description: "\(path): unknown mode '\(value)'") }
        mode = m
      case "args":
        args = try CorpusTest.shellWords(value, path: path)
      case "stderr":
        guard value == "last-line" else { throw FormatError(description: "\(path): unknown stderr rule '\(value)'") }
        stderrLastLineOnly = true
      case "timeout":
        guard let t = Double(value) else { throw FormatError(description: "\(path): bad timeout '\(value)'") }
        timeout = t
      case "xfail":
        xfail = value.isEmpty ? "expected to fail" : value
      default:
        break
      }
    }
  }

  /// The comment lines that may hold directives: the leading ones (before the first non-comment
  /// line) and the trailing ones (after the last non-comment line, for tests whose first line
  /// must be code), trimmed.
  static func directiveLines(_ source: [UInt8]) -> [String] {
    let lines = source.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
      .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
    let leading = Array(lines.prefix { $0.hasPrefix("#") })
    if leading.count == lines.count { return leading }
    let trailing = Array(lines.reversed().prefix { $0.hasPrefix("#") }.reversed())
    return leading + trailing
  }

  /// `# key: value` for the known keys, else nil.
  private static func directive(_ line: String) -> (String, String)? {
    var rest = line.dropFirst().drop { $0 == " " || $0 == "\t" }
    for key in ["mode", "args", "stderr", "timeout", "xfail"] where rest.hasPrefix(key) {
      rest = rest.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
      guard rest.first == ":" else { return nil }
      return (key, rest.dropFirst().trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// POSIX shell word splitting for `# args:` (quotes and backslashes, as Python's shlex.split).
  private static func shellWords(_ text: String, path: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character? = nil
    var escaped = false
    for ch in text {
      if escaped {
        current.append(ch); escaped = false; continue
      }
      if let q = quote {
        if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaped = true } else { current.append(ch) }
        continue
      }
      switch ch {
      case " ", "\t":
        if inWord { words.append(current); current = ""; inWord = false }
      case "'", "\"":
        quote = ch; inWord = true
      case "\\":
        escaped = true; inWord = true
      default:
        current.append(ch); inWord = true
      }
    }
    if quote != nil || escaped { throw FormatError(description: "\(path): unbalanced quotes in '# args:'") }
    if inWord { words.append(current) }
    return words
  }

  func command(swiftpy: String) -> [String] {
    switch mode {
    case .run: return [swiftpy, fileName] + args
    case .ast: return [swiftpy, "--ast", fileName]
    case .astPositions: return [swiftpy, "--ast-positions", fileName]
    }
  }

  /// The expected exit status, stdout and stderr (`.out` absent = empty stdout; `.err` absent
  /// = exit 0 and empty stderr).
  func expected() throws -> (status: Int32, stdout: [UInt8], stderr: [UInt8]) {
    let out = FileManager.default.contents(atPath: stem + ".out").map { [UInt8]($0) } ?? []
    guard let errData = FileManager.default.contents(atPath: stem + ".err") else { return (0, out, []) }
    let err = [UInt8](errData)
    let newline = err.firstIndex(of: UInt8(ascii: "\n")) ?? err.count
    let first = String(decoding: err[..<newline], as: UTF8.self)
    guard first.hasPrefix("# exit: "), let status = Int32(first.dropFirst(8)) else {
      throw FormatError(description: "\(stem).err: first line must be '# exit: N'")
    }
    return (status, out, Array(err[min(newline + 1, err.count)...]))
  }

  /// Readable problems of a run against the expected files; empty when it matches.
  func problems(of result: Subprocess.Result) throws -> [String] {
    let exp = try expected()
    var problems: [String] = []
    switch result.termination {
    case .timedOut:
      return ["timed out after \(timeout)s (a hang is a failure)"]
    case .signalled(let signal):
      problems.append("killed by signal \(signal) (a crash is a failure)")
    case .exited(let status) where status != exp.status:
      problems.append("exit status \(status), expected \(exp.status)")
    case .exited:
      break
    }
    let prefix = Array((directory + "/").utf8)
    let out = CorpusTest.removing(prefix, from: result.stdout)
    let err = CorpusTest.removing(prefix, from: result.stderr)
    if out != exp.stdout {
      problems.append("stdout differs:\n" + TextDiff.unified(expected: text(exp.stdout), actual: text(out)))
    }
    if stderrLastLineOnly {
      let want = CorpusTest.lastLine(exp.stderr), got = CorpusTest.lastLine(err)
      if want != got {
        problems.append("last stderr line differs:\n  expected: \(want)\n  got:      \(got)")
      }
    } else if err != exp.stderr {
      problems.append("stderr differs:\n" + TextDiff.unified(expected: text(exp.stderr), actual: text(err)))
    }
    return problems
  }

  private func text(_ bytes: [UInt8]) -> String { return String(decoding: bytes, as: UTF8.self) }

  static func lastLine(_ bytes: [UInt8]) -> String {
    var end = bytes.count
    while end > 0 && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    var start = end
    while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// `data` with every occurrence of `pattern` removed (the harness strips the test
  /// directory's absolute path: CPython shows script paths made absolute).
  static func removing(_ pattern: [UInt8], from data: [UInt8]) -> [UInt8] {
    guard !pattern.isEmpty, data.count >= pattern.count else { return data }
    var out: [UInt8] = []
    out.reserveCapacity(data.count)
    var i = 0
    while i < data.count {
      if data[i] == pattern[0] && i + pattern.count <= data.count && data[i..<(i + pattern.count)].elementsEqual(pattern) {
        i += pattern.count
      } else {
        out.append(data[i])
        i += 1
      }
    }
    return out
  }

  /// Every `.py` file under `root`, sorted.
  static func discover(root: String) throws -> [CorpusTest] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var paths: [String] = []
    while let item = enumerator.nextObject() as? String {
      if item.hasSuffix(".py") { paths.append(root + "/" + item) }
    }
    return try paths.sorted().map { try CorpusTest(path: $0, corpusRoot: root) }
  }
}
