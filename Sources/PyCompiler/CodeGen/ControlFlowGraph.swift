/// The basic blocks of a code unit's instruction stream, with their successors (fall-through,
/// jump target and exception handlers) and reachability — the graph CPython's assembler works
/// on. Blocks are index ranges into the builder's instruction array, in emission order.
struct ControlFlowGraph {
  struct Block {
    var start: Int
    var end: Int
    /// Successor reached by falling off the end (nil after an unconditional transfer).
    var fallThrough: Int?
    /// Successor named by the final jump instruction.
    var jumpTarget: Int?
    /// Handler blocks of the instructions in this block (deduplicated).
    var handlerTargets: [Int] = []
    var reachable = false
    var predecessorCount = 0
    /// For a handler entry block: the register the interpreter stores the exception into.
    var entryException: Int = -1
  }

  var blocks: [Block] = []
  /// Block index of each instruction.
  var blockOf: [Int32] = []
  /// Label id → block index.
  var labelBlock: [Int] = []
  /// Handler index → block index of its entry.
  var handlerBlock: [Int] = []

  init(instructions: [IRInstruction], labelTargets: [Int], handlers: [HandlerInfo]) {
    let n = instructions.count
    var isLeader = [Bool](repeating: false, count: n + 1)
    isLeader[0] = true
    for t in labelTargets where t >= 0 { isLeader[t] = true }
    for i in 0..<n where instructions[i].endsBlock { isLeader[i + 1] = true }

    blockOf = [Int32](repeating: 0, count: n)
    var startToBlock = [Int](repeating: -1, count: n + 1)
    var i = 0
    while i < n {
      var j = i + 1
      while j < n && !isLeader[j] { j += 1 }
      startToBlock[i] = blocks.count
      for k in i..<j { blockOf[k] = Int32(blocks.count) }
      blocks.append(Block(start: i, end: j))
      i = j
    }
    // A label bound after the last instruction gets an empty block of its own.
    if labelTargets.contains(n) || n == 0 {
      startToBlock[n] = blocks.count
      blocks.append(Block(start: n, end: n))
    }
    labelBlock = labelTargets.map { $0 >= 0 ? startToBlock[$0] : -1 }
    handlerBlock = handlers.map { labelBlock[Int($0.label.id)] }
    for (h, info) in handlers.enumerated() where handlerBlock[h] >= 0 {
      blocks[handlerBlock[h]].entryException = Int(info.exceptionRegister)
    }

    for b in blocks.indices {
      let block = blocks[b]
      if block.end > block.start {
        let last = instructions[block.end - 1]
        if let label = last.jumpLabel { blocks[b].jumpTarget = labelBlock[Int(label.id)] }
        if !last.isUnconditionalTransfer && b + 1 < blocks.count { blocks[b].fallThrough = b + 1 }
        var seen: [Int] = []
        for k in block.start..<block.end where instructions[k].handler >= 0 {
          let hb = handlerBlock[Int(instructions[k].handler)]
          if !seen.contains(hb) { seen.append(hb) }
        }
        blocks[b].handlerTargets = seen
      } else if b + 1 < blocks.count {
        blocks[b].fallThrough = b + 1
      }
    }
    markReachable()
  }

  /// Every successor of block `b`.
  func successors(_ b: Int) -> [Int] {
    var s = blocks[b].handlerTargets
    if let f = blocks[b].fallThrough { s.append(f) }
    if let j = blocks[b].jumpTarget { s.append(j) }
    return s
  }

  private mutating func markReachable() {
    guard !blocks.isEmpty else { return }
    var stack = [0]
    blocks[0].reachable = true
    blocks[0].predecessorCount = 1
    while let b = stack.popLast() {
      for s in successors(b) {
        blocks[s].predecessorCount += 1
        if !blocks[s].reachable {
          blocks[s].reachable = true
          stack.append(s)
        }
      }
    }
  }
}
