/// `ast.dump()` of CPython 3.11 (Lib/ast.py), reproduced over the generic `ASTNode` view:
/// the same field omission rules (absent optional fields are left out, and from then on fields
/// are written `name=value`), the same line breaking with `indent`, the same reprs.
public enum ASTDump {
  /// `ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)`.
  public static func dump(_ node: ASTNode, indent: Int? = nil, includeAttributes: Bool = false) -> String {
    let indentString = indent.map { String(repeating: " ", count: $0) }
    return format(.node(node), level: 0, indent: indentString, includeAttributes: includeAttributes).text
  }

  public static func dump(_ mod: Mod, indent: Int? = nil, includeAttributes: Bool = false) -> String {
    return dump(mod.astNode, indent: indent, includeAttributes: includeAttributes)
  }

  private static func format(_ value: ASTValue, level: Int, indent: String?,
                             includeAttributes: Bool) -> (text: String, simple: Bool) {
    var level = level
    let prefix: String
    let sep: String
    if let ind = indent {
      level += 1
      let pad = String(repeating: ind, count: level)
      prefix = "\n" + pad
      sep = ",\n" + pad
    } else {
      prefix = ""
      sep = ", "
    }
    switch value {
    case .node(let node):
      var args: [String] = []
      var allSimple = true
      var keywords = true  // annotate_fields=True
      for field in node.fields {
        if case .none = field.value {
          keywords = true
          continue
        }
        let (text, simple) = format(field.value, level: level, indent: indent, includeAttributes: includeAttributes)
        allSimple = allSimple && simple
        args.append(keywords ? field.name + "=" + text : text)
      }
      if includeAttributes, let r = node.range {
        args.append("lineno=\(r.lineno)")
        args.append("col_offset=\(r.colOffset)")
        args.append("end_lineno=\(r.endLineno)")
        args.append("end_col_offset=\(r.endColOffset)")
      }
      if allSimple && args.count <= 3 {
        return (node.name + "(" + args.joined(separator: ", ") + ")", args.isEmpty)
      }
      return (node.name + "(" + prefix + args.joined(separator: sep) + ")", false)
    case .list(let items):
      if items.isEmpty { return ("[]", true) }
      let parts = items.map { format($0, level: level, indent: indent, includeAttributes: includeAttributes).text }
      return ("[" + prefix + parts.joined(separator: sep) + "]", false)
    case .none:
      return ("None", true)
    case .identifier(let s), .string(let s):
      return (PythonRepr.string(s), true)
    case .int(let i):
      return (String(i), true)
    case .constant(let c):
      return (PythonRepr.constant(c), true)
    }
  }
}
