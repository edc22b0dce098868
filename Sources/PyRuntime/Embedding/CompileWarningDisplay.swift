import PyCompiler

/// Shows the compiler's SyntaxWarnings the way CPython's warnings module does with its default
/// filters (`warnings.formatwarning`): `file:line: SyntaxWarning: message` and the stripped
/// source line, written to `sys.stderr`.
///
/// swiftpy has no `warnings` module yet, so the filters are the `-W` options only, read as
/// CPython's `_processoptions` reads them (the last matching option wins): an `ignore` action
/// hides the warning. Other actions print it (`error`, which CPython turns into a SyntaxError
/// at the warning's position, is not implemented: the compiler's warnings carry no columns).
enum CompileWarningDisplay {
  static func show(_ interp: Interpreter, _ warning: CompileWarning, source: [UInt8]) {
    if isIgnored(interp.config.warnOptions) { return }
    var text = "\(warning.filename):\(warning.lineno): SyntaxWarning: \(warning.message)\n"
    // linecache.getline: only for sources read from a file (not "<string>", "<stdin>").
    if !warning.filename.hasPrefix("<"), let line = sourceLine(source, warning.lineno) {
      text += "  " + line + "\n"
    }
    let ts = ThreadState.current
    ScriptRunner.writeStderrObject(ts, text)
  }

  /// Whether the last `-W action:message:category:module:lineno` option that applies to every
  /// SyntaxWarning (no message, module or line restriction) says `ignore`.
  static func isIgnored(_ options: [String]) -> Bool {
    for option in options.reversed() {
      let fields = option.split(separator: ":", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      let category = fields.count > 2 ? fields[2] : ""
      guard ["", "Warning", "SyntaxWarning", "builtins.Warning", "builtins.SyntaxWarning"].contains(category)
      else { continue }
      if fields.count > 1 && !fields[1].isEmpty { continue }
      if fields.count > 3 && !fields[3].isEmpty { continue }
      if fields.count > 4 && !fields[4].isEmpty && fields[4] != "0" { continue }
      let action = fields[0]
      return "ignore".hasPrefix(action) && !action.isEmpty
    }
    return false
  }

  /// Line `lineno` (1-based) of `source`, stripped of surrounding whitespace.
  static func sourceLine(_ source: [UInt8], _ lineno: Int) -> String? {
    var line = 1
    var start = 0
    var i = 0
    while i < source.count && line < lineno {
      if source[i] == UInt8(ascii: "\n") { line += 1; start = i + 1 }
      i += 1
    }
    guard line == lineno, start <= source.count else { return nil }
    var end = start
    while end < source.count && source[end] != UInt8(ascii: "\n") { end += 1 }
    let stripped = String(decoding: source[start..<end], as: UTF8.self).trimmingWhitespace()
    return stripped.isEmpty ? nil : stripped
  }
}

fileprivate extension String {
  /// The string without leading and trailing ASCII whitespace (Python's `str.strip()` for
  /// ASCII text).
  func trimmingWhitespace() -> String {
    let bytes = Array(self.utf8)
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    var lo = 0
    var hi = bytes.count
    while lo < hi && isSpace(bytes[lo]) { lo += 1 }
    while hi > lo && isSpace(bytes[hi - 1]) { hi -= 1 }
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }
}
