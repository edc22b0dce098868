/// `method-wrapper`: a slot wrapper (`wrapper_descriptor`, e.g. `int.__add__`) bound to an
/// object — what `(1).__add__` is (CPython's `wrapperobject` in Objects/descrobject.c).
public final class PyMethodWrapper: PyObject {
  public unowned(unsafe) let descriptor: PyMethodDescriptor
  public let selfValue: Value

  public init(descriptor: PyMethodDescriptor, selfValue: Value) {
    self.descriptor = descriptor
    self.selfValue = selfValue
    super.init(type: BuiltinTypes.methodWrapper)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(selfValue)
  }

  /// Creates the type (forces the lazy static).
  static func installType() { _ = BuiltinTypes.methodWrapper }

  static func setUp(_ t: PyType) {
    func w(_ v: Value) -> PyMethodWrapper { v.unsafeAs(PyMethodWrapper.self) }
    t.slots.call = { ts, v, args throws(PyError) in
      let mw = w(v)
      return try mw.descriptor.body(ts, mw.selfValue, args)
    }
    t.slots.repr = { _, v in
      let mw = w(v)
      return .object(PyStr("<method-wrapper '\(mw.descriptor.name)' of \(Protocols.typeName(mw.selfValue)) object at \(Protocols.hexAddress(mw.selfValue))>"))
    }
    t.slots.richCompare = { _, a, b, op in
      guard op == .eq || op == .ne, let x = a.as(PyMethodWrapper.self), let y = b.as(PyMethodWrapper.self) else {
        return .notImplemented
      }
      let same = x.descriptor === y.descriptor && x.selfValue.isIdentical(to: y.selfValue)
      return .bool(op == .eq ? same : !same)
    }
    t.slots.hash = { _, v in
      let mw = w(v)
      let x = (Protocols.identity(mw.selfValue) >> 4) ^ (Protocols.identity(Value(mw.descriptor)) >> 4)
      return x == -1 ? -2 : x
    }
    t.addProperty("__self__") { _, v in w(v).selfValue }
    t.addProperty("__name__") { _, v in .object(PyStr.intern(w(v).descriptor.name)) }
    t.addProperty("__qualname__") { _, v in
      let d = w(v).descriptor
      return .object(PyStr(d.owner.qualname + "." + d.name))
    }
    t.addProperty("__objclass__") { _, v in Value(w(v).descriptor.owner) }
    t.addProperty("__doc__") { _, v in w(v).descriptor.doc.map { .object(PyStr($0)) } ?? .none }
  }
}

extension BuiltinTypes {
  public static let methodWrapper: PyType = PyType.builtin("method-wrapper") { t in PyMethodWrapper.setUp(t) }
}
