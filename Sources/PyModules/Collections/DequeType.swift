import PyRuntime

/// The `collections.deque` type: its slots and methods with CPython 3.11's messages, and its
/// two iterator types.
extension BuiltinTypes {
  public static let deque: PyType = PyType.builtin("collections.deque", flags: [.baseType, .sequence]) { t in
    t.qualname = "deque"
    t.dict.set("__doc__", .object(PyStr("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.")))
    func dq(_ v: Value) -> PyDeque { v.unsafeAs(PyDeque.self) }

    t.slots.new = { _, cls, _ in
      let d = PyDeque(type: cls)
      if cls !== BuiltinTypes.deque { NativeTypeSupport.prepareInstance(d, cls) }
      return .object(d)
    }
    t.slots.initialize = { ts, v, a throws(PyError) in
      let p = try ClinicSignature("deque", ["iterable", "maxlen"], minPos: 0).bind(a)
      let d = dq(v)
      var maxlen: Int? = nil
      if let m = p[1], !m.isNone {
        guard Protocols.typeOf(m).isSubtype(of: BuiltinTypes.int) else {
          throw PyError.typeError("an integer is required")
        }
        let n = try Protocols.indexAsInt(ts, m)
        if n < 0 { throw PyError.valueError("maxlen must be non-negative") }
        maxlen = n
      }
      d.maxlen = maxlen
      if d.count > 0 { d.clear() }
      if let it = p[0] { try DequeOps.extend(ts, d, it) }
    }
    t.slots.length = { _, v in dq(v).count }
    t.slots.hashIsNone = true
    t.slots.iter = { _, v in .object(PyDequeIterator(dq(v), reversed: false)) }
    t.slots.contains = { ts, v, x throws(PyError) in
      let d = dq(v)
      let state = d.state
      var i = 0
      while i < d.count {
        let item = d[i]
        let eq = try ContainerEq.equal(ts, item, x)
        if d.state != state { throw PyError.runtimeError("deque mutated during iteration") }
        if eq { return true }
        i += 1
      }
      return false
    }
    t.slots.getItem = { ts, v, k throws(PyError) in
      let d = dq(v)
      let i = try DequeOps.index(ts, k, d)
      return d[i]
    }
    t.slots.setItem = { ts, v, k, x throws(PyError) in
      let d = dq(v)
      let i = try DequeOps.index(ts, k, d)
      if let x {
        d[i] = x
      } else {
        _ = d.removeAt(i)
      }
    }
    t.slots.repr = { ts, v throws(PyError) in
      let d = dq(v)
      let name = String(Protocols.typeOf(v).shortName)
      return try ReprGuard.guarded(ts, v, "[...]") { () throws(PyError) -> Value in
        var parts: [String] = []
        for x in d.items { parts.append(try Protocols.reprString(ts, x)) }
        var s = "\(name)([\(parts.joined(separator: ", "))]"
        if let m = d.maxlen { s += ", maxlen=\(m)" }
        return .object(PyStr(s + ")"))
      }
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PyDeque.self), let y = b.as(PyDeque.self) else { return .notImplemented }
      return try DequeOps.compare(ts, x.items, y.items, op)
    }
    t.slots.sequenceConcat = { ts, a, b throws(PyError) in
      guard let other = b.as(PyDeque.self) else {
        throw PyError.typeError("can only concatenate deque (not \"\(Protocols.typeName(b))\") to deque")
      }
      let r = try DequeOps.copy(ts, a)
      let items = other.items
      for x in items { r.unsafeAs(PyDeque.self).append(x) }
      return r
    }
    t.slots.sequenceInplaceConcat = { ts, a, b throws(PyError) in
      try DequeOps.extend(ts, dq(a), b)
      return a
    }
    t.slots.sequenceRepeat = { ts, v, n throws(PyError) in
      let r = try DequeOps.copy(ts, v)
      DequeOps.repeatInPlace(r.unsafeAs(PyDeque.self), n)
      return r
    }
    t.slots.sequenceInplaceRepeat = { _, v, n throws(PyError) in
      DequeOps.repeatInPlace(dq(v), n)
      return v
    }

