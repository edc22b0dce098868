/// The builtin iterator types `enumerate`, `zip`, `map`, `filter` and `reversed` (CPython
/// Objects/enumobject.c and Python/bltinmodule.c), and the table that puts them into the
/// `builtins` module.
extension BuiltinTypes {
  /// The iterator types that are builtins, by name.
  public static var iteratorBuiltins: [(String, PyType)] {
    [("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter), ("reversed", reversed)]
  }

  public static let enumerate: PyType = PyType.builtin("enumerate", flags: [.baseType]) { t in
    t.slots.new = { ts, cls, a throws(PyError) in
      // enum_vectorcall's argument handling, message for message.
      let nargs = a.positionalCount
      let kw = a.kwnames?.items.map { $0.unsafeAs(PyStr.self).string } ?? []
      func expect(_ i: Int, _ name: String) throws(PyError) {
        if kw[i] != name { throw PyError.typeError("'\(kw[i])' is an invalid keyword argument for enumerate()") }
      }
      let iterable: Value
      var start: Value? = nil
      if nargs + kw.count == 2 {
        if kw.count == 1 {
          try expect(0, "start")
          (iterable, start) = (a[0], a[1])
        } else if kw.count == 2 {
          if kw[0] == "start" {
            try expect(1, "iterable")
            (iterable, start) = (a[1], a[0])
          } else {
            try expect(0, "iterable")
            try expect(1, "start")
            (iterable, start) = (a[0], a[1])
          }
        } else {
          (iterable, start) = (a[0], a[1])
        }
      } else if nargs + kw.count == 1 {
        if kw.count == 1 { try expect(0, "iterable") }
        iterable = a[0]
      } else if nargs == 0 {
        throw PyError.typeError("enumerate() missing required argument 'iterable'")
      } else {
        throw PyError.typeError("enumerate() takes at most 2 arguments (\(nargs + kw.count) given)")
      }
      var index: Value = .int(0)
      if let s = start {
        index = try Protocols.index(ts, s)
      }
      let it = try Protocols.getIter(ts, iterable)
      let e = PyEnumerate(iterator: it, index: index, type: cls)
      ObjectSupport.prepareInstance(e, cls)
      return .object(e)
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(PyEnumerate.self).next(ts) }
    t.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "enumerate.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }

  public static let zip: PyType = PyType.builtin("zip", flags: [.baseType]) { t in
    t.slots.new = { ts, cls, a throws(PyError) in
      var strict = false
      for (k, v) in a.keywords {
        guard k.string == "strict" else {
          throw PyError.typeError("'\(k.string)' is an invalid keyword argument for zip()")
        }
        strict = try Protocols.isTrue(ts, v)
      }
      var its: [Value] = []
      its.reserveCapacity(a.positionalCount)
      for i in 0..<a.positionalCount { its.append(try Protocols.getIter(ts, a[i])) }
      let z = PyZip(iterators: its, strict: strict, type: cls)
      ObjectSupport.prepareInstance(z, cls)
      return .object(z)
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(PyZip.self).next(ts) }
  }

  public static let map: PyType = PyType.builtin("map", flags: [.baseType]) { t in
    t.slots.new = { ts, cls, a throws(PyError) in
      if cls === BuiltinTypes.map { try ArgParser.noKeywords(a, "map") }
      if a.positionalCount < 2 { throw PyError.typeError("map() must have at least two arguments.") }
      var its: [Value] = []
      for i in 1..<a.positionalCount { its.append(try Protocols.getIter(ts, a[i])) }
      let m = PyMap(function: a[0], iterators: its, type: cls)
      ObjectSupport.prepareInstance(m, cls)
      return .object(m)
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(PyMap.self).next(ts) }
  }

  public static let filter: PyType = PyType.builtin("filter", flags: [.baseType]) { t in
    t.slots.new = { ts, cls, a throws(PyError) in
      if cls === BuiltinTypes.filter { try ArgParser.noKeywords(a, "filter") }
      try PositionalCheck.count(a.positionalCount, "filter", min: 2, max: 2)
      let it = try Protocols.getIter(ts, a[1])
      let f = PyFilter(predicate: a[0], iterator: it, type: cls)
      ObjectSupport.prepareInstance(f, cls)
      return .object(f)
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(PyFilter.self).next(ts) }
  }

  public static let reversed: PyType = PyType.builtin("reversed", flags: [.baseType]) { t in
    t.slots.new = { ts, cls, a throws(PyError) in
      if cls === BuiltinTypes.reversed { try ArgParser.noKeywords(a, "reversed") }
      try PositionalCheck.count(a.positionalCount, "reversed", min: 1, max: 1)
      return try PyReversed.make(ts, a[0], cls)
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(PyReversed.self).next(ts) }
    t.addMethod("__length_hint__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "reversed.__length_hint__", min: 0, max: 0)
      return .int(try v.unsafeAs(PyReversed.self).lengthHint(ts))
    }
  }
}

/// `enumerate(iterable, start)`: pairs of a running index and the items. The index is a
/// machine int until it would overflow, then a Python int.
public final class PyEnumerate: PyObject {
  var iterator: Value
  var index: Value

  init(iterator: Value, index: Value, type: PyType) {
    self.iterator = iterator
    self.index = index
    super.init(type: type)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    guard let item = try Protocols.next(ts, iterator) else { return nil }
    let i = index
    if case .int(let n) = i, n < Int.max {
      index = .int(n + 1)
    } else {
      index = try Protocols.binaryOp(ts, i, .int(1), .add)
    }
    return .object(PyTuple([i, item]))
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(iterator)
    visit(index)
  }
}

/// `zip(*iterables, strict=False)`: tuples of the next item of every iterator, until the
/// shortest is exhausted; with `strict`, unequal lengths raise ValueError.
public final class PyZip: PyObject {
  var iterators: [Value]
  let strict: Bool

  init(iterators: [Value], strict: Bool, type: PyType) {
    self.iterators = iterators
    self.strict = strict
    super.init(type: type)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if iterators.isEmpty { return nil }
    var items: [Value] = []
    items.reserveCapacity(iterators.count)
    for (i, it) in iterators.enumerated() {
      guard let x = try Protocols.next(ts, it) else {
        if strict { try checkStrict(ts, stoppedAt: i) }
        return nil
      }
      items.append(x)
    }
    return .object(PyTuple(items))
  }

  /// Argument `i` (0-based) stopped: the others must stop at the same time.
  private func checkStrict(_ ts: ThreadState, stoppedAt i: Int) throws(PyError) {
    if i > 0 {
      let plural = i == 1 ? " " : "s 1-"
      throw PyError.valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
    }
    for j in 1..<iterators.count {
      if try Protocols.next(ts, iterators[j]) != nil {
        let plural = j == 1 ? " " : "s 1-"
        throw PyError.valueError("zip() argument \(j + 1) is longer than argument\(plural)\(j)")
      }
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in iterators { visit(v) }
  }
}

/// `map(function, *iterables)`: the function applied to the items of the iterables in
/// parallel, until the shortest is exhausted.
public final class PyMap: PyObject {
  let function: Value
  let iterators: [Value]

  init(function: Value, iterators: [Value], type: PyType) {
    self.function = function
    self.iterators = iterators
    super.init(type: type)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if iterators.count == 1 {
      guard let x = try Protocols.next(ts, iterators[0]) else { return nil }
      return try Protocols.call(ts, function, [x])
    }
    var args: [Value] = []
    args.reserveCapacity(iterators.count)
    for it in iterators {
      guard let x = try Protocols.next(ts, it) else { return nil }
      args.append(x)
    }
    return try Protocols.call(ts, function, args)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(function)
    for v in iterators { visit(v) }
  }
}

/// `filter(predicate, iterable)`: the items for which the predicate is true (`None` or
/// `bool`: the items that are true themselves).
public final class PyFilter: PyObject {
  let predicate: Value
  let iterator: Value

  init(predicate: Value, iterator: Value, type: PyType) {
    self.predicate = predicate
    self.iterator = iterator
    super.init(type: type)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    let identity = predicate.isNone || predicate.as(PyType.self) === BuiltinTypes.bool
    while let x = try Protocols.next(ts, iterator) {
      let keep = identity ? try Protocols.isTrue(ts, x) : try Protocols.isTrue(ts, try Protocols.call(ts, predicate, [x]))
      if keep { return x }
    }
    return nil
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(predicate)
    visit(iterator)
  }
}

/// `reversed(seq)` over the sequence protocol (`len` and integer `__getitem__`), used when
/// the object has no `__reversed__`.
public final class PyReversed: PyObject {
  var sequence: Value
  var index: Int

  init(sequence: Value, index: Int, type: PyType) {
    self.sequence = sequence
    self.index = index
    super.init(type: type)
  }

  /// `reversed(seq)`: `seq.__reversed__()` when defined, else a reversed iterator over the
  /// sequence (`reversed_new_impl`).
  static func make(_ ts: ThreadState, _ seq: Value, _ cls: PyType) throws(PyError) -> Value {
    let t = Protocols.typeOf(seq)
    if let m = t.lookup(PyStr.intern("__reversed__")) {
      if m.isNone { throw PyError.typeError("'\(t.name)' object is not reversible") }
      return try Protocols.callSpecial(ts, seq, PyStr.intern("__reversed__"), []) ?? .none
    }
    guard t.slots.getItem != nil, !t.isSubtype(of: BuiltinTypes.dict) else {
      throw PyError.typeError("'\(t.name)' object is not reversible")
    }
    let n = try Protocols.length(ts, seq)
    let r = PyReversed(sequence: seq, index: n - 1, type: cls)
    ObjectSupport.prepareInstance(r, cls)
    return .object(r)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if index >= 0 && !sequence.isUnbound {
      do throws(PyError) {
        let v = try Protocols.getItem(ts, sequence, .int(index))
        index -= 1
        return v
      } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.indexError)
                 || error.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      }
    }
    index = -1
    sequence = .unbound
    return nil
  }

  func lengthHint(_ ts: ThreadState) throws(PyError) -> Int {
    if sequence.isUnbound { return 0 }
    let n = try Protocols.length(ts, sequence)
    return n < index + 1 ? 0 : index + 1
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if !sequence.isUnbound { visit(sequence) }
  }
}
