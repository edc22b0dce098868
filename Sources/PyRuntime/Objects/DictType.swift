/// The `dict` type's slots and methods (CPython Objects/dictobject.c). The table is in
/// PyDict.swift, the views in DictViews.swift, the iterators in DictIterators.swift.
extension BuiltinTypes {
  static func installDict() {
    let d = dict
    d.slots.repr = { ts, v throws(PyError) in try DictMethods.repr(ts, v.unsafeAs(PyDict.self)) }
    d.slots.length = { _, v in v.unsafeAs(PyDict.self).count }
    d.slots.getItem = { ts, v, k throws(PyError) in try DictMethods.getItem(ts, v, k) }
    d.slots.setItem = { ts, v, k, value throws(PyError) in
      let dd = v.unsafeAs(PyDict.self)
      if let value {
        try dd.setItem(ts, k, value)
      } else if try dd.delItem(ts, k) == nil {
        throw PyError.keyError(k)
      }
    }
    d.slots.contains = { ts, v, k throws(PyError) in try v.unsafeAs(PyDict.self).getItem(ts, k) != nil }
    d.slots.iter = { _, v in .object(DictIterator(v.unsafeAs(PyDict.self), kind: .keys, reversed: false)) }
    d.slots.hashIsNone = true
    d.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyDict.self), let y = b.as(PyDict.self) else { return .notImplemented }
      let equal = try DictMethods.equal(ts, x, y)
      return .bool(op == .eq ? equal : !equal)
    }
    d.setBinary(.or) { ts, a, b throws(PyError) in
      guard let x = a.as(PyDict.self), b.as(PyDict.self) != nil else { return .notImplemented }
      let r = x.copy()
      try DictMethods.updateArg(ts, r, b)
      return .object(r)
    }
    d.setInplace(.or) { ts, a, b throws(PyError) in
      try DictMethods.updateArg(ts, a.unsafeAs(PyDict.self), b)
      return a
    }
    d.slots.new = { _, cls, _ in
      let r = PyDict(type: cls)
      ObjectSupport.prepareInstance(r, cls)
      return .object(r)
    }
    d.slots.initialize = { ts, v, args throws(PyError) in
      try DictMethods.updateCommon(ts, v.unsafeAs(PyDict.self), args, "dict")
    }

    d.addMethod("__getitem__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.__getitem__", min: 1, max: 1)
      return try DictMethods.getItem(ts, v, a[0])
    }
    d.addMethod("__contains__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.__contains__", min: 1, max: 1)
      return .bool(try v.unsafeAs(PyDict.self).getItem(ts, a[0]) != nil)
    }
    d.addMethod("get") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "get", qualname: "dict.get", min: 1, max: 2)
      return try v.unsafeAs(PyDict.self).getItem(ts, a[0]) ?? (a.count > 1 ? a[1] : .none)
    }
    d.addMethod("setdefault") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "setdefault", qualname: "dict.setdefault", min: 1, max: 2)
      return try v.unsafeAs(PyDict.self).setDefault(ts, a[0], a.count > 1 ? a[1] : .none)
    }
    d.addMethod("pop") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "pop", qualname: "dict.pop", min: 1, max: 2)
      let dd = v.unsafeAs(PyDict.self)
      if dd.count == 0 {
        if a.count > 1 { return a[1] }
        throw PyError.keyError(a[0])
      }
      if let r = try dd.delItem(ts, a[0]) { return r }
      if a.count > 1 { return a[1] }
      throw PyError.keyError(a[0])
    }
    d.addMethod("popitem") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.popitem", min: 0, max: 0)
      guard let (k, x) = v.unsafeAs(PyDict.self).popLast() else {
        throw PyError.make(BuiltinTypes.exceptions.keyError, "popitem(): dictionary is empty")
      }
      return .object(PyTuple([k, x]))
    }
    d.addMethod("keys") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.keys", min: 0, max: 0)
      return .object(DictView(v.unsafeAs(PyDict.self), kind: .keys))
    }
    d.addMethod("values") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.values", min: 0, max: 0)
      return .object(DictView(v.unsafeAs(PyDict.self), kind: .values))
    }
    d.addMethod("items") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.items", min: 0, max: 0)
      return .object(DictView(v.unsafeAs(PyDict.self), kind: .items))
    }
    d.addMethod("update") { ts, v, a throws(PyError) in
      try DictMethods.updateCommon(ts, v.unsafeAs(PyDict.self), a, "update")
      return .none
    }
    d.addMethod("clear") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.clear", min: 0, max: 0)
      v.unsafeAs(PyDict.self).clear()
      return .none
    }
    d.addMethod("copy") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.copy", min: 0, max: 0)
      return .object(v.unsafeAs(PyDict.self).copy())
    }
    d.addClassMethod("fromkeys") { ts, cls, a throws(PyError) in
      try PositionalCheck.check(a, "fromkeys", qualname: "dict.fromkeys", min: 1, max: 2)
      return try DictMethods.fromKeys(ts, cls, a[0], a.count > 1 ? a[1] : .none)
    }
    d.addMethod("__reversed__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.__reversed__", min: 0, max: 0)
      return .object(DictIterator(v.unsafeAs(PyDict.self), kind: .keys, reversed: true))
    }
    d.addMethod("__sizeof__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "dict.__sizeof__", min: 0, max: 0)
      let dd = v.unsafeAs(PyDict.self)
      return .int(dd.sizeInBytes + ContainerSize.subclassExtra(dd.type))
    }
    d.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "dict.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }
}


