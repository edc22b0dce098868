import PySyntax

/// A human-readable listing of register bytecode (`swiftpy --dis FILE`), in the spirit of
/// CPython's `dis`: for each code object (nested ones after their parent) its name, flags,
/// counts, variable tables and constants, then one line per instruction with its line
/// number, word offset, opcode and decoded operands, and the exception table.
///
/// Operand notation: `R5` a register (`R5~` when the move flag is set: the value is taken out),
/// `K2` a constant with its repr, `N1` a name, `@14` a jump target (word offset).
public enum Disassembler {
  /// The listing of `unit` and every code object nested in it.
  public static func listing(_ unit: CodeUnit) -> String {
    var out = ""
    var pending = [unit]
    var first = true
    while !pending.isEmpty {
      let u = pending.removeFirst()
      if !first { out += "\n" }
      first = false
      out += listing(single: u)
      for c in u.constants { if case .code(let nested) = c { pending.append(nested) } }
    }
    return out
  }

  /// The listing of one code object only.
  public static func listing(single u: CodeUnit) -> String {
    var out = "Disassembly of <code object \(u.name) at \(u.qualname), file \"\(u.filename)\", line \(u.firstLineno)>:\n"
    out += "  flags: \(flagNames(u.flags))\n"
    out += "  argcount: \(u.argCount)  posonlyargcount: \(u.posOnlyArgCount)  kwonlyargcount: \(u.kwOnlyArgCount)  registers: \(u.registerCount)\n"
    out += "  varnames: \(tuple(u.varnames))\n"
    out += "  cellvars: \(tuple(u.cellvars))\n"
    out += "  freevars: \(tuple(u.freevars))\n"
    out += "  names: \(tuple(u.names))\n"
    out += "  constants:\n"
    for (i, c) in u.constants.enumerated() {
      out += "    \(i): \(constantRepr(c))\n"
    }
    out += "  code:\n"
    var lastLine: Int32 = -2
    var k = 0
    while k < u.code.count {
      let word = Instruction(word: u.code[k])
      guard let op = Opcode(rawValue: word.rawOpcode) else {
        out += "          \(pad(String(k), 6))  <invalid opcode \(word.rawOpcode)>\n"
        k += 1
        continue
      }
      let pos = k < u.positions.count ? u.positions[k] : SourceRange.zero
      var lineText = ""
      if pos.lineno != lastLine {
        lineText = pos.lineno > 0 ? String(pos.lineno) : "-"
        lastLine = pos.lineno
      }
      out += "  \(pad(lineText, 5))  \(pad(String(k), 6))  \(op.name.padding(22))\(operands(op, word, at: k, in: u))\n"
      k += 1 + op.cacheWords
    }
    if !u.exceptionTable.isEmpty {
      out += "  exception table:\n"
      for e in u.exceptionTable {
        out += "    \(e.start) to \(e.end) -> @\(e.handler) [R\(e.exceptionRegister)]\n"
      }
    }
    return out
  }

  // MARK: Operands

  private enum Kind {
    case none, register, name, constant, int, label, count, raw
  }

  private static func operandKinds(_ op: Opcode) -> (Kind, Kind, Kind) {
    switch op {
    case .nop, .returnNone, .setupAnnotations: return (.none, .none, .none)
    case .move: return (.register, .register, .none)
    case .loadConst: return (.register, .constant, .none)
    case .loadInt: return (.register, .int, .none)
    case .loadNone, .loadTrue, .loadFalse, .loadLocals, .loadBuildClass, .loadAssertionError,
         .clear, .return, .reraise, .popExcept, .endAsyncFor, .asyncGenWrap, .printExpr, .importStar:
      return (.register, .none, .none)
    case .checkBound, .deleteFast: return (.register, .raw, .none)
    case .loadGlobal, .storeGlobal, .loadName, .storeName: return (.register, .name, .none)
    case .deleteGlobal, .deleteName: return (.none, .name, .none)
    case .loadClassDeref: return (.register, .register, .name)
    case .makeCell: return (.register, .register, .none)
    case .loadDeref: return (.register, .register, .raw)
    case .storeDeref: return (.register, .register, .none)
    case .deleteDeref: return (.register, .none, .raw)
    case .loadAttr, .loadMethod, .importFrom: return (.register, .register, .name)
    case .storeAttr: return (.register, .name, .register)
    case .deleteAttr: return (.register, .name, .none)
    case .jump: return (.none, .label, .none)
    case .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone: return (.register, .label, .none)
    case .forIter, .send: return (.register, .register, .label)
    case .call, .callMethod: return (.register, .count, .raw)
    case .callEx: return (.register, .raw, .none)
    case .buildTuple, .buildList, .buildSet, .buildMap, .buildString, .buildSlice:
      return (.register, .register, .count)
    case .unpackSequence, .unpackEx, .formatValue, .raise, .getAwaitable:
      return (.register, .register, .raw)
    case .makeFunction: return (.register, .constant, .raw)
    case .importName: return (.register, .name, .register)
    case .getIter, .listToTuple, .getYieldFromIter, .getAIter, .getANext, .matchMapping,
         .matchSequence, .getLen, .neg, .pos, .invert, .not, .pushExcInfo, .beforeWith,
         .beforeAsyncWith, .yieldValue, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate,
         .deleteSubscr:
      return (.register, .register, .none)
    default: return (.register, .register, .register)
    }
  }

