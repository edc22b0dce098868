import Foundation
import PySyntax
import PyCompiler

/// Helpers shared by the code generator tests: compiling snippets, and writing a compiled
/// module as JSON for the reference interpreter (Fixtures/CodeGen/regvm.py), which executes
/// swiftpy's register bytecode with CPython's objects so programs can be checked end to end
/// before swiftpy's own interpreter exists.
enum CodeGenSupport {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/CodeGen")

  static func compile(_ source: String, filename: String = "<test>", mode: CompileMode = .exec,
                      optimize: Int = 0) throws -> CodeUnit {
    let bytes = Array(source.utf8)
    let parseMode: ParseMode = mode == .eval ? .eval : mode == .single ? .single : .exec
    let mod = try Parser.parse(bytes: bytes, filename: filename, mode: parseMode)
    return try Compiler.compile(mod, filename: filename, mode: mode, optimize: optimize, source: bytes)
  }

  /// The nested code object named `name` (depth-first), for tests of inner scopes.
  static func find(_ name: String, in unit: CodeUnit) -> CodeUnit? {
    if unit.name == name { return unit }
    for c in unit.constants {
      if case .code(let inner) = c, let found = find(name, in: inner) { return found }
    }
    return nil
  }

  /// The decoded instructions of a unit: opcode and A/B/C (move flags stripped, noRegister
  /// kept), cache words skipped.
  static func instructions(_ unit: CodeUnit) -> [(op: Opcode, a: Int, b: Int, c: Int, offset: Int)] {
    var out: [(Opcode, Int, Int, Int, Int)] = []
    var k = 0
    while k < unit.code.count {
      let w = Instruction(word: unit.code[k])
      let op = w.opcode
      let b = w.b == Instruction.noRegister ? w.b : w.b & 0x7FFFF
      out.append((op, w.a & 0x7FFF, b, w.c & 0x7FFFF, k))
      k += 1 + op.cacheWords
    }
    return out
  }

  static func opcodes(_ unit: CodeUnit) -> [Opcode] { instructions(unit).map { $0.op } }

  // MARK: JSON for the reference interpreter

  static func json(_ unit: CodeUnit, modules: [(name: String, isPackage: Bool, code: CodeUnit)] = []) -> String {
    var out = "{\"opcodes\":["
    out += Opcode.allCases.map { "\"\($0.name)\"" }.joined(separator: ",")
    out += "],\"module\":"
    write(unit, to: &out)
    out += ",\"modules\":{"
    for (i, m) in modules.enumerated() {
      if i > 0 { out += "," }
      out += "\(string(m.name)):{\"package\":\(m.isPackage),\"code\":"
      write(m.code, to: &out)
      out += "}"
    }
    out += "}}"
    return out
  }

  private static func write(_ u: CodeUnit, to out: inout String) {
    out += "{\"name\":\(string(u.name)),\"qualname\":\(string(u.qualname)),\"filename\":\(string(u.filename))"
    out += ",\"firstlineno\":\(u.firstLineno),\"argcount\":\(u.argCount),\"posonlyargcount\":\(u.posOnlyArgCount)"
    out += ",\"kwonlyargcount\":\(u.kwOnlyArgCount),\"flags\":\(u.flags.rawValue),\"nregs\":\(u.registerCount)"
    out += ",\"varnames\":[\(u.varnames.map(string).joined(separator: ","))]"
    out += ",\"cellvars\":[\(u.cellvars.map(string).joined(separator: ","))]"
    out += ",\"freevars\":[\(u.freevars.map(string).joined(separator: ","))]"
    out += ",\"names\":[\(u.names.map(string).joined(separator: ","))]"
    out += ",\"consts\":["
    for (i, c) in u.constants.enumerated() {
      if i > 0 { out += "," }
      write(c, to: &out)
    }
    out += "],\"code\":[\(u.code.map { String($0) }.joined(separator: ","))]"
    out += ",\"positions\":[\(u.positions.map { "[\($0.lineno),\($0.colOffset),\($0.endLineno),\($0.endColOffset)]" }.joined(separator: ","))]"
    out += ",\"exctable\":[\(u.exceptionTable.map { "[\($0.start),\($0.end),\($0.handler),\($0.exceptionRegister)]" }.joined(separator: ","))]"
    out += "}"
  }

  private static func write(_ c: CodeConstant, to out: inout String) {
    switch c {
    case .constant(let v):
      switch v {
      case .none: out += "{\"t\":\"none\"}"
      case .ellipsis: out += "{\"t\":\"ellipsis\"}"
      case .bool(let b): out += "{\"t\":\"bool\",\"v\":\(b)}"
      case .int(let i): out += "{\"t\":\"int\",\"v\":\"\(i)\"}"
      case .bigInt(let s): out += "{\"t\":\"int\",\"v\":\"\(s)\"}"
      case .float(let d): out += "{\"t\":\"float\",\"v\":\"\(floatText(d))\"}"
      case .complex(let re, let im):
        out += "{\"t\":\"complex\",\"re\":\"\(floatText(re))\",\"im\":\"\(floatText(im))\"}"
      case .str(let s): out += "{\"t\":\"str\",\"v\":[\(s.codePoints.map { String($0) }.joined(separator: ","))]}"
      case .bytes(let b): out += "{\"t\":\"bytes\",\"v\":[\(b.map { String($0) }.joined(separator: ","))]}"
      }
    case .tuple(let items), .frozenset(let items):
      if case .tuple = c { out += "{\"t\":\"tuple\",\"v\":[" } else { out += "{\"t\":\"frozenset\",\"v\":[" }
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        write(item, to: &out)
      }
      out += "]}"
    case .code(let code):
      out += "{\"t\":\"code\",\"v\":"
      write(code, to: &out)
      out += "}"
    }
  }

  private static func floatText(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    return "\(d)"
  }

  private static func string(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
      }
    }
    return out + "\""
  }
}