/// The parts of `dict`'s behaviour that are more than a line: repr, equality, subscripts with
/// `__missing__`, the update family and `fromkeys`.
enum DictMethods {
  /// `repr(d)`, walking the entries by position (a repr may change the dict).
  static func repr(_ ts: ThreadState, _ d: PyDict) throws(PyError) -> Value {
    return try ReprGuard.guarded(ts, .object(d), "{...}") { () throws(PyError) in
      if d.count == 0 { return .object(PyStr.intern("{}")) }
      var s = "{"
      var first = true
      var pos = 0
      while let (next, k, v) = d.entry(from: pos) {
        if !first { s += ", " }
        first = false
        s += try Protocols.reprString(ts, k)
        s += ": "
        s += try Protocols.reprString(ts, v)
        pos = next
      }
      return .object(PyStr(s + "}"))
    }
  }

  /// `dict_equal`: same size, and every key of `a` maps to an equal value in `b`.
  static func equal(_ ts: ThreadState, _ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
    if a.count != b.count { return false }
    var pos = 0
    while let (next, k, av, h) = a.fullEntry(from: pos) {
      guard let bv = try b.getItem(ts, k, hash: h) else { return false }
      if !(try ContainerEq.equal(ts, av, bv)) { return false }
      pos = next
    }
    return true
  }

  /// `d[k]`: with `__missing__` for subclasses that define it.
  static func getItem(_ ts: ThreadState, _ v: Value, _ k: Value) throws(PyError) -> Value {
    let d = v.unsafeAs(PyDict.self)
    if let r = try d.getItem(ts, k) { return r }
    if d.type !== BuiltinTypes.dict,
       let missing = try Protocols.callSpecial(ts, v, PyStr.intern("__missing__"), [k]) {
      return missing
    }
    throw PyError.keyError(k)
  }

  /// `dict(...)` / `d.update(...)`: at most one positional argument, then the keywords
  /// (`dict_update_common`).
  static func updateCommon(_ ts: ThreadState, _ d: PyDict, _ args: Args, _ name: String) throws(PyError) {
    try PositionalCheck.count(args.positionalCount, name, min: 0, max: 1)
    if args.positionalCount == 1 { try updateArg(ts, d, args[0]) }
    if let kw = args.kwnames, kw.count > 0 {
      let first = args.positionalCount
      for (j, k) in kw.items.enumerated() {
        try d.setItem(ts, k, args[first + j])
      }
    }
  }

  /// `dict_update_arg`: a dict or anything with `keys()` is merged as a mapping, anything
  /// else must be an iterable of pairs.
  static func updateArg(_ ts: ThreadState, _ d: PyDict, _ arg: Value) throws(PyError) {
    if let o = arg.as(PyDict.self), o.type === BuiltinTypes.dict {
      try merge(ts, d, arg)
      return
    }
    if try Protocols.getAttrOptional(ts, arg, PyStr.intern("keys")) != nil {
      try merge(ts, d, arg)
      return
    }
    try mergeFromPairs(ts, d, arg)
  }

