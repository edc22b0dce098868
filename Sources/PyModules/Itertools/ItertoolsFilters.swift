import PyRuntime

/// The itertools iterators that end with their input: accumulate, chain, compress,
/// dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest, groupby.

/// `accumulate(iterable, func=None, *, initial=None)`: running totals (or `func` results).
final class AccumulateIterator: ItertoolsIterator {
  let source: Value
  let function: Value?
  var total: Value?
  var initial: Value?

  init(type: PyType, source: Value, function: Value?, initial: Value?) {
    self.source = source
    self.function = function
    self.initial = initial
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(source)
    if let function { visit(function) }
    if let total { visit(total) }
    if let initial { visit(initial) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if let i = initial {
      initial = nil
      total = i
      return i
    }
    guard let v = try Protocols.next(ts, source) else { return nil }
    if let t = total {
      if let f = function {
        total = try Protocols.call(ts, f, [t, v])
      } else {
        total = try Protocols.binaryOp(ts, t, v, .add)
      }
    } else {
      total = v
    }
    return total
  }
}

/// `chain(*iterables)` / `chain.from_iterable(iterable)`.
final class ChainIterator: ItertoolsIterator {
  /// Iterator over the iterables (nil once exhausted).
  var sources: Value?
  /// The iterator of the current iterable.
  var active: Value?

  init(type: PyType, sources: Value) {
    self.sources = sources
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let sources { visit(sources) }
    if let active { visit(active) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    while true {
      if let a = active {
        if let v = try Protocols.next(ts, a) { return v }
        active = nil
      }
      guard let s = sources else { return nil }
      guard let iterable = try Protocols.next(ts, s) else {
        sources = nil
        return nil
      }
      active = try Protocols.getIter(ts, iterable)
    }
  }
}

/// `compress(data, selectors)`.
final class CompressIterator: ItertoolsIterator {
  let data: Value
  let selectors: Value

  init(type: PyType, data: Value, selectors: Value) {
    self.data = data
    self.selectors = selectors
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(data)
    visit(selectors)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    while true {
      guard let d = try Protocols.next(ts, data) else { return nil }
      guard let s = try Protocols.next(ts, selectors) else { return nil }
      if try Protocols.isTrue(ts, s) { return d }
    }
  }
}

/// dropwhile, takewhile and filterfalse: a predicate over the items.
final class PredicateIterator: ItertoolsIterator {
  enum Kind { case dropwhile, takewhile, filterfalse }
  let kind: Kind
  let predicate: Value
  let source: Value
  /// dropwhile: the predicate has failed once; takewhile: it has failed (the end).
  var switched = false

  init(type: PyType, kind: Kind, predicate: Value, source: Value) {
    self.kind = kind
    self.predicate = predicate
    self.source = source
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(predicate)
    visit(source)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    switch kind {
    case .dropwhile:
      while let v = try Protocols.next(ts, source) {
        if switched { return v }
        if !(try Protocols.isTrue(ts, try Protocols.call(ts, predicate, [v]))) {
          switched = true
          return v
        }
      }
      return nil
    case .takewhile:
      if switched { return nil }
      guard let v = try Protocols.next(ts, source) else { return nil }
      if try Protocols.isTrue(ts, try Protocols.call(ts, predicate, [v])) { return v }
      switched = true
      return nil
    case .filterfalse:
      while let v = try Protocols.next(ts, source) {
        let keep: Bool
        if predicate.isNone {
          keep = !(try Protocols.isTrue(ts, v))
        } else {
          keep = !(try Protocols.isTrue(ts, try Protocols.call(ts, predicate, [v])))
        }
        if keep { return v }
      }
      return nil
    }
  }
}

/// `starmap(function, iterable)`: `function(*args)` for each argument tuple.
final class StarmapIterator: ItertoolsIterator {
  let function: Value
  let source: Value

  init(type: PyType, function: Value, source: Value) {
    self.function = function
    self.source = source
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(function)
    visit(source)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    guard let args = try Protocols.next(ts, source) else { return nil }
    let values: [Value]
    if let t = args.as(PyTuple.self) {
      values = t.items
    } else {
      values = try Protocols.toArray(ts, args)
    }
    return try Protocols.call(ts, function, values)
  }
}

/// `islice(iterable, [start,] stop[, step])`.
final class IsliceIterator: ItertoolsIterator {
  var source: Value?
  /// Index of the next item the source gives.
  var position = 0
  /// Index of the next item to return.
  var nextIndex: Int
  let stop: Int?
  let step: Int

  init(type: PyType, source: Value, start: Int, stop: Int?, step: Int) {
    self.source = source
    self.nextIndex = start
    self.stop = stop
    self.step = step
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let source { visit(source) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    guard let s = source else { return nil }
    let limit = stop ?? Int.max
    while position < nextIndex {
      guard try Protocols.next(ts, s) != nil else { source = nil; return nil }
      position += 1
    }
    if position >= limit { source = nil; return nil }
    guard let v = try Protocols.next(ts, s) else { source = nil; return nil }
    position += 1
    let (n, o) = nextIndex.addingReportingOverflow(step)
    nextIndex = o ? Int.max : n
    if let st = stop, nextIndex > st { nextIndex = st }
    return v
  }
}

/// `pairwise(iterable)`.
final class PairwiseIterator: ItertoolsIterator {
  var source: Value?
  var previous: Value?

