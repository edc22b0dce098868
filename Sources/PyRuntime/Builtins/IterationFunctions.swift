/// The builtins that consume or produce iterators (CPython's Python/bltinmodule.c): `iter`,
/// `next`, `aiter`, `anext`, `all`, `any`, `sum`, `min`, `max`, `sorted`.
enum IterationFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("iter", iter), ("next", next), ("aiter", aiter), ("anext", anext), ("all", allTrue), ("any", anyTrue),
    ("sum", sum), ("min", min), ("max", max), ("sorted", sorted),
  ]

  static func iter(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "iter", min: 1, max: 2)
    if args.count == 1 { return try Protocols.getIter(ts, args[0]) }
    guard Protocols.isCallable(args[0]) else { throw PyError.typeError("iter(v, w): v must be callable") }
    return .object(CallableIterator(callable: args[0], sentinel: args[1]))
  }

  static func next(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "next", min: 1, max: 2)
    guard let f = Protocols.typeOf(args[0]).slots.next else {
      throw PyError.typeError("'\(Protocols.typeName(args[0]))' object is not an iterator")
    }
    ts.pendingStopIteration = nil
    if args.count == 1 {
      if let v = try f(ts, args[0]) { return v }
      throw ExceptionSupport.takeStopIteration(ts)
    }
    do throws(PyError) {
      if let v = try f(ts, args[0]) { return v }
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      return args[1]
    }
    return args[1]
  }

  static func aiter(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "aiter", min: 1, max: 1)
    let t = Protocols.typeOf(args[0])
    guard let m = t.lookup(PyStr.intern("__aiter__")) else {
      throw PyError.typeError("'\(t.name)' object is not an async iterable")
    }
    let it = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: args[0], owner: Value(t)), [])
    if Protocols.typeOf(it).lookup(PyStr.intern("__anext__")) == nil {
      throw PyError.typeError("aiter() returned not an async iterator of type '\(Protocols.typeName(it))'")
    }
    return it
  }

  static func anext(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "anext", min: 1, max: 2)
    let t = Protocols.typeOf(args[0])
    guard let m = t.lookup(PyStr.intern("__anext__")) else {
      throw PyError.typeError("'\(t.name)' object is not an async iterator")
    }
    let awaitable = try Protocols.call(ts, try Protocols.bindDescriptor(ts, m, instance: args[0], owner: Value(t)), [])
    if args.count == 1 { return awaitable }
    return .object(AnextAwaitable(awaitable: awaitable, defaultValue: args[1]))
  }

  static func allTrue(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "all", min: 1, max: 1)
    let it = try Protocols.getIter(ts, args[0])
    while let v = try Protocols.next(ts, it) {
      if !(try Protocols.isTrue(ts, v)) { return .bool(false) }
    }
    return .bool(true)
  }

  static func anyTrue(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "any", min: 1, max: 1)
    let it = try Protocols.getIter(ts, args[0])
    while let v = try Protocols.next(ts, it) {
      if try Protocols.isTrue(ts, v) { return .bool(true) }
    }
    return .bool(false)
  }

  static let sumSignature = ClinicSignature("sum", ["iterable", "start"], posOnly: 1, minPos: 1)

  /// `sum(iterable, /, start=0)`: left-to-right `+`, with CPython's int and float fast paths
  /// (3.11 adds floats plainly; compensated summation arrived in 3.12).
  static func sum(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try sumSignature.bind(args)
    var result: Value = a[1] ?? .int(0)
    if a[1] != nil {
      let t = Protocols.typeOf(result)
      if t.isSubtype(of: BuiltinTypes.str) {
        throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]")
      }
      if t.isSubtype(of: BuiltinTypes.bytes) {
        throw PyError.typeError("sum() can't sum bytes [use b''.join(seq) instead]")
      }
      if t.mro.contains(where: { $0.name == "bytearray" && !$0.typeFlags.contains(.heapType) }) {
        throw PyError.typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
      }
    }
    let it = try Protocols.getIter(ts, a[0]!)
    while let item = try Protocols.next(ts, it) {
      switch (result, item) {
      case (.int(let x), .int(let y)):
        let (s, overflow) = x.addingReportingOverflow(y)
        if !overflow { result = .int(s); continue }
      case (.int(let x), .bool(let y)):
        let (s, overflow) = x.addingReportingOverflow(y ? 1 : 0)
        if !overflow { result = .int(s); continue }
      case (.float(let x), .float(let y)):
        result = .float(x + y)
        continue
      case (.float(let x), .int(let y)):
        result = .float(x + Double(y))
        continue
      default:
        break
      }
      result = try Protocols.binaryOp(ts, result, item, .add)
    }
    return result
  }

  static func min(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try minMax(ts, args, "min", .lt)
  }

  static func max(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try minMax(ts, args, "max", .gt)
  }

  /// CPython's `min_max`: one iterable or several positional values, `key=`, `default=`.
  static func minMax(_ ts: ThreadState, _ args: Args, _ name: String, _ op: CompareOp) throws(PyError) -> Value {
    let npos = args.positionalCount
    if npos == 0 { throw PyError.typeError("\(name) expected at least 1 argument, got 0") }
    let kw = try KeywordOptions.pick(args, name, ["key", "default"])
    var key = kw[0]
    if let k = key, k.isNone { key = nil }
    if npos > 1 && kw[1] != nil {
      throw PyError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
    }
    var best: Value? = nil
    var bestKey: Value = .none
    func consider(_ item: Value) throws(PyError) {
      let k = key == nil ? item : try Protocols.call(ts, key!, [item])
      if best == nil {
        best = item
        bestKey = k
      } else if try Protocols.richCompareBool(ts, k, bestKey, op) {
        best = item
        bestKey = k
      }
    }
    if npos > 1 {
      for i in 0..<npos { try consider(args[i]) }
    } else {
      let it = try Protocols.getIter(ts, args[0])
      while let item = try Protocols.next(ts, it) { try consider(item) }
    }
    if let best { return best }
    if let d = kw[1] { return d }
    throw PyError.valueError("\(name)() arg is an empty sequence")
  }

  /// `sorted(iterable, /, *, key=None, reverse=False)`: a new list sorted by `list.sort`.
  static func sorted(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let npos = args.positionalCount
    if npos != 1 { throw PyError.typeError("sorted expected 1 argument, got \(npos)") }
    let list = PyList(try Protocols.toArray(ts, args[0]))
    let listValue = Value.object(list)
    let rest = Args(base: args.base + 1, count: args.count - 1, kwnames: args.kwnames)
    if let sort = try Protocols.getAttrOptional(ts, listValue, PyStr.intern("sort")) {
      _ = try Protocols.call(ts, sort, rest)
    } else {
      try FallbackSort.sort(ts, list, rest)
    }
    return listValue
  }
}

