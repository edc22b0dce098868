import PySyntax

/// `def`, `async def`, `lambda` and `class` (CPython's `compiler_function`, `compiler_lambda`,
/// `compiler_class`, `compiler_make_closure`): decorators, defaults and annotations are
/// evaluated in the enclosing scope, the body becomes a nested `CodeUnit` constant, and
/// `makeFunction` builds the function with its closure from the enclosing scope's cells.
extension CodeGenerator {
  func compileFunction(_ s: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr],
                       returns: Expr?, isAsync: Bool) throws(PySyntaxError) {
    try checkDebugArguments(args)
    let decoratorBase = try compileDecorators(decorators)
    let firstLineno = decorators.first.map { Int($0.range.lineno) } ?? Int(s.range.lineno)

    let function = builder.allocate()
    var makeFlags = try compileDefaultArguments(args)
    if try compileAnnotations(args, returns: returns) { makeFlags |= 4 }

    let code: CodeUnit
    if let cached = compiledScopes[ObjectIdentifier(s)] {
      code = cached
    } else {
      guard let scope = table.scope(for: s) else { throw error("internal error: no symbol table for function") }
      enterScope(scope, type: isAsync ? .asyncFunction : .function, name: name, firstLineno: firstLineno,
                 walrusSource: .statements(body))
      var start = 0
      if optimize < 2, let doc = docstring(of: body), case .constant(let value, _) = doc.kind {
        _ = builder.constants.add(value)
        start = 1
      } else {
        _ = builder.constants.add(.none)
      }
      unit.argCount = args.args.count
      unit.posOnlyArgCount = args.posonlyargs.count
      unit.kwOnlyArgCount = args.kwonlyargs.count
      for st in body[start...] { try compileStatement(st) }
      code = try exitScope()
      compiledScopes[ObjectIdentifier(s)] = code
    }

    try emitMakeFunction(code, into: function, flags: makeFlags)
    applyDecorators(decorators, base: decoratorBase)
    try storeName(name, from: decorators.isEmpty ? function : decoratorBase!)
  }

  func compileLambda(_ e: Expr, args: Arguments, body: Expr, into dest: Int) throws(PySyntaxError) {
    try checkDebugArguments(args)
    let mark = builder.top
    let function = builder.allocate()
    let makeFlags = try compileDefaultArguments(args)
    let code: CodeUnit
    if let cached = compiledScopes[ObjectIdentifier(e)] {
      code = cached
    } else {
      guard let scope = table.scope(for: e) else { throw error("internal error: no symbol table for lambda") }
      enterScope(scope, type: .lambda, name: "<lambda>", firstLineno: Int(e.range.lineno),
                 walrusSource: .expression(body))
      _ = builder.constants.add(.none)
      unit.argCount = args.args.count
      unit.posOnlyArgCount = args.posonlyargs.count
      unit.kwOnlyArgCount = args.kwonlyargs.count
      builder.location = e.range
      let result = builder.allocate()
      try compile(body, into: result)
      builder.emit(.return, a: result)
      code = try exitScope(addReturn: false)
      compiledScopes[ObjectIdentifier(e)] = code
    }
    try emitMakeFunction(code, into: function, flags: makeFlags)
    if dest != function { builder.emit(.move, a: dest, b: function) }
    builder.release(to: mark)
  }

  func compileClass(_ s: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt],
                    decorators: [Expr]) throws(PySyntaxError) {
    let decoratorBase = try compileDecorators(decorators)
    let firstLineno = decorators.first.map { Int($0.range.lineno) } ?? Int(s.range.lineno)
    let code: CodeUnit
    if let cached = compiledScopes[ObjectIdentifier(s)] {
      code = cached
    } else {
      guard let scope = table.scope(for: s) else { throw error("internal error: no symbol table for class") }
      enterScope(scope, type: .classBody, name: name, firstLineno: firstLineno,
                 walrusSource: .statements(body))
      unit.privateName = name
      let temp = builder.allocate()
      builder.emit(.loadName, a: temp, b: builder.nameIndex("__name__"))
      try storeName("__module__", from: temp)
      emitLoadString(unit.qualname, into: temp)
      try storeName("__qualname__", from: temp)
      builder.release(to: temp)
      try compileBody(body)
      builder.location = .artificial
      if scope.needsClassClosure, let slot = unit.derefSlot("__class__") {
        let cell = unit.cellRegister(slot: slot)
        builder.emit(.storeName, a: cell, b: builder.nameIndex("__classcell__"))
        builder.emit(.return, a: cell)
      } else {
        builder.emit(.returnNone)
      }
      code = try exitScope(addReturn: false)
      compiledScopes[ObjectIdentifier(s)] = code
    }

    // __build_class__(func, name, *bases, **keywords); with decorators, the window is right
    // after them so each decorator call takes the result as its argument.
    let window = builder.allocate(2)
    precondition(decoratorBase == nil || window == decoratorBase! + decorators.count)
    builder.emit(.loadBuildClass, a: window)
    try emitMakeFunction(code, into: window + 1, flags: 0)
    let nameRegister = builder.allocate()
    emitLoadString(name, into: nameRegister)
    try emitCallArguments(window: window, prefix: 2, args: bases, keywords: keywords)
    builder.release(to: window + 1)
    applyDecorators(decorators, base: decoratorBase)
    try storeName(name, from: decoratorBase ?? window)
  }

  // MARK: Pieces

  /// `__debug__` as a parameter name (CPython's `compiler_check_debug_args`).
  private func checkDebugArguments(_ args: Arguments) throws(PySyntaxError) {
    for a in args.posonlyargs + args.args { try checkForbiddenName(a.arg, .store) }
    if let v = args.vararg { try checkForbiddenName(v.arg, .store) }
    for a in args.kwonlyargs { try checkForbiddenName(a.arg, .store) }
    if let k = args.kwarg { try checkForbiddenName(k.arg, .store) }
  }

  /// Evaluates the decorators into consecutive registers; returns the first (nil if none).
  /// The decorated object is then built right after them, so each decorator call's window is
  /// the decorator's register followed by its argument.
  private func compileDecorators(_ decorators: [Expr]) throws(PySyntaxError) -> Int? {
    guard !decorators.isEmpty else { return nil }
    let base = builder.allocate(decorators.count)
    for (i, d) in decorators.enumerated() { try compile(d, into: base + i) }
    return base
  }

  /// Calls the decorators innermost first; the result ends in `base` (CPython's
  /// `compiler_apply_decorators`).
  private func applyDecorators(_ decorators: [Expr], base: Int?) {
    guard let base else { return }
    for i in stride(from: decorators.count - 1, through: 0, by: -1) {
      withLocationNoThrow(decorators[i].range) { builder.emit(.call, a: base + i, b: 1) }
    }
  }

  /// Defaults tuple and keyword-only defaults dict into the registers after the function's
  /// (CPython's `compiler_default_arguments`); returns makeFunction's flag bits.
  private func compileDefaultArguments(_ args: Arguments) throws(PySyntaxError) -> Int {
    var flags = 0
    if !args.defaults.isEmpty {
      let r = builder.allocate()
      try compileStarredDisplay(args.defaults, kind: .tuple, into: r)
      flags |= 1
    }
    var keys: [String] = []
    var values: [Expr] = []
    for (i, a) in args.kwonlyargs.enumerated() {
      if let d = args.kwDefaults[i] {
        keys.append(NameMangling.mangle(a.arg, privateName: unit.privateName))
        values.append(d)
      }
    }
    if !keys.isEmpty {
      let r = builder.allocate()
      let mark = builder.top
      let base = builder.allocate(keys.count * 2)
      for i in keys.indices {
        emitLoadString(keys[i], into: base + 2 * i)
        try compile(values[i], into: base + 2 * i + 1)
      }
      builder.emit(.buildMap, a: r, b: base, c: keys.count)
      builder.release(to: mark)
      flags |= 2
    }
    return flags
  }

  /// The annotations as a tuple of alternating names and values, in CPython's order (args,
  /// positional-only, *args, keyword-only, **kwargs, return); strings under
  /// `from __future__ import annotations`. Returns whether one was built.
  private func compileAnnotations(_ args: Arguments, returns: Expr?) throws(PySyntaxError) -> Bool {
    var items: [(String, Expr)] = []
    for a in args.args { if let ann = a.annotation { items.append((a.arg, ann)) } }
    for a in args.posonlyargs { if let ann = a.annotation { items.append((a.arg, ann)) } }
    if let v = args.vararg, let ann = v.annotation { items.append((v.arg, ann)) }
    for a in args.kwonlyargs { if let ann = a.annotation { items.append((a.arg, ann)) } }
    if let k = args.kwarg, let ann = k.annotation { items.append((k.arg, ann)) }
    if let r = returns { items.append(("return", r)) }
    guard !items.isEmpty else { return false }
    let r = builder.allocate()
    let mark = builder.top
    let base = builder.allocate(items.count * 2)
    for (i, (name, ann)) in items.enumerated() {
      emitLoadString(NameMangling.mangle(name, privateName: unit.privateName), into: base + 2 * i)
      if futureAnnotations {
        emitLoadString(Unparser.annotationString(ann), into: base + 2 * i + 1)
      } else if case .starred(let value, _) = ann.kind {
        // *args: *Ts  →  [annotation] = [*Ts]
        let t = builder.allocate()
        try compile(value, into: t)
        try withLocation(ann.range) { () throws(PySyntaxError) in
          builder.emit(.unpackSequence, a: base + 2 * i + 1, b: t, c: 1)
        }
      } else {
        try compile(ann, into: base + 2 * i + 1)
      }
    }
    builder.emit(.buildTuple, a: r, b: base, c: items.count * 2)
    builder.release(to: mark)
    return true
  }

  /// `makeFunction` for `code` into `function`, whose extra operands (per `flags`) are already
  /// in the following registers; appends the closure tuple when the code has free variables
  /// (CPython's `compiler_make_closure`).
  func emitMakeFunction(_ code: CodeUnit, into function: Int, flags: Int) throws(PySyntaxError) {
    var flags = flags
    let mark = builder.top
    if !code.freevars.isEmpty {
      let tuple = builder.allocate()
      let base = builder.allocate(code.freevars.count)
      for (i, name) in code.freevars.enumerated() {
        // In a class body, __class__ is the class's own cell.
        let slot: Int?
        if unit.scopeType == .classBody && name == "__class__" {
          slot = unit.derefSlot("__class__")
        } else {
          slot = unit.derefSlot(name)
        }
        guard let slot else { throw error("internal error: free variable '\(name)' has no cell") }
        builder.emit(.move, a: base + i, b: unit.cellRegister(slot: slot))
      }
      builder.emit(.buildTuple, a: tuple, b: base, c: code.freevars.count)
      flags |= 8
    }
    precondition(builder.top >= function + 1 + flags.nonzeroBitCount)
    builder.emit(.makeFunction, a: function, b: builder.constants.add(.code(code)), c: flags)
    builder.release(to: mark)
  }
}
