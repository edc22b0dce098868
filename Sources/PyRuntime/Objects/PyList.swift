/// `list`: a mutable sequence of values.
///
/// All access goes through this class's methods so that the locking rules of free threading
/// (docs/ARCHITECTURE.md, "Threads") can be enforced in one place.
public final class PyList: PyObject {
  public var items: [Value]

  public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
    self.items = items
    super.init(type: type)
  }

  public var count: Int { items.count }

  @inline(__always)
  public func append(_ v: Value) { items.append(v) }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }
}
