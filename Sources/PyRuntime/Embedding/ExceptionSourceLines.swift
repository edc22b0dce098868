import PySyntax

/// The source lines a traceback shows, read the way CPython 3.11's Python/traceback.c
/// (`display_source_line_with_margin`) reads them: never for names like `<string>`, the file
/// opened as named or else found by its last component in `sys.path` (`_Py_FindSourceFile`),
/// decoded with its coding cookie (a UTF-8 BOM stays in line 1, as with CPython's
/// `TextIOWrapper(..., "utf-8")`), universal newlines, the line's newline removed but its
/// trailing spaces kept. A file is read once per printed exception.
struct ExceptionSourceLines {
  /// UTF-8 lines per filename; nil when the file cannot be read or decoded.
  private var cache: [String: [[UInt8]]?] = [:]

  /// Line `lineno` (1-based) of `filename` as UTF-8 bytes, or nil.
  mutating func line(_ ts: ThreadState, _ filename: String, _ lineno: Int) -> [UInt8]? {
    if lineno < 1 { return nil }
    let lines: [[UInt8]]?
    if let cached = cache[filename] {
      lines = cached
    } else {
      lines = ExceptionSourceLines.load(ts, filename)
      cache[filename] = lines
    }
    guard let lines, lineno <= lines.count else { return nil }
    return lines[lineno - 1]
  }

  static func load(_ ts: ThreadState, _ filename: String) -> [[UInt8]]? {
    let name = Array(filename.utf8)
    if name.first == UInt8(ascii: "<") && name.last == UInt8(ascii: ">") { return nil }
    guard let raw = FileSupport.readFile(filename) ?? findInSysPath(ts, filename) else { return nil }
    guard let source = try? SourceBuffer(bytes: raw, filename: filename) else { return nil }
    var text = source.bytes
    if source.hadBOM { text.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
    return splitLines(text)
  }

  /// `_Py_FindSourceFile`: the file's last path component under each `sys.path` entry.
  static func findInSysPath(_ ts: ThreadState, _ filename: String) -> [UInt8]? {
    let tail = filename.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? filename
    guard let path = ts.interpreter.sys.dict.get("path")?.as(PyList.self) else { return nil }
    for entry in path.items {
      guard let dir = entry.strIfExact?.string ?? entry.as(PyStr.self)?.string else { continue }
      if dir.utf8.contains(0) { continue }
      let candidate = dir.isEmpty || dir.hasSuffix("/") ? dir + tail : dir + "/" + tail
      if let bytes = FileSupport.readFile(candidate) { return bytes }
    }
    return nil
  }

  /// Lines split at `\n`, `\r\n` and `\r` (universal newlines), without their terminators.
  static func splitLines(_ text: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    var i = 0
    let n = text.count
    while i < n {
      let c = text[i]
      if c == 0x0A || c == 0x0D {
        lines.append(Array(text[start..<i]))
        if c == 0x0D && i + 1 < n && text[i + 1] == 0x0A { i += 1 }
        i += 1
        start = i
      } else {
        i += 1
      }
    }
    if start < n { lines.append(Array(text[start..<n])) }
    return lines
  }
}
