import PySyntax

/// Expressions (CPython's `compiler_visit_expr1`): every expression is evaluated into a
/// destination register. Each visit sets the current location to the expression's range and
/// restores it afterwards, so an operator's instruction carries the whole operation's range.
extension CodeGenerator {
  /// Evaluates `e` into register `dest`.
  func compile(_ e: Expr, into dest: Int) throws(PySyntaxError) {
    let b = builder
    let saved = b.location
    b.location = e.range
    defer { b.location = saved }
    try compileExpression(e, into: dest)
  }

  /// Evaluates `e` into some register and returns it: a fast local is read in place (after its
  /// bound check); anything else goes to a new temporary left allocated for the caller.
  func compileToRegister(_ e: Expr) throws(PySyntaxError) -> Int {
    if case .name(let id, .load) = e.kind, let r = withLocationNoThrow(e.range, { fastLocalRegisterForRead(id) }) {
      return r
    }
    let r = builder.allocate()
    try compile(e, into: r)
    return r
  }

  /// Evaluates `e` for its side effects only.
  func compileForEffect(_ e: Expr) throws(PySyntaxError) {
    let mark = builder.top
    let r = try compileToRegister(e)
    // The value is dropped at once, as CPython's POP_TOP: its finalizer (a `__del__`, a
    // coroutine's "never awaited" warning) runs on this line, not when the register is reused.
    if r >= mark { builder.emit(.clear, a: r) }
    builder.release(to: mark)
  }

  func withLocationNoThrow<T>(_ range: SourceRange, _ body: () -> T) -> T {
    let b = builder
    let saved = b.location
    b.location = range
    defer { b.location = saved }
    return body()
  }

  /// True when compiling `e` into `dest` writes `dest` exactly once, as its last action, so a
  /// fast local can be the destination (an exception midway leaves the old value intact).
  func writesDestinationAtomically(_ e: Expr) -> Bool {
    if folded[e] != nil { return true }
    switch e.kind {
    case .constant, .name, .binOp, .unaryOp, .lambda, .call, .attribute, .subscript,
         .listComp, .setComp, .dictComp, .generatorExp, .formattedValue, .slice:
      return true
    case .compare(_, let ops, _):
      return ops.count == 1
    case .joinedStr(let values):
      return values.count != 1 || writesDestinationAtomically(values[0])
    case .list(let elts, _), .tuple(let elts, _), .set(let elts):
      return !elts.contains { if case .starred = $0.kind { return true } else { return false } }
        && elts.count <= stackUseGuideline
    case .dict(let keys, _):
      return !keys.contains { $0 == nil } && keys.count * 2 <= stackUseGuideline
    default:
      return false
    }
  }

