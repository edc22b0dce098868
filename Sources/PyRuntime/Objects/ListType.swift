/// The `list` type's slots and methods (CPython Objects/listobject.c). Storage and the
/// allocation bookkeeping are in PyList.swift, sorting in ListSort.swift.
extension BuiltinTypes {
  static func installList() {
    let l = list
    l.slots.repr = { ts, v throws(PyError) in try ListOps.repr(ts, v.unsafeAs(PyList.self)) }
    l.slots.length = { _, v in v.unsafeAs(PyList.self).count }
    l.slots.getItem = { ts, v, k throws(PyError) in try ListOps.getItem(ts, v.unsafeAs(PyList.self), k) }
    l.slots.setItem = { ts, v, k, value throws(PyError) in
      try ListOps.assignSubscript(ts, v.unsafeAs(PyList.self), k, value)
    }
    l.slots.iter = { _, v in .object(ArrayIterator(list: v.unsafeAs(PyList.self))) }
    l.slots.contains = { ts, v, x throws(PyError) in
      let lst = v.unsafeAs(PyList.self)
      var i = 0
      while let item = lst.get(i) {
        if try ContainerEq.equal(ts, item, x) { return true }
        i += 1
      }
      return false
    }
    l.slots.hashIsNone = true
    l.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PyList.self), let y = b.as(PyList.self) else { return .notImplemented }
      return try ListOps.compare(ts, x, y, op)
    }
    l.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyList.self) else {
        throw PyError.typeError("can only concatenate list (not \"\(Protocols.typeName(b))\") to list")
      }
      return .object(PyList(a.unsafeAs(PyList.self).items + y.items))
    }
    l.slots.sequenceInplaceConcat = { ts, a, b throws(PyError) in
      try a.unsafeAs(PyList.self).extend(ts, b)
      return a
    }
    l.slots.sequenceRepeat = { _, v, n throws(PyError) in
      .object(PyList(try SequenceSupport.repeated(v.unsafeAs(PyList.self).items, n)))
    }
    l.slots.sequenceInplaceRepeat = { _, v, n throws(PyError) in
      let lst = v.unsafeAs(PyList.self)
      if n > 0 && lst.count > 0 && lst.count > Int.max / n { throw PyError.memoryError() }
      lst.repeatInPlace(n)
      return v
    }
    l.slots.new = { _, cls, _ in
      let r = PyList([], type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }
    l.slots.initialize = { ts, v, args throws(PyError) in
      try ArgParser.noKeywords(args, "list")
      try ArgParser.positional(args, "list", min: 0, max: 1)
      let lst = v.unsafeAs(PyList.self)
      lst.clear()
      guard args.count == 1 else { return }
      let iterable = args[0]
      if Protocols.typeOf(iterable).slots.length != nil {
        var n = -1
        do throws(PyError) {
          n = try Protocols.length(ts, iterable)
        } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
        }
        lst.presizeForInit(n)
      }
      try lst.extend(ts, iterable)
    }

    l.addMethod("__getitem__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "list.__getitem__", min: 1, max: 1)
      return try ListOps.getItem(ts, v.unsafeAs(PyList.self), a[0])
    }
    l.addMethod("append") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.append", min: 1, max: 1)
      v.unsafeAs(PyList.self).append(a[0])
      return .none
    }
    l.addMethod("extend") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "list.extend", min: 1, max: 1)
      try v.unsafeAs(PyList.self).extend(ts, a[0])
      return .none
    }
    l.addMethod("insert") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "insert", qualname: "list.insert", min: 2, max: 2)
      let lst = v.unsafeAs(PyList.self)
      lst.insert(a[1], pythonIndex: try Protocols.indexAsInt(ts, a[0]))
      return .none
    }
    l.addMethod("pop") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "pop", qualname: "list.pop", min: 0, max: 1)
      let lst = v.unsafeAs(PyList.self)
      let i = a.count == 0 ? -1 : try Protocols.indexAsInt(ts, a[0])
      switch lst.pop(pythonIndex: i) {
      case .empty: throw PyError.indexError("pop from empty list")
      case .outOfRange: throw PyError.indexError("pop index out of range")
      case .value(let x): return x
      }
    }
    l.addMethod("remove") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "list.remove", min: 1, max: 1)
      let lst = v.unsafeAs(PyList.self)
      var i = 0
      while let item = lst.get(i) {
        if try ContainerEq.equal(ts, item, a[0]) {
          lst.delete(at: i)
          return .none
        }
        i += 1
      }
      throw PyError.valueError("list.remove(x): x not in list")
    }
    l.addMethod("index") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "index", qualname: "list.index", min: 1, max: 3)
      let lst = v.unsafeAs(PyList.self)
      var (start, stop) = (0, Int.max)
      if a.count > 1 { start = try SequenceSupport.searchBound(ts, a[1], count: lst.count) }
      if a.count > 2 { stop = try SequenceSupport.searchBound(ts, a[2], count: lst.count) }
      var i = start
      while i < stop, let item = lst.get(i) {
        if try ContainerEq.equal(ts, item, a[0]) { return .int(i) }
        i += 1
      }
      throw PyError.valueError("\(try Protocols.reprString(ts, a[0])) is not in list")
    }
    l.addMethod("count") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "list.count", min: 1, max: 1)
      let lst = v.unsafeAs(PyList.self)
      var n = 0
      var i = 0
      while let item = lst.get(i) {
        if item.isIdentical(to: a[0]) {
          n += 1
        } else if try Protocols.richCompareBool(ts, item, a[0], .eq) {
          n += 1
        }
        i += 1
      }
      return .int(n)
    }
    l.addMethod("clear") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.clear", min: 0, max: 0)
      v.unsafeAs(PyList.self).clear()
      return .none
    }
    l.addMethod("copy") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.copy", min: 0, max: 0)
      return .object(PyList(v.unsafeAs(PyList.self).items))
    }
    l.addMethod("reverse") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.reverse", min: 0, max: 0)
      v.unsafeAs(PyList.self).reverse()
      return .none
    }
    l.addMethod("sort") { ts, v, a throws(PyError) in
      let p = try ArgParser.parse(a, fname: "sort", names: ["key", "reverse"], required: 0, kwOnlyFrom: 0)
      let key: Value? = (p[0].map { $0.isNone ? nil : $0 }) ?? nil
      var reverse = false
      if let r = p[1] { reverse = try Protocols.indexAsInt(ts, r) != 0 }
      try ListSort.sort(ts, v.unsafeAs(PyList.self), key: key, reverse: reverse)
      return .none
    }
    l.addMethod("__reversed__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.__reversed__", min: 0, max: 0)
      return .object(ListReverseIterator(v.unsafeAs(PyList.self)))
    }
    l.addMethod("__sizeof__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.__sizeof__", min: 0, max: 0)
      let lst = v.unsafeAs(PyList.self)
      return .int(lst.sizeInBytes + ContainerSize.subclassExtra(lst.type))
    }
    l.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "list.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }
}

