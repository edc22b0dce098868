/// Which registers each instruction reads and writes, read off the opcode contract in
/// `Opcode.swift`. The assembler's dataflow passes (unbound locals, temporaries' last uses) are
/// built on it, so every opcode's operands must be described here exactly.
enum RegisterEffects {
  /// The operand field a read comes from; only `.a`, `.b`, `.c` can carry a move flag.
  enum Slot { case a, b, c, implicit }

  /// A run of `count` consecutive registers starting at `first`.
  struct Run {
    var slot: Slot
    var first: Int
    var count: Int
  }

  /// Calls `body` for every run of registers `ins` reads.
  static func forEachRead(_ ins: IRInstruction, _ body: (Run) -> Void) {
    let a = Int(ins.a), b = Int(ins.b), c = Int(ins.c)
    switch ins.op {
    case .nop, .loadConst, .loadInt, .loadNone, .loadTrue, .loadFalse, .deleteFast, .clear,
         .loadGlobal, .deleteGlobal, .loadName, .deleteName, .loadLocals, .jump, .returnNone,
         .loadBuildClass, .setupAnnotations, .loadAssertionError:
      return
    case .checkBound:
      body(Run(slot: .implicit, first: a, count: 1))
    case .move, .loadDeref, .loadAttr, .loadMethod, .getIter, .listToTuple, .importFrom,
         .getYieldFromIter, .getAwaitable, .getAIter, .getANext, .matchMapping, .matchSequence,
         .getLen, .yieldValue, .unpackSequence, .unpackEx, .neg, .pos, .invert, .not:
      body(Run(slot: .b, first: b, count: 1))
    case .pushExcInfo:
      body(Run(slot: .b, first: b, count: 1))
    case .beforeWith, .beforeAsyncWith:
      body(Run(slot: .b, first: b, count: 1))
    case .loadClassDeref:
      body(Run(slot: .b, first: b, count: 1))
    case .makeCell:
      if b != Instruction.noRegister { body(Run(slot: .b, first: b, count: 1)) }
    case .storeGlobal, .storeName, .deleteAttr, .importStar, .reraise, .popExcept,
         .endAsyncFor, .printExpr, .return, .deleteDeref:
      body(Run(slot: .a, first: a, count: 1))
    case .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone:
      body(Run(slot: .a, first: a, count: 1))
    case .asyncGenWrap:
      body(Run(slot: .a, first: a, count: 1))
    case .storeDeref:
      body(Run(slot: .a, first: a, count: 1))
      body(Run(slot: .b, first: b, count: 1))
    case .storeAttr:
      body(Run(slot: .a, first: a, count: 1))
      body(Run(slot: .c, first: c, count: 1))
    case .subscr, .add, .sub, .mul, .matMul, .trueDiv, .floorDiv, .mod, .pow, .lshift, .rshift,
         .and, .or, .xor, .inplaceAdd, .inplaceSub, .inplaceMul, .inplaceMatMul, .inplaceTrueDiv,
         .inplaceFloorDiv, .inplaceMod, .inplacePow, .inplaceLshift, .inplaceRshift, .inplaceAnd,
         .inplaceOr, .inplaceXor, .lt, .le, .eq, .ne, .gt, .ge, .is, .isNot, .contains,
         .notContains, .checkExcMatch, .checkEgMatch, .prepReraiseStar, .withExceptStart,
         .matchKeys, .copyDictWithoutKeys:
      body(Run(slot: .b, first: b, count: 1))
      body(Run(slot: .c, first: c, count: 1))
    case .storeSubscr:
      body(Run(slot: .a, first: a, count: 1))
      body(Run(slot: .b, first: b, count: 1))
      body(Run(slot: .c, first: c, count: 1))
    case .deleteSubscr, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate:
      body(Run(slot: .a, first: a, count: 1))
      body(Run(slot: .b, first: b, count: 1))
    case .mapAdd, .dictMerge:
      body(Run(slot: .a, first: a, count: 1))
      body(Run(slot: .b, first: b, count: 1))
      body(Run(slot: .c, first: c, count: 1))
    case .buildSlice, .buildTuple, .buildList, .buildSet, .buildString:
      if c > 0 { body(Run(slot: .b, first: b, count: c)) }
    case .buildMap:
      if c > 0 { body(Run(slot: .b, first: b, count: 2 * c)) }
    case .forIter:
      body(Run(slot: .a, first: a, count: 1))
    case .send:
      body(Run(slot: .implicit, first: a, count: 1))
      body(Run(slot: .b, first: b, count: 1))
    case .call:
      body(Run(slot: .implicit, first: a, count: b + 1))
    case .callMethod:
      body(Run(slot: .implicit, first: a, count: b + 2))
    case .callEx:
      body(Run(slot: .implicit, first: a, count: b != 0 ? 3 : 2))
    case .formatValue:
      body(Run(slot: .b, first: b, count: (c & 4) != 0 ? 2 : 1))
    case .makeFunction:
      let extras = c.nonzeroBitCount
      if extras > 0 { body(Run(slot: .implicit, first: a + 1, count: extras)) }
    case .importName:
      body(Run(slot: .c, first: c, count: 2))
    case .raise:
      if c >= 1 { body(Run(slot: .a, first: a, count: 1)) }
      if c == 2 { body(Run(slot: .b, first: b, count: 1)) }
    case .matchClass:
      body(Run(slot: .b, first: b, count: 1))
      body(Run(slot: .c, first: c, count: 1))
      body(Run(slot: .implicit, first: Int(ins.data >> 32), count: 1))
    }
  }

  /// Calls `body` for every run of registers `ins` writes (binds).
  static func forEachWrite(_ ins: IRInstruction, _ body: (_ first: Int, _ count: Int) -> Void) {
    let a = Int(ins.a), b = Int(ins.b), c = Int(ins.c)
    switch ins.op {
    case .nop, .checkBound, .deleteFast, .clear, .storeGlobal, .deleteGlobal, .storeName,
         .deleteName, .storeDeref, .deleteDeref, .storeAttr, .deleteAttr, .storeSubscr,
         .deleteSubscr, .jump, .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone,
         .return, .returnNone, .listAppend, .setAdd, .mapAdd, .listExtend, .setUpdate,
         .dictUpdate, .dictMerge, .setupAnnotations, .importStar, .raise, .reraise, .popExcept,
         .endAsyncFor, .printExpr:
      return
    case .forIter:
      body(b, 1)
    case .loadMethod, .beforeWith, .beforeAsyncWith, .checkEgMatch:
      body(a, 2)
    case .unpackSequence:
      if c > 0 { body(a, c) }
    case .unpackEx:
      let n = (c & 0x3FF) + (c >> 10) + 1
      body(a, n)
    default:
      body(a, 1)
    }
  }

  /// Registers an instruction leaves unbound: `del`, `clear`, and the operands a call consumes.
  static func forEachUnbind(_ ins: IRInstruction, _ body: (_ first: Int, _ count: Int) -> Void) {
    let a = Int(ins.a), b = Int(ins.b)
    switch ins.op {
    case .deleteFast, .clear:
      body(a, 1)
    case .call:
      if b > 0 { body(a + 1, b) }
    case .callMethod:
      body(a + 1, b + 1)
    case .callEx:
      body(a + 1, b != 0 ? 2 : 1)
    default:
      return
    }
  }
}
