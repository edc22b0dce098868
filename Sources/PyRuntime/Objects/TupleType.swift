/// The `tuple` type's slots and methods (CPython Objects/tupleobject.c), and the tuple hash.
extension BuiltinTypes {
  static func installTuple() {
    let t = tuple
    t.slots.repr = { ts, v throws(PyError) in
      let items = v.unsafeAs(PyTuple.self).items
      if items.isEmpty { return .object(PyStr.intern("()")) }
      return try ReprGuard.guarded(ts, v, "(...)") { () throws(PyError) in
        var s = "("
        for (i, x) in items.enumerated() {
          if i > 0 { s += ", " }
          s += try Protocols.reprString(ts, x)
        }
        return .object(PyStr(s + (items.count == 1 ? ",)" : ")")))
      }
    }
    t.slots.length = { _, v in v.unsafeAs(PyTuple.self).count }
    t.slots.getItem = { ts, v, k throws(PyError) in try TupleMethods.getItem(ts, v.unsafeAs(PyTuple.self), k) }
    t.slots.iter = { _, v in .object(ArrayIterator(tuple: v.unsafeAs(PyTuple.self))) }
    t.slots.contains = { ts, v, x throws(PyError) in
      for item in v.unsafeAs(PyTuple.self).items where try ContainerEq.equal(ts, item, x) { return true }
      return false
    }
    t.slots.hash = { ts, v throws(PyError) in try TupleHash.hash(ts, v.unsafeAs(PyTuple.self)) }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PyTuple.self), let y = b.as(PyTuple.self) else { return .notImplemented }
      return try TupleMethods.compare(ts, x.items, y.items, op)
    }
    t.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyTuple.self) else {
        throw PyError.typeError("can only concatenate tuple (not \"\(Protocols.typeName(b))\") to tuple")
      }
      let x = a.unsafeAs(PyTuple.self)
      if y.items.isEmpty && x.type === BuiltinTypes.tuple { return a }
      if x.items.isEmpty && y.type === BuiltinTypes.tuple { return b }
      return .object(PyTuple(x.items + y.items))
    }
    t.slots.sequenceRepeat = { _, v, n throws(PyError) in
      let x = v.unsafeAs(PyTuple.self)
      if x.type === BuiltinTypes.tuple && (x.items.isEmpty || n == 1) { return v }
      if n <= 0 || x.items.isEmpty { return .object(PyTuple.empty) }
      return .object(PyTuple(try SequenceSupport.repeated(x.items, n)))
    }
    t.slots.new = { ts, cls, args throws(PyError) in
      if cls === BuiltinTypes.tuple { try ArgParser.noKeywords(args, "tuple") }
      try PositionalCheck.count(args.positionalCount, "tuple", min: 0, max: 1)
      if cls === BuiltinTypes.tuple {
        if args.positionalCount == 0 { return .object(PyTuple.empty) }
        if let x = args[0].as(PyTuple.self), x.type === BuiltinTypes.tuple { return args[0] }
        let items = try Protocols.toArray(ts, args[0])
        return .object(items.isEmpty ? PyTuple.empty : PyTuple(items))
      }
      let items = args.positionalCount == 0 ? [] : try Protocols.toArray(ts, args[0])
      let r = PyTuple(items, type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }
    t.addMethod("count") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "tuple.count", min: 1, max: 1)
      var n = 0
      for item in v.unsafeAs(PyTuple.self).items where try ContainerEq.equal(ts, item, a[0]) { n += 1 }
      return .int(n)
    }
    t.addMethod("index") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "index", qualname: "tuple.index", min: 1, max: 3)
      let items = v.unsafeAs(PyTuple.self).items
      var (start, stop) = (0, Int.max)
      if a.count > 1 { start = try SequenceSupport.searchBound(ts, a[1], count: items.count) }
      if a.count > 2 { stop = try SequenceSupport.searchBound(ts, a[2], count: items.count) }
      var i = start
      while i < stop && i < items.count {
        if try ContainerEq.equal(ts, items[i], a[0]) { return .int(i) }
        i += 1
      }
      throw PyError.valueError("tuple.index(x): x not in tuple")
    }
    t.addMethod("__getnewargs__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "tuple.__getnewargs__", min: 0, max: 0)
      return .object(PyTuple([.object(PyTuple(v.unsafeAs(PyTuple.self).items))]))
    }
    t.addMethod("__sizeof__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "tuple.__sizeof__", min: 0, max: 0)
      let x = v.unsafeAs(PyTuple.self)
      return .int(24 + 8 * x.count + ContainerSize.subclassExtra(x.type))
    }
    t.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "tuple.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }
}

/// The parts of `tuple`'s behaviour that are more than a line.
enum TupleMethods {
  /// `t[key]` for an index or a slice (a whole-tuple slice of an exact tuple is the tuple).
  static func getItem(_ ts: ThreadState, _ tup: PyTuple, _ key: Value) throws(PyError) -> Value {
    if case .int(let i) = key {
      guard let j = SequenceSupport.normalize(i, count: tup.count) else { throw PyError.indexError("tuple index out of range") }
      return tup.items[j]
    }
    if let sl = key.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: tup.count)
      if r.count <= 0 { return .object(PyTuple.empty) }
      if r.start == 0 && r.step == 1 && r.count == tup.count && tup.type === BuiltinTypes.tuple {
        return .object(tup)
      }
      if r.step == 1 { return .object(PyTuple(Array(tup.items[r.start..<(r.start + r.count)]))) }
      var out: [Value] = []
      out.reserveCapacity(r.count)
      var i = r.start
      for _ in 0..<r.count { out.append(tup.items[i]); i += r.step }
      return .object(PyTuple(out))
    }
    let i = try SequenceSupport.index(ts, key, typeName: "tuple")
    guard let j = SequenceSupport.normalize(i, count: tup.count) else { throw PyError.indexError("tuple index out of range") }
    return tup.items[j]
  }

  /// `tuple_richcompare`: the first differing items decide, compared with `op` itself.
  static func compare(_ ts: ThreadState, _ v: [Value], _ w: [Value], _ op: CompareOp) throws(PyError) -> Value {
    var i = 0
    while i < v.count && i < w.count {
      if !(try ContainerEq.equal(ts, v[i], w[i])) { break }
      i += 1
    }
    if i >= v.count || i >= w.count {
      return .bool(Protocols.compare(v.count, w.count, op))
    }
    if op == .eq { return .bool(false) }
    if op == .ne { return .bool(true) }
    return try Protocols.richCompare(ts, v[i], w[i], op)
  }
}

/// Tuple hashing: CPython 3.11's xxHash-based `tuplehash`.
enum TupleHash {
  static func hash(_ ts: ThreadState, _ t: PyTuple) throws(PyError) -> Int {
    try ts.checkNativeStack()
    let prime1: UInt64 = 11400714785074694791
    let prime2: UInt64 = 14029467366897019727
    let prime5: UInt64 = 2870177450012600261
    var acc: UInt64 = prime5
    for item in t.items {
      let lane = UInt64(bitPattern: Int64(try Protocols.hash(ts, item)))
      acc = acc &+ lane &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
    }
    acc = acc &+ (UInt64(t.items.count) ^ (prime5 ^ 3527539))
    if acc == UInt64.max { return 1546275796 }
    return Int(bitPattern: UInt(acc))
  }
}
