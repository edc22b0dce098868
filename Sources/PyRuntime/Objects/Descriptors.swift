/// The descriptor objects of the object model: computed attributes of builtin types
/// (`getset_descriptor`), `staticmethod`, `classmethod`, `property`, and `__slots__` members.

/// A computed attribute of a builtin type (`function.__name__`, `type.__mro__` …).
public final class PyGetSetDescriptor: PyObject {
  public let name: String
  public unowned(unsafe) let owner: PyType
  public let doc: String?
  let get: (ThreadState, Value) throws(PyError) -> Value
  let set: ((ThreadState, Value, Value?) throws(PyError) -> Void)?

  public init(name: String, owner: PyType, doc: String?,
              get: @escaping (ThreadState, Value) throws(PyError) -> Value,
              set: ((ThreadState, Value, Value?) throws(PyError) -> Void)?) {
    self.name = name
    self.owner = owner
    self.doc = doc
    self.get = get
    self.set = set
    super.init(type: BuiltinTypes.getsetDescriptor)
    Deferral.retain(self)
  }
}

/// `staticmethod(f)`.
public final class PyStaticMethod: PyObject {
  public var function: Value
  public var dict: PyDict?

  public init(function: Value, type: PyType = BuiltinTypes.staticmethod) {
    self.function = function
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(function)
  }
}

/// `classmethod(f)`.
public final class PyClassMethod: PyObject {
  public var function: Value
  public var dict: PyDict?

  public init(function: Value, type: PyType = BuiltinTypes.classmethod) {
    self.function = function
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(function)
  }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
  public var fget: Value = .none
  public var fset: Value = .none
  public var fdel: Value = .none
  public var doc: Value = .none
  /// The attribute name (from `__set_name__`), for error messages.
  public var name: Value = .none

  public override init(type: PyType = BuiltinTypes.property) {
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(fget); visit(fset); visit(fdel); visit(doc)
  }
}

/// A `__slots__` member (`member_descriptor`): reads and writes one slot of the instance.
public final class PyMemberDescriptor: PyObject {
  public let name: String
  public unowned(unsafe) let owner: PyType
  public let index: Int

  public init(name: String, owner: PyType, index: Int) {
    self.name = name
    self.owner = owner
    self.index = index
    super.init(type: BuiltinTypes.memberDescriptor)
  }
}