  private func compileExpression(_ e: Expr, into dest: Int) throws(PySyntaxError) {
    if let value = folded[e] {
      emitLoadConstant(value, into: dest)
      return
    }
    switch e.kind {
    case .constant(let value, _):
      emitLoadConstant(.constant(value), into: dest)

    case .name(let id, let ctx):
      switch ctx {
      case .load: loadName(id, into: dest)
      case .store, .del: throw error("internal error: name in store context compiled as a value")
      }

    case .namedExpr(let target, let value):
      try compile(value, into: dest)
      guard case .name(let id, _) = target.kind else { throw error("invalid assignment expression target") }
      try withLocation(target.range) { () throws(PySyntaxError) in try storeName(id, from: dest) }

    case .boolOp(let op, let values):
      let end = builder.newLabel()
      for (i, v) in values.enumerated() {
        try compile(v, into: dest)
        if i < values.count - 1 {
          builder.emitJump(op == .and ? .jumpIfFalse : .jumpIfTrue, a: dest, to: end)
        }
      }
      builder.bind(end)

    case .binOp(let left, let op, let right):
      let mark = builder.top
      let l = try compileToRegister(left)
      let r = try compileToRegister(right)
      builder.emit(Self.binaryOpcode(op), a: dest, b: l, c: r)
      builder.release(to: mark)

    case .unaryOp(let op, let operand):
      let mark = builder.top
      let r = try compileToRegister(operand)
      let opcode: Opcode
      switch op {
      case .invert: opcode = .invert
      case .not: opcode = .not
      case .uAdd: opcode = .pos
      case .uSub: opcode = .neg
      }
      builder.emit(opcode, a: dest, b: r)
      builder.release(to: mark)

    case .lambda(let args, let body):
      try compileLambda(e, args: args, body: body, into: dest)

    case .ifExp(let test, let body, let orelse):
      let end = builder.newLabel()
      let next = builder.newLabel()
      try compileJumpIf(test, cond: false, to: next)
      try compile(body, into: dest)
      withArtificialLocation { builder.emitJump(.jump, to: end) }
      builder.bind(next)
      try compile(orelse, into: dest)
      builder.bind(end)

    case .dict(let keys, let values):
      try compileDict(keys: keys, values: values, into: dest)

    case .set(let elts):
      try compileStarredDisplay(elts, kind: .set, into: dest)

    case .list(let elts, let ctx):
      guard ctx == .load else { throw error("internal error: list target compiled as a value") }
      try compileStarredDisplay(elts, kind: .list, into: dest)

    case .tuple(let elts, let ctx):
      guard ctx == .load else { throw error("internal error: tuple target compiled as a value") }
      try compileStarredDisplay(elts, kind: .tuple, into: dest)

    case .listComp(let elt, let generators):
      try compileComprehension(e, kind: .list, name: "<listcomp>", generators: generators,
                               element: elt, value: nil, into: dest)
    case .setComp(let elt, let generators):
      try compileComprehension(e, kind: .set, name: "<setcomp>", generators: generators,
                               element: elt, value: nil, into: dest)
    case .dictComp(let key, let value, let generators):
      try compileComprehension(e, kind: .dict, name: "<dictcomp>", generators: generators,
                               element: key, value: value, into: dest)
    case .generatorExp(let elt, let generators):
      try compileComprehension(e, kind: .generator, name: "<genexpr>", generators: generators,
                               element: elt, value: nil, into: dest)

    case .yield(let value):
      guard unit.isFunctionBlock else { throw error("'yield' outside function") }
      let mark = builder.top
      let v = builder.allocate()
      if let value { try compile(value, into: v) } else { builder.emit(.loadNone, a: v) }
      emitYield(value: v, into: dest)
      builder.release(to: mark)

    case .yieldFrom(let value):
      guard unit.isFunctionBlock else { throw error("'yield' outside function") }
      if unit.scopeType == .asyncFunction { throw error("'yield from' inside async function") }
      let mark = builder.top
      let iterator = builder.allocate()
      try compile(value, into: iterator)
      builder.emit(.getYieldFromIter, a: iterator, b: iterator)
      builder.emit(.loadNone, a: dest)
      emitYieldFromLoop(value: dest, iterator: iterator)
      builder.release(to: mark)

    case .await(let value):
      if !isTopLevelAwait {
        guard unit.isFunctionBlock else { throw error("'await' outside function") }
        if unit.scopeType != .asyncFunction && unit.scopeType != .comprehension {
          throw error("'await' outside async function")
        }
      }
      let mark = builder.top
      let awaitable = builder.allocate()
      try compile(value, into: awaitable)
      builder.emit(.getAwaitable, a: awaitable, b: awaitable, c: 0)
      builder.emit(.loadNone, a: dest)
      emitYieldFromLoop(value: dest, iterator: awaitable)
      builder.release(to: mark)

    case .compare(let left, let ops, let comparators):
      try compileCompare(left: left, ops: ops, comparators: comparators, into: dest)

    case .call(let function, let args, let keywords):
      try compileCall(e, function: function, args: args, keywords: keywords, into: dest)

    case .joinedStr(let values):
      try compileJoinedStr(values, into: dest)

    case .formattedValue(let value, let conversion, let spec):
      let mark = builder.top
      let base = builder.allocate(spec != nil ? 2 : 1)
      try compile(value, into: base)
      var c: Int
      switch conversion {
      case 115: c = 1  // 's'
      case 114: c = 2  // 'r'
      case 97: c = 3   // 'a'
      default: c = 0
      }
      if let spec {
        try compile(spec, into: base + 1)
        c |= 4
      }
      builder.emit(.formatValue, a: dest, b: base, c: c)
      builder.release(to: mark)

    case .attribute(let value, let attr, let ctx):
      guard ctx == .load else { throw error("internal error: attribute target compiled as a value") }
      let mark = builder.top
      let obj = try compileToRegister(value)
      let loc = locationMatchingAttribute(builder.location, attribute: e, name: attr)
      let name = NameMangling.mangle(attr, privateName: unit.privateName)
      withLocationNoThrow(loc) { builder.emit(.loadAttr, a: dest, b: obj, c: builder.nameIndex(name)) }
      builder.release(to: mark)

    case .subscript(let value, let slice, let ctx):
      guard ctx == .load else { throw error("internal error: subscript target compiled as a value") }
      checkSubscripter(value)
      checkIndex(value, slice)
      let mark = builder.top
      let obj = try compileToRegister(value)
      let index = try compileToRegister(slice)
      builder.emit(.subscr, a: dest, b: obj, c: index)
      builder.release(to: mark)

    case .starred(_, let ctx):
      if ctx == .store { throw error("starred assignment target must be in a list or tuple") }
      throw error("can't use starred expression here")

    case .slice(let lower, let upper, let step):
      let mark = builder.top
      let base = builder.allocate(step != nil ? 3 : 2)
      if let lower { try compile(lower, into: base) } else { builder.emit(.loadNone, a: base) }
      if let upper { try compile(upper, into: base + 1) } else { builder.emit(.loadNone, a: base + 1) }
      if let step { try compile(step, into: base + 2) }
      builder.emit(.buildSlice, a: dest, b: base, c: step != nil ? 3 : 2)
      builder.release(to: mark)
    }
  }

