/// Finds the `checkBound` instructions that can never fail: a forward "may be unbound" dataflow
/// over the control-flow graph (exception edges included) for the fast locals. Parameters are
/// bound on entry; `del` and `clear` unbind; any write binds; a `checkBound` that passes binds
/// for what follows. (CPython 3.11 checks every LOAD_FAST; 3.12 does this analysis to pick
/// LOAD_FAST over LOAD_FAST_CHECK.)
enum UnboundLocalAnalysis {
  /// Turns every redundant `checkBound` into a `nop`.
  static func removeRedundantChecks(_ instructions: inout [IRInstruction], graph: ControlFlowGraph,
                                    localCount: Int, parameterCount: Int) {
    guard localCount > 0, instructions.contains(where: { $0.op == .checkBound }) else { return }
    let blockCount = graph.blocks.count
    var entry = BitSet(count: localCount)
    for r in parameterCount..<localCount { entry.insert(r) }

    var stateIn = [BitSet?](repeating: nil, count: blockCount)
    stateIn[0] = entry
    var worklist = [0]
    var queued = [Bool](repeating: false, count: blockCount)
    queued[0] = true

    func flow(into target: Int, _ state: BitSet) {
      if var existing = stateIn[target] {
        if existing.formUnion(state) {
          stateIn[target] = existing
          if !queued[target] { queued[target] = true; worklist.append(target) }
        }
      } else {
        stateIn[target] = state
        if !queued[target] { queued[target] = true; worklist.append(target) }
      }
    }

    while let b = worklist.popLast() {
      queued[b] = false
      let block = graph.blocks[b]
      var state = stateIn[b]!
      var beforeLast = state
      for k in block.start..<block.end {
        let ins = instructions[k]
        if ins.handler >= 0 { flow(into: graph.handlerBlock[Int(ins.handler)], state) }
        beforeLast = state
        apply(ins, to: &state, localCount: localCount)
      }
      if let f = block.fallThrough { flow(into: f, state) }
      if let j = block.jumpTarget {
        // forIter binds its target only when it does not jump (the iterator is exhausted).
        let last = block.end > block.start ? instructions[block.end - 1].op : .nop
        flow(into: j, last == .forIter ? beforeLast : state)
      }
    }

    for b in 0..<blockCount {
      guard var state = stateIn[b] else { continue }
      let block = graph.blocks[b]
      for k in block.start..<block.end {
        let ins = instructions[k]
        if ins.op == .checkBound && !state.contains(Int(ins.a)) {
          instructions[k].op = .nop
        }
        apply(ins, to: &state, localCount: localCount)
      }
    }
  }

  private static func apply(_ ins: IRInstruction, to state: inout BitSet, localCount: Int) {
    switch ins.op {
    case .checkBound:
      state.remove(Int(ins.a))
    case .deleteFast, .clear:
      if Int(ins.a) < localCount { state.insert(Int(ins.a)) }
    default:
      RegisterEffects.forEachWrite(ins) { first, count in
        var r = first
        while r < first + count && r < localCount {
          state.remove(r)
          r += 1
        }
      }
    }
  }
}
