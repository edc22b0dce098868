import PySyntax

/// Source text of an expression, exactly as CPython 3.11's Python/ast_unparse.c writes it
/// (`_PyAST_ExprAsUnicode`): the strings `from __future__ import annotations` stores in
/// `__annotations__`. Parentheses follow operator precedence, not the original source.
enum Unparser {
  /// The annotation string of `e`.
  static func annotationString(_ e: Expr) -> String {
    var out = ""
    append(e, level: Precedence.test, to: &out)
    return out
  }

  /// ast_unparse.c's precedence levels.
  enum Precedence {
    static let tuple = 0
    static let test = 1      // if-else, lambda
    static let or = 2
    static let and = 3
    static let not = 4
    static let cmp = 5
    static let bor = 6       // also PR_EXPR
    static let expr = 6
    static let bxor = 7
    static let band = 8
    static let shift = 9
    static let arith = 10
    static let term = 11
    static let factor = 12
    static let power = 13
    static let await = 14
    static let atom = 15
  }

  static func append(_ e: Expr, level: Int, to out: inout String) {
    switch e.kind {
    case .boolOp(let op, let values):
      let pr = op == .and ? Precedence.and : Precedence.or
      if level > pr { out += "(" }
      for (i, v) in values.enumerated() {
        if i > 0 { out += op == .and ? " and " : " or " }
        append(v, level: pr + 1, to: &out)
      }
      if level > pr { out += ")" }
    case .binOp(let left, let op, let right):
      let (text, pr) = binaryOperator(op)
      let rightAssoc = op == .pow ? 1 : 0
      if level > pr { out += "(" }
      append(left, level: pr + rightAssoc, to: &out)
      out += text
      append(right, level: pr + 1 - rightAssoc, to: &out)
      if level > pr { out += ")" }
    case .unaryOp(let op, let operand):
      let (text, pr): (String, Int)
      switch op {
      case .invert: (text, pr) = ("~", Precedence.factor)
      case .not: (text, pr) = ("not ", Precedence.not)
      case .uAdd: (text, pr) = ("+", Precedence.factor)
      case .uSub: (text, pr) = ("-", Precedence.factor)
      }
      if level > pr { out += "(" }
      out += text
      append(operand, level: pr, to: &out)
      if level > pr { out += ")" }
    case .lambda(let args, let body):
      if level > Precedence.test { out += "(" }
      let positional = args.args.count + args.posonlyargs.count
      out += positional > 0 ? "lambda " : "lambda"
      appendArguments(args, to: &out)
      out += ": "
      append(body, level: Precedence.test, to: &out)
      if level > Precedence.test { out += ")" }
    case .ifExp(let test, let body, let orelse):
      if level > Precedence.test { out += "(" }
      append(body, level: Precedence.test + 1, to: &out)
      out += " if "
      append(test, level: Precedence.test + 1, to: &out)
      out += " else "
      append(orelse, level: Precedence.test, to: &out)
      if level > Precedence.test { out += ")" }
    case .dict(let keys, let values):
      out += "{"
      for i in values.indices {
        if i > 0 { out += ", " }
        if let k = keys[i] {
          append(k, level: Precedence.test, to: &out)
          out += ": "
          append(values[i], level: Precedence.test, to: &out)
        } else {
          out += "**"
          append(values[i], level: Precedence.expr, to: &out)
        }
      }
      out += "}"
    case .set(let elts):
      out += "{"
      appendList(elts, to: &out)
      out += "}"
    case .listComp(let elt, let gens):
      out += "["
      append(elt, level: Precedence.test, to: &out)
      appendGenerators(gens, to: &out)
      out += "]"
    case .setComp(let elt, let gens):
      out += "{"
      append(elt, level: Precedence.test, to: &out)
      appendGenerators(gens, to: &out)
      out += "}"
    case .dictComp(let key, let value, let gens):
      out += "{"
      append(key, level: Precedence.test, to: &out)
      out += ": "
      append(value, level: Precedence.test, to: &out)
      appendGenerators(gens, to: &out)
      out += "}"
    case .generatorExp(let elt, let gens):
      out += "("
      append(elt, level: Precedence.test, to: &out)
      appendGenerators(gens, to: &out)
      out += ")"
    case .await(let value):
      if level > Precedence.await { out += "(" }
      out += "await "
      append(value, level: Precedence.atom, to: &out)
      if level > Precedence.await { out += ")" }
    case .yield(let value):
      if let value {
        out += "(yield "
        append(value, level: Precedence.test, to: &out)
        out += ")"
      } else {
        out += "(yield)"
      }
    case .yieldFrom(let value):
      out += "(yield from "
      append(value, level: Precedence.test, to: &out)
      out += ")"
    case .compare(let left, let ops, let comparators):
      if level > Precedence.cmp { out += "(" }
      append(left, level: Precedence.cmp + 1, to: &out)
      for (i, op) in ops.enumerated() {
        out += compareOperator(op)
        append(comparators[i], level: Precedence.cmp + 1, to: &out)
      }
      if level > Precedence.cmp { out += ")" }
    case .call(let function, let args, let keywords):
      append(function, level: Precedence.atom, to: &out)
      if args.count == 1 && keywords.isEmpty, case .generatorExp = args[0].kind {
        append(args[0], level: Precedence.test, to: &out)
        return
      }
      out += "("
      var first = true
      for a in args {
        if !first { out += ", " }
        first = false
        append(a, level: Precedence.test, to: &out)
      }
      for k in keywords {
        if !first { out += ", " }
        first = false
        if let name = k.arg {
          out += name + "="
        } else {
          out += "**"
        }
        append(k.value, level: Precedence.test, to: &out)
      }
      out += ")"
    case .formattedValue:
      out += "f" + PythonRepr.string(fstringBody([e], isFormatSpec: false))
    case .joinedStr(let values):
      out += "f" + PythonRepr.string(fstringBody(values, isFormatSpec: false))
    case .constant(let value, let kind):
      if case .ellipsis = value {
        out += "..."
        return
      }
      if kind != nil { out += "u" }
      out += constantRepr(value)
    case .attribute(let value, let attr, _):
      append(value, level: Precedence.atom, to: &out)
      if case .constant(.int, _) = value.kind {
        out += " ."
      } else if case .constant(.bigInt, _) = value.kind {
        out += " ."
      } else {
        out += "."
      }
      out += attr
    case .subscript(let value, let slice, _):
      append(value, level: Precedence.atom, to: &out)
      out += "["
      append(slice, level: Precedence.tuple, to: &out)
      out += "]"
    case .starred(let value, _):
      out += "*"
      append(value, level: Precedence.expr, to: &out)
    case .name(let id, _):
      out += id
    case .list(let elts, _):
      out += "["
      appendList(elts, to: &out)
      out += "]"
    case .tuple(let elts, _):
      if elts.isEmpty {
        out += "()"
        return
      }
      if level > Precedence.tuple { out += "(" }
      appendList(elts, to: &out)
      if elts.count == 1 { out += "," }
      if level > Precedence.tuple { out += ")" }
    case .slice(let lower, let upper, let step):
      if let lower { append(lower, level: Precedence.test, to: &out) }
      out += ":"
      if let upper { append(upper, level: Precedence.test, to: &out) }
      if let step {
        out += ":"
        append(step, level: Precedence.test, to: &out)
      }
    case .namedExpr(let target, let value):
      if level > Precedence.tuple { out += "(" }
      append(target, level: Precedence.atom, to: &out)
      out += " := "
      append(value, level: Precedence.atom, to: &out)
      if level > Precedence.tuple { out += ")" }
    }
  }

