import PySyntax

/// `bool(value)` of a constant, as CPython's PyObject_IsTrue for the literal types.
enum ConstantTruth {
  static func isTrue(_ value: CodeConstant) -> Bool {
    switch value {
    case .constant(let c):
      switch c {
      case .none: return false
      case .ellipsis: return true
      case .bool(let b): return b
      case .int(let i): return i != 0
      case .bigInt: return true
      case .float(let d): return d != 0
      case .complex(let re, let im): return re != 0 || im != 0
      case .str(let s): return !s.codePoints.isEmpty
      case .bytes(let b): return !b.isEmpty
      }
    case .tuple(let items), .frozenset(let items):
      return !items.isEmpty
    case .code:
      return true
    }
  }
}

/// Python equality and `repr` of constants, for the duplicate-key check of mapping patterns
/// (`{1: a, 1.0: b}` repeats a key because `1 == 1.0`).
enum ConstantEquality {
  static func pythonEqual(_ a: CodeConstant, _ b: CodeConstant) -> Bool {
    switch (a, b) {
    case (.constant(let x), .constant(let y)):
      if let nx = numeric(x), let ny = numeric(y) {
        return nx.re == ny.re && nx.im == ny.im && nx.exactInt == ny.exactInt
      }
      switch (x, y) {
      case (.none, .none), (.ellipsis, .ellipsis): return true
      case (.str(let s), .str(let t)): return s == t
      case (.bytes(let s), .bytes(let t)): return s == t
      case (.bigInt(let s), .bigInt(let t)): return s == t
      default: return false
      }
    case (.tuple(let xs), .tuple(let ys)):
      return xs.count == ys.count && zip(xs, ys).allSatisfy { pythonEqual($0, $1) }
    default:
      return false
    }
  }

  /// A number as a complex value; `exactInt` keeps large ints distinct from their float
  /// approximations.
  private static func numeric(_ c: Constant) -> (re: Double, im: Double, exactInt: Int?)? {
    switch c {
    case .bool(let b): return (b ? 1 : 0, 0, nil)
    case .int(let i):
      let d = Double(i)
      // Equal to a float only when exactly representable.
      return (d, 0, Int(exactly: d) == i ? nil : i)
    case .float(let d): return (d, 0, nil)
    case .complex(let re, let im): return (re, im, nil)
    default: return nil
    }
  }

  static func repr(_ c: CodeConstant) -> String {
    switch c {
    case .constant(let v): return PythonRepr.constant(v)
    case .tuple(let items):
      if items.count == 1 { return "(" + repr(items[0]) + ",)" }
      return "(" + items.map(repr).joined(separator: ", ") + ")"
    case .frozenset(let items):
      return items.isEmpty ? "frozenset()" : "frozenset({" + items.map(repr).joined(separator: ", ") + "})"
    case .code(let code): return "<code object \(code.name)>"
    }
  }
}

/// Constants produced by folding that the AST's `Constant` cannot hold (tuples and
/// frozensets), attached to the expression node they replace.
final class FoldedConstants {
  private var values: [ObjectIdentifier: CodeConstant] = [:]

  subscript(_ e: Expr) -> CodeConstant? {
    get { values[ObjectIdentifier(e)] }
    set { values[ObjectIdentifier(e)] = newValue }
  }

  var isEmpty: Bool { values.isEmpty }
}