  init(type: PyType, source: Value) {
    self.source = source
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let source { visit(source) }
    if let previous { visit(previous) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    guard let s = source else { return nil }
    if previous == nil {
      guard let first = try Protocols.next(ts, s) else { source = nil; return nil }
      previous = first
    }
    guard let v = try Protocols.next(ts, s) else {
      source = nil
      previous = nil
      return nil
    }
    let pair = Value(PyTuple([previous!, v]))
    previous = v
    return pair
  }
}

/// `zip_longest(*iterables, fillvalue=None)`.
final class ZipLongestIterator: ItertoolsIterator {
  var sources: [Value?]
  var active: Int
  let fill: Value

  init(type: PyType, sources: [Value], fill: Value) {
    self.sources = sources
    self.active = sources.count
    self.fill = fill
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for s in sources { if let s { visit(s) } }
    visit(fill)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if sources.isEmpty || active == 0 { return nil }
    var out: [Value] = []
    out.reserveCapacity(sources.count)
    for i in 0..<sources.count {
      guard let s = sources[i] else { out.append(fill); continue }
      if let v = try Protocols.next(ts, s) {
        out.append(v)
      } else {
        sources[i] = nil
        active -= 1
        if active == 0 { return nil }
        out.append(fill)
      }
    }
    return .object(PyTuple(out))
  }
}

/// `groupby(iterable, key=None)`: (key, group) pairs for runs of equal keys; a group stops
/// working once the groupby has moved on.
final class GroupbyIterator: ItertoolsIterator {
  let source: Value
  let keyFunction: Value?
  var targetKey: Value?
  var currentKey: Value?
  var currentValue: Value?
  /// The group that may still yield items.
  weak var currentGrouper: GrouperIterator?

  init(type: PyType, source: Value, keyFunction: Value?) {
    self.source = source
    self.keyFunction = keyFunction
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(source)
    if let keyFunction { visit(keyFunction) }
    if let targetKey { visit(targetKey) }
    if let currentKey { visit(currentKey) }
    if let currentValue { visit(currentValue) }
  }

  /// Reads the next item and its key; false at the end of the input.
  func step(_ ts: ThreadState) throws(PyError) -> Bool {
    guard let v = try Protocols.next(ts, source) else { return false }
    let k = try keyFunction.map { f throws(PyError) in try Protocols.call(ts, f, [v]) } ?? v
    currentValue = v
    currentKey = k
    return true
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    currentGrouper = nil
    // Skip the rest of the current group.
    while true {
      if let ck = currentKey {
        guard let tk = targetKey else { break }
        if !(try Protocols.richCompareBool(ts, tk, ck, .eq)) { break }
      }
      if !(try step(ts)) { return nil }
    }
    targetKey = currentKey
    let g = GrouperIterator(parent: self, key: currentKey!)
    currentGrouper = g
    return .object(PyTuple([currentKey!, .object(g)]))
  }
}

/// `itertools._grouper`: one group of a groupby.
final class GrouperIterator: ItertoolsIterator {
  let parent: GroupbyIterator
  let key: Value

  init(parent: GroupbyIterator, key: Value) {
    self.parent = parent
    self.key = key
    super.init(type: BuiltinTypes.itertoolsGrouper)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(parent))
    visit(key)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    guard parent.currentGrouper === self else { return nil }
    if parent.currentValue == nil {
      if !(try parent.step(ts)) { return nil }
    }
    guard let ck = parent.currentKey, try Protocols.richCompareBool(ts, key, ck, .eq) else { return nil }
    let v = parent.currentValue
    parent.currentValue = nil
    parent.currentKey = nil
    return v
  }
}

/// islice's start/stop/step argument: None, or an int in 0...sys.maxsize.
private func sliceIndex(_ ts: ThreadState, _ v: Value, _ message: String) throws(PyError) -> Int? {
  if v.isNone { return nil }
  guard Protocols.hasIndex(v) else { throw PyError.valueError(message) }
  let n = try Protocols.index(ts, v)
  guard case .int(let i) = n, i >= 0 else { throw PyError.valueError(message) }
  return i
}

extension BuiltinTypes {
  public static let itertoolsAccumulate: PyType = PyType.itertoolsType(
    "accumulate", doc: "Return series of accumulated sums (or other binary function results).",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("accumulate", ["iterable", "func", "initial"], minPos: 1, maxPos: 2).bind(a)
      let f = p[1].flatMap { $0.isNone ? nil : $0 }
      let initial = p[2].flatMap { $0.isNone ? nil : $0 }
      return AccumulateIterator(type: cls, source: try Protocols.getIter(ts, p[0]!), function: f, initial: initial)
    })

