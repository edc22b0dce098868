/// The module type: attribute access through the module dict (with module `__getattr__`),
/// and its repr.
extension BuiltinTypes {
  static func installModule() {
    let m = module
    m.slots.getAttribute = { ts, v, n throws(PyError) in
      let mod = v.unsafeAs(PyModule.self)
      // Data descriptors of the module's class (a subclass may define its own) come first.
      let t = Protocols.typeOf(v)
      if let descr = t.lookup(n), let g = Protocols.typeOf(descr).slots.descrGet, Protocols.typeOf(descr).slots.descrSet != nil {
        return try g(ts, descr, v, Value(t))
      }
      if let found = mod.dict.get(n) { return found }
      if let descr = Protocols.typeOf(v).lookup(n) {
        return try Protocols.bindDescriptor(ts, descr, instance: v, owner: Value(Protocols.typeOf(v)))
      }
      if let getattr = mod.dict.get("__getattr__") {
        return try Protocols.call(ts, getattr, [.object(n)])
      }
      let e = PyBaseException(type: BuiltinTypes.exceptions.attributeError,
                              message: "module '\(mod.name)' has no attribute '\(n.string)'")
      e.attributes.set("__field_name", .object(n))
      e.attributes.set("__field_obj", v)
      throw PyError(e)
    }
    m.slots.repr = { ts, v throws(PyError) in
      let mod = v.unsafeAs(PyModule.self)
      if let file = mod.dict.get("__file__")?.as(PyStr.self) {
        return .object(PyStr("<module '\(mod.name)' from '\(file.string)'>"))
      }
      // As importlib's _module_repr: a loader shows in parentheses; `ModuleType(name)` (loader
      // None) shows the bare name; native modules (no `__loader__` entry) are built-in.
      guard let loader = mod.dict.get("__loader__") else {
        return .object(PyStr("<module '\(mod.name)' (built-in)>"))
      }
      if loader.isNone { return .object(PyStr("<module '\(mod.name)'>")) }
      return .object(PyStr("<module '\(mod.name)' (\(try Protocols.reprString(ts, loader)))>"))
    }
    m.slots.new = { _, cls, _ in .object(PyModule(name: "?", type: cls)) }
    m.slots.initialize = { ts, v, args throws(PyError) in
      let p = try ArgParser.parse(args, fname: "module", names: ["name", "doc"], required: 1)
      let mod = v.unsafeAs(PyModule.self)
      mod.dict.set("__name__", p[0]!)
      mod.dict.set("__doc__", p[1] ?? .none)
      mod.dict.set("__package__", .none)
      mod.dict.set("__loader__", .none)
      mod.dict.set("__spec__", .none)
    }
    m.addReadOnlyMember("__dict__") { _, v in .object(v.unsafeAs(PyModule.self).dict) }
    // module_dir: the module's `__dir__` function when it has one (PEP 562), else the
    // names in `self.__dict__`.
    m.addMethod("__dir__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "__dir__", min: 0, max: 0)
      let dict = try Protocols.getAttr(ts, v, PyStr.intern("__dict__"))
      guard let d = dict.as(PyDict.self) else {
        throw PyError.typeError("<module>.__dict__ is not a dictionary")
      }
      if let dirFunction = d.get("__dir__") { return try Protocols.call(ts, dirFunction, []) }
      return .object(PyList(d.keys))
    }
  }
}
