/// A module: a namespace dict with a name. Modules are deferred objects (see `Value`).
public final class PyModule: PyObject {
  public let dict: PyDict

  public init(name: String, dict: PyDict? = nil, type: PyType = BuiltinTypes.module) {
    self.dict = dict ?? PyDict()
    super.init(type: type)
    Deferral.retain(self)
    if self.dict.get("__name__") == nil {
      self.dict.set("__name__", .object(PyStr.intern(name)))
    }
  }

  /// `__name__` as a Swift string ("?" if it is not a str).
  public var name: String {
    if let s = dict.get("__name__")?.as(PyStr.self) { return s.string }
    return "?"
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(dict))
  }
}
