import PySyntax

/// A jump target inside one code unit under construction: an index into the builder's label
/// table, bound to an instruction position with `CodeBuilder.bind`.
struct Label: Hashable {
  var id: Int32
}

/// One instruction of a code unit before assembly (the compiler's intermediate form, as
/// CPython's `struct instr`). Operands are the final register/constant/name numbers, except that
/// jump operands hold a `Label` id until the assembler resolves them to word offsets.
struct IRInstruction {
  var op: Opcode
  var a: Int32
  /// B, or the whole Bx operand for ABx instructions (loadConst, loadInt, jumps).
  var b: Int64
  var c: Int32
  /// The data carried by the first cache word (only `matchClass` uses it).
  var data: UInt64
  var location: SourceRange
  /// Index into `CodeBuilder.handlers` of the innermost exception handler protecting this
  /// instruction, or -1.
  var handler: Int32

  /// The label operand of a jump instruction (B/Bx for jumps, C for forIter/send).
  var jumpLabel: Label? {
    switch op.jumpOperand {
    case .bx?: return Label(id: Int32(b))
    case .c?: return Label(id: c)
    case nil: return nil
    }
  }

  /// Control never falls through to the next instruction.
  var isUnconditionalTransfer: Bool {
    switch op {
    case .jump, .return, .returnNone, .raise, .reraise: return true
    default: return false
    }
  }

  /// Ends a basic block: any jump, or a transfer that never falls through.
  var endsBlock: Bool { op.jumpOperand != nil || isUnconditionalTransfer }
}

/// An exception handler: where an exception raised in its protected instructions goes, and
/// the register that receives the exception object.
struct HandlerInfo {
  var label: Label
  var exceptionRegister: Int32
}

extension SourceRange {
  /// The position of artificial instructions (no source location), as CPython's UNSET_LOC.
  static let artificial = SourceRange(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)

  var hasLocation: Bool { lineno > 0 }
}
