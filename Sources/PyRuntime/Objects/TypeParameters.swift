/// Type-variable bookkeeping shared by `types.GenericAlias` and `types.UnionType` (CPython
/// 3.11's `_Py_make_parameters` / `_Py_subs_parameters` in Objects/genericaliasobject.c):
/// which arguments of an alias are parameters (objects with `__typing_subst__`, such as
/// `typing.TypeVar`), the repr of one argument, and substitution `alias[args]`.
enum TypeParameters {
  static let typingSubst = PyStr.intern("__typing_subst__")
  static let typingPrepareSubst = PyStr.intern("__typing_prepare_subst__")
  static let typingUnpackedTupleArgs = PyStr.intern("__typing_unpacked_tuple_args__")
  static let typingIsUnpackedTypeVarTuple = PyStr.intern("__typing_is_unpacked_typevartuple__")
  static let parametersName = PyStr.intern("__parameters__")
  static let originName = PyStr.intern("__origin__")
  static let argsName = PyStr.intern("__args__")
  static let qualnameName = PyStr.intern("__qualname__")
  static let moduleName = PyStr.intern("__module__")

  /// `__parameters__` of an alias with arguments `args`: every argument that has
  /// `__typing_subst__`, and the `__parameters__` of the others, first occurrence kept.
  /// Classes contribute nothing.
  static func make(_ ts: ThreadState, _ args: [Value]) throws(PyError) -> PyTuple {
    var params: [Value] = []
    func add(_ v: Value) {
      if !params.contains(where: { $0.isIdentical(to: v) }) { params.append(v) }
    }
    for a in args {
      if a.as(PyType.self) != nil { continue }
      if try Protocols.getAttrOptional(ts, a, typingSubst) != nil {
        add(a)
        continue
      }
      if let sub = try Protocols.getAttrOptional(ts, a, parametersName), let t = sub.as(PyTuple.self) {
        for p in t.items { add(p) }
      }
    }
    return params.isEmpty ? PyTuple.empty : PyTuple(params)
  }

  /// The repr of one argument (`ga_repr_item`): `...` for Ellipsis, `repr()` for aliases
  /// (anything with `__origin__` and `__args__`), `module.qualname` for classes and functions
  /// (just `qualname` for builtins), `repr()` otherwise.
  static func reprItem(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    if v.isIdentical(to: Value(BuiltinTypes.core.ellipsis)) { return "..." }
    if try Protocols.getAttrOptional(ts, v, originName) != nil,
       try Protocols.getAttrOptional(ts, v, argsName) != nil {
      return try Protocols.reprString(ts, v)
    }
    guard let qualname = try Protocols.getAttrOptional(ts, v, qualnameName) else {
      return try Protocols.reprString(ts, v)
    }
    guard let module = try Protocols.getAttrOptional(ts, v, moduleName), !module.isNone else {
      return try Protocols.reprString(ts, v)
    }
    if let m = module.as(PyStr.self), m.string == "builtins" {
      return try Protocols.str(ts, qualname).string
    }
    return try Protocols.str(ts, module).string + "." + Protocols.str(ts, qualname).string
  }