    t.addMethod("append", doc: "Add an element to the right side of the deque.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.append", min: 1, max: 1)
      dq(v).append(a[0])
      return .none
    }
    t.addMethod("appendleft", doc: "Add an element to the left side of the deque.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.appendleft", min: 1, max: 1)
      dq(v).appendLeft(a[0])
      return .none
    }
    t.addMethod("pop", doc: "Remove and return the rightmost element.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.pop", min: 0, max: 0)
      let d = dq(v)
      if d.count == 0 { throw PyError.indexError("pop from an empty deque") }
      d.state &+= 1
      return d.takeRight()
    }
    t.addMethod("popleft", doc: "Remove and return the leftmost element.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.popleft", min: 0, max: 0)
      let d = dq(v)
      if d.count == 0 { throw PyError.indexError("pop from an empty deque") }
      d.state &+= 1
      return d.takeLeft()
    }
    t.addMethod("extend", doc: "Extend the right side of the deque with elements from the iterable") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.extend", min: 1, max: 1)
      try DequeOps.extend(ts, dq(v), a[0])
      return .none
    }
    t.addMethod("extendleft", doc: "Extend the left side of the deque with elements from the iterable") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.extendleft", min: 1, max: 1)
      let d = dq(v)
      let values = a[0].isIdentical(to: v) ? d.items : try Protocols.toArray(ts, a[0])
      for x in values { d.appendLeft(x) }
      return .none
    }
    t.addMethod("clear", doc: "Remove all elements from the deque.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.clear", min: 0, max: 0)
      dq(v).clear()
      return .none
    }
    t.addMethod("copy", doc: "Return a shallow copy of a deque.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.copy", min: 0, max: 0)
      return try DequeOps.copy(ts, v)
    }
    t.addMethod("__copy__", doc: "Return a shallow copy of a deque.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.__copy__", min: 0, max: 0)
      return try DequeOps.copy(ts, v)
    }
    t.addMethod("count", doc: "D.count(value) -- return number of occurrences of value") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.count", min: 1, max: 1)
      let d = dq(v)
      let state = d.state
      var n = 0
      var i = 0
      while i < d.count {
        let eq = try ContainerEq.equal(ts, d[i], a[0])
        if d.state != state { throw PyError.runtimeError("deque mutated during iteration") }
        if eq { n += 1 }
        i += 1
      }
      return .int(n)
    }
    t.addMethod("index", doc: "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "deque.index")
      if a.count < 1 { throw PyError.typeError("index() takes at least 1 argument (0 given)") }
      if a.count > 3 { throw PyError.typeError("index() takes at most 3 arguments (\(a.count) given)") }
      let d = dq(v)
      var start = 0, stop = d.count
      if a.count > 1 { start = try SequenceSupport.searchBound(ts, a[1], count: d.count) }
      if a.count > 2 { stop = try SequenceSupport.searchBound(ts, a[2], count: d.count) }
      stop = Swift.min(stop, d.count)
      let state = d.state
      var i = start
      while i < stop {
        let eq = try ContainerEq.equal(ts, d[i], a[0])
        if d.state != state { throw PyError.runtimeError("deque mutated during iteration") }
        if eq { return .int(i) }
        i += 1
      }
      throw PyError.valueError("\(try Protocols.reprString(ts, a[0])) is not in deque")
    }
    t.addMethod("insert", doc: "D.insert(index, object) -- insert object before index") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "deque.insert")
      if a.count != 2 { throw PyError.typeError("insert() takes exactly 2 arguments (\(a.count) given)") }
      let d = dq(v)
      var i = try Protocols.indexAsInt(ts, a[0])
      if let m = d.maxlen, d.count >= m { throw PyError.indexError("deque already at its maximum size") }
      let n = d.count
      if i < 0 { i += n; if i < 0 { i = 0 } }
      if i > n { i = n }
      d.insert(a[1], at: i)
      return .none
    }
    t.addMethod("remove", doc: "D.remove(value) -- remove first occurrence of value.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.remove", min: 1, max: 1)
      let d = dq(v)
      let state = d.state
      var i = 0
      while i < d.count {
        let eq = try ContainerEq.equal(ts, d[i], a[0])
        if d.state != state { throw PyError.indexError("deque mutated during remove().") }
        if eq {
          _ = d.removeAt(i)
          return .none
        }
        i += 1
      }
      throw PyError.valueError("\(try Protocols.reprString(ts, a[0])) is not in deque")
    }
    t.addMethod("reverse", doc: "D.reverse() -- reverse *IN PLACE*") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.reverse", min: 0, max: 0)
      dq(v).reverse()
      return .none
    }
    t.addMethod("rotate", doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "deque.rotate", qualname: "deque.rotate", min: 0, max: 1)
      let n = a.count == 0 ? 1 : try Protocols.indexAsInt(ts, a[0])
      dq(v).rotate(n)
      return .none
    }
    t.addMethod("__reversed__", doc: "D.__reversed__() -- return a reverse iterator over the deque") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "deque.__reversed__", min: 0, max: 0)
      return .object(PyDequeIterator(dq(v), reversed: true))
    }
    t.addMethod("__reduce__", doc: "Return state information for pickling.") { ts, v, _ throws(PyError) in
      let d = dq(v)
      let args: Value = d.maxlen.map { .object(PyTuple([.object(PyTuple.empty), .int($0)])) } ?? .object(PyTuple.empty)
      let state: Value = Protocols.instanceDict(v).map { $0.count > 0 ? .object($0) : .none } ?? .none
      return .object(PyTuple([Value(Protocols.typeOf(v)), args, state, try Protocols.getIter(ts, v)]))
    }
    t.addMethod("__sizeof__", doc: "D.__sizeof__() -- size of D in memory, in bytes") { _, v, _ in
      // CPython: the object header plus 64-slot blocks of 8-byte pointers.
      let blocks = (dq(v).count + 64) / 64
      return .int(632 + (blocks - 1) * 528)
    }
    t.addClassMethod("__class_getitem__", doc: "See PEP 585") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
    t.addProperty("maxlen", doc: "maximum size of a deque or None if unbounded") { _, v in
      dq(v).maxlen.map { .int($0) } ?? .none
    }
  }

  public static let dequeIterator: PyType = PyType.builtin("_collections._deque_iterator") { t in
    t.qualname = "_deque_iterator"
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v throws(PyError) in try v.unsafeAs(PyDequeIterator.self).next() }
    t.addMethod("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { _, v, _ in
      .int(v.unsafeAs(PyDequeIterator.self).remaining)
    }
  }

  public static let dequeReverseIterator: PyType = PyType.builtin("_collections._deque_reverse_iterator") { t in
    t.qualname = "_deque_reverse_iterator"
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v throws(PyError) in try v.unsafeAs(PyDequeIterator.self).next() }
    t.addMethod("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { _, v, _ in
      .int(v.unsafeAs(PyDequeIterator.self).remaining)
    }
  }
}