  /// `dict_merge(a, b, override=1)`: dicts (whose iteration is not overridden) by their
  /// table, other mappings through `keys()` and `b[key]`.
  static func merge(_ ts: ThreadState, _ d: PyDict, _ b: Value) throws(PyError) {
    if let o = b.as(PyDict.self), o.type === BuiltinTypes.dict || !overridesIter(o.type) {
      if o === d || o.count == 0 { return }
      if d.count == 0 && d.cloneTable(of: o) { return }
      d.presizeForMerge(o.count, unicode: o.isUnicodeTable)
      let origSize = o.entryEnd
      var pos = 0
      while let (next, k, v, h) = o.fullEntry(from: pos) {
        try d.setItem(ts, k, v, hash: h)
        if origSize != o.entryEnd {
          throw PyError.runtimeError("dict mutated during update")
        }
        pos = next
      }
      return
    }
    // PyMapping_Keys
    let keys = try Protocols.call(ts, try Protocols.getAttr(ts, b, PyStr.intern("keys")), [])
    let it: Value
    do throws(PyError) {
      it = try Protocols.getIter(ts, keys)
    } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      throw PyError.typeError("\(Protocols.typeName(b)).keys() returned a non-iterable (type \(Protocols.typeName(keys)))")
    }
    while let k = try Protocols.next(ts, it) {
      let v = try Protocols.getItem(ts, b, k)
      try d.setItem(ts, k, v)
    }
  }

  /// Whether a dict subclass replaces `__iter__` (then merges go through `keys()`).
  static func overridesIter(_ t: PyType) -> Bool {
    let name = PyStr.intern("__iter__")
    guard let mine = t.lookup(name), let base = BuiltinTypes.dict.dict.get(name) else { return false }
    return !mine.isIdentical(to: base)
  }

  /// `PyDict_MergeFromSeq2`: an iterable of key/value pairs.
  static func mergeFromPairs(_ ts: ThreadState, _ d: PyDict, _ seq: Value) throws(PyError) {
    let it = try Protocols.getIter(ts, seq)
    var i = 0
    while let item = try Protocols.next(ts, it) {
      let pair: [Value]
      do throws(PyError) {
        pair = try SequenceSupport.fastSequence(ts, item, message: "")
      } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
        throw PyError.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
      }
      if pair.count != 2 {
        throw PyError.valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
      }
      try d.setItem(ts, pair[0], pair[1])
      i += 1
    }
  }

  /// `dict.fromkeys(iterable, value)` for `cls` (`_PyDict_FromKeys`).
  static func fromKeys(_ ts: ThreadState, _ cls: Value, _ iterable: Value, _ value: Value) throws(PyError) -> Value {
    let made = try Protocols.call(ts, cls, [])
    if let d = made.as(PyDict.self), d.type === BuiltinTypes.dict, d.count == 0 {
      if let src = iterable.as(PyDict.self), src.type === BuiltinTypes.dict {
        d.resize(log2: PyDict.estimateLog2Size(src.count), unicode: src.isUnicodeTable)
        var pos = 0
        while let (next, k, h) = src.keyAndHash(from: pos) {
          try d.setItem(ts, k, value, hash: h)
          pos = next
        }
        return made
      }
      if let s = SetAlgebra.exactAnySet(iterable) {
        d.resize(log2: PyDict.estimateLog2Size(s.count), unicode: false)
        var pos = 0
        while let (next, k, h) = s.entry(from: pos) {
          try d.setItem(ts, k, value, hash: h)
          pos = next
        }
        return made
      }
    }
    let it = try Protocols.getIter(ts, iterable)
    if let d = made.as(PyDict.self), d.type === BuiltinTypes.dict {
      while let k = try Protocols.next(ts, it) { try d.setItem(ts, k, value) }
    } else {
      while let k = try Protocols.next(ts, it) { try Protocols.setItem(ts, made, k, value) }
    }
    return made
  }
}
