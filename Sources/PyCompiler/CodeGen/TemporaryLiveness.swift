/// Marks the last use of every temporary: a backward liveness analysis over the control-flow
/// graph (exception edges included) for the registers above the locals and cells. A read whose
/// register is dead afterwards gets the instruction's move flag (see `Instruction`), so the
/// interpreter drops the value there — as CPython's value stack pops it.
///
/// A handler block starts by receiving the exception in its register, so that register is not
/// live into the handler. A read is never flagged when the same instruction reads the register
/// twice, writes it, or when its handler may still need it.
enum TemporaryLiveness {
  /// Per instruction, which operand slots carry the move flag.
  struct MoveFlags: OptionSet {
    let rawValue: UInt8
    static let a = MoveFlags(rawValue: 1)
    static let b = MoveFlags(rawValue: 2)
    static let c = MoveFlags(rawValue: 4)
  }

  static func moveFlags(_ instructions: [IRInstruction], graph: ControlFlowGraph,
                        firstTemporary: Int, registerCount: Int) -> [MoveFlags] {
    var flags = [MoveFlags](repeating: [], count: instructions.count)
    guard registerCount > firstTemporary else { return flags }
    let width = registerCount - firstTemporary
    let blockCount = graph.blocks.count
    var liveIn = [BitSet](repeating: BitSet(count: width), count: blockCount)

    // Iterate to a fixed point, visiting blocks in reverse order (good for forward-laid code).
    var changed = true
    while changed {
      changed = false
      for b in stride(from: blockCount - 1, through: 0, by: -1) where graph.blocks[b].reachable {
        let newIn = scan(b, instructions, graph, liveIn, firstTemporary, width, &flags, mark: false)
        if newIn != liveIn[b] {
          liveIn[b] = newIn
          changed = true
        }
      }
    }
    for b in 0..<blockCount where graph.blocks[b].reachable {
      _ = scan(b, instructions, graph, liveIn, firstTemporary, width, &flags, mark: true)
    }
    return flags
  }

  /// Walks block `b` backwards from its live-out set; returns its live-in set. With `mark`,
  /// records the move flags of its instructions.
  private static func scan(_ b: Int, _ instructions: [IRInstruction], _ graph: ControlFlowGraph,
                           _ liveIn: [BitSet], _ base: Int, _ width: Int,
                           _ flags: inout [MoveFlags], mark: Bool) -> BitSet {
    let block = graph.blocks[b]
    var live = BitSet(count: width)
    if let f = block.fallThrough { live.formUnion(liveIn[f]) }
    if let j = block.jumpTarget { live.formUnion(liveIn[j]) }

    var k = block.end - 1
    while k >= block.start {
      let ins = instructions[k]
      if ins.op != .nop {
        var handlerLive: BitSet? = nil
        if ins.handler >= 0 {
          let hb = graph.handlerBlock[Int(ins.handler)]
          handlerLive = liveIn[hb]
          live.formUnion(liveIn[hb])
        }
        // Registers written or unbound here are dead before the instruction (unless a handler
        // still needs their old value).
        var written: [Int] = []
        if ins.op != .forIter {  // forIter writes only when it does not jump
          RegisterEffects.forEachWrite(ins) { first, count in
            for r in first..<(first + count) where r >= base { written.append(r) }
          }
        }
        RegisterEffects.forEachUnbind(ins) { first, count in
          for r in first..<(first + count) where r >= base { written.append(r) }
        }
        if mark {
          var readCounts: [Int: Int] = [:]
          RegisterEffects.forEachRead(ins) { run in
            for r in run.first..<(run.first + run.count) { readCounts[r, default: 0] += 1 }
          }
          var f: MoveFlags = []
          RegisterEffects.forEachRead(ins) { run in
            guard run.slot != .implicit, run.first >= base else { return }
            for r in run.first..<(run.first + run.count) {
              if live.contains(r - base) || written.contains(r) || readCounts[r, default: 0] > 1 {
                return
              }
            }
            switch run.slot {
            case .a: f.insert(.a)
            case .b: f.insert(.b)
            case .c: f.insert(.c)
            case .implicit: break
            }
          }
          flags[k] = f
        }
        for r in written { live.remove(r - base) }
        if let h = handlerLive { live.formUnion(h) }
        RegisterEffects.forEachRead(ins) { run in
          for r in run.first..<(run.first + run.count) where r >= base { live.insert(r - base) }
        }
      }
      k -= 1
    }
    if block.entryException >= base { live.remove(block.entryException - base) }
    return live
  }
}
