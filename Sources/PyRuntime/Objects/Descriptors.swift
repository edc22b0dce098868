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
    if let dict { visit(.object(dict)) }
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
    if let dict { visit(.object(dict)) }
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
  /// `__doc__` was taken from the getter (a copy with a new getter takes the new one's).
  public var getterDoc = false

  public override init(type: PyType = BuiltinTypes.property) {
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(fget); visit(fset); visit(fdel); visit(doc); visit(name)
  }
}

/// A member of an instance layout (`member_descriptor`): one `__slots__` value of an instance,
/// or a read-only field of a builtin type (`type.__mro__`, …) read by `reader`.
public final class PyMemberDescriptor: PyObject {
  public let name: String
  public unowned(unsafe) let owner: PyType
  public let index: Int
  public let doc: String?
  /// For read-only members of builtin types: computes the value.
  let reader: ((ThreadState, Value) throws(PyError) -> Value)?

  public init(name: String, owner: PyType, index: Int, doc: String? = nil) {
    self.name = name
    self.owner = owner
    self.index = index
    self.doc = doc
    self.reader = nil
    super.init(type: BuiltinTypes.memberDescriptor)
  }

  public init(name: String, owner: PyType, doc: String? = nil, reader: @escaping (ThreadState, Value) throws(PyError) -> Value) {
    self.name = name
    self.owner = owner
    self.index = -1
    self.doc = doc
    self.reader = reader
    super.init(type: BuiltinTypes.memberDescriptor)
    Deferral.retain(self)
  }
}

extension PyType {
  /// Adds a read-only member (`member_descriptor`, "readonly attribute" on assignment).
  public func addReadOnlyMember(_ name: String, doc: String? = nil,
                                _ reader: @escaping (ThreadState, Value) throws(PyError) -> Value) {
    dict.set(name, Value(PyMemberDescriptor(name: name, owner: self, doc: doc, reader: reader)))
  }
}