/// The parts of `list`'s behaviour that are more than a line: repr, comparison, subscripts.
enum ListOps {
  /// `repr(list)`, re-reading the size on every item (a repr may change the list).
  static func repr(_ ts: ThreadState, _ lst: PyList) throws(PyError) -> Value {
    if lst.isEmpty { return .object(PyStr.intern("[]")) }
    return try ReprGuard.guarded(ts, .object(lst), "[...]") { () throws(PyError) in
      var s = "["
      var i = 0
      while let item = lst.get(i) {
        if i > 0 { s += ", " }
        s += try Protocols.reprString(ts, item)
        i += 1
      }
      return .object(PyStr(s + "]"))
    }
  }

  /// `list_richcompare`: the first differing items decide, compared with `op` itself (so the
  /// result is whatever their comparison returns).
  static func compare(_ ts: ThreadState, _ v: PyList, _ w: PyList, _ op: CompareOp) throws(PyError) -> Value {
    if v.count != w.count && (op == .eq || op == .ne) { return .bool(op == .ne) }
    var i = 0
    var differing: (Value, Value)? = nil
    while let x = v.get(i), let y = w.get(i) {
      if !x.isIdentical(to: y) {
        if !(try Protocols.richCompareBool(ts, x, y, .eq)) {
          differing = (x, y)
          break
        }
      }
      i += 1
    }
    guard let (x, y) = differing else {
      return .bool(Protocols.compare(v.count, w.count, op))
    }
    if op == .eq { return .bool(false) }
    if op == .ne { return .bool(true) }
    return try Protocols.richCompare(ts, x, y, op)
  }

