/// `tuple`: an immutable sequence of values.
public final class PyTuple: PyObject {
  /// The items; never changed after creation except when a dying tuple hands them to
  /// ContainerTrashcan.
  @exclusivity(unchecked) public private(set) var items: [Value]

  public init(_ items: [Value], type: PyType = BuiltinTypes.tuple) {
    self.items = items
    super.init(type: type)
  }

  public var count: Int { items.count }

  deinit {
    // `__del__` of a tuple subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyTuple(items, type: type) }
    }
    ContainerTrashcan.releaseReversed(&items)
  }

  /// Hands the items to a dying-container work list (see ContainerTrashcan).
  func takeItems(reversedInto work: inout [Value]) {
    work.append(contentsOf: items)
    items = []
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }

  /// The shared empty tuple.
  public static var empty: PyTuple { BuiltinTypes.core.emptyTuple }
}
