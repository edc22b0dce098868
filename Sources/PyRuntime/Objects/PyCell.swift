/// A cell: the box holding a variable that a closure shares with its defining scope.
/// `value == .unbound` while the variable is unassigned.
public final class PyCell: PyObject {
  public var value: Value

  public init(_ value: Value = .unbound) {
    self.value = value
    super.init(type: BuiltinTypes.cell)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(value)
  }
}
