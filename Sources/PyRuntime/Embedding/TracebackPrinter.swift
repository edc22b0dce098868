#if canImport(Glibc)
import Glibc
#endif
import PySyntax

/// Printing exceptions as CPython 3.11 does: chained exceptions ("During handling of the above
/// exception…"), the traceback with source lines and carets, and the final `Type: message`
/// line (with "Did you mean" suggestions for NameError/AttributeError/ImportError).
public enum TracebackPrinter {
  public static func printException(_ ts: ThreadState, _ e: PyBaseException) {
    var out = ""
    format(ts, e, into: &out, seen: [])
    if let err = ts.interpreter.sys.dict.get("stderr")?.as(StdStream.self) {
      err.write(out)
      err.flush()
    } else {
      var b = Array(out.utf8)
      _ = b.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
  }

  static func format(_ ts: ThreadState, _ e: PyBaseException, into out: inout String, seen: Set<ObjectIdentifier>) {
    var seen = seen
    seen.insert(ObjectIdentifier(e))
    if let cause = e.cause.as(PyBaseException.self), !seen.contains(ObjectIdentifier(cause)) {
      format(ts, cause, into: &out, seen: seen)
      out += "\nThe above exception was the direct cause of the following exception:\n\n"
    } else if !e.suppressContext, let ctx = e.context.as(PyBaseException.self), !seen.contains(ObjectIdentifier(ctx)) {
      format(ts, ctx, into: &out, seen: seen)
      out += "\nDuring handling of the above exception, another exception occurred:\n\n"
    }
    if let tb = e.traceback {
      out += "Traceback (most recent call last):\n"
      var t: PyTraceback? = tb
      var lines = SourceLines()
      var last: (String, Int, String)? = nil
      var repeats = 0
      while let cur = t {
        let code = cur.frame.code
        let key = (code.filename.string, cur.lineno, code.name.string)
        if let l = last, l == key {
          repeats += 1
        } else {
          if repeats > 3 {
            out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
          }
          last = key
          repeats = 1
        }
        if repeats <= 3 {
          out += entry(code, cur.pc, cur.lineno, &lines)
        }
        t = cur.next
      }
      if repeats > 3 {
        out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
      }
    }
    out += finalLine(ts, e)
  }

  /// One `File "...", line N, in name` entry with its source line and carets.
  static func entry(_ code: PyCode, _ pc: Int, _ lineno: Int, _ lines: inout SourceLines) -> String {
    var s = "  File \"\(code.filename.string)\", line \(lineno), in \(code.name.string)\n"
    guard let line = lines.line(code.filename.string, lineno) else { return s }
    let stripped = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
    let strippedChars = line.count - stripped.count
    var trimmed = Substring(stripped)
    while let l = trimmed.last, l == " " || l == "\n" || l == "\r" || l == "\t" { trimmed = trimmed.dropLast() }
    if trimmed.isEmpty { return s }
    s += "    " + trimmed + "\n"
    let pos = code.position(at: pc)
    guard pos.colOffset >= 0, pos.endColOffset >= 0, Int(pos.lineno) == lineno else { return s }
    let utf8 = Array(line.utf8)
    func charOffset(_ byteOffset: Int) -> Int {
      let b = min(byteOffset, utf8.count)
      return String(decoding: utf8[0..<b], as: UTF8.self).count
    }
    let start = charOffset(Int(pos.colOffset))
    var end = charOffset(Int(pos.endColOffset))
    if pos.endLineno != pos.lineno { end = strippedChars + trimmed.count }
    if end - start < trimmed.count {
      s += "    " + String(repeating: " ", count: max(start - strippedChars, 0)) + String(repeating: "^", count: max(end - start, 1)) + "\n"
    }
    return s
  }

  /// `Type: message` (module-qualified for non-builtin exception classes).
  static func finalLine(_ ts: ThreadState, _ e: PyBaseException) -> String {
    let t = e.type
    var name = String(t.shortName)
    if t.typeFlags.contains(.heapType) {
      let module = TypeSupport.moduleName(t)
      if module != "builtins" && module != "__main__" { name = module + "." + t.qualname } else { name = t.qualname }
    }
    let msg = (try? Protocols.str(ts, .object(e)).string) ?? "<exception str() failed>"
    var text = msg
    if let suggestion = Suggestions.forException(ts, e) {
      text += ". Did you mean: '\(suggestion)'?"
    }
    var line = text.isEmpty ? name + "\n" : name + ": " + text + "\n"
    if let notes = e.dict?.get("__notes__")?.as(PyList.self) {
      for n in notes.items { line += ((try? Protocols.str(ts, n).string) ?? "") + "\n" }
    }
    return line
  }
}

/// Source lines of files, read on demand (CPython's `linecache`).
struct SourceLines {
  var cache: [String: [String]] = [:]

  mutating func line(_ filename: String, _ lineno: Int) -> String? {
    if cache[filename] == nil {
      guard let bytes = FileSupport.readFile(filename) else { return nil }
      let text = String(decoding: bytes, as: UTF8.self)
      cache[filename] = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    guard let ls = cache[filename], lineno >= 1, lineno <= ls.count else { return nil }
    return ls[lineno - 1]
  }
}
