/// Naming and checking expressions for error messages (Parser/pegen.c
/// `_PyPegen_get_expr_name` and `_PyPegen_get_invalid_target`).
extension PythonParser {
  /// Which kind of target an `invalid_*` rule checks (CPython's TARGETS_TYPE).
  enum TargetsType {
    case star
    case del
    case `for`
  }

  /// The words CPython uses for an expression in "cannot assign to %s" and similar messages.
  static func exprName(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let value, _):
      switch value {
      case .none: return "None"
      case .bool(let b): return b ? "True" : "False"
      case .ellipsis: return "ellipsis"
      default: return "literal"
      }
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
  }

  /// The first part of `e` that cannot be a target of the given kind, if any.
  static func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
    switch e.kind {
    case .list(let elts, _), .tuple(let elts, _):
      for item in elts {
        if let bad = invalidTarget(item, type) { return bad }
      }
      return nil
    case .starred(let value, _):
      if type == .del { return e }
      return invalidTarget(value, type)
    case .compare(let left, let ops, _):
      // `for x in y` parses the target as the comparison `x in y`.
      if type == .for {
        if ops.first == .in { return invalidTarget(left, type) }
        return nil
      }
      return e
    case .name, .subscript, .attribute:
      return nil
    default:
      return e
    }
  }
}