  static func binaryOpcode(_ op: Operator) -> Opcode {
    switch op {
    case .add: return .add
    case .sub: return .sub
    case .mult: return .mul
    case .matMult: return .matMul
    case .div: return .trueDiv
    case .mod: return .mod
    case .pow: return .pow
    case .lShift: return .lshift
    case .rShift: return .rshift
    case .bitOr: return .or
    case .bitXor: return .xor
    case .bitAnd: return .and
    case .floorDiv: return .floorDiv
    }
  }

  static func inplaceOpcode(_ op: Operator) -> Opcode {
    switch op {
    case .add: return .inplaceAdd
    case .sub: return .inplaceSub
    case .mult: return .inplaceMul
    case .matMult: return .inplaceMatMul
    case .div: return .inplaceTrueDiv
    case .mod: return .inplaceMod
    case .pow: return .inplacePow
    case .lShift: return .inplaceLshift
    case .rShift: return .inplaceRshift
    case .bitOr: return .inplaceOr
    case .bitXor: return .inplaceXor
    case .bitAnd: return .inplaceAnd
    case .floorDiv: return .inplaceFloorDiv
    }
  }

  static func compareOpcode(_ op: CmpOperator) -> Opcode {
    switch op {
    case .eq: return .eq
    case .notEq: return .ne
    case .lt: return .lt
    case .ltE: return .le
    case .gt: return .gt
    case .gtE: return .ge
    case .is: return .is
    case .isNot: return .isNot
    case .in: return .contains
    case .notIn: return .notContains
    }
  }

  func withArtificialLocation(_ body: () -> Void) {
    let saved = builder.location
    builder.location = .artificial
    body()
    builder.location = saved
  }

  // MARK: Comparisons