/// Operations shared by several deque slots and methods.
enum DequeOps {
  /// The integer index `k` into `d` ("deque index out of range").
  static func index(_ ts: ThreadState, _ k: Value, _ d: PyDeque) throws(PyError) -> Int {
    guard Protocols.hasIndex(k) else {
      throw PyError.typeError("sequence index must be integer, not '\(Protocols.typeName(k))'")
    }
    let i = try Protocols.indexAsInt(ts, k)
    guard let j = SequenceSupport.normalize(i, count: d.count) else {
      throw PyError.indexError("deque index out of range")
    }
    return j
  }

  static func extend(_ ts: ThreadState, _ d: PyDeque, _ iterable: Value) throws(PyError) {
    if let other = iterable.as(PyDeque.self), other === d {
      for x in d.items { d.append(x) }
      return
    }
    let it = try Protocols.getIter(ts, iterable)
    while let x = try Protocols.next(ts, it) { d.append(x) }
  }

  /// A shallow copy: exact deques directly, subclasses through their constructor.
  static func copy(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    let d = v.unsafeAs(PyDeque.self)
    let cls = Protocols.typeOf(v)
    if cls === BuiltinTypes.deque {
      let r = PyDeque(type: BuiltinTypes.deque)
      r.maxlen = d.maxlen
      for x in d.items { r.append(x) }
      return .object(r)
    }
    if let m = d.maxlen {
      return try Protocols.call(ts, Value(cls), [v], keywords: [("maxlen", .int(m))])
    }
    return try Protocols.call(ts, Value(cls), [v])
  }

  static func repeatInPlace(_ d: PyDeque, _ n: Int) {
    let items = d.items
    if n <= 0 || items.isEmpty { d.clear(); return }
    for _ in 1..<n {
      for x in items { d.append(x) }
      if let m = d.maxlen, d.count >= m && items.count >= m { break }
    }
  }

  /// Lexicographic comparison (as lists compare).
  static func compare(_ ts: ThreadState, _ x: [Value], _ y: [Value], _ op: CompareOp) throws(PyError) -> Value {
    if x.count != y.count && (op == .eq || op == .ne) { return .bool(op == .ne) }
    var i = 0
    while i < x.count && i < y.count {
      if !(try ContainerEq.equal(ts, x[i], y[i])) { break }
      i += 1
    }
    if i >= x.count || i >= y.count {
      let (a, b) = (x.count, y.count)
      switch op {
      case .lt: return .bool(a < b)
      case .le: return .bool(a <= b)
      case .eq: return .bool(a == b)
      case .ne: return .bool(a != b)
      case .gt: return .bool(a > b)
      case .ge: return .bool(a >= b)
      }
    }
    if op == .eq { return .bool(false) }
    if op == .ne { return .bool(true) }
    return try Protocols.richCompare(ts, x[i], y[i], op)
  }
}
