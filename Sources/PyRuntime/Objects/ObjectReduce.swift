/// `object.__reduce__` / `object.__reduce_ex__(protocol)`: the default pickling protocol that
/// `copy` and `pickle` use, as CPython's Objects/typeobject.c (`object___reduce_ex___impl`,
/// `_common_reduce`, `reduce_newobj`, `_PyObject_GetNewArguments`, `object_getstate`).
/// Protocols below 2 go through `copyreg._reduce_ex` (Python, Sources/Lib/copyreg.py).
enum ObjectReduce {
  /// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` wins, else the common reduce.
  static func reduceEx(_ ts: ThreadState, _ v: Value, _ a: Args) throws(PyError) -> Value {
    let p = try ClinicSignature("__reduce_ex__", ["protocol"], posOnly: 1, minPos: 1).bind(a)
    let proto = try Protocols.indexAsInt(ts, p[0]!)
    let name = PyStr.intern("__reduce__")
    if let reduce = try Protocols.getAttrOptional(ts, v, name) {
      let cls = Value(Protocols.typeOf(v))
      let clsReduce = try Protocols.getAttr(ts, cls, name)
      let objReduce = BuiltinTypes.object.dict.get(name)!
      if !clsReduce.isIdentical(to: objReduce) {
        return try Protocols.call(ts, reduce, [])
      }
    }
    return try commonReduce(ts, v, proto)
  }

  /// `object.__reduce__()`.
  static func reduce(_ ts: ThreadState, _ v: Value, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "__reduce__", min: 0, max: 0)
    return try commonReduce(ts, v, 0)
  }

  static func commonReduce(_ ts: ThreadState, _ v: Value, _ proto: Int) throws(PyError) -> Value {
    let copyreg = try ImportSystem.importAbsolute(ts, "copyreg")
    if proto >= 2 { return try reduceNewObj(ts, v, copyreg) }
    let f = try Protocols.getAttr(ts, copyreg, PyStr.intern("_reduce_ex"))
    return try Protocols.call(ts, f, [v, .int(proto)])
  }

  static func cannotPickle(_ v: Value) -> PyError {
    PyError.typeError("cannot pickle '\(Protocols.typeName(v))' object")
  }

  /// `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)` or the `__newobj_ex__` form.
  static func reduceNewObj(_ ts: ThreadState, _ v: Value, _ copyreg: Value) throws(PyError) -> Value {
    let t = Protocols.typeOf(v)
    if t.slots.new == nil && t.lookup(PyStr.intern("__new__")) == nil { throw cannotPickle(v) }
    let (args, kwargs) = try newArguments(ts, v)
    let cls = Value(t)
    let newobj: Value
    let newargs: PyTuple
    if let kwargs, kwargs.count > 0, let args {
      newobj = try Protocols.getAttr(ts, copyreg, PyStr.intern("__newobj_ex__"))
      newargs = PyTuple([cls, .object(args), .object(kwargs)])
    } else {
      newobj = try Protocols.getAttr(ts, copyreg, PyStr.intern("__newobj__"))
      newargs = PyTuple([cls] + (args?.items ?? []))
    }
    let isList = t.isSubtype(of: BuiltinTypes.list)
    let isDict = t.isSubtype(of: BuiltinTypes.dict)
    let state = try getState(ts, v, required: !(args != nil || isList || isDict))
    let listItems: Value = isList ? try Protocols.getIter(ts, v) : .none
    var dictItems: Value = .none
    if isDict {
      let items = try Protocols.call(ts, try Protocols.getAttr(ts, v, PyStr.intern("items")), [])
      dictItems = try Protocols.getIter(ts, items)
    }
    return .object(PyTuple([newobj, .object(newargs), state, listItems, dictItems]))
  }

  /// `__getnewargs_ex__()` / `__getnewargs__()` with their result checks; nil when neither exists.
  static func newArguments(_ ts: ThreadState, _ v: Value) throws(PyError) -> (PyTuple?, PyDict?) {
    if let f = try Protocols.lookupSpecial(ts, v, PyStr.intern("__getnewargs_ex__")) {
      let r = try Protocols.call(ts, f, [])
      guard let t = r.as(PyTuple.self) else {
        throw PyError.typeError("__getnewargs_ex__ should return a tuple, not '\(Protocols.typeName(r))'")
      }
      guard t.count == 2 else {
        throw PyError.valueError("__getnewargs_ex__ should return a tuple of length 2, not \(t.count)")
      }
      guard let args = t.items[0].as(PyTuple.self) else {
        throw PyError.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(Protocols.typeName(t.items[0]))'")
      }
      guard let kwargs = t.items[1].as(PyDict.self) else {
        throw PyError.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(Protocols.typeName(t.items[1]))'")
      }
      return (args, kwargs)
    }
    if let f = try Protocols.lookupSpecial(ts, v, PyStr.intern("__getnewargs__")) {
      let r = try Protocols.call(ts, f, [])
      guard let args = r.as(PyTuple.self) else {
        throw PyError.typeError("__getnewargs__ should return a tuple, not '\(Protocols.typeName(r))'")
      }
      return (args, nil)
    }
    return (nil, nil)
  }

  /// `object_getstate`: an overriding `__getstate__` is called; the default refuses objects
  /// whose builtin layout holds data it cannot see when the state is `required`.
  static func getState(_ ts: ThreadState, _ v: Value, required: Bool) throws(PyError) -> Value {
    let name = PyStr.intern("__getstate__")
    let getstate = try Protocols.getAttr(ts, v, name)
    let clsGetstate = Protocols.typeOf(v).lookup(name)
    if let c = clsGetstate, let mine = BuiltinTypes.object.dict.get(name), c.isIdentical(to: mine) {
      if required {
        var staticBase = Protocols.typeOf(v)
        while staticBase.typeFlags.contains(.heapType), let b = staticBase.base { staticBase = b }
        if staticBase !== BuiltinTypes.object { throw cannotPickle(v) }
      }
      return try ObjectSupport.getState(ts, v)
    }
    return try Protocols.call(ts, getstate, [])
  }
}
