/// A node seen generically: its CPython class name and its fields in CPython's order.
/// Built on demand by the generated `astNode` properties; used by `ast.dump` and other walkers
/// that must not know each node type.
public struct ASTNode {
  public var name: String
  public var fields: [(name: String, value: ASTValue)]
  /// The node's position, for nodes that have `lineno`/`col_offset`/... attributes.
  public var range: SourceRange?

  public init(name: String, fields: [(String, ASTValue)], range: SourceRange) {
    self.name = name
    self.fields = fields.map { (name: $0.0, value: $0.1) }
    self.range = range
  }

  public init(name: String, fields: [(String, ASTValue)], hasPositions: Bool) {
    self.name = name
    self.fields = fields.map { (name: $0.0, value: $0.1) }
    self.range = nil
  }
}

/// The value of one field of an `ASTNode`.
public indirect enum ASTValue {
  /// An optional field that is absent (`None` in CPython).
  case none
  case node(ASTNode)
  case list([ASTValue])
  case identifier(String)
  case string(String)
  case int(Int)
  case constant(Constant)
}