  public static let itertoolsChain: PyType = PyType.itertoolsType(
    "chain", doc: "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.", classGetitem: true,
    new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, BuiltinTypes.itertoolsChain, "chain")
      let args = PyTuple(a.positional)
      return ChainIterator(type: cls, sources: try Protocols.getIter(ts, .object(args)))
    }) { t in
      t.addClassMethod("from_iterable", doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.") { ts, cls, a throws(PyError) in
        try ArgParser.positional(a, "chain.from_iterable", min: 1, max: 1)
        let c = ChainIterator(type: cls.unsafeAs(PyType.self), sources: try Protocols.getIter(ts, a[0]))
        return .object(c)
      }
    }

  public static let itertoolsCompress: PyType = PyType.itertoolsType(
    "compress", doc: "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("compress", ["data", "selectors"], minPos: 2).bind(a)
      return CompressIterator(type: cls, data: try Protocols.getIter(ts, p[0]!), selectors: try Protocols.getIter(ts, p[1]!))
    })

  static func predicateType(_ name: String, _ kind: PredicateIterator.Kind, _ doc: String, _ exact: @escaping () -> PyType) -> PyType {
    PyType.itertoolsType(name, doc: doc, new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, exact(), name)
      try PositionalCheck.count(a.positionalCount, name, min: 2, max: 2)
      return PredicateIterator(type: cls, kind: kind, predicate: a[0], source: try Protocols.getIter(ts, a[1]))
    })
  }

  public static let itertoolsDropwhile: PyType = predicateType(
    "dropwhile", .dropwhile, "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.", { BuiltinTypes.itertoolsDropwhile })
  public static let itertoolsTakewhile: PyType = predicateType(
    "takewhile", .takewhile, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.", { BuiltinTypes.itertoolsTakewhile })
  public static let itertoolsFilterfalse: PyType = predicateType(
    "filterfalse", .filterfalse, "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.", { BuiltinTypes.itertoolsFilterfalse })

  public static let itertoolsStarmap: PyType = PyType.itertoolsType(
    "starmap", doc: "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
    new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, BuiltinTypes.itertoolsStarmap, "starmap")
      try PositionalCheck.count(a.positionalCount, "starmap", min: 2, max: 2)
      return StarmapIterator(type: cls, function: a[0], source: try Protocols.getIter(ts, a[1]))
    })

  public static let itertoolsIslice: PyType = PyType.itertoolsType(
    "islice", doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
    new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, BuiltinTypes.itertoolsIslice, "islice")
      let n = a.positionalCount
      try PositionalCheck.count(n, "islice", min: 2, max: 4)
      let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
      var start = 0, stop: Int? = nil, step = 1
      if n == 2 {
        stop = try sliceIndex(ts, a[1], stopMessage)
      } else {
        stop = try sliceIndex(ts, a[2], stopMessage)
        let indicesMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start = try sliceIndex(ts, a[1], indicesMessage) ?? 0
        if n == 4 {
          let stepMessage = "Step for islice() must be a positive integer or None."
          if !a[3].isNone {
            guard Protocols.hasIndex(a[3]), case .int(let s) = try Protocols.index(ts, a[3]), s > 0 else {
              throw PyError.valueError(stepMessage)
            }
            step = s
          }
        }
      }
      let source = try Protocols.getIter(ts, a[0])
      return IsliceIterator(type: cls, source: source, start: start, stop: stop, step: step)
    })

  public static let itertoolsPairwise: PyType = PyType.itertoolsType(
    "pairwise", doc: "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
    new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, BuiltinTypes.itertoolsPairwise, "pairwise")
      try PositionalCheck.count(a.positionalCount, "pairwise", min: 1, max: 1)
      return PairwiseIterator(type: cls, source: try Protocols.getIter(ts, a[0]))
    })

  public static let itertoolsZipLongest: PyType = PyType.itertoolsType(
    "zip_longest", doc: "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n",
    new: { ts, cls, a throws(PyError) in
      var fill: Value = .none
      for (k, v) in a.keywords {
        guard k.string == "fillvalue" else {
          throw PyError.typeError("zip_longest() got an unexpected keyword argument")
        }
        fill = v
      }
      var sources: [Value] = []
      for v in a.positional { sources.append(try Protocols.getIter(ts, v)) }
      return ZipLongestIterator(type: cls, sources: sources, fill: fill)
    })

  public static let itertoolsGroupby: PyType = PyType.itertoolsType(
    "groupby", doc: "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("groupby", ["iterable", "key"], minPos: 1).bind(a)
      let key = p[1].flatMap { $0.isNone ? nil : $0 }
      return GroupbyIterator(type: cls, source: try Protocols.getIter(ts, p[0]!), keyFunction: key)
    })

  public static let itertoolsGrouper: PyType = PyType.builtin("itertools._grouper") { t in
    t.qualname = "_grouper"
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(GrouperIterator.self).next(ts) }
  }
}
