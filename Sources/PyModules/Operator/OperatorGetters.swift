import PyRuntime

/// `operator.itemgetter(*items)`: calling it with `obj` gives `obj[item]` (a tuple of them
/// for several items).
public final class ItemGetter: PyObject {
  let items: [Value]

  init(_ items: [Value]) {
    self.items = items
    super.init(type: BuiltinTypes.itemGetter)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }
}

/// `operator.attrgetter(*names)`: calling it with `obj` gives `obj.name` (dotted names are
/// followed); a tuple for several names.
public final class AttrGetter: PyObject {
  /// The names as given (for the repr and pickling).
  let names: [Value]
  /// Each name split at its dots, interned.
  let paths: [[PyStr]]

  init(names: [Value], paths: [[PyStr]]) {
    self.names = names
    self.paths = paths
    super.init(type: BuiltinTypes.attrGetter)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in names { visit(v) }
  }
}

/// `operator.methodcaller(name, /, *args, **kwargs)`: calling it with `obj` gives
/// `obj.name(*args, **kwargs)`.
public final class MethodCaller: PyObject {
  let name: PyStr
  let args: [Value]
  let kwargs: [(PyStr, Value)]

  init(name: PyStr, args: [Value], kwargs: [(PyStr, Value)]) {
    self.name = name
    self.args = args
    self.kwargs = kwargs
    super.init(type: BuiltinTypes.methodCaller)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(name))
    for v in args { visit(v) }
    for (_, v) in kwargs { visit(v) }
  }
}

/// The single argument of a getter call (`itemgetter(1)(obj)`).
private func getterArgument(_ a: Args, _ name: String) throws(PyError) -> Value {
  try ArgParser.noKeywords(a, name)
  if a.count != 1 { throw PyError.typeError("\(name) expected 1 argument, got \(a.count)") }
  return a[0]
}

/// `repr()` of the arguments, joined with ", ", under the recursion guard.
private func reprList(_ ts: ThreadState, _ values: [Value]) throws(PyError) -> String {
  var parts: [String] = []
  for v in values { parts.append(try Protocols.reprString(ts, v)) }
  return parts.joined(separator: ", ")
}

extension BuiltinTypes {
  public static let itemGetter: PyType = PyType.builtin("operator.itemgetter") { t in
    t.qualname = "itemgetter"
    t.dict.set("__doc__", .object(PyStr("itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])")))
    t.slots.new = { _, _, a throws(PyError) in
      try ArgParser.noKeywords(a, "itemgetter")
      if a.count < 1 { throw PyError.typeError("itemgetter expected 1 argument, got 0") }
      return .object(ItemGetter(a.positional))
    }
    t.slots.call = { ts, v, a throws(PyError) in
      let obj = try getterArgument(a, "itemgetter")
      let g = v.unsafeAs(ItemGetter.self)
      if g.items.count == 1 { return try Protocols.getItem(ts, obj, g.items[0]) }
      var out: [Value] = []
      out.reserveCapacity(g.items.count)
      for item in g.items { out.append(try Protocols.getItem(ts, obj, item)) }
      return .object(PyTuple(out))
    }
    t.slots.repr = { ts, v throws(PyError) in
      .object(PyStr("operator.itemgetter(\(try reprList(ts, v.unsafeAs(ItemGetter.self).items)))"))
    }
    t.addMethod("__reduce__", doc: "Return state information for pickling") { _, v, _ in
      .object(PyTuple([Value(BuiltinTypes.itemGetter), .object(PyTuple(v.unsafeAs(ItemGetter.self).items))]))
    }
  }

  public static let attrGetter: PyType = PyType.builtin("operator.attrgetter") { t in
    t.qualname = "attrgetter"
    t.dict.set("__doc__", .object(PyStr("attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).")))
    t.slots.new = { _, _, a throws(PyError) in
      try ArgParser.noKeywords(a, "attrgetter")
      if a.count < 1 { throw PyError.typeError("attrgetter expected 1 argument, got 0") }
      var paths: [[PyStr]] = []
      for v in a.positional {
        guard let s = v.as(PyStr.self) else { throw PyError.typeError("attribute name must be a string") }
        paths.append(s.string.split(separator: ".", omittingEmptySubsequences: false).map { PyStr.intern(String($0)) })
      }
      return .object(AttrGetter(names: a.positional, paths: paths))
    }
    t.slots.call = { ts, v, a throws(PyError) in
      let obj = try getterArgument(a, "attrgetter")
      let g = v.unsafeAs(AttrGetter.self)
      func fetch(_ path: [PyStr]) throws(PyError) -> Value {
        var cur = obj
        for name in path { cur = try Protocols.getAttr(ts, cur, name) }
        return cur
      }
      if g.paths.count == 1 { return try fetch(g.paths[0]) }
      var out: [Value] = []
      for p in g.paths { out.append(try fetch(p)) }
      return .object(PyTuple(out))
    }
    t.slots.repr = { ts, v throws(PyError) in
      .object(PyStr("operator.attrgetter(\(try reprList(ts, v.unsafeAs(AttrGetter.self).names)))"))
    }
    t.addMethod("__reduce__", doc: "Return state information for pickling") { _, v, _ in
      .object(PyTuple([Value(BuiltinTypes.attrGetter), .object(PyTuple(v.unsafeAs(AttrGetter.self).names))]))
    }
  }

  public static let methodCaller: PyType = PyType.builtin("operator.methodcaller") { t in
    t.qualname = "methodcaller"
    t.dict.set("__doc__", .object(PyStr("methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).")))
    t.slots.new = { _, _, a throws(PyError) in
      if a.positionalCount < 1 {
        throw PyError.typeError("methodcaller needs at least one argument, the method name")
      }
      guard let name = a[0].as(PyStr.self) else { throw PyError.typeError("method name must be a string") }
      let args = Array(a.positional.dropFirst())
      return .object(MethodCaller(name: PyStr.intern(name.string), args: args, kwargs: a.keywords))
    }
    t.slots.call = { ts, v, a throws(PyError) in
      let obj = try getterArgument(a, "methodcaller")
      let c = v.unsafeAs(MethodCaller.self)
      let method = try Protocols.getAttr(ts, obj, c.name)
      return try Protocols.call(ts, method, c.args, keywords: c.kwargs.map { ($0.0.string, $0.1) })
    }
    t.slots.repr = { ts, v throws(PyError) in
      let c = v.unsafeAs(MethodCaller.self)
      var parts = [try Protocols.reprString(ts, .object(c.name))]
      for x in c.args { parts.append(try Protocols.reprString(ts, x)) }
      for (k, x) in c.kwargs { parts.append(k.string + "=" + (try Protocols.reprString(ts, x))) }
      return .object(PyStr("operator.methodcaller(\(parts.joined(separator: ", ")))"))
    }
    t.addMethod("__reduce__", doc: "Return state information for pickling") { ts, v, _ throws(PyError) in
      let c = v.unsafeAs(MethodCaller.self)
      let me = Value(BuiltinTypes.methodCaller)
      if c.kwargs.isEmpty {
        return .object(PyTuple([me, .object(PyTuple([.object(c.name)] + c.args))]))
      }
      // partial(methodcaller, name, **kwargs), args
      let functools = try ImportSystem.importAbsolute(ts, "functools")
      let partial = try Protocols.getAttr(ts, functools, PyStr.intern("partial"))
      let bound = try Protocols.call(ts, partial, [me, .object(c.name)],
                                     keywords: c.kwargs.map { ($0.0.string, $0.1) })
      return .object(PyTuple([bound, .object(PyTuple(c.args))]))
    }
  }
}