  private static func appendList(_ elts: [Expr], to out: inout String) {
    for (i, x) in elts.enumerated() {
      if i > 0 { out += ", " }
      append(x, level: Precedence.test, to: &out)
    }
  }

  private static func appendGenerators(_ gens: [Comprehension], to out: inout String) {
    for g in gens {
      out += g.isAsync != 0 ? " async for " : " for "
      append(g.target, level: Precedence.tuple, to: &out)
      out += " in "
      append(g.iter, level: Precedence.test + 1, to: &out)
      for c in g.ifs {
        out += " if "
        append(c, level: Precedence.test + 1, to: &out)
      }
    }
  }

  private static func appendArguments(_ args: Arguments, to out: inout String) {
    var first = true
    func separator() {
      if first { first = false } else { out += ", " }
    }
    let positional = args.posonlyargs + args.args
    let defaultCount = args.defaults.count
    for (i, a) in positional.enumerated() {
      separator()
      appendArg(a, to: &out)
      let di = i - positional.count + defaultCount
      if di >= 0 {
        out += "="
        append(args.defaults[di], level: Precedence.test, to: &out)
      }
      if !args.posonlyargs.isEmpty && i + 1 == args.posonlyargs.count { out += ", /" }
    }
    if args.vararg != nil || !args.kwonlyargs.isEmpty {
      separator()
      out += "*"
      if let v = args.vararg { appendArg(v, to: &out) }
    }
    let kwCount = args.kwonlyargs.count
    for (i, a) in args.kwonlyargs.enumerated() {
      separator()
      appendArg(a, to: &out)
      let di = i - kwCount + args.kwDefaults.count
      if di >= 0, let d = args.kwDefaults[di] {
        out += "="
        append(d, level: Precedence.test, to: &out)
      }
    }
    if let k = args.kwarg {
      separator()
      out += "**"
      appendArg(k, to: &out)
    }
  }

