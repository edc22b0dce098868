/// `types.GenericAlias`: what `list[int]`, `dict[str, int]`, `tuple[()]` evaluate to (CPython
/// Objects/genericaliasobject.c). It owns the origin class, the argument tuple, whether it is
/// starred (`*tuple[int]`, made by iterating an alias) and its type parameters (computed on
/// first use). Calling it calls the origin; attributes other than its own are looked up on the
/// origin; subscripting it substitutes its parameters (`dict[str, T][int]`). Subclassable
/// (`collections.abc.Callable[...]` is a subclass).
public final class PyGenericAlias: PyObject {
  public let origin: Value
  public let args: PyTuple
  public let starred: Bool
  var parametersCache: PyTuple?

  public init(origin: Value, argument: Value, type: PyType = BuiltinTypes.genericAlias, starred: Bool = false) {
    self.origin = origin
    if let t = argument.as(PyTuple.self) {
      self.args = t
    } else {
      self.args = PyTuple([argument])
    }
    self.starred = starred
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(origin)
    visit(.object(args))
    if let parametersCache { visit(.object(parametersCache)) }
  }

  /// `__parameters__`, computed once.
  func parameters(_ ts: ThreadState) throws(PyError) -> PyTuple {
    if let p = parametersCache { return p }
    let p = try TypeParameters.make(ts, args.items)
    parametersCache = p
    return p
  }

  /// `a | b` (`_Py_union_type_or`).
  static func union(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    try UnionType.make(ts, a, b)
  }

  /// Attributes that belong to the alias itself rather than being forwarded to the origin
  /// (`attr_exceptions`).
  static let ownAttributes: Set<String> = [
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
  ]

  func repr(_ ts: ThreadState) throws(PyError) -> String {
    var s = starred ? "*" : ""
    s += try TypeParameters.reprItem(ts, origin) + "["
    if args.count == 0 {
      s += "()"
    } else {
      for (i, a) in args.items.enumerated() {
        if i > 0 { s += ", " }
        s += try TypeParameters.reprItem(ts, a)
      }
    }
    return s + "]"
  }
}

extension BuiltinTypes {
  public static let genericAlias: PyType = PyType.builtin("types.GenericAlias", flags: [.baseType]) { t in
    t.qualname = String(t.shortName)
    t.dict.set("__doc__", .object(PyStr("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")))
    t.slots.repr = { ts, v throws(PyError) in
      .object(PyStr(try v.unsafeAs(PyGenericAlias.self).repr(ts)))
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyGenericAlias.self), let y = b.as(PyGenericAlias.self) else {
        return .notImplemented
      }
      var eq = x.starred == y.starred
      if eq { eq = try Protocols.richCompareBool(ts, x.origin, y.origin, .eq) }
      if eq { eq = try Protocols.richCompareBool(ts, .object(x.args), .object(y.args), .eq) }
      return .bool(op == .eq ? eq : !eq)
    }
    t.slots.hash = { ts, v throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      let h = try Protocols.hash(ts, g.origin) ^ (try Protocols.hash(ts, .object(g.args)))
      return h == -1 ? -2 : h
    }
    t.slots.call = { ts, v, args throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      let r = try Protocols.call(ts, g.origin, args)
      // Record the alias on the instance when it takes attributes (as CPython does).
      do throws(PyError) {
        try Protocols.setAttr(ts, r, PyStr.intern("__orig_class__"), v)
      } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.attributeError)
                       || e.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      }
      return r
    }
    t.slots.getAttribute = { ts, v, name throws(PyError) in
      if !PyGenericAlias.ownAttributes.contains(name.string) {
        return try Protocols.getAttr(ts, v.unsafeAs(PyGenericAlias.self).origin, name)
      }
      return try Protocols.genericGetAttr(ts, v, name)
    }
    t.slots.getItem = { ts, v, item throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      let newArgs = try TypeParameters.substitute(ts, alias: v, args: g.args.items,
                                                  parameters: try g.parameters(ts), item: item)
      return .object(PyGenericAlias(origin: g.origin, argument: .object(PyTuple(newArgs)), starred: g.starred))
    }
    t.slots.iter = { ts, v throws(PyError) in
      // One item: the starred alias (`*tuple[int, str]`).
      let g = v.unsafeAs(PyGenericAlias.self)
      let starred = PyGenericAlias(origin: g.origin, argument: .object(g.args), starred: true)
      return try Protocols.getIter(ts, .object(PyTuple([.object(starred)])))
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try UnionType.make(ts, a, b)
    }
    t.slots.new = { _, cls, a throws(PyError) in
      try ArgParser.noKeywords(a, "GenericAlias")
      if a.count != 2 { throw PyError.typeError("GenericAlias expected 2 arguments, got \(a.count)") }
      let g = PyGenericAlias(origin: a[0], argument: a[1], type: cls)
      if cls !== BuiltinTypes.genericAlias { ObjectSupport.prepareInstance(g, cls) }
      return .object(g)
    }
    t.addProperty("__origin__") { _, v in v.unsafeAs(PyGenericAlias.self).origin }
    t.addProperty("__args__") { _, v in .object(v.unsafeAs(PyGenericAlias.self).args) }
    t.addProperty("__parameters__") { ts, v throws(PyError) in
      .object(try v.unsafeAs(PyGenericAlias.self).parameters(ts))
    }
    t.addProperty("__unpacked__") { _, v in .bool(v.unsafeAs(PyGenericAlias.self).starred) }
    t.addProperty("__typing_unpacked_tuple_args__") { _, v in
      let g = v.unsafeAs(PyGenericAlias.self)
      if g.starred && g.origin.isIdentical(to: Value(BuiltinTypes.tuple)) { return .object(g.args) }
      return .none
    }
    t.addMethod("__mro_entries__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "__mro_entries__", min: 1, max: 1)
      return .object(PyTuple([v.unsafeAs(PyGenericAlias.self).origin]))
    }
    t.addMethod("__instancecheck__") { _, _, _ throws(PyError) in
      throw PyError.typeError("isinstance() argument 2 cannot be a parameterized generic")
    }
    t.addMethod("__subclasscheck__") { _, _, _ throws(PyError) in
      throw PyError.typeError("issubclass() argument 2 cannot be a parameterized generic")
    }
    t.addMethod("__reduce__") { ts, v, _ throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      if g.starred {
        let plain = PyGenericAlias(origin: g.origin, argument: .object(g.args))
        let it = try Protocols.getIter(ts, .object(plain))
        let next = ts.interpreter.builtins.dict.get("next") ?? .none
        return .object(PyTuple([next, .object(PyTuple([it]))]))
      }
      return .object(PyTuple([Value(Protocols.typeOf(v)), .object(PyTuple([g.origin, .object(g.args)]))]))
    }
    t.addMethod("__dir__") { ts, v, _ throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      let dir = ts.interpreter.builtins.dict.get("dir") ?? .none
      var items = try Protocols.toArray(ts, try Protocols.call(ts, dir, [g.origin]))
      for n in ["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                "__copy__", "__deepcopy__"] {
        let s = Value(PyStr(n))
        var present = false
        for x in items where try Protocols.richCompareBool(ts, x, s, .eq) { present = true; break }
        if !present { items.append(s) }
      }
      return .object(PyList(items))
    }
  }
}
