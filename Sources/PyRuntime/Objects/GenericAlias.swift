/// `types.GenericAlias`: what `list[int]`, `dict[str, int]`, `tuple[()]` evaluate to (CPython
/// Objects/genericaliasobject.c). It owns the origin class and the argument tuple; calling it
/// calls the origin, and other attributes are looked up on the origin.
///
/// Not done: substitution of type variables (`__parameters__` is always empty — there is no
/// `typing.TypeVar` yet).
public final class PyGenericAlias: PyObject {
  public let origin: Value
  public let args: PyTuple

  public init(origin: Value, argument: Value) {
    self.origin = origin
    if let t = argument.as(PyTuple.self), t.type === BuiltinTypes.tuple {
      self.args = t
    } else {
      self.args = PyTuple([argument])
    }
    super.init(type: BuiltinTypes.genericAlias)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(origin)
    visit(.object(args))
  }

  /// One item of the repr: classes by qualified name, `...` for Ellipsis, else `repr()`
  /// (`ga_repr_item`).
  static func reprItem(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    if case .object(let o) = v, o === BuiltinTypes.core.ellipsis { return "..." }
    if case .deferred(let u) = v, u.takeUnretainedValue() === BuiltinTypes.core.ellipsis { return "..." }
    if v.as(PyGenericAlias.self) == nil, let t = v.as(PyType.self) {
      return TypeSupport.moduleName(t) == "builtins" ? t.qualname : TypeSupport.moduleName(t) + "." + t.qualname
    }
    return try Protocols.reprString(ts, v)
  }

  /// `a | b` where either is an alias: a `types.UnionType` of the flattened, de-duplicated
  /// arguments (`_Py_union_type_or`; aliases are de-duplicated by equality, other arguments by
  /// identity); NotImplemented unless both sides are None, classes, aliases or unions.
  static func union(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    func unionable(_ v: Value) -> Bool {
      v.isNone || v.as(PyType.self) != nil || v.as(PyGenericAlias.self) != nil || v.as(UnionType.self) != nil
    }
    guard unionable(a), unionable(b) else { return .notImplemented }
    var items: [Value] = []
    for v in [a, b] {
      let parts = v.as(UnionType.self)?.args ?? [v.isNone ? Value(BuiltinTypes.noneType) : v]
      for p in parts {
        var duplicate = false
        for q in items {
          if p.as(PyGenericAlias.self) != nil && q.as(PyGenericAlias.self) != nil {
            duplicate = try Protocols.richCompareBool(ts, p, q, .eq)
          } else {
            duplicate = p.isIdentical(to: q)
          }
          if duplicate { break }
        }
        if !duplicate { items.append(p) }
      }
    }
    if items.count == 1 { return items[0] }
    return .object(UnionType(items))
  }

  /// Attributes that belong to the alias itself rather than being forwarded to the origin
  /// (`attr_exceptions`).
  static let ownAttributes: Set<String> = [
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
  ]
}

extension BuiltinTypes {
  public static let genericAlias: PyType = PyType.builtin("types.GenericAlias") { t in
    t.slots.repr = { ts, v throws(PyError) in
      let g = v.unsafeAs(PyGenericAlias.self)
      var s = try PyGenericAlias.reprItem(ts, g.origin) + "["
      if g.args.count == 0 {
        s += "()"
      } else {
        var parts: [String] = []
        for a in g.args.items { parts.append(try PyGenericAlias.reprItem(ts, a)) }
        s += parts.joined(separator: ", ")
      }
      return .object(PyStr(s + "]"))
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyGenericAlias.self), let y = b.as(PyGenericAlias.self) else {
        return .notImplemented
      }
      var eq = try Protocols.richCompareBool(ts, x.origin, y.origin, .eq)
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
      let g = v.unsafeAs(PyGenericAlias.self)
      let n = name.string
      if !PyGenericAlias.ownAttributes.contains(n) && !(n.hasPrefix("__") && n.hasSuffix("__") && BuiltinTypes.genericAlias.lookup(name) != nil) {
        return try Protocols.getAttr(ts, g.origin, name)
      }
      return try Protocols.genericGetAttr(ts, v, name)
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try PyGenericAlias.union(ts, a, b)
    }
    t.slots.new = { _, _, a throws(PyError) in
      try ArgParser.noKeywords(a, "GenericAlias")
      try ArgParser.positional(a, "GenericAlias", min: 2, max: 2)
      return .object(PyGenericAlias(origin: a[0], argument: a[1]))
    }
    t.addProperty("__origin__") { _, v in v.unsafeAs(PyGenericAlias.self).origin }
    t.addProperty("__args__") { _, v in .object(v.unsafeAs(PyGenericAlias.self).args) }
    t.addProperty("__parameters__") { _, _ in .object(PyTuple.empty) }
    t.addProperty("__unpacked__") { _, _ in .bool(false) }
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
    t.addMethod("__reduce__") { _, v, _ in
      let g = v.unsafeAs(PyGenericAlias.self)
      return .object(PyTuple([Value(BuiltinTypes.genericAlias), .object(PyTuple([g.origin, .object(g.args)]))]))
    }
  }
}
