/// `tuple`: an immutable sequence of values.
public final class PyTuple: PyObject {
  public let items: [Value]

  public init(_ items: [Value], type: PyType = BuiltinTypes.tuple) {
    self.items = items
    super.init(type: type)
  }

  public var count: Int { items.count }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }

  /// The shared empty tuple.
  public static var empty: PyTuple { BuiltinTypes.core.emptyTuple }
}