  private static func operands(_ op: Opcode, _ w: Instruction, at offset: Int, in u: CodeUnit) -> String {
    let (ka, kb, kc) = operandKinds(op)
    var parts: [String] = []
    let bxForm = op == .loadConst || op == .loadInt || op.jumpOperand == .bx
    if let s = format(ka, w.a, moved: (w.a & Instruction.moveFlagA) != 0, mask: 0x7FFF, u) { parts.append(s) }
    if bxForm {
      switch op {
      case .loadConst: parts.append("K\(w.bx) (\(constantText(w.bx, u)))")
      case .loadInt: parts.append(String(w.sbx))
      default: parts.append("@\(w.bx)")
      }
    } else {
      if let s = format(kb, w.b, moved: (w.b & Instruction.moveFlagBC) != 0 && kb == .register,
                        mask: 0x7FFFF, u) { parts.append(s) }
      if let s = format(kc, w.c, moved: (w.c & Instruction.moveFlagBC) != 0 && kc == .register,
                        mask: 0x7FFFF, u) { parts.append(s) }
    }
    var text = parts.joined(separator: ", ")
    switch op {
    case .call, .callMethod:
      if w.c > 0 { text += "  kw=" + constantText(w.c - 1, u) }
    case .unpackEx:
      text += "  (\(w.c & 0x3FF) before, \(w.c >> 10) after)"
    case .formatValue:
      let conv = ["", "!s", "!r", "!a"][w.c & 3]
      text += "  (\(conv)\((w.c & 4) != 0 ? " with spec" : ""))"
    case .matchClass:
      if offset + 1 < u.code.count {
        let data = u.code[offset + 1]
        text += "  (\(data & 0xFFFF_FFFF) positional, names in R\(data >> 32))"
      }
    case .makeFunction:
      var extras: [String] = []
      if w.c & 1 != 0 { extras.append("defaults") }
      if w.c & 2 != 0 { extras.append("kwdefaults") }
      if w.c & 4 != 0 { extras.append("annotations") }
      if w.c & 8 != 0 { extras.append("closure") }
      if !extras.isEmpty { text += "  (" + extras.joined(separator: ", ") + ")" }
    default:
      break
    }
    return text
  }

  private static func format(_ kind: Kind, _ raw: Int, moved: Bool, mask: Int, _ u: CodeUnit) -> String? {
    switch kind {
    case .none: return nil
    case .register:
      if raw == Instruction.noRegister { return "-" }
      return "R\(raw & mask)" + (moved ? "~" : "")
    case .name:
      let name = raw < u.names.count ? u.names[raw] : "?"
      return "N\(raw) (\(name))"
    case .constant:
      return "K\(raw) (\(constantText(raw, u)))"
    case .int, .count, .raw:
      return String(raw)
    case .label:
      return "@\(raw & mask)"
    }
  }

  private static func constantText(_ index: Int, _ u: CodeUnit) -> String {
    index >= 0 && index < u.constants.count ? constantRepr(u.constants[index]) : "?"
  }

  private static func constantRepr(_ c: CodeConstant) -> String {
    switch c {
    case .constant(let v): return PythonRepr.constant(v)
    case .tuple(let items):
      if items.count == 1 { return "(" + constantRepr(items[0]) + ",)" }
      return "(" + items.map(constantRepr).joined(separator: ", ") + ")"
    case .frozenset(let items):
      return items.isEmpty ? "frozenset()" : "frozenset({" + items.map(constantRepr).joined(separator: ", ") + "})"
    case .code(let code):
      return "<code object \(code.name) at \(code.qualname), line \(code.firstLineno)>"
    }
  }

  private static func tuple(_ names: [String]) -> String {
    if names.count == 1 { return "(" + PythonRepr.string(names[0]) + ",)" }
    return "(" + names.map { PythonRepr.string($0) }.joined(separator: ", ") + ")"
  }

  private static func flagNames(_ f: CodeFlags) -> String {
    let table: [(CodeFlags, String)] = [
      (.optimized, "OPTIMIZED"), (.newLocals, "NEWLOCALS"), (.varArgs, "VARARGS"),
      (.varKeywords, "VARKEYWORDS"), (.nested, "NESTED"), (.generator, "GENERATOR"),
      (.noFree, "NOFREE"), (.coroutine, "COROUTINE"), (.iterableCoroutine, "ITERABLE_COROUTINE"),
      (.asyncGenerator, "ASYNC_GENERATOR"), (.futureAnnotations, "FUTURE_ANNOTATIONS"),
    ]
    let names = table.filter { f.contains($0.0) }.map { $0.1 }
    return names.isEmpty ? "0" : names.joined(separator: ", ")
  }

  private static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }
}

private extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