/// `list.sort` semantics for `sorted()` until the list type provides `sort` itself: a stable
/// merge sort by `<` (`Protocols.richCompareBool(.lt)`), with `key=` and `reverse=`.
enum FallbackSort {
  static let signature = ClinicSignature("sort", ["key", "reverse"], minPos: 0, maxPos: 0)

  static func sort(_ ts: ThreadState, _ list: PyList, _ args: Args) throws(PyError) {
    let a = try signature.bind(args)
    let key = a[0].flatMap { $0.isNone ? nil : $0 }
    let reverse = try a[1].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? false
    var items = list.items
    var keys = items
    if let key {
      for i in 0..<keys.count { keys[i] = try Protocols.call(ts, key, [items[i]]) }
    }
    if reverse { items.reverse(); keys.reverse() }
    var order = Array(0..<items.count)
    var scratch = order
    func merge(_ lo: Int, _ mid: Int, _ hi: Int) throws(PyError) {
      var i = lo, j = mid, k = lo
      while i < mid && j < hi {
        if try Protocols.richCompareBool(ts, keys[order[j]], keys[order[i]], .lt) {
          scratch[k] = order[j]; j += 1
        } else {
          scratch[k] = order[i]; i += 1
        }
        k += 1
      }
      while i < mid { scratch[k] = order[i]; i += 1; k += 1 }
      while j < hi { scratch[k] = order[j]; j += 1; k += 1 }
      for x in lo..<hi { order[x] = scratch[x] }
    }
    var width = 1
    while width < items.count {
      var lo = 0
      while lo < items.count - width {
        try merge(lo, lo + width, Swift.min(lo + 2 * width, items.count))
        lo += 2 * width
      }
      width *= 2
    }
    var sorted = order.map { items[$0] }
    if reverse { sorted.reverse() }
    list.items = sorted
  }
}

/// `anext(iterator, default)`'s awaitable (`anext_awaitable`): awaits `__anext__()` and turns
/// StopAsyncIteration into a return of the default value.
public final class AnextAwaitable: PyObject {
  let awaitable: Value
  let defaultValue: Value
  var iterator: Value = .unbound

  init(awaitable: Value, defaultValue: Value) {
    self.awaitable = awaitable
    self.defaultValue = defaultValue
    super.init(type: BuiltinTypes.anextAwaitable)
  }

  func innerIterator(_ ts: ThreadState) throws(PyError) -> Value {
    if !iterator.isUnbound { return iterator }
    iterator = try GeneratorSupport.awaitable(ts, awaitable, context: 0)
    return iterator
  }

  /// Runs one step (`send`, `throw` or `next`), translating StopAsyncIteration.
  func step(_ ts: ThreadState, _ body: (Value) throws(PyError) -> Value?) throws(PyError) -> Value? {
    do throws(PyError) {
      return try body(try innerIterator(ts))
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.stopAsyncIteration) {
      throw PyError(PyBaseException(type: BuiltinTypes.exceptions.stopIteration, args: PyTuple([defaultValue])))
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(awaitable)
    visit(defaultValue)
    visit(iterator)
  }
}

extension BuiltinTypes {
  public static let anextAwaitable: PyType = PyType.builtin("anext_awaitable") { t in
    func me(_ v: Value) -> AnextAwaitable { v.unsafeAs(AnextAwaitable.self) }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      try me(v).step(ts) { it throws(PyError) in
        if it.as(PyGenerator.self) != nil {
          return try Protocols.call(ts, try Protocols.getAttr(ts, it, PyStr.intern("send")), [.none])
        }
        return try Protocols.next(ts, it)
      }
    }
    t.addMethod("__await__") { _, v, _ in v }
    t.addMethod("send") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "send", min: 1, max: 1)
      let arg = a[0]
      let r = try me(v).step(ts) { it throws(PyError) in
        try Protocols.call(ts, try Protocols.getAttr(ts, it, PyStr.intern("send")), [arg])
      }
      guard let r else { throw PyError.stopIteration() }
      return r
    }
    t.addMethod("throw") { ts, v, a throws(PyError) in
      let r = try me(v).step(ts) { it throws(PyError) in
        try Protocols.call(ts, try Protocols.getAttr(ts, it, PyStr.intern("throw")), a.positional)
      }
      guard let r else { throw PyError.stopIteration() }
      return r
    }
    t.addMethod("close") { ts, v, _ throws(PyError) in
      let it = me(v).iterator
      if !it.isUnbound, let close = try Protocols.getAttrOptional(ts, it, PyStr.intern("close")) {
        _ = try Protocols.call(ts, close, [])
      }
      return .none
    }
  }
}
