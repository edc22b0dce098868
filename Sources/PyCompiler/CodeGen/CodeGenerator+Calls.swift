import PySyntax

/// Calls (CPython's `compiler_call`, `maybe_optimize_method_call`, `compiler_call_helper`).
/// The callee goes in a register at the top of the temporaries (the call window) and the
/// arguments right after it; `obj.m(...)` uses `loadMethod`/`callMethod`; `*`/`**` arguments
/// build a tuple and a dict for `callEx`.
extension CodeGenerator {
  func compileCall(_ e: Expr, function: Expr, args: [Expr], keywords: [Keyword],
                   into dest: Int) throws(PySyntaxError) {
    try validateKeywords(keywords)
    let reuse = dest == builder.top - 1 && builder.isTemporary(dest)
    let window = reuse ? dest : builder.allocate()
    if try compileMethodCall(e, function: function, args: args, keywords: keywords, window: window) {
      // done
    } else {
      checkCaller(function)
      try compile(function, into: window)
      try emitCallArguments(window: window, prefix: 0, args: args, keywords: keywords)
    }
    builder.release(to: window + 1)
    if !reuse {
      builder.emit(.move, a: dest, b: window)
      builder.release(to: window)
    }
  }

  /// `obj.name(args)` without `*`/`**`: `loadMethod` + `callMethod` (unless `obj` is a
  /// module-level import, as CPython). Returns false when the plain call path must be used.
  private func compileMethodCall(_ e: Expr, function: Expr, args: [Expr], keywords: [Keyword],
                                 window: Int) throws(PySyntaxError) -> Bool {
    guard case .attribute(let objExpr, let attr, .load) = function.kind else { return false }
    if case .name(let id, _) = objExpr.kind,
       table.top.symbol(id)?.flags.contains(.defImport) == true {
      return false
    }
    if args.count + keywords.count + (keywords.isEmpty ? 0 : 1) >= stackUseGuideline { return false }
    for a in args { if case .starred = a.kind { return false } }
    for k in keywords where k.arg == nil { return false }

    let selfRegister = builder.allocate()
    var object = selfRegister
    if case .name(let id, .load) = objExpr.kind,
       let r = withLocationNoThrow(objExpr.range, { fastLocalRegisterForRead(id) }) {
      object = r
    } else {
      try compile(objExpr, into: selfRegister)
    }
    let name = NameMangling.mangle(attr, privateName: unit.privateName)
    let methodLocation = locationMatchingAttribute(function.range, attribute: function, name: attr)
    withLocationNoThrow(methodLocation) {
      builder.emit(.loadMethod, a: window, b: object, c: builder.nameIndex(name))
    }
    for a in args {
      let r = builder.allocate()
      try compile(a, into: r)
    }
    for k in keywords {
      let r = builder.allocate()
      try compile(k.value, into: r)
    }
    let callLocation = locationMatchingAttribute(e.range, attribute: function, name: attr)
    withLocationNoThrow(callLocation) {
      builder.emit(.callMethod, a: window, b: args.count + keywords.count, c: keywordNamesOperand(keywords))
    }
    return true
  }

  /// The C operand naming the keyword-names tuple constant (0 without keywords).
  private func keywordNamesOperand(_ keywords: [Keyword]) -> Int {
    guard !keywords.isEmpty else { return 0 }
    let names = CodeConstant.tuple(keywords.map { .constant(.str(PyStringLiteral($0.arg!))) })
    return builder.constants.add(names) + 1
  }

  /// Evaluates the arguments of a call whose callee is in `window`, after `prefix` positional
  /// values already in the registers that follow it (the class body and name of
  /// `__build_class__`), and emits the call. The result is left in `window`.
  func emitCallArguments(window: Int, prefix: Int, args: [Expr], keywords: [Keyword]) throws(PySyntaxError) {
    precondition(builder.top == window + 1 + prefix)
    var exCall = args.count + keywords.count * 2 > stackUseGuideline
    for a in args { if case .starred = a.kind { exCall = true } }
    for k in keywords where k.arg == nil { exCall = true }

    if !exCall {
      for a in args {
        let r = builder.allocate()
        try compile(a, into: r)
      }
      for k in keywords {
        let r = builder.allocate()
        try compile(k.value, into: r)
      }
      builder.emit(.call, a: window, b: prefix + args.count + keywords.count,
                   c: keywordNamesOperand(keywords))
      builder.release(to: window + 1)
      return
    }

    // Positional arguments: one tuple in window+1 (a lone `*x` is passed as is).
    if prefix == 0, args.count == 1, case .starred(let value, _) = args[0].kind {
      let r = builder.allocate()
      try compile(value, into: r)
    } else {
      if prefix == 0 { _ = builder.allocate() }
      try buildSequence(args, prefix: prefix > 0 ? (window + 1, prefix) : nil, kind: .tuple,
                        into: window + 1)
    }
    builder.release(to: window + 2)

    // Keyword arguments: one dict in window+2, merged as CPython's DICT_MERGE does.
    if !keywords.isEmpty {
      let dict = builder.allocate()
      var haveDict = false
      var seen = 0

      func subkwargs(_ begin: Int, _ end: Int) throws(PySyntaxError) {
        let target = haveDict ? builder.allocate() : dict
        let mark = builder.top
        let count = end - begin
        let base = builder.allocate(count * 2)
        for i in begin..<end {
          emitLoadString(keywords[i].arg!, into: base + 2 * (i - begin))
          try compile(keywords[i].value, into: base + 2 * (i - begin) + 1)
        }
        builder.emit(.buildMap, a: target, b: base, c: count)
        builder.release(to: mark)
        if haveDict {
          builder.emit(.dictMerge, a: dict, b: target, c: window)
          builder.release(to: target)
        }
        haveDict = true
      }

      for (i, k) in keywords.enumerated() {
        if k.arg == nil {
          if seen > 0 {
            try subkwargs(i - seen, i)
            seen = 0
          }
          if !haveDict {
            builder.emit(.buildMap, a: dict, b: builder.top, c: 0)
            haveDict = true
          }
          let mark = builder.top
          let v = try compileToRegister(k.value)
          builder.emit(.dictMerge, a: dict, b: v, c: window)
          builder.release(to: mark)
        } else {
          seen += 1
        }
      }
      if seen > 0 { try subkwargs(keywords.count - seen, keywords.count) }
    }
    builder.emit(.callEx, a: window, b: keywords.isEmpty ? 0 : 1)
    builder.release(to: window + 1)
  }

  /// Keyword names: no `__debug__`, no repeats (CPython's `validate_keywords`).
  func validateKeywords(_ keywords: [Keyword]) throws(PySyntaxError) {
    for (i, k) in keywords.enumerated() {
      guard let name = k.arg else { continue }
      try checkForbiddenName(name, .store)
      for other in keywords[(i + 1)...] where other.arg == name {
        builder.location = other.range
        throw error("keyword argument repeated: \(name)")
      }
    }
  }

  /// "'X' object is not callable; perhaps you missed a comma?" (CPython's `check_caller`).
  private func checkCaller(_ e: Expr) {
    guard warnings != nil else { return }
    var isLiteral = isConstant(e)
    switch e.kind {
    case .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr,
         .formattedValue:
      isLiteral = true
    default: break
    }
    if isLiteral, let t = inferredTypeName(e) {
      warn("'\(t)' object is not callable; perhaps you missed a comma?")
    }
  }
}
