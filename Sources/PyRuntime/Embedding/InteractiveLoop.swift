#if canImport(Glibc)
import Glibc
#endif
import PySyntax
import PyCompiler

/// The interactive interpreter (CPython's `PyRun_InteractiveLoopFlags` with the tokenizer's
/// interactive mode): reads a statement from `sys.stdin` (prompts `sys.ps1` / `sys.ps2`, on
/// stdout when stdin is a terminal, on stderr otherwise), compiles it in `single` mode as
/// `<stdin>` (line numbers start at 1 for each statement), runs it in `__main__` (expression
/// results echoed by `sys.displayhook`), prints exceptions through `sys.excepthook`, and ends
/// at end of file (a newline on stderr) or on SystemExit.
///
/// When a statement needs more lines is decided as CPython's interactive parser decides it:
/// open brackets, an unterminated triple-quoted string or a trailing backslash ask for more
/// lines, and a compound statement (`if`, `def`, `@decorator` …) runs once an empty line
/// ends it. Ctrl-C while reading prints "KeyboardInterrupt" and starts a new statement.
/// No line editing (readline is not linked).
public enum InteractiveLoop {
  /// Runs the loop; answers the exit status. `interrupted` is set when the last statement ended
  /// in a KeyboardInterrupt (CPython then ends the process by SIGINT).
  public static func run(_ interp: Interpreter, _ ts: ThreadState, main: PyModule, banner: Bool,
                         interrupted: inout Bool) -> Int32 {
    let sys = interp.sys.dict
    if sys.get("ps1") == nil { sys.set("ps1", .object(PyStr(">>> "))) }
    if sys.get("ps2") == nil { sys.set("ps2", .object(PyStr("... "))) }
    if banner {
      let version = sys.get("version")?.as(PyStr.self)?.string ?? ""
      ScriptRunner.writeStderrObject(ts, "Python \(version) on linux\n"
        + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
    }
    let promptOnStdout = isatty(0) != 0
    while true {
      let statement: [UInt8]
      switch readStatement(interp, ts, promptOnStdout: promptOnStdout) {
      case .endOfFile:
        ScriptRunner.writeStderrObject(ts, "\n")
        ScriptRunner.flushStdout(interp)
        return 0
      case .interrupted:
        ScriptRunner.writeStderrObject(ts, "\nKeyboardInterrupt\n")
        continue
      case .failed(let e):
        // sys.stdin cannot be read: reported, and the session ends (CPython's reader fails the
        // same way only at end of input).
        return report(interp, ts, e) ?? 1
      case .statement(let bytes):
        statement = bytes
      }
      interrupted = false
      do throws(PyError) {
        let code = try interp.compile(statement, filename: "<stdin>", mode: .single)
        _ = try ts.runCode(code, globals: main.dict)
        ScriptRunner.flushStdout(interp)
      } catch {
        if error.exception.type.isSubtype(of: BuiltinTypes.exceptions.keyboardInterrupt) { interrupted = true }
        if let status = report(interp, ts, error.exception) { return status }
      }
    }
  }

  /// Prints an exception as `PyErr_Print` does in the loop; answers an exit status for
  /// SystemExit, nil to go on.
  static func report(_ interp: Interpreter, _ ts: ThreadState, _ e: PyBaseException) -> Int32? {
    if e.type.isSubtype(of: BuiltinTypes.exceptions.systemExit) {
      ScriptRunner.flushStdout(interp)
      return ScriptRunner.systemExitStatus(interp, ts, e)
    }
    let status = ScriptRunner.handleUncaught(interp, ts, e, exitOnSystemExit: true)
    // A SystemExit raised by sys.excepthook ends the loop too.
    if status != 1 { return status }
    return nil
  }

  enum ReadResult {
    case statement([UInt8])
    case endOfFile
    case interrupted
    case failed(PyBaseException)
  }

  /// Reads lines until they form a statement (or fail to).
  static func readStatement(_ interp: Interpreter, _ ts: ThreadState, promptOnStdout: Bool) -> ReadResult {
    var source: [UInt8] = []
    var compound = false
    while true {
      let line: [UInt8]?
      do throws(PyError) {
        line = try readLine(interp, ts, prompt: source.isEmpty ? "ps1" : "ps2", promptOnStdout: promptOnStdout)
      } catch {
        if error.exception.type.isSubtype(of: BuiltinTypes.exceptions.keyboardInterrupt) { return .interrupted }
        return .failed(error.exception)
      }
      guard var line else {
        // End of file: a statement in progress is compiled as it is (CPython's tokenizer
        // reports the error); none ends the loop.
        if source.isEmpty { return .endOfFile }
        return .statement(source)
      }
      if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
      let blank = isBlank(line)
      if source.isEmpty {
        // An empty or comment-only line at the primary prompt: a new prompt.
        if blank || isComment(line) { continue }
        compound = startsCompoundStatement(line)
      }
      source += line
      if compound {
        // A compound statement ends with an empty line (unless it is inside brackets etc.).
        if !blank || needsMoreInput(interp, source) { continue }
        return .statement(source)
      }
      if needsMoreInput(interp, source) { continue }
      return .statement(source)
    }
  }

  /// Whether `source` is an unfinished statement: its compilation fails only because the input
  /// ends too early (open bracket, triple-quoted string, backslash continuation, a block
  /// without its body).
  static func needsMoreInput(_ interp: Interpreter, _ source: [UInt8]) -> Bool {
    var end = source.count
    while end > 0 && (source[end - 1] == UInt8(ascii: "\n") || source[end - 1] == UInt8(ascii: "\r")) { end -= 1 }
    if end > 0 && source[end - 1] == UInt8(ascii: "\\") { return true }
    do throws(PySyntaxError) {
      let buffer = try SourceBuffer(bytes: source, filename: "<stdin>", origin: .file, execInput: false)
      _ = try Parser.parse(buffer, mode: .single)
      return false
    } catch {
      let message = error.message
      return message.hasSuffix("was never closed")
        || message == "unterminated triple-quoted string literal" || message.hasPrefix("unterminated triple-quoted")
        || message.hasPrefix("expected an indented block")
        || message.hasPrefix("unexpected EOF")
    }
  }

  static let compoundKeywords: Set<String> = ["if", "while", "for", "try", "with", "def", "class", "async"]

  /// Whether the line starts a compound statement (CPython's parser then reads until an empty
  /// line): a compound keyword, a decorator, or `match …:`.
  static func startsCompoundStatement(_ line: [UInt8]) -> Bool {
    var i = 0
    while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
    if i < line.count && line[i] == UInt8(ascii: "@") { return true }
    var j = i
    while j < line.count && (isIdentifierByte(line[j])) { j += 1 }
    let word = String(decoding: line[i..<j], as: UTF8.self)
    if compoundKeywords.contains(word) { return true }
    if word == "match" {
      // A soft keyword: a match statement ends with ':' (a call `match(x)` does not).
      var k = line.count
      while k > j && (line[k - 1] == 0x0A || line[k - 1] == 0x0D || line[k - 1] == 0x20 || line[k - 1] == 0x09) { k -= 1 }
      return k > j && line[k - 1] == UInt8(ascii: ":")
    }
    return false
  }

  static func isIdentifierByte(_ b: UInt8) -> Bool {
    return (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
  }

  static func isComment(_ line: [UInt8]) -> Bool {
    for b in line where !(b == 0x20 || b == 0x09 || b == 0x0C) { return b == UInt8(ascii: "#") }
    return false
  }

  static func isBlank(_ line: [UInt8]) -> Bool {
    for b in line where !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C) { return false }
    return true
  }

  /// Writes the prompt (`str(sys.ps1)` / `str(sys.ps2)`) and reads one line from `sys.stdin`;
  /// nil at end of file.
  static func readLine(_ interp: Interpreter, _ ts: ThreadState, prompt: String,
                       promptOnStdout: Bool) throws(PyError) -> [UInt8]? {
    let sys = interp.sys.dict
    if let p = sys.get(prompt) {
      let text = try Protocols.str(ts, p)
      let streamName = promptOnStdout ? "stdout" : "stderr"
      if let stream = sys.get(streamName), !stream.isNone {
        // As C stdio's fprintf of the prompt: a failing write (a closed pipe) is ignored.
        do throws(PyError) {
          _ = try Protocols.call(ts, try Protocols.getAttr(ts, stream, PyStr.intern("write")), [.object(text)])
          _ = try Protocols.call(ts, try Protocols.getAttr(ts, stream, PyStr.intern("flush")), [])
        } catch {
          if error.exception.type.isSubtype(of: BuiltinTypes.exceptions.keyboardInterrupt) { throw error }
        }
      }
    }
    try ts.checkSignals()
    guard let stdin = sys.get("stdin"), !stdin.isNone else { throw PyError.runtimeError("lost sys.stdin") }
    let line = try Protocols.call(ts, try Protocols.getAttr(ts, stdin, PyStr.intern("readline")), [])
    guard let text = line.as(PyStr.self) else {
      throw PyError.typeError("object.readline() returned non-string")
    }
    if text.string.isEmpty { return nil }
    return Array(text.string.utf8)
  }
}
