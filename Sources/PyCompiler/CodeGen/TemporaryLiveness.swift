/// Marks the last use of every temporary: a backward liveness analysis over the control-flow
/// graph (exception edges included) for the registers above the locals and cells. A read whose
/// register is dead afterwards gets the instruction's move flag (see `Instruction`), so the
/// interpreter drops the value there — as CPython's value stack pops it.
///
/// A handler block starts by receiving the exception in its register, so that register is not
/// live into the handler. A read is never flagged when the same instruction reads the register
/// twice, writes it, or when its handler may still need it.
enum TemporaryLiveness {
  /// A few register ranges, stored inline (an instruction touches at most four).
  struct Ranges {
    private var firsts: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private var counts: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private var n = 0

    mutating func append(_ first: Int, _ count: Int) {
      switch n {
      case 0: firsts.0 = first; counts.0 = count
      case 1: firsts.1 = first; counts.1 = count
      case 2: firsts.2 = first; counts.2 = count
      case 3: firsts.3 = first; counts.3 = count
      default: preconditionFailure("more than four register ranges")
      }
      n += 1
    }

    private func range(_ i: Int) -> (Int, Int) {
      switch i {
      case 0: return (firsts.0, counts.0)
      case 1: return (firsts.1, counts.1)
      case 2: return (firsts.2, counts.2)
      default: return (firsts.3, counts.3)
      }
    }

    func contains(_ r: Int) -> Bool { count(of: r) > 0 }

    /// How many of the ranges contain `r`.
    func count(of r: Int) -> Int {
      var c = 0
      for i in 0..<n {
        let (f, k) = range(i)
        if r >= f && r < f + k { c += 1 }
      }
      return c
    }

    func forEach(_ body: (Int) -> Void) {
      for i in 0..<n {
        let (f, k) = range(i)
        for r in f..<(f + k) { body(r) }
      }
    }
  }

  /// Per instruction, which operand slots carry the move flag.
  struct MoveFlags: OptionSet {
    let rawValue: UInt8
    static let a = MoveFlags(rawValue: 1)
    static let b = MoveFlags(rawValue: 2)
    static let c = MoveFlags(rawValue: 4)
  }

  /// Operands that swiftpy's interpreter loop (PyRuntime/VM/Eval.swift) currently reads
  /// without looking at the move flag — a flagged B/C there would be read as an out-of-range
  /// register. They are left unflagged (the value then lives until the register is reused)
  /// until the loop honours the flag on every read operand, as Opcode.swift specifies.
  static func flagHonoured(_ op: Opcode, _ slot: RegisterEffects.Slot) -> Bool {
    // Every register operand the interpreter reads honours the move flag.
    return true
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
        // still needs their old value). forIter writes only when it does not jump.
        var written = Ranges()
        if ins.op != .forIter {
          RegisterEffects.forEachWrite(ins) { first, count in written.append(first, count) }
        }
        RegisterEffects.forEachUnbind(ins) { first, count in written.append(first, count) }
        var reads = Ranges()
        RegisterEffects.forEachRead(ins) { run in reads.append(run.first, run.count) }
        if mark {
          var f: MoveFlags = []
          var index = 0
          RegisterEffects.forEachRead(ins) { run in
            defer { index += 1 }
            guard run.slot != .implicit, run.first >= base, flagHonoured(ins.op, run.slot) else { return }
            for r in run.first..<(run.first + run.count) {
              if live.contains(r - base) || written.contains(r) || reads.count(of: r) > 1 { return }
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
        written.forEach { r in if r >= base { live.remove(r - base) } }
        if let h = handlerLive { live.formUnion(h) }
        reads.forEach { r in if r >= base { live.insert(r - base) } }
      }
      k -= 1
    }
    if block.entryException >= base { live.remove(block.entryException - base) }
    return live
  }
}