  /// `l[key]` for an index or a slice.
  static func getItem(_ ts: ThreadState, _ lst: PyList, _ key: Value) throws(PyError) -> Value {
    if case .int(let i) = key {
      guard let x = lst.get(pythonIndex: i) else { throw PyError.indexError("list index out of range") }
      return x
    }
    if let sl = key.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: lst.count)
      if r.count <= 0 { return .object(PyList()) }
      return .object(PyList(lst.slice(start: r.start, count: r.count, step: r.step)))
    }
    let i = try SequenceSupport.index(ts, key, typeName: "list")
    guard let x = lst.get(pythonIndex: i) else { throw PyError.indexError("list index out of range") }
    return x
  }

  /// `l[key] = value` / `del l[key]` (`list_ass_subscript`).
  static func assignSubscript(_ ts: ThreadState, _ lst: PyList, _ key: Value, _ value: Value?) throws(PyError) {
    if let sl = key.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: lst.count)
      if r.step == 1 {
        try assignSlice(ts, lst, r.start, r.stop, value)
        return
      }
      guard let value else {
        lst.deleteExtended(start: r.start, step: r.step, count: r.count)
        return
      }
      let seq: [Value]
      if let other = value.as(PyList.self), other === lst {
        seq = other.items
      } else {
        seq = try SequenceSupport.fastSequence(ts, value, message: "must assign iterable to extended slice")
      }
      if seq.count != r.count {
        throw PyError.valueError("attempt to assign sequence of size \(seq.count) to extended slice of size \(r.count)")
      }
      lst.assignExtended(start: r.start, step: r.step, values: seq)
      return
    }
    guard Protocols.hasIndex(key) else {
      throw PyError.typeError("list indices must be integers or slices, not \(Protocols.typeName(key))")
    }
    let i = try Protocols.indexAsInt(ts, key, overflowMessage: "cannot fit 'int' into an index-sized integer")
    let done = value.map { lst.set(pythonIndex: i, $0) } ?? lst.delete(pythonIndex: i)
    if !done { throw PyError.indexError("list assignment index out of range") }
  }

  /// `l[lo:hi] = value` / `del l[lo:hi]` (`list_ass_slice`).
  static func assignSlice(_ ts: ThreadState, _ lst: PyList, _ lo: Int, _ hi: Int, _ value: Value?) throws(PyError) {
    var values: [Value] = []
    if let value {
      if let other = value.as(PyList.self), other === lst {
        values = other.items
      } else {
        values = try SequenceSupport.fastSequence(ts, value, message: "can only assign an iterable")
      }
    }
    lst.replaceSubrange(lo, hi, with: values)
  }
}

/// Sizes of instances of subclasses of builtin containers beyond the builtin layout:
/// `__slots__` values and the `__weakref__` slot (the instance dict is kept outside the object
/// in CPython 3.11, so it does not count).
enum ContainerSize {
  static func subclassExtra(_ t: PyType) -> Int {
    guard t.typeFlags.contains(.heapType) else { return 0 }
    return t.instanceSlotCount * 8 + (t.typeFlags.contains(.hasInstanceDict) ? 8 : 0)
  }
}
