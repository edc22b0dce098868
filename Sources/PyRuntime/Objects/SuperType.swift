/// `super()`: attribute lookup that starts after a given class in an object's MRO.
public final class PySuper: PyObject {
  var thisType: PyType?
  var obj: Value = .none
  var objType: PyType?

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(obj)
  }
}

extension BuiltinTypes {
  public static let superType: PyType = PyType.builtin("super", flags: [.baseType]) { t in
    t.slots.new = { _, cls, _ in .object(PySuper(type: cls)) }
    t.slots.initialize = { ts, v, args throws(PyError) in
      let s = v.unsafeAs(PySuper.self)
      if args.count > args.positionalCount { throw PyError.typeError("super() takes no keyword arguments") }
      if args.count > 2 { throw PyError.typeError("super() expected at most 2 arguments, got \(args.count)") }
      var thisType: Value
      var obj: Value = .none
      if args.count == 0 {
        (thisType, obj) = try SuperSupport.implicitArguments(ts)
      } else {
        thisType = args[0]
        if args.count == 2 { obj = args[1] }
      }
      guard let tt = thisType.as(PyType.self) else {
        throw PyError.typeError("super() argument 1 must be a type, not \(Protocols.typeName(thisType))")
      }
      s.thisType = tt
      if !obj.isNone {
        s.objType = try SuperSupport.check(ts, tt, obj)
      }
      s.obj = obj
    }
    t.slots.getAttribute = { ts, v, n throws(PyError) in try SuperSupport.getAttribute(ts, v.unsafeAs(PySuper.self), n) }
    t.slots.descrGet = { ts, v, inst, _ throws(PyError) in
      let s = v.unsafeAs(PySuper.self)
      guard let inst, s.obj.isNone, let tt = s.thisType else { return v }
      let n = PySuper(type: s.type)
      n.thisType = tt
      n.obj = inst
      n.objType = try SuperSupport.check(ts, tt, inst)
      return .object(n)
    }
    t.slots.repr = { _, v in
      let s = v.unsafeAs(PySuper.self)
      let tn = s.thisType?.name ?? "NULL"
      if let ot = s.objType {
        return .object(PyStr("<super: <class '\(tn)'>, <\(ot.name) object>>"))
      }
      return .object(PyStr("<super: <class '\(tn)'>, NULL>"))
    }
    t.addProperty("__thisclass__") { _, v in v.unsafeAs(PySuper.self).thisType.map { Value($0) } ?? .none }
    t.addProperty("__self__") { _, v in v.unsafeAs(PySuper.self).obj }
    t.addProperty("__self_class__") { _, v in v.unsafeAs(PySuper.self).objType.map { Value($0) } ?? .none }
  }
}

enum SuperSupport {
  /// `super()` without arguments: `__class__` and the first argument of the calling frame.
  static func implicitArguments(_ ts: ThreadState) throws(PyError) -> (Value, Value) {
    guard let frame = ts.currentFrame else { throw PyError.runtimeError("super(): no current frame") }
    let code = frame.pointee.code
    if code.argCount == 0 {
      throw PyError.runtimeError("super(): no arguments")
    }
    var first = frame.pointee.registers[0]
    // A first argument captured by a closure lives in a cell.
    if let ci = code.cellvars.firstIndex(where: { $0.equals(code.varnames[0]) }) {
      let cellValue = frame.pointee.registers[code.varnames.count + ci]
      if let c = cellValue.as(PyCell.self) { first = c.value }
    }
    if first.isUnbound { throw PyError.runtimeError("super(): arg[0] deleted") }
    guard let fi = code.freevars.firstIndex(where: { $0.string == "__class__" }) else {
      throw PyError.runtimeError("super(): __class__ cell not found")
    }
    let cellValue = frame.pointee.registers[code.varnames.count + code.cellvars.count + fi]
    guard let cell = cellValue.as(PyCell.self) else { throw PyError.runtimeError("super(): bad __class__ cell") }
    if cell.value.isUnbound { throw PyError.runtimeError("super(): empty __class__ cell") }
    guard cell.value.as(PyType.self) != nil else {
      throw PyError.runtimeError("super(): __class__ is not a type (\(Protocols.typeName(cell.value)))")
    }
    return (cell.value, first)
  }

  /// The type whose MRO to search (`supercheck`).
  static func check(_ ts: ThreadState, _ tt: PyType, _ obj: Value) throws(PyError) -> PyType {
    if let ot = obj.as(PyType.self), ot.isSubtype(of: tt) { return ot }
    let t = Protocols.typeOf(obj)
    if t.isSubtype(of: tt) { return t }
    if let c = try Protocols.getAttrOptional(ts, obj, PyStr.intern("__class__"))?.as(PyType.self), c.isSubtype(of: tt) {
      return c
    }
    throw PyError.typeError("super(type, obj): obj must be an instance or subtype of type")
  }

  static func getAttribute(_ ts: ThreadState, _ s: PySuper, _ name: PyStr) throws(PyError) -> Value {
    if let ot = s.objType, let tt = s.thisType, name.string != "__class__" {
      let mro = ot.mro
      if let i = mro.firstIndex(where: { $0 === tt }) {
        var j = i + 1
        while j < mro.count {
          if let v = mro[j].dict.get(name) {
            if let g = Protocols.typeOf(v).slots.descrGet {
              let inst: Value? = s.obj.isIdentical(to: Value(ot)) ? nil : s.obj
              return try g(ts, v, inst, Value(ot))
            }
            return v
          }
          j += 1
        }
      }
    }
    return try Protocols.genericGetAttr(ts, .object(s), name)
  }
}