  private static func appendArg(_ a: Arg, to out: inout String) {
    out += a.arg
    if let ann = a.annotation {
      out += ": "
      append(ann, level: Precedence.test, to: &out)
    }
  }

  private static func binaryOperator(_ op: Operator) -> (String, Int) {
    switch op {
    case .add: return (" + ", Precedence.arith)
    case .sub: return (" - ", Precedence.arith)
    case .mult: return (" * ", Precedence.term)
    case .matMult: return (" @ ", Precedence.term)
    case .div: return (" / ", Precedence.term)
    case .mod: return (" % ", Precedence.term)
    case .lShift: return (" << ", Precedence.shift)
    case .rShift: return (" >> ", Precedence.shift)
    case .bitOr: return (" | ", Precedence.bor)
    case .bitXor: return (" ^ ", Precedence.bxor)
    case .bitAnd: return (" & ", Precedence.band)
    case .floorDiv: return (" // ", Precedence.term)
    case .pow: return (" ** ", Precedence.power)
    }
  }

  private static func compareOperator(_ op: CmpOperator) -> String {
    switch op {
    case .eq: return " == "
    case .notEq: return " != "
    case .lt: return " < "
    case .ltE: return " <= "
    case .gt: return " > "
    case .gtE: return " >= "
    case .is: return " is "
    case .isNot: return " is not "
    case .in: return " in "
    case .notIn: return " not in "
    }
  }

  /// `repr()` of a constant, with infinities written as `1e309` so the text evaluates back.
  private static func constantRepr(_ c: Constant) -> String {
    let text = PythonRepr.constant(c)
    switch c {
    case .float, .complex:
      return replacingInf(text)
    default:
      return text
    }
  }

  private static func replacingInf(_ s: String) -> String {
    let bytes = Array(s.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if i + 3 <= bytes.count && bytes[i] == UInt8(ascii: "i") && bytes[i + 1] == UInt8(ascii: "n")
          && bytes[i + 2] == UInt8(ascii: "f") {
        out.append(contentsOf: Array("1e309".utf8))
        i += 3
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: f-strings

  /// The text inside an f-string's quotes (CPython's `build_fstring_body`).
  private static func fstringBody(_ values: [Expr], isFormatSpec: Bool) -> [UInt32] {
    var body: [UInt32] = []
    for v in values { appendFStringElement(v, isFormatSpec: isFormatSpec, to: &body) }
    return body
  }

  private static func appendFStringElement(_ e: Expr, isFormatSpec: Bool, to body: inout [UInt32]) {
    switch e.kind {
    case .constant(.str(let s), _):
      for cp in s.codePoints {
        body.append(cp)
        if cp == 0x7B || cp == 0x7D { body.append(cp) }   // {{ and }}
      }
    case .joinedStr(let values):
      if isFormatSpec {
        body.append(contentsOf: fstringBody(values, isFormatSpec: true))
      } else {
        body.append(contentsOf: ("f" + PythonRepr.string(fstringBody(values, isFormatSpec: false))).unicodeScalars.map { $0.value })
      }
    case .formattedValue(let value, let conversion, let spec):
      var inner = ""
      append(value, level: Precedence.test + 1, to: &inner)
      body.append(contentsOf: (inner.hasPrefix("{") ? "{ " : "{").unicodeScalars.map { $0.value })
      body.append(contentsOf: inner.unicodeScalars.map { $0.value })
      switch conversion {
      case 97: body.append(contentsOf: "!a".unicodeScalars.map { $0.value })
      case 114: body.append(contentsOf: "!r".unicodeScalars.map { $0.value })
      case 115: body.append(contentsOf: "!s".unicodeScalars.map { $0.value })
      default: break
      }
      if let spec {
        body.append(0x3A)  // ':'
        appendFStringElement(spec, isFormatSpec: true, to: &body)
      }
      body.append(0x7D)
    default:
      break
    }
  }
}
