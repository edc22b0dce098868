import XCTest
import PySyntax

/// Helpers shared by the tokenizer tests: token dumps in the format of
/// Fixtures/lexer/pegen_tokens.py, fixture loading, and CPython-style error tuples.
enum TokenizerTestSupport {
  static let fixtures: String = {
    let here = #filePath
    let dir = here[..<here.lastIndex(of: "/")!]
    return dir + "/Fixtures/lexer"
  }()

  static func readFile(_ path: String) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return [UInt8](data)
  }

  /// Our tokens in pegen_tokens.py's format; an error ends the dump with "ERROR ...".
  static func dump(_ src: [UInt8], origin: SourceBuffer.Origin = .bytes) -> String {
    var out = ""
    do {
      let buf = try SourceBuffer(bytes: src, filename: "<test>", origin: origin)
      let tok = Tokenizer(source: buf)
      var guardCount = 0
      while true {
        let t = try tok.next()
        let r = t.range
        var text = ""
        if r.colOffset >= 0 && t.kind != .newline {
          text = buf.text(Int(t.start)..<Int(t.end))
        }
        out += "\(t.kind.cpythonName) \(r.lineno),\(r.colOffset)-\(r.endLineno),\(r.endColOffset) \(pyRepr(text))\n"
        if t.kind == .endMarker { break }
        guardCount += 1
        if guardCount > 10_000_000 { out += "LOOP\n"; break }
      }
    } catch {
      out += "ERROR \(describe(error))\n"
    }
    return out
  }

  static func describe(_ e: PySyntaxError) -> String {
    return "\(e.kind.rawValue) \(pyRepr(e.message)) \(e.lineno) \(e.offset) \(e.endLineno) \(e.endOffset) \(e.text.map(pyRepr) ?? "None")"
  }

  /// Python's repr() of a str (enough for test dumps: ASCII escapes as CPython writes them).
  static func pyRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(u) == q { out += "\\" + String(q); continue }
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\x" + String(format: "%02x", u.value)
        } else if u.value >= 0x80 && u.value < 0xA0 {
          out += "\\x" + String(format: "%02x", u.value)
        } else if u.value == 0xA0 || u.value == 0xAD {
          out += "\\x" + String(format: "%02x", u.value)
        } else if !Identifier.isPrintable(u.value) {
          if u.value <= 0xFFFF { out += "\\u" + String(format: "%04x", u.value) } else { out += "\\U" + String(format: "%08x", u.value) }
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out.append(q)
    return out
  }

  /// Sections of a snippets file ("=== NAME [nonl]" + lines), as pegen_tokens.py reads them.
  static func snippets(_ path: String) -> [(String, [UInt8])] {
    guard let data = readFile(path) else { return [] }
    var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    var result: [(String, [UInt8])] = []
    var header: String? = nil
    var body: [[UInt8]] = []
    func flush() {
      guard let h = header else { return }
      let parts = h.split(separator: " ").map(String.init)
      var src = [UInt8]()
      for (i, l) in body.enumerated() {
        if i > 0 { src.append(UInt8(ascii: "\n")) }
        src += l
      }
      src.append(UInt8(ascii: "\n"))
      if parts.dropFirst().contains("nonl") { src.removeLast() }
      result.append((parts[0], src))
    }
    for l in lines {
      if l.starts(with: Array("=== ".utf8)) {
        flush()
        header = String(decoding: l.dropFirst(4), as: UTF8.self)
        body = []
      } else {
        body.append(l)
      }
    }
    flush()
    return result
  }

  /// Sections of an expected file: name → text.
  static func expectedSections(_ path: String) -> [String: String] {
    guard let data = readFile(path) else { return [:] }
    var result: [String: String] = [:]
    var name: String? = nil
    var text = ""
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("=== ") {
        if let n = name { result[n] = text }
        name = String(line.dropFirst(4))
        text = ""
      } else if !line.isEmpty || name != nil {
        if !line.isEmpty { text += line + "\n" }
      }
    }
    if let n = name { result[n] = text }
    return result
  }
}
