/// The `tuple` type's slots and methods (CPython Objects/tupleobject.c).
extension BuiltinTypes {
  static func installTuple() {
    let t = tuple
    t.slots.repr = { ts, v throws(PyError) in
      let items = v.unsafeAs(PyTuple.self).items
      if items.isEmpty { return .object(PyStr.intern("()")) }
      return try ReprGuard.guarded(ts, v, "(...)") { () throws(PyError) in
        var parts: [String] = []
        for x in items { parts.append(try Protocols.reprString(ts, x)) }
        return .object(PyStr("(" + parts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")))
      }
    }
    t.slots.length = { _, v in v.unsafeAs(PyTuple.self).count }
    t.slots.getItem = { ts, v, k throws(PyError) in
      let tup = v.unsafeAs(PyTuple.self)
      if let sl = k.as(PySlice.self) {
        let r = try SequenceSupport.sliceIndices(ts, sl, length: tup.count)
        var out: [Value] = []
        var i = r.start
        for _ in 0..<r.count { out.append(tup.items[i]); i += r.step }
        return .object(PyTuple(out))
      }
      let i = try SequenceSupport.index(ts, k, typeName: "tuple")
      guard let j = SequenceSupport.normalize(i, count: tup.count) else { throw PyError.indexError("tuple index out of range") }
      return tup.items[j]
    }
    t.slots.iter = { _, v in .object(ArrayIterator(tuple: v.unsafeAs(PyTuple.self))) }
    t.slots.contains = { ts, v, x throws(PyError) in
      for item in v.unsafeAs(PyTuple.self).items where try Protocols.richCompareBool(ts, item, x, .eq) { return true }
      return false
    }
    t.slots.hash = { ts, v throws(PyError) in try TupleOps.hash(ts, v.unsafeAs(PyTuple.self)) }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PyTuple.self), let y = b.as(PyTuple.self) else { return .notImplemented }
      return .bool(try SequenceCompare.compare(ts, x.items, y.items, op))
    }
    t.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyTuple.self) else {
        throw PyError.typeError("can only concatenate tuple (not \"\(Protocols.typeName(b))\") to tuple")
      }
      return .object(PyTuple(a.unsafeAs(PyTuple.self).items + y.items))
    }
    t.slots.sequenceRepeat = { _, v, n in
      let items = v.unsafeAs(PyTuple.self).items
      var out: [Value] = []
      if n > 0 { for _ in 0..<n { out.append(contentsOf: items) } }
      return .object(PyTuple(out))
    }
    t.slots.new = { ts, cls, args throws(PyError) in
      try ArgParser.positional(args, "tuple", min: 0, max: 1)
      let items = args.count == 0 ? [] : try Protocols.toArray(ts, args[0])
      let r = PyTuple(items, type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }

  }
}
