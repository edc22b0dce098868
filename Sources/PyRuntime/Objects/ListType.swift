/// The `list` type's slots and methods (CPython Objects/listobject.c).
extension BuiltinTypes {
  static func installList() {
    let l = list
    l.slots.repr = { ts, v throws(PyError) in
      let items = v.unsafeAs(PyList.self).items
      if items.isEmpty { return .object(PyStr.intern("[]")) }
      return try ReprGuard.guarded(ts, v, "[...]") { () throws(PyError) in
        var parts: [String] = []
        for x in items { parts.append(try Protocols.reprString(ts, x)) }
        return .object(PyStr("[" + parts.joined(separator: ", ") + "]"))
      }
    }
    l.slots.length = { _, v in v.unsafeAs(PyList.self).count }
    l.slots.getItem = { ts, v, k throws(PyError) in
      let lst = v.unsafeAs(PyList.self)
      if let sl = k.as(PySlice.self) {
        let r = try SequenceSupport.sliceIndices(ts, sl, length: lst.count)
        var out: [Value] = []
        var i = r.start
        for _ in 0..<r.count { out.append(lst.items[i]); i += r.step }
        return .object(PyList(out))
      }
      let i = try SequenceSupport.index(ts, k, typeName: "list")
      guard let j = SequenceSupport.normalize(i, count: lst.count) else { throw PyError.indexError("list index out of range") }
      return lst.items[j]
    }
    l.slots.setItem = { ts, v, k, value throws(PyError) in
      let lst = v.unsafeAs(PyList.self)
      let i = try SequenceSupport.index(ts, k, typeName: "list")
      guard let j = SequenceSupport.normalize(i, count: lst.count) else {
        throw PyError.indexError(value == nil ? "list assignment index out of range" : "list assignment index out of range")
      }
      if let value { lst.items[j] = value } else { lst.items.remove(at: j) }
    }
    l.slots.iter = { _, v in .object(ArrayIterator(list: v.unsafeAs(PyList.self))) }
    l.slots.contains = { ts, v, x throws(PyError) in
      let lst = v.unsafeAs(PyList.self)
      var i = 0
      while i < lst.items.count {
        if try Protocols.richCompareBool(ts, lst.items[i], x, .eq) { return true }
        i += 1
      }
      return false
    }
    l.slots.hashIsNone = true
    l.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PyList.self), let y = b.as(PyList.self) else { return .notImplemented }
      return .bool(try SequenceCompare.compare(ts, x.items, y.items, op))
    }
    l.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyList.self) else {
        throw PyError.typeError("can only concatenate list (not \"\(Protocols.typeName(b))\") to list")
      }
      return .object(PyList(a.unsafeAs(PyList.self).items + y.items))
    }
    l.slots.sequenceInplaceConcat = { ts, a, b throws(PyError) in
      a.unsafeAs(PyList.self).items.append(contentsOf: try Protocols.toArray(ts, b))
      return a
    }
    l.slots.sequenceRepeat = { _, v, n in
      let items = v.unsafeAs(PyList.self).items
      var out: [Value] = []
      if n > 0 { for _ in 0..<n { out.append(contentsOf: items) } }
      return .object(PyList(out))
    }
    l.slots.new = { _, cls, _ in
      let r = PyList([], type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }
    l.slots.initialize = { ts, v, args throws(PyError) in
      try ArgParser.positional(args, "list", min: 0, max: 1)
      let lst = v.unsafeAs(PyList.self)
      lst.items = args.count == 0 ? [] : try Protocols.toArray(ts, args[0])
    }
    l.addMethod("append") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "list.append", min: 1, max: 1)
      v.unsafeAs(PyList.self).append(a[0])
      return .none
    }
    l.addMethod("pop") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "pop", min: 0, max: 1)
      let lst = v.unsafeAs(PyList.self)
      if lst.items.isEmpty { throw PyError.indexError("pop from empty list") }
      let i = a.count == 0 ? -1 : try Protocols.indexAsInt(ts, a[0])
      guard let j = SequenceSupport.normalize(i, count: lst.count) else { throw PyError.indexError("pop index out of range") }
      return lst.items.remove(at: j)
    }
    l.addMethod("extend") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "list.extend", min: 1, max: 1)
      v.unsafeAs(PyList.self).items.append(contentsOf: try Protocols.toArray(ts, a[0]))
      return .none
    }

  }
}