  /// The arguments of an unpacked tuple alias (`*tuple[int, str]` → `(int, str)`), or nil.
  static func unpackedTupleArgs(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value? {
    if let g = v.as(PyGenericAlias.self), g.type === BuiltinTypes.genericAlias {
      if g.starred && g.origin.isIdentical(to: Value(BuiltinTypes.tuple)) { return .object(g.args) }
      return nil
    }
    guard let r = try Protocols.getAttrOptional(ts, v, typingUnpackedTupleArgs), !r.isNone else { return nil }
    return r
  }

  /// The subscript items with unpacked fixed-length tuples spread out (`_unpack_args`).
  static func unpackArguments(_ ts: ThreadState, _ item: Value) throws(PyError) -> [Value] {
    let items: [Value]
    if let t = item.as(PyTuple.self) { items = t.items } else { items = [item] }
    var out: [Value] = []
    out.reserveCapacity(items.count)
    for x in items {
      if x.as(PyType.self) == nil, let sub = try unpackedTupleArgs(ts, x), let t = sub.as(PyTuple.self),
         !(t.count > 0 && t.items[t.count - 1].isIdentical(to: Value(BuiltinTypes.core.ellipsis))) {
        out.append(contentsOf: t.items)
        continue
      }
      out.append(x)
    }
    return out
  }

  /// True for `*Ts` (an unpacked `typing.TypeVarTuple`).
  static func isUnpackedTypeVarTuple(_ ts: ThreadState, _ v: Value) throws(PyError) -> Bool {
    if v.as(PyType.self) != nil { return false }
    guard let r = try Protocols.getAttrOptional(ts, v, typingIsUnpackedTypeVarTuple) else { return false }
    return try Protocols.isTrue(ts, r)
  }

  /// The new arguments of `alias[item]` (`_Py_subs_parameters`): each parameter may first
  /// rewrite the subscript (`__typing_prepare_subst__`); then every argument that is a
  /// parameter is replaced through its `__typing_subst__`, and every other argument with
  /// parameters of its own is subscripted with the matching items.
  static func substitute(_ ts: ThreadState, alias: Value, args: [Value], parameters: PyTuple,
                         item: Value) throws(PyError) -> [Value] {
    let params = parameters.items
    if params.isEmpty {
      throw PyError.typeError("\(try Protocols.reprString(ts, alias)) is not a generic class")
    }
    var itemValue = Value(PyTuple(try unpackArguments(ts, item)))
    for p in params {
      if let prepare = try Protocols.getAttrOptional(ts, p, typingPrepareSubst), !prepare.isNone {
        let argTuple = itemValue.as(PyTuple.self) != nil ? itemValue : Value(PyTuple([itemValue]))
        itemValue = try Protocols.call(ts, prepare, [alias, argTuple])
      }
    }
    let items: [Value] = itemValue.as(PyTuple.self)?.items ?? [itemValue]
    if items.count != params.count {
      throw PyError.typeError("Too \(items.count > params.count ? "many" : "few") arguments for \(try Protocols.reprString(ts, alias)); actual \(items.count), expected \(params.count)")
    }
    var out: [Value] = []
    out.reserveCapacity(args.count)
    for a in args {
      if a.as(PyType.self) != nil {
        out.append(a)
        continue
      }
      let unpack = try isUnpackedTypeVarTuple(ts, a)
      let replaced: Value
      if let subst = try Protocols.getAttrOptional(ts, a, typingSubst) {
        let i = params.firstIndex(where: { $0.isIdentical(to: a) })!
        replaced = try Protocols.call(ts, subst, [items[i]])
      } else {
        replaced = try substituteInside(ts, a, params, items)
      }
      if unpack, let t = replaced.as(PyTuple.self) {
        out.append(contentsOf: t.items)
      } else {
        out.append(replaced)
      }
    }
    return out
  }

  /// `subs_tvars`: an argument with `__parameters__` of its own, subscripted with the items
  /// its parameters map to (a TypeVarTuple's tuple of items is spread out).
  static func substituteInside(_ ts: ThreadState, _ obj: Value, _ params: [Value], _ items: [Value]) throws(PyError) -> Value {
    guard let sub = try Protocols.getAttrOptional(ts, obj, parametersName), let subParams = sub.as(PyTuple.self),
          subParams.count > 0 else { return obj }
    var subArgs: [Value] = []
    for p in subParams.items {
      if let i = params.firstIndex(where: { $0.isIdentical(to: p) }) {
        let arg = items[i]
        if Protocols.typeOf(params[i]).slots.iter != nil, let t = arg.as(PyTuple.self) {
          subArgs.append(contentsOf: t.items)
          continue
        }
        subArgs.append(arg)
      } else {
        subArgs.append(p)
      }
    }
    return try Protocols.getItem(ts, obj, .object(PyTuple(subArgs)))
  }
}