  /// `a < b < c`: each operand evaluated once, stopping at the first false comparison, whose
  /// result is the value (CPython's `compiler_compare`).
  private func compileCompare(left: Expr, ops: [CmpOperator], comparators: [Expr],
                              into dest: Int) throws(PySyntaxError) {
    checkIdentityComparisons(left: left, ops: ops, comparators: comparators)
    let mark = builder.top
    var l = try compileToRegister(left)
    if ops.count == 1 {
      let r = try compileToRegister(comparators[0])
      builder.emit(Self.compareOpcode(ops[0]), a: dest, b: l, c: r)
      builder.release(to: mark)
      return
    }
    let end = builder.newLabel()
    for i in 0..<(ops.count - 1) {
      // A middle operand is used twice: it must not change in between.
      let r = builder.allocate()
      try compile(comparators[i], into: r)
      builder.emit(Self.compareOpcode(ops[i]), a: dest, b: l, c: r)
      builder.emitJump(.jumpIfFalse, a: dest, to: end)
      l = r
    }
    let r = try compileToRegister(comparators[ops.count - 1])
    builder.emit(Self.compareOpcode(ops[ops.count - 1]), a: dest, b: l, c: r)
    builder.bind(end)
    builder.release(to: mark)
  }

  /// SyntaxWarning for `is`/`is not` against a literal (CPython's `check_compare`).
  private func checkIdentityComparisons(left: Expr, ops: [CmpOperator], comparators: [Expr]) {
    guard warnings != nil else { return }
    func isArg(_ e: Expr) -> Bool {
      guard let c = constantValue(e) else { return true }
      if case .constant(let v) = c {
        switch v {
        case .none, .bool, .ellipsis: return true
        default: return false
        }
      }
      return false
    }
    var leftOK = isArg(left)
    for (i, op) in ops.enumerated() {
      let rightOK = isArg(comparators[i])
      if (op == .is || op == .isNot) && (!leftOK || !rightOK) {
        warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                       : "\"is not\" with a literal. Did you mean \"!=\"?")
        return
      }
      leftOK = rightOK
    }
  }

  // MARK: Conditional jumps

  /// Jumps to `target` when the truth of `e` equals `cond`, falling through otherwise
  /// (CPython's `compiler_jump_if`, with its peephole results: constant tests fold away and
  /// `x is None` tests jump on None directly).
  func compileJumpIf(_ e: Expr, cond: Bool, to target: Label) throws(PySyntaxError) {
    if let value = constantValue(e) {
      if ConstantTruth.isTrue(value) == cond {
        builder.emitJump(.jump, to: target)
      }
      return
    }
    switch e.kind {
    case .unaryOp(.not, let operand):
      try compileJumpIf(operand, cond: !cond, to: target)
      return
    case .boolOp(let op, let values):
      let cond2 = op == .or
      let next2 = cond2 == cond ? target : builder.newLabel()
      for v in values.dropLast() {
        try compileJumpIf(v, cond: cond2, to: next2)
      }
      try compileJumpIf(values[values.count - 1], cond: cond, to: target)
      if next2 != target { builder.bind(next2) }
      return
    case .ifExp(let test, let body, let orelse):
      let end = builder.newLabel()
      let next2 = builder.newLabel()
      try compileJumpIf(test, cond: false, to: next2)
      try compileJumpIf(body, cond: cond, to: target)
      withArtificialLocation { builder.emitJump(.jump, to: end) }
      builder.bind(next2)
      try compileJumpIf(orelse, cond: cond, to: target)
      builder.bind(end)
      return
    case .compare(let left, let ops, let comparators):
      if ops.count > 1 {
        try withLocation(e.range) { () throws(PySyntaxError) in
          checkIdentityComparisons(left: left, ops: ops, comparators: comparators)
          let mark = builder.top
          let result = builder.allocate()
          let end = builder.newLabel()
          let cleanup = cond ? end : target
          var l = try compileToRegister(left)
          for i in 0..<(ops.count - 1) {
            let r = builder.allocate()
            try compile(comparators[i], into: r)
            builder.emit(Self.compareOpcode(ops[i]), a: result, b: l, c: r)
            builder.emitJump(.jumpIfFalse, a: result, to: cleanup)
            l = r
          }
          let r = try compileToRegister(comparators[ops.count - 1])
          builder.emit(Self.compareOpcode(ops[ops.count - 1]), a: result, b: l, c: r)
          builder.emitJump(cond ? .jumpIfTrue : .jumpIfFalse, a: result, to: target)
          builder.bind(end)
          builder.release(to: mark)
        }
        return
      }
      if (ops[0] == .is || ops[0] == .isNot), case .constant(.none, _) = comparators[0].kind,
         folded[comparators[0]] == nil {
        // `x is None` / `x is not None` jump directly on None.
        let mark = builder.top
        let r = try withLocation(e.range) { () throws(PySyntaxError) -> Int in
          checkIdentityComparisons(left: left, ops: ops, comparators: comparators)
          return try compileToRegister(left)
        }
        let jumpOnNone = (ops[0] == .is) == cond
        builder.emitJump(jumpOnNone ? .jumpIfNone : .jumpIfNotNone, a: r, to: target)
        builder.release(to: mark)
        return
      }
    default:
      break
    }
    let mark = builder.top
    let r = try compileToRegister(e)
    builder.emitJump(cond ? .jumpIfTrue : .jumpIfFalse, a: r, to: target)
    builder.release(to: mark)
  }

  // MARK: Displays

  /// CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built
  /// incrementally rather than from one run of registers.
  var stackUseGuideline: Int { 30 }

  enum DisplayKind { case list, tuple, set }

  /// Lists, tuples and sets, with `*` unpacking (CPython's `starunpack_helper`).
  func compileStarredDisplay(_ elts: [Expr], kind: DisplayKind, into dest: Int) throws(PySyntaxError) {
    try buildSequence(elts, prefix: nil, kind: kind, into: dest)
  }

  /// Builds a list/tuple/set of `prefix` registers (already holding values, consecutive,
  /// ending at the top of the register stack) followed by `elts`.
  func buildSequence(_ elts: [Expr], prefix: (first: Int, count: Int)?, kind: DisplayKind,
                     into dest: Int) throws(PySyntaxError) {
    let pushed = prefix?.count ?? 0
    let n = elts.count
    let buildOp: Opcode = kind == .set ? .buildSet : .buildList
    let addOp: Opcode = kind == .set ? .setAdd : .listAppend
    let extendOp: Opcode = kind == .set ? .setUpdate : .listExtend

    // A tuple of constants is one constant (CPython folds it in the CFG optimizer).
    if kind == .tuple && pushed == 0, elts.allSatisfy({ isConstant($0) }) {
      emitLoadConstant(.tuple(elts.map { constantValue($0)! }), into: dest)
      return
    }
    // More than two constants: one constant, extended into the sequence.
    if n > 2, elts.allSatisfy({ isConstant($0) }) {
      let items = elts.map { constantValue($0)! }
      let mark = builder.top
      let base = prefix?.first ?? builder.top
      builder.emit(buildOp, a: dest, b: base, c: pushed)
      let k = builder.allocate()
      emitLoadConstant(kind == .set ? .frozenset(items) : .tuple(items), into: k)
      builder.emit(extendOp, a: dest, b: k)
      if kind == .tuple { builder.emit(.listToTuple, a: dest, b: dest) }
      builder.release(to: mark)
      return
    }

    let big = n + pushed > stackUseGuideline
    let hasStar = elts.contains { if case .starred = $0.kind { return true } else { return false } }
    if !hasStar && !big {
      let mark = builder.top
      let base = prefix?.first ?? builder.top
      for elt in elts {
        let r = builder.allocate()
        try compile(elt, into: r)
      }
      builder.emit(kind == .tuple ? .buildTuple : buildOp, a: dest, b: base, c: n + pushed)
      builder.release(to: mark)
      return
    }

    // Incremental: build from the prefix (and leading plain items), then append/extend.
    let mark = builder.top
    var built = false
    if big {
      builder.emit(buildOp, a: dest, b: prefix?.first ?? builder.top, c: pushed)
      built = true
    }
    var pending = 0
    let base = prefix?.first ?? builder.top
    for elt in elts {
      if case .starred(let value, _) = elt.kind {
        if !built {
          builder.emit(buildOp, a: dest, b: base, c: pushed + pending)
          built = true
          builder.release(to: mark)
        }
        let m = builder.top
        let r = try compileToRegister(value)
        builder.emit(extendOp, a: dest, b: r)
        builder.release(to: m)
      } else if built {
        let m = builder.top
        let r = try compileToRegister(elt)
        builder.emit(addOp, a: dest, b: r)
        builder.release(to: m)
      } else {
        let r = builder.allocate()
        try compile(elt, into: r)
        pending += 1
      }
    }
    if kind == .tuple { builder.emit(.listToTuple, a: dest, b: dest) }
    builder.release(to: mark)
  }

  /// Dict displays with `**` unpacking (CPython's `compiler_dict`/`compiler_subdict`).
  private func compileDict(keys: [Expr?], values: [Expr], into dest: Int) throws(PySyntaxError) {
    let mark = builder.top
    var haveDict = false
    var elements = 0
    let n = values.count

    /// Builds entries `begin..<end` as one dict, into `dest` (first time) or merged in.
    func subdict(_ begin: Int, _ end: Int) throws(PySyntaxError) {
      let target = haveDict ? builder.allocate() : dest
      let count = end - begin
      let big = count * 2 > stackUseGuideline
      if big {
        builder.emit(.buildMap, a: target, b: builder.top, c: 0)
        for i in begin..<end {
          let m = builder.top
          let k = builder.allocate(2)
          try compile(keys[i]!, into: k)
          try compile(values[i], into: k + 1)
          builder.emit(.mapAdd, a: target, b: k, c: k + 1)
          builder.release(to: m)
        }
      } else {
        let m = builder.top
        let base = builder.allocate(count * 2)
        for i in begin..<end {
          try compile(keys[i]!, into: base + 2 * (i - begin))
          try compile(values[i], into: base + 2 * (i - begin) + 1)
        }
        builder.emit(.buildMap, a: target, b: base, c: count)
        builder.release(to: m)
      }
      if haveDict {
        builder.emit(.dictUpdate, a: dest, b: target)
        builder.release(to: target)
      }
      haveDict = true
    }

    for i in 0..<n {
      if keys[i] == nil {
        if elements > 0 {
          try subdict(i - elements, i)
          elements = 0
        }
        if !haveDict {
          builder.emit(.buildMap, a: dest, b: builder.top, c: 0)
          haveDict = true
        }
        let m = builder.top
        let r = try compileToRegister(values[i])
        builder.emit(.dictUpdate, a: dest, b: r)
        builder.release(to: m)
      } else if elements * 2 > stackUseGuideline {
        try subdict(i - elements, i + 1)
        elements = 0
      } else {
        elements += 1
      }
    }
    if elements > 0 { try subdict(n - elements, n) }
    if !haveDict { builder.emit(.buildMap, a: dest, b: builder.top, c: 0) }
    builder.release(to: mark)
  }

  // MARK: f-strings

  /// CPython's `compiler_joined_str`: the pieces are evaluated in order and joined.
  private func compileJoinedStr(_ values: [Expr], into dest: Int) throws(PySyntaxError) {
    if values.count == 1 {
      try compile(values[0], into: dest)
      return
    }
    if values.isEmpty {
      emitLoadString("", into: dest)
      return
    }
    let mark = builder.top
    let chunk = 256
    if values.count <= chunk {
      let base = builder.allocate(values.count)
      for (i, v) in values.enumerated() { try compile(v, into: base + i) }
      builder.emit(.buildString, a: dest, b: base, c: values.count)
    } else {
      // Join chunks of pieces, then the chunks.
      let chunks = (values.count + chunk - 1) / chunk
      let partials = builder.allocate(chunks)
      for c in 0..<chunks {
        let m = builder.top
        let piece = values[(c * chunk)..<min(values.count, (c + 1) * chunk)]
        let base = builder.allocate(piece.count)
        for (i, v) in piece.enumerated() { try compile(v, into: base + i) }
        builder.emit(.buildString, a: partials + c, b: base, c: piece.count)
        builder.release(to: m)
      }
      builder.emit(.buildString, a: dest, b: partials, c: chunks)
    }
    builder.release(to: mark)
  }

  // MARK: Generators and coroutines

  /// `yield value`: wrapped first in an async generator (CPython's `addop_yield`).
  func emitYield(value: Int, into dest: Int) {
    if unit.scope.isGenerator && unit.scope.isCoroutine {
      builder.emit(.asyncGenWrap, a: value)
    }
    builder.emit(.yieldValue, a: dest, b: value)
  }

  /// The delegation loop of `yield from` / `await` (CPython's `compiler_add_yield_from`):
  /// `value` holds what is sent in (None at first) and finally the result.
  func emitYieldFromLoop(value: Int, iterator: Int) {
    let start = builder.newLabel()
    let exit = builder.newLabel()
    builder.bind(start)
    builder.emitBranchC(.send, a: value, b: iterator, to: exit)
    builder.emit(.yieldValue, a: value, b: value)
    builder.emitJump(.jump, to: start)
    builder.bind(exit)
  }

  /// Awaits the awaitable in `register` in place (the result replaces it). `kind` selects the
  /// error messages: 0 `await`, 1 after `__aenter__`, 2 after `__aexit__`.
  func emitAwait(_ register: Int, kind: Int) {
    let mark = builder.top
    let iterator = builder.allocate()
    builder.emit(.getAwaitable, a: iterator, b: register, c: kind)
    builder.emit(.loadNone, a: register)
    emitYieldFromLoop(value: register, iterator: iterator)
    builder.release(to: mark)
  }

  // MARK: Warnings about literals

  /// "'X' object is not subscriptable; perhaps you missed a comma?" (CPython's `check_subscripter`).
  private func checkSubscripter(_ e: Expr) {
    guard warnings != nil else { return }
    var typeName: String? = nil
    if let c = constantValue(e) {
      switch c {
      case .constant(.none): typeName = "NoneType"
      case .constant(.ellipsis): typeName = "ellipsis"
      case .constant(.int), .constant(.bigInt): typeName = "int"
      case .constant(.bool): typeName = "bool"
      case .constant(.float): typeName = "float"
      case .constant(.complex): typeName = "complex"
      case .frozenset: typeName = "frozenset"
      default: typeName = nil
      }
    } else {
      switch e.kind {
      case .set, .setComp: typeName = "set"
      case .generatorExp: typeName = "generator"
      case .lambda: typeName = "function"
      default: break
      }
    }
    if let t = typeName { warn("'\(t)' object is not subscriptable; perhaps you missed a comma?") }
  }

  /// "X indices must be integers or slices, not Y; perhaps you missed a comma?"
  /// (CPython's `check_index`).
  private func checkIndex(_ e: Expr, _ s: Expr) {
    guard warnings != nil, let indexType = inferredTypeName(s) else { return }
    if indexType == "int" || indexType == "bool" || indexType == "slice" { return }
    var containerType: String? = nil
    if let c = constantValue(e) {
      switch c {
      case .constant(.str): containerType = "str"
      case .constant(.bytes): containerType = "bytes"
      case .tuple: containerType = "tuple"
      default: containerType = nil
      }
    } else {
      switch e.kind {
      case .tuple: containerType = "tuple"
      case .list, .listComp: containerType = "list"
      case .joinedStr, .formattedValue: containerType = "str"
      default: break
      }
    }
    if let t = containerType {
      warn("\(t) indices must be integers or slices, not \(indexType); perhaps you missed a comma?")
    }
  }

  /// CPython's `infer_type` (type names only).
  func inferredTypeName(_ e: Expr) -> String? {
    if let c = constantValue(e) {
      switch c {
      case .constant(let v):
        switch v {
        case .none: return "NoneType"
        case .ellipsis: return "ellipsis"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .complex: return "complex"
        case .str: return "str"
        case .bytes: return "bytes"
        }
      case .tuple: return "tuple"
      case .frozenset: return "frozenset"
      case .code: return nil
      }
    }
    switch e.kind {
    case .tuple: return "tuple"
    case .list, .listComp: return "list"
    case .dict, .dictComp: return "dict"
    case .set, .setComp: return "set"
    case .generatorExp: return "generator"
    case .lambda: return "function"
    case .joinedStr, .formattedValue: return "str"
    case .slice: return "slice"
    default: return nil
    }
  }
}
