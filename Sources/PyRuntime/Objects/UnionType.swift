/// `types.UnionType` (`int | str`, PEP 604; CPython Objects/unionobject.c): the flattened,
/// de-duplicated arguments of `|` between classes, aliases and None. Equality and hash ignore
/// the order of the arguments; subscripting substitutes type parameters (`(list[T] | None)[int]`).
public final class UnionType: PyObject {
  public let args: [Value]
  var parametersCache: PyTuple?

  init(_ args: [Value]) {
    self.args = args
    super.init(type: BuiltinTypes.unionType)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for a in args { visit(a) }
    if let parametersCache { visit(.object(parametersCache)) }
  }

  /// Operands `|` accepts: None, classes, generic aliases and unions (`is_unionable`).
  static func isUnionable(_ v: Value) -> Bool {
    v.isNone || v.as(PyType.self) != nil || v.as(PyGenericAlias.self) != nil || v.as(UnionType.self) != nil
  }

  /// `a | b` (`_Py_union_type_or`): NotImplemented unless both sides are unionable.
  static func make(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard isUnionable(a), isUnionable(b) else { return .notImplemented }
    return try make(ts, [a, b])
  }

  /// A union of `values` flattened (unions spread, None as NoneType) and de-duplicated
  /// (by identity, and by equality between aliases); a single survivor is returned as is.
  static func make(_ ts: ThreadState, _ values: [Value]) throws(PyError) -> Value {
    var items: [Value] = []
    for v in values {
      let parts = v.as(UnionType.self)?.args ?? [v.isNone ? Value(BuiltinTypes.noneType) : v]
      for p in parts {
        var duplicate = false
        for q in items {
          if p.isIdentical(to: q) {
            duplicate = true
          } else if p.as(PyGenericAlias.self) != nil && q.as(PyGenericAlias.self) != nil {
            duplicate = try Protocols.richCompareBool(ts, p, q, .eq)
          }
          if duplicate { break }
        }
        if !duplicate { items.append(p) }
      }
    }
    if items.count == 1 { return items[0] }
    return .object(UnionType(items))
  }

  func parameters(_ ts: ThreadState) throws(PyError) -> PyTuple {
    if let p = parametersCache { return p }
    let p = try TypeParameters.make(ts, args)
    parametersCache = p
    return p
  }

  /// One argument of the repr: None for NoneType, else as a generic alias shows it.
  static func reprItem(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    if v.isIdentical(to: Value(BuiltinTypes.noneType)) { return "None" }
    if v.isIdentical(to: Value(BuiltinTypes.core.ellipsis)) { return try Protocols.reprString(ts, v) }
    return try TypeParameters.reprItem(ts, v)
  }
}

extension BuiltinTypes {
  public static let unionType: PyType = PyType.builtin("types.UnionType") { t in
    t.qualname = String(t.shortName)
    t.dict.set("__doc__", .object(PyStr("Represent a PEP 604 union type\n\nE.g. for int | str")))
    t.slots.repr = { ts, v throws(PyError) in
      var parts: [String] = []
      for a in v.unsafeAs(UnionType.self).args { parts.append(try UnionType.reprItem(ts, a)) }
      return .object(PyStr(parts.joined(separator: " | ")))
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try UnionType.make(ts, a, b)
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(UnionType.self), let y = b.as(UnionType.self) else {
        return .notImplemented
      }
      let eq = try Protocols.richCompareBool(ts, .object(PySet.make(ts, x.args, frozen: true)),
                                             .object(PySet.make(ts, y.args, frozen: true)), .eq)
      return .bool(op == .eq ? eq : !eq)
    }
    t.slots.hash = { ts, v throws(PyError) in
      try Protocols.hash(ts, .object(PySet.make(ts, v.unsafeAs(UnionType.self).args, frozen: true)))
    }
    t.slots.getAttribute = { ts, v, name throws(PyError) in
      if name.string == "__module__" { return try Protocols.getAttr(ts, Value(BuiltinTypes.unionType), name) }
      return try Protocols.genericGetAttr(ts, v, name)
    }
    t.slots.getItem = { ts, v, item throws(PyError) in
      let u = v.unsafeAs(UnionType.self)
      let newArgs = try TypeParameters.substitute(ts, alias: v, args: u.args,
                                                  parameters: try u.parameters(ts), item: item)
      if newArgs.isEmpty { return try UnionType.make(ts, newArgs) }
      var r = newArgs[0]
      for a in newArgs.dropFirst() { r = try Protocols.binaryOp(ts, r, a, .or) }
      return r
    }
    t.addProperty("__args__") { _, v in .object(PyTuple(v.unsafeAs(UnionType.self).args)) }
    t.addProperty("__parameters__") { ts, v throws(PyError) in
      .object(try v.unsafeAs(UnionType.self).parameters(ts))
    }
  }
}
