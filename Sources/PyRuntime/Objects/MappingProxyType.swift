/// `types.MappingProxyType` (`mappingproxy`): a read-only view of a mapping, as CPython's
/// Objects/descrobject.c. Class `__dict__`s are proxies of a `PyDict` (fast paths); Python code
/// may wrap any mapping (`mappingproxy(obj)`), whose methods are then called.
public final class MappingProxy: PyObject {
  /// The wrapped mapping.
  public let target: Value
  /// The wrapped mapping when it is an exact or subclassed `dict` (fast paths).
  public let mapping: PyDict?

  public init(_ mapping: PyDict) {
    self.target = .object(mapping)
    self.mapping = mapping
    super.init(type: BuiltinTypes.mappingProxy)
  }

  /// A proxy of any mapping (checked by the caller).
  public init(wrapping target: Value) {
    self.target = target
    self.mapping = target.as(PyDict.self)
    super.init(type: BuiltinTypes.mappingProxy)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(target)
  }
}

extension BuiltinTypes {
  public static let mappingProxy: PyType = PyType.builtin("mappingproxy") { t in
    func proxy(_ v: Value) -> MappingProxy { v.unsafeAs(MappingProxy.self) }
    /// Calls `name` on the wrapped mapping (`mappingproxy_keys` …).
    func forward(_ ts: ThreadState, _ v: Value, _ name: String, _ args: [Value]) throws(PyError) -> Value {
      let m = try Protocols.getAttr(ts, proxy(v).target, PyStr.intern(name))
      return try Protocols.call(ts, m, args)
    }
    t.slots.new = { ts, _, a throws(PyError) in
      let p = try ClinicSignature("mappingproxy", ["mapping"], minPos: 1).bind(a)
      let target = p[0]!
      let tt = Protocols.typeOf(target)
      if tt.slots.getItem == nil || tt.isSubtype(of: BuiltinTypes.list) || tt.isSubtype(of: BuiltinTypes.tuple) {
        throw PyError.typeError("mappingproxy() argument must be a mapping, not \(tt.name)")
      }
      return .object(MappingProxy(wrapping: target))
    }
    t.slots.getItem = { ts, v, k throws(PyError) in
      if let d = proxy(v).mapping, d.type === BuiltinTypes.dict {
        if let r = try d.getItem(ts, k) { return r }
        throw PyError.keyError(k)
      }
      return try Protocols.getItem(ts, proxy(v).target, k)
    }
    t.slots.length = { ts, v throws(PyError) in
      if let d = proxy(v).mapping { return d.count }
      return try Protocols.length(ts, proxy(v).target)
    }
    t.slots.contains = { ts, v, k throws(PyError) in
      if let d = proxy(v).mapping { return try d.getItem(ts, k) != nil }
      return try Protocols.contains(ts, proxy(v).target, k)
    }
    t.slots.iter = { ts, v throws(PyError) in try Protocols.getIter(ts, proxy(v).target) }
    t.slots.repr = { ts, v throws(PyError) in
      .object(PyStr("mappingproxy(" + (try Protocols.repr(ts, proxy(v).target)).string + ")"))
    }
    t.slots.str = { ts, v throws(PyError) in .object(try Protocols.str(ts, proxy(v).target)) }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      try Protocols.richCompare(ts, proxy(a).target, b, op)
    }
    t.slots.hashIsNone = true
    t.setBinary(.or) { ts, a, b throws(PyError) in
      let l = a.as(MappingProxy.self)?.target ?? a
      let r = b.as(MappingProxy.self)?.target ?? b
      return try Protocols.binaryOp(ts, l, r, .or)
    }
    t.setInplace(.or) { _, _, _ throws(PyError) in
      throw PyError.typeError("'|=' is not supported by mappingproxy; use '|' instead")
    }
    t.addMethod("keys") { ts, v, _ throws(PyError) in try forward(ts, v, "keys", []) }
    t.addMethod("values") { ts, v, _ throws(PyError) in try forward(ts, v, "values", []) }
    t.addMethod("items") { ts, v, _ throws(PyError) in try forward(ts, v, "items", []) }
    t.addMethod("copy") { ts, v, _ throws(PyError) in
      if let d = proxy(v).mapping, d.type === BuiltinTypes.dict { return .object(d.copy()) }
      return try forward(ts, v, "copy", [])
    }
    t.addMethod("get") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "mappingproxy.get")
      if a.count < 1 { throw PyError.typeError("get expected at least 1 argument, got 0") }
      if a.count > 2 { throw PyError.typeError("get expected at most 2 arguments, got \(a.count)") }
      let dflt: Value = a.count > 1 ? a[1] : .none
      if let d = proxy(v).mapping, d.type === BuiltinTypes.dict { return try d.getItem(ts, a[0]) ?? dflt }
      return try forward(ts, v, "get", [a[0], dflt])
    }
    t.addMethod("__reversed__") { ts, v, _ throws(PyError) in
      try forward(ts, v, "__reversed__", [])
    }
    t.addClassMethod("__class_getitem__") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "mappingproxy.__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }
}
