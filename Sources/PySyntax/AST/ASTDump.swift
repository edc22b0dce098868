/// `ast.dump()` of CPython 3.11 (Lib/ast.py), reproduced over the generic `ASTNode` view:
/// the same field omission rules (absent optional fields are left out; fields are written
/// `name=value`, as with `annotate_fields=True`), the same line breaking with `indent`, the
/// same reprs.
///
/// CPython formats every child to a string first and then decides the layout of the parent
/// (one line when all its arguments are "simple" and there are at most three). Here that
/// decision is made up front from the children's shapes — a child is simple when it is a
/// scalar, an empty list, or a node without arguments — so the text is written once into one
/// buffer: linear in the size of the output, even for deeply nested trees.
public enum ASTDump {
  /// `ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)`.
  public static func dump(_ node: ASTNode, indent: Int? = nil, includeAttributes: Bool = false) -> String {
    var writer = Writer(indent: indent, includeAttributes: includeAttributes)
    writer.write(.node(node), level: 0)
    return String(decoding: writer.out, as: UTF8.self)
  }

  public static func dump(_ mod: Mod, indent: Int? = nil, includeAttributes: Bool = false) -> String {
    return dump(mod.astNode, indent: indent, includeAttributes: includeAttributes)
  }

  /// The output buffer and the options of one dump.
  private struct Writer {
    var out: [UInt8] = []
    /// Spaces per level, or nil for the one-line form.
    let indent: Int?
    let includeAttributes: Bool

    init(indent: Int?, includeAttributes: Bool) {
      self.indent = indent
      self.includeAttributes = includeAttributes
      out.reserveCapacity(4096)
    }

    /// The number of `name=value` arguments a node is written with.
    func argumentCount(_ node: ASTNode) -> Int {
      var count = 0
      for field in node.fields {
        if case .none = field.value { continue }
        count += 1
      }
      if includeAttributes && node.range != nil { count += 4 }
      return count
    }

    /// CPython's `simple` flag of a formatted value, known without formatting it.
    func isSimple(_ value: ASTValue) -> Bool {
      switch value {
      case .node(let node): return argumentCount(node) == 0
      case .list(let items): return items.isEmpty
      case .none, .identifier, .string, .int, .constant: return true
      }
    }

    mutating func append(_ text: String) {
      out.append(contentsOf: text.utf8)
    }

    /// CPython's `prefix` (before the first argument of a multi-line node or list).
    mutating func appendPrefix(level: Int) {
      guard let indent = indent else { return }
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// CPython's `sep` (between arguments or list items of a multi-line node or list).
    mutating func appendSeparator(level: Int, multiLine: Bool) {
      out.append(UInt8(ascii: ","))
      if multiLine, let indent = indent {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
      } else {
        out.append(UInt8(ascii: " "))
      }
    }

    mutating func write(_ value: ASTValue, level outerLevel: Int) {
      let level = indent == nil ? outerLevel : outerLevel + 1
      switch value {
      case .node(let node):
        append(node.name)
        out.append(UInt8(ascii: "("))
        var allSimple = true
        for field in node.fields where !isSimple(field.value) {
          allSimple = false
          break
        }
        let multiLine = !(allSimple && argumentCount(node) <= 3)
        if multiLine { appendPrefix(level: level) }
        var first = true
        for field in node.fields {
          if case .none = field.value { continue }
          if !first { appendSeparator(level: level, multiLine: multiLine) }
          first = false
          append(field.name)
          out.append(UInt8(ascii: "="))
          write(field.value, level: level)
        }
        if includeAttributes, let r = node.range {
          for (name, number) in [("lineno", r.lineno), ("col_offset", r.colOffset),
                                 ("end_lineno", r.endLineno), ("end_col_offset", r.endColOffset)] {
            if !first { appendSeparator(level: level, multiLine: multiLine) }
            first = false
            append(name)
            out.append(UInt8(ascii: "="))
            append(String(number))
          }
        }
        out.append(UInt8(ascii: ")"))
      case .list(let items):
        if items.isEmpty {
          append("[]")
          return
        }
        out.append(UInt8(ascii: "["))
        appendPrefix(level: level)
        for (i, item) in items.enumerated() {
          if i > 0 { appendSeparator(level: level, multiLine: true) }
          write(item, level: level)
        }
        out.append(UInt8(ascii: "]"))
      case .none:
        append("None")
      case .identifier(let s), .string(let s):
        append(PythonRepr.string(s))
      case .int(let i):
        append(String(i))
      case .constant(let c):
        append(PythonRepr.constant(c))
      }
    }
  }
}
