import PySyntax

/// The instruction stream of one code unit while it is being generated: instructions with
/// their source positions and innermost exception handler, labels, the constant and name
/// pools, and the register allocator (as CPython's `compiler_unit` holds its basic blocks).
///
/// Registers: `0 ..< firstTemporary` are the fast locals and the cell/free variables; temporaries
/// are allocated stack-like above them (`allocate`, `release(to:)`), and `maxRegister` tracks
/// the high-water mark for `CodeUnit.registerCount`.
final class CodeBuilder {
  private(set) var instructions: [IRInstruction] = []
  /// Label id → instruction index it is bound to (-1 while unbound).
  private(set) var labelTargets: [Int] = []
  private(set) var handlers: [HandlerInfo] = []

  /// Position given to the next emitted instructions (CPython's `u_lineno` and friends).
  var location: SourceRange = .artificial
  /// Index of the innermost active handler (-1 for none).
  var currentHandler: Int32 = -1

  let firstTemporary: Int
  private(set) var nextFree: Int
  private(set) var maxRegister: Int

  let constants = ConstantPool()
  private(set) var names: [String] = []
  private var nameIndex: [String: Int] = [:]

  init(firstTemporary: Int) {
    self.firstTemporary = firstTemporary
    self.nextFree = firstTemporary
    self.maxRegister = firstTemporary
  }

  // MARK: Registers

  /// Allocates `count` consecutive temporaries and returns the first.
  func allocate(_ count: Int = 1) -> Int {
    let r = nextFree
    nextFree += count
    if nextFree > maxRegister { maxRegister = nextFree }
    return r
  }

  /// The current top of the temporary stack (the next register `allocate` returns).
  var top: Int { nextFree }

  /// Frees every temporary at or above `mark`.
  func release(to mark: Int) {
    precondition(mark >= firstTemporary && mark <= nextFree, "register stack released out of order: \(mark) \(firstTemporary) \(nextFree)")
    nextFree = mark
  }

  /// True when `register` is a temporary.
  func isTemporary(_ register: Int) -> Bool { register >= firstTemporary }

  // MARK: Labels and handlers

  func newLabel() -> Label {
    labelTargets.append(-1)
    return Label(id: Int32(labelTargets.count - 1))
  }

  /// Binds `label` to the next instruction emitted.
  func bind(_ label: Label) {
    precondition(labelTargets[Int(label.id)] < 0, "label bound twice")
    labelTargets[Int(label.id)] = instructions.count
  }

  func isBound(_ label: Label) -> Bool { labelTargets[Int(label.id)] >= 0 }

  /// Registers a handler; instructions emitted while it is `currentHandler` are protected by it.
  func addHandler(label: Label, exceptionRegister: Int) -> Int32 {
    handlers.append(HandlerInfo(label: label, exceptionRegister: Int32(exceptionRegister)))
    return Int32(handlers.count - 1)
  }

  // MARK: Emission

  func emit(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0) {
    instructions.append(IRInstruction(op: op, a: Int32(a), b: Int64(b), c: Int32(c), data: 0,
                                      location: location, handler: currentHandler))
  }

  /// An ABx instruction (loadConst) or AsBx (loadInt: pass the biased value).
  func emit(_ op: Opcode, a: Int, bx: Int64) {
    instructions.append(IRInstruction(op: op, a: Int32(a), b: bx, c: 0, data: 0,
                                      location: location, handler: currentHandler))
  }

  /// `matchClass` and its data word.
  func emitMatchClass(dest: Int, subject: Int, cls: Int, positionalCount: Int, keywordNames: Int) {
    instructions.append(IRInstruction(op: .matchClass, a: Int32(dest), b: Int64(subject), c: Int32(cls),
                                      data: UInt64(UInt32(positionalCount)) | UInt64(keywordNames) << 32,
                                      location: location, handler: currentHandler))
  }

  /// jump / jumpIf*: the label goes in Bx.
  func emitJump(_ op: Opcode, a: Int = 0, to target: Label) {
    instructions.append(IRInstruction(op: op, a: Int32(a), b: Int64(target.id), c: 0, data: 0,
                                      location: location, handler: currentHandler))
  }

  /// forIter / send: the label goes in C.
  func emitBranchC(_ op: Opcode, a: Int, b: Int, to target: Label) {
    instructions.append(IRInstruction(op: op, a: Int32(a), b: Int64(b), c: target.id, data: 0,
                                      location: location, handler: currentHandler))
  }

  /// The opcode of the last emitted instruction, if any.
  var lastOpcode: Opcode? { instructions.last?.op }

  /// True when the next instruction would be unreachable by fall-through (the last one was an
  /// unconditional transfer and no label has been bound since).
  var isAfterUnconditionalTransfer: Bool {
    guard let last = instructions.last, last.isUnconditionalTransfer else { return false }
    for target in labelTargets where target == instructions.count { return false }
    return true
  }

  // MARK: Names

  /// Index of `name` in the unit's `names` (co_names), added on first use.
  func nameIndex(_ name: String) -> Int {
    if let i = nameIndex[name] { return i }
    let i = names.count
    names.append(name)
    nameIndex[name] = i
    return i
  }
}
