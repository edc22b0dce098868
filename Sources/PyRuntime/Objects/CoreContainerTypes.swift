import PySyntax

/// Minimal behaviour of `str`, `tuple`, `list` and `dict` and their iterators — enough for the
/// interpreter core. (Each type's full method set lives in its own file.)
extension BuiltinTypes {
  static func installCoreContainers() {
    // str
    let s = str
    s.slots.repr = { _, v in .object(PyStr(PythonRepr.string(v.unsafeAs(PyStr.self).codePoints))) }
    s.slots.str = { _, v in
      let x = v.unsafeAs(PyStr.self)
      return x.isExactStr ? v : .object(PyStr(codePoints: x.codePoints))
    }
    s.slots.hash = { _, v in v.unsafeAs(PyStr.self).pyHash }
    s.slots.richCompare = { _, a, b, op in
      guard let x = a.as(PyStr.self), let y = b.as(PyStr.self) else { return .notImplemented }
      return .bool(StrCompare.compare(x, y, op))
    }
    s.slots.length = { _, v in v.unsafeAs(PyStr.self).count }
    s.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyStr.self) else {
        throw PyError.typeError("can only concatenate str (not \"\(Protocols.typeName(b))\") to str")
      }
      return .object(StrOps.concat(a.unsafeAs(PyStr.self), y))
    }
    s.slots.sequenceRepeat = { _, v, n in .object(StrOps.repeated(v.unsafeAs(PyStr.self), n)) }
    s.slots.contains = { _, v, x throws(PyError) in
      guard let sub = x.as(PyStr.self) else {
        throw PyError.typeError("'in <string>' requires string as left operand, not \(Protocols.typeName(x))")
      }
      return StrOps.find(v.unsafeAs(PyStr.self), sub, from: 0) >= 0
    }
    s.slots.getItem = { ts, v, k throws(PyError) in try StrOps.getItem(ts, v.unsafeAs(PyStr.self), k) }
    s.slots.iter = { _, v in .object(StrIterator(v.unsafeAs(PyStr.self))) }
    s.slots.new = { ts, cls, args throws(PyError) in
      try ArgParser.positional(args, "str", min: 0, max: 3)
      let r: PyStr = args.count == 0 ? PyStr.intern("") : try Protocols.str(ts, args[0])
      if cls === BuiltinTypes.str { return .object(r) }
      let o = PyStr(codePoints: r.codePoints, type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    s.addMethod("join") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "join", min: 1, max: 1)
      let sep = v.unsafeAs(PyStr.self)
      var parts: [PyStr] = []
      for (i, item) in try Protocols.toArray(ts, a[0]).enumerated() {
        guard let p = item.as(PyStr.self) else {
          throw PyError.typeError("sequence item \(i): expected str instance, \(Protocols.typeName(item)) found")
        }
        parts.append(p)
      }
      return .object(StrOps.join(sep, parts))
    }

    // tuple
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

    // list
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

    // dict
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

    // None, NotImplemented, Ellipsis
    noneType.slots.repr = { _, _ in .object(PyStr.intern("None")) }
    noneType.slots.bool = { _, _ in false }
    noneType.slots.hash = { _, _ in NoneHash.value }
    noneType.slots.new = { _, _, args throws(PyError) in
      if args.count > 0 { throw PyError.typeError("NoneType takes no arguments") }
      return .none
    }
    notImplementedType.slots.repr = { _, _ in .object(PyStr.intern("NotImplemented")) }
    ellipsisType.slots.repr = { _, _ in .object(PyStr.intern("Ellipsis")) }
  }
}

/// Iterator over a list or tuple (`list_iterator`, `tuple_iterator`).
public final class ArrayIterator: PyObject {
  var list: PyList?
  var tuple: PyTuple?
  var index = 0

  init(list: PyList) {
    self.list = list
    super.init(type: BuiltinTypes.listIterator)
  }

  init(tuple: PyTuple) {
    self.tuple = tuple
    super.init(type: BuiltinTypes.tupleIterator)
  }

  @inline(__always)
  func next() -> Value? {
    if let l = list {
      if index < l.items.count { index += 1; return l.items[index - 1] }
      list = nil
      return nil
    }
    if let t = tuple {
      if index < t.items.count { index += 1; return t.items[index - 1] }
      tuple = nil
    }
    return nil
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let list { visit(.object(list)) }
    if let tuple { visit(.object(tuple)) }
  }
}

/// Iterator over a dict's keys, raising on size changes.
public final class DictKeyIterator: PyObject {
  let dict: PyDict
  var position = 0
  let initialCount: Int

  init(_ dict: PyDict) {
    self.dict = dict
    self.initialCount = dict.count
    super.init(type: BuiltinTypes.dictKeyIterator)
  }

  func next() throws(PyError) -> Value? {
    if dict.count != initialCount {
      throw PyError.runtimeError("dictionary changed size during iteration")
    }
    guard let (n, k, _) = dict.entry(from: position) else { return nil }
    position = n
    return k
  }
}

/// Iterator over a str's characters.
public final class StrIterator: PyObject {
  let str: PyStr
  var index = 0

  init(_ str: PyStr) {
    self.str = str
    super.init(type: BuiltinTypes.strIterator)
  }
}

extension BuiltinTypes {
  public static let listIterator: PyType = PyType.builtin("list_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
  }
  public static let tupleIterator: PyType = PyType.builtin("tuple_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(ArrayIterator.self).next() }
  }
  public static let dictKeyIterator: PyType = PyType.builtin("dict_keyiterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v throws(PyError) in try v.unsafeAs(DictKeyIterator.self).next() }
  }
  public static let strIterator: PyType = PyType.builtin("str_ascii_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in
      let it = v.unsafeAs(StrIterator.self)
      guard it.index < it.str.count else { return nil }
      it.index += 1
      return .object(StrOps.character(it.str[it.index - 1]))
    }
  }
}
