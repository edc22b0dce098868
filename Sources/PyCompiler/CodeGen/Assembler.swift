import PySyntax

/// Turns a finished `CodeBuilder` into the code words, positions and exception table of a
/// `CodeUnit` (as CPython's `assemble()`): drops unreachable blocks, removes `checkBound`s the
/// unbound-local analysis proves redundant and jumps to the next instruction, propagates line
/// numbers to artificial instructions, sets the move flags on temporaries' last uses, resolves
/// labels to word offsets and builds the exception table.
enum Assembler {
  struct Output {
    var code: [UInt64]
    var positions: [SourceRange]
    var exceptionTable: [ExceptionTableEntry]
  }

  enum Failure: Error {
    /// A jump target does not fit its operand field.
    case codeTooLarge
  }

  static func assemble(_ builder: CodeBuilder, localCount: Int, parameterCount: Int,
                       firstLineno: Int) throws(Failure) -> Output {
    var instructions = builder.instructions
    let graph = ControlFlowGraph(instructions: instructions, labelTargets: builder.labelTargets,
                                 handlers: builder.handlers)
    for b in graph.blocks.indices where !graph.blocks[b].reachable {
      for k in graph.blocks[b].start..<graph.blocks[b].end { instructions[k].op = .nop }
    }
    UnboundLocalAnalysis.removeRedundantChecks(&instructions, graph: graph, localCount: localCount,
                                               parameterCount: parameterCount)
    removeJumpsToNext(&instructions, graph: graph)
    propagateLocations(&instructions, graph: graph, firstLineno: firstLineno)
    let flags = TemporaryLiveness.moveFlags(instructions, graph: graph,
                                            firstTemporary: builder.firstTemporary,
                                            registerCount: builder.maxRegister)

    // Word offsets of instructions and blocks (nops are dropped).
    var offsetOf = [Int](repeating: 0, count: instructions.count + 1)
    var blockOffset = [Int](repeating: 0, count: graph.blocks.count)
    var offset = 0
    for (b, block) in graph.blocks.enumerated() {
      blockOffset[b] = offset
      for k in block.start..<block.end {
        offsetOf[k] = offset
        if instructions[k].op != .nop { offset += 1 + instructions[k].op.cacheWords }
      }
    }
    let totalWords = offset

    var code: [UInt64] = []
    code.reserveCapacity(totalWords)
    var positions: [SourceRange] = []
    positions.reserveCapacity(totalWords)
    var table: [ExceptionTableEntry] = []
    var openHandler: Int32 = -1
    var openStart = 0

    func closeRange(at end: Int) {
      if openHandler >= 0 && end > openStart {
        let info = builder.handlers[Int(openHandler)]
        let handlerOffset = blockOffset[graph.handlerBlock[Int(openHandler)]]
        table.append(ExceptionTableEntry(start: openStart, end: end, handler: handlerOffset,
                                         exceptionRegister: Int(info.exceptionRegister)))
      }
    }

    for k in instructions.indices where instructions[k].op != .nop {
      let ins = instructions[k]
      let here = code.count
      if ins.handler != openHandler {
        closeRange(at: here)
        openHandler = ins.handler
        openStart = here
      }
      code.append(try encode(ins, flags: flags[k], labelOffset: { label in
        blockOffset[graph.labelBlock[Int(label.id)]]
      }).word)
      positions.append(ins.location)
      for w in 0..<ins.op.cacheWords {
        code.append(w == 0 ? ins.data : 0)
        positions.append(ins.location)
      }
    }
    closeRange(at: code.count)
    return Output(code: code, positions: positions, exceptionTable: table)
  }

  // MARK: Passes

  /// A `jump` to the next instruction that survives is dropped (CPython's optimize_cfg).
  private static func removeJumpsToNext(_ instructions: inout [IRInstruction], graph: ControlFlowGraph) {
    for block in graph.blocks where block.reachable && block.end > block.start {
      let k = block.end - 1
      guard instructions[k].op == .jump, let target = block.jumpTarget else { continue }
      // The next block that has a live instruction.
      var next = graph.blocks.index(after: graph.blockOf.isEmpty ? 0 : Int(graph.blockOf[k]))
      while next < graph.blocks.count {
        let nb = graph.blocks[next]
        if nb.reachable && (nb.start..<nb.end).contains(where: { instructions[$0].op != .nop }) { break }
        next += 1
      }
      if next == target { instructions[k].op = .nop }
    }
  }

  /// Artificial instructions take the position of the instruction before them in their block;
  /// a block reached from a single predecessor continues its last position; return blocks
  /// still without a line get the last line seen (CPython's propagate_line_numbers and
  /// guarantee_lineno_for_exits).
  private static func propagateLocations(_ instructions: inout [IRInstruction], graph: ControlFlowGraph,
                                         firstLineno: Int) {
    for block in graph.blocks where block.reachable {
      var previous: SourceRange = .artificial
      var firstLive: Int? = nil
      for k in block.start..<block.end where instructions[k].op != .nop {
        if firstLive == nil { firstLive = k }
        if instructions[k].location.hasLocation {
          previous = instructions[k].location
        } else {
          instructions[k].location = previous
        }
      }
      guard previous.hasLocation else { continue }
      for successor in [block.fallThrough, block.jumpTarget] {
        guard let s = successor, graph.blocks[s].predecessorCount == 1 else { continue }
        let sb = graph.blocks[s]
        if let first = (sb.start..<sb.end).first(where: { instructions[$0].op != .nop }),
           !instructions[first].location.hasLocation {
          instructions[first].location = previous
        }
      }
    }
    var lineno = Int32(firstLineno)
    for block in graph.blocks where block.reachable {
      let live = (block.start..<block.end).filter { instructions[$0].op != .nop }
      guard let last = live.last else { continue }
      if instructions[last].location.hasLocation {
        lineno = instructions[last].location.lineno
      } else if instructions[last].op == .return || instructions[last].op == .returnNone {
        for k in live {
          instructions[k].location = SourceRange(lineno: lineno, colOffset: -1, endLineno: lineno,
                                                 endColOffset: -1)
        }
      }
    }
  }

  // MARK: Encoding

  private static func encode(_ ins: IRInstruction, flags: TemporaryLiveness.MoveFlags,
                             labelOffset: (Label) -> Int) throws(Failure) -> Instruction {
    var a = Int(ins.a)
    if flags.contains(.a) { a |= Instruction.moveFlagA }
    switch ins.op {
    case .loadConst:
      return Instruction(.loadConst, a: a, bx: Int(ins.b))
    case .loadInt:
      return Instruction(.loadInt, a: a, bx: Int(ins.b))
    case .jump, .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone:
      return Instruction(ins.op, a: a, bx: labelOffset(Label(id: Int32(ins.b))))
    default:
      break
    }
    var b = Int(ins.b)
    var c = Int(ins.c)
    if ins.op == .forIter || ins.op == .send {
      c = labelOffset(Label(id: ins.c))
      if c > Instruction.maxC { throw .codeTooLarge }
    }
    if flags.contains(.b) { b |= Instruction.moveFlagBC }
    if flags.contains(.c) { c |= Instruction.moveFlagBC }
    return Instruction(ins.op, a: a, b: b, c: c)
  }
}
