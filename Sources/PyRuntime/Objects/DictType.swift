/// The `dict` type's slots and methods (CPython Objects/dictobject.c).
extension BuiltinTypes {
  static func installDict() {
    let d = dict
    d.slots.repr = { ts, v throws(PyError) in
      let dd = v.unsafeAs(PyDict.self)
      if dd.count == 0 { return .object(PyStr.intern("{}")) }
      return try ReprGuard.guarded(ts, v, "{...}") { () throws(PyError) in
        var parts: [String] = []
        for (k, x) in dd.items { parts.append(try Protocols.reprString(ts, k) + ": " + Protocols.reprString(ts, x)) }
        return .object(PyStr("{" + parts.joined(separator: ", ") + "}"))
      }
    }
    d.slots.length = { _, v in v.unsafeAs(PyDict.self).count }
    d.slots.getItem = { ts, v, k throws(PyError) in
      let dd = v.unsafeAs(PyDict.self)
      if let r = try dd.getItem(ts, k) { return r }
      if dd.type !== BuiltinTypes.dict, let missing = try Protocols.callSpecial(ts, v, PyStr.intern("__missing__"), [k]) {
        return missing
      }
      throw PyError.keyError(k)
    }
    d.slots.setItem = { ts, v, k, value throws(PyError) in
      let dd = v.unsafeAs(PyDict.self)
      if let value { try dd.setItem(ts, k, value) }
      else if try dd.delItem(ts, k) == nil { throw PyError.keyError(k) }
    }
    d.slots.contains = { ts, v, k throws(PyError) in try v.unsafeAs(PyDict.self).getItem(ts, k) != nil }
    d.slots.iter = { _, v in .object(DictKeyIterator(v.unsafeAs(PyDict.self))) }
    d.slots.hashIsNone = true
    d.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyDict.self), let y = b.as(PyDict.self) else { return .notImplemented }
      var equal = x.count == y.count
      if equal {
        for (k, v) in x.items {
          guard let w = try y.getItem(ts, k), try Protocols.richCompareBool(ts, v, w, .eq) else { equal = false; break }
        }
      }
      return .bool(op == .eq ? equal : !equal)
    }
    d.slots.new = { _, cls, _ in
      let r = PyDict(type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }
    d.slots.initialize = { ts, v, args throws(PyError) in
      if args.positionalCount > 1 { throw PyError.typeError("dict expected at most 1 argument, got \(args.positionalCount)") }
      let dd = v.unsafeAs(PyDict.self)
      if args.positionalCount == 1 { try DictOps.update(ts, dd, args[0]) }
      for (k, x) in args.keywords { try dd.setItem(ts, .object(k), x) }
    }
    d.addMethod("get") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "get", min: 1, max: 2)
      return try v.unsafeAs(PyDict.self).getItem(ts, a[0]) ?? (a.count > 1 ? a[1] : .none)
    }
    d.addMethod("keys") { _, v, _ in .object(PyList(v.unsafeAs(PyDict.self).keys)) }
    d.addMethod("values") { _, v, _ in .object(PyList(v.unsafeAs(PyDict.self).values)) }
    d.addMethod("items") { _, v, _ in .object(PyList(v.unsafeAs(PyDict.self).items.map { .object(PyTuple([$0.key, $0.value])) })) }

  }
}
