import Foundation
import PySyntax

/// Rebuilds swiftpy AST nodes from the JSON form of CPython's `ast.parse` output written by
/// Fixtures/gen_fixtures.py, so the symbol-table tests run on CPython's own trees, independent
/// of swiftpy's parser.
enum FixtureAST {
  typealias JSON = [String: Any]

  static func module(_ d: JSON) -> Mod {
    Mod(.module(body: stmts(d["body"]), typeIgnores: []))
  }

  static func range(_ d: JSON) -> SourceRange {
    let p = (d["p"] as? [Int]) ?? [0, 0, 0, 0]
    return SourceRange(lineno: Int32(p[0]), colOffset: Int32(p[1]), endLineno: Int32(p[2]), endColOffset: Int32(p[3]))
  }

  static func list(_ v: Any?) -> [JSON] { (v as? [Any])?.compactMap { $0 as? JSON } ?? [] }
  static func stmts(_ v: Any?) -> [Stmt] { list(v).map(stmt) }
  static func exprs(_ v: Any?) -> [Expr] { list(v).map(expr) }
  static func optExpr(_ v: Any?) -> Expr? { (v as? JSON).map(expr) }
  static func optExprs(_ v: Any?) -> [Expr?] { ((v as? [Any]) ?? []).map { ($0 as? JSON).map(expr) } }
  static func strings(_ v: Any?) -> [String] { (v as? [String]) ?? [] }
  static func str(_ v: Any?) -> String? { v as? String }
  static func int(_ v: Any?) -> Int { (v as? Int) ?? 0 }

  static func ctx(_ v: Any?) -> ExprContext {
    switch (v as? JSON)?["t"] as? String {
    case "Store": return .store
    case "Del": return .del
    default: return .load
    }
  }

  static func op(_ v: Any?) -> Operator {
    let names = ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
                 "BitXor", "BitAnd", "FloorDiv"]
    let i = names.firstIndex(of: ((v as? JSON)?["t"] as? String) ?? "") ?? 0
    return Operator.allCases[i]
  }

  static func unaryOp(_ v: Any?) -> UnaryOperator {
    let names = ["Invert", "Not", "UAdd", "USub"]
    return UnaryOperator.allCases[names.firstIndex(of: ((v as? JSON)?["t"] as? String) ?? "") ?? 0]
  }

  static func cmpOps(_ v: Any?) -> [CmpOperator] {
    let names = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]
    return list(v).map { CmpOperator.allCases[names.firstIndex(of: ($0["t"] as? String) ?? "") ?? 0] }
  }

  static func double(_ hex: Any?) -> Double {
    // float.hex() form: [-]0x1.8p+1, inf, nan
    guard let s = hex as? String else { return 0 }
    if s == "inf" { return .infinity }
    if s == "-inf" { return -.infinity }
    if s == "nan" { return .nan }
    return Double(s) ?? 0
  }

  static func constant(_ v: Any?) -> Constant {
    guard let d = v as? JSON else { return .none }
    switch d["k"] as? String {
    case "ellipsis": return .ellipsis
    case "bool": return .bool((d["v"] as? Bool) ?? false)
    case "int":
      let s = (d["v"] as? String) ?? "0"
      if let i = Int(s) { return .int(i) }
      return .bigInt(s)
    case "float": return .float(double(d["v"]))
    case "complex": return .complex(real: double(d["re"]), imag: double(d["im"]))
    case "str": return .str(PyStringLiteral(codePoints: ((d["v"] as? [Int]) ?? []).map { UInt32($0) }))
    case "bytes": return .bytes(((d["v"] as? [Int]) ?? []).map { UInt8($0) })
    default: return .none
    }
  }

  static func arg(_ d: JSON) -> Arg {
    Arg(arg: str(d["arg"]) ?? "", annotation: optExpr(d["annotation"]), range: range(d))
  }

  static func arguments(_ v: Any?) -> Arguments {
    let d = (v as? JSON) ?? [:]
    return Arguments(posonlyargs: list(d["posonlyargs"]).map(arg), args: list(d["args"]).map(arg),
                     vararg: (d["vararg"] as? JSON).map(arg), kwonlyargs: list(d["kwonlyargs"]).map(arg),
                     kwDefaults: optExprs(d["kw_defaults"]), kwarg: (d["kwarg"] as? JSON).map(arg),
                     defaults: exprs(d["defaults"]))
  }

  static func keywords(_ v: Any?) -> [Keyword] {
    list(v).map { Keyword(arg: str($0["arg"]), value: expr($0["value"] as! JSON), range: range($0)) }
  }

  static func aliases(_ v: Any?) -> [Alias] {
    list(v).map { Alias(name: str($0["name"]) ?? "", asname: str($0["asname"]), range: range($0)) }
  }

  static func comprehensions(_ v: Any?) -> [Comprehension] {
    list(v).map {
      Comprehension(target: expr($0["target"] as! JSON), iter: expr($0["iter"] as! JSON),
                    ifs: exprs($0["ifs"]), isAsync: int($0["is_async"]))
    }
  }

  static func stmt(_ d: JSON) -> Stmt {
    let r = range(d)
    let kind: Stmt.Kind
    switch d["t"] as! String {
    case "FunctionDef":
      kind = .functionDef(name: str(d["name"])!, args: arguments(d["args"]), body: stmts(d["body"]),
                          decoratorList: exprs(d["decorator_list"]), returns: optExpr(d["returns"]), typeComment: nil)
    case "AsyncFunctionDef":
      kind = .asyncFunctionDef(name: str(d["name"])!, args: arguments(d["args"]), body: stmts(d["body"]),
                               decoratorList: exprs(d["decorator_list"]), returns: optExpr(d["returns"]), typeComment: nil)
    case "ClassDef":
      kind = .classDef(name: str(d["name"])!, bases: exprs(d["bases"]), keywords: keywords(d["keywords"]),
                       body: stmts(d["body"]), decoratorList: exprs(d["decorator_list"]))
    case "Return": kind = .return(value: optExpr(d["value"]))
    case "Delete": kind = .delete(targets: exprs(d["targets"]))
    case "Assign": kind = .assign(targets: exprs(d["targets"]), value: expr(d["value"] as! JSON), typeComment: nil)
    case "AugAssign": kind = .augAssign(target: expr(d["target"] as! JSON), op: op(d["op"]), value: expr(d["value"] as! JSON))
    case "AnnAssign":
      kind = .annAssign(target: expr(d["target"] as! JSON), annotation: expr(d["annotation"] as! JSON),
                        value: optExpr(d["value"]), simple: int(d["simple"]))
    case "For":
      kind = .for(target: expr(d["target"] as! JSON), iter: expr(d["iter"] as! JSON), body: stmts(d["body"]),
                  orelse: stmts(d["orelse"]), typeComment: nil)
    case "AsyncFor":
      kind = .asyncFor(target: expr(d["target"] as! JSON), iter: expr(d["iter"] as! JSON), body: stmts(d["body"]),
                       orelse: stmts(d["orelse"]), typeComment: nil)
    case "While": kind = .while(test: expr(d["test"] as! JSON), body: stmts(d["body"]), orelse: stmts(d["orelse"]))
    case "If": kind = .if(test: expr(d["test"] as! JSON), body: stmts(d["body"]), orelse: stmts(d["orelse"]))
    case "With": kind = .with(items: withItems(d["items"]), body: stmts(d["body"]), typeComment: nil)
    case "AsyncWith": kind = .asyncWith(items: withItems(d["items"]), body: stmts(d["body"]), typeComment: nil)
    case "Match":
      kind = .match(subject: expr(d["subject"] as! JSON), cases: list(d["cases"]).map {
        MatchCase(pattern: pattern($0["pattern"] as! JSON), guard: optExpr($0["guard"]), body: stmts($0["body"]))
      })
    case "Raise": kind = .raise(exc: optExpr(d["exc"]), cause: optExpr(d["cause"]))
    case "Try":
      kind = .try(body: stmts(d["body"]), handlers: handlers(d["handlers"]), orelse: stmts(d["orelse"]),
                  finalbody: stmts(d["finalbody"]))
    case "TryStar":
      kind = .tryStar(body: stmts(d["body"]), handlers: handlers(d["handlers"]), orelse: stmts(d["orelse"]),
                      finalbody: stmts(d["finalbody"]))
    case "Assert": kind = .assert(test: expr(d["test"] as! JSON), msg: optExpr(d["msg"]))
    case "Import": kind = .import(names: aliases(d["names"]))
    case "ImportFrom": kind = .importFrom(module: str(d["module"]), names: aliases(d["names"]), level: d["level"] as? Int)
    case "Global": kind = .global(names: strings(d["names"]))
    case "Nonlocal": kind = .nonlocal(names: strings(d["names"]))
    case "Expr": kind = .expr(value: expr(d["value"] as! JSON))
    case "Pass": kind = .pass
    case "Break": kind = .break
    case "Continue": kind = .continue
    case let t: fatalError("unknown stmt \(t)")
    }
    return Stmt(kind, r)
  }

  static func withItems(_ v: Any?) -> [WithItem] {
    list(v).map { WithItem(contextExpr: expr($0["context_expr"] as! JSON), optionalVars: optExpr($0["optional_vars"])) }
  }

  static func handlers(_ v: Any?) -> [ExceptHandler] {
    list(v).map { ExceptHandler(type: optExpr($0["type"]), name: str($0["name"]), body: stmts($0["body"]), range: range($0)) }
  }

  static func expr(_ d: JSON) -> Expr {
    let r = range(d)
    let kind: Expr.Kind
    switch d["t"] as! String {
    case "BoolOp":
      kind = .boolOp(op: ((d["op"] as? JSON)?["t"] as? String) == "Or" ? .or : .and, values: exprs(d["values"]))
    case "NamedExpr": kind = .namedExpr(target: expr(d["target"] as! JSON), value: expr(d["value"] as! JSON))
    case "BinOp": kind = .binOp(left: expr(d["left"] as! JSON), op: op(d["op"]), right: expr(d["right"] as! JSON))
    case "UnaryOp": kind = .unaryOp(op: unaryOp(d["op"]), operand: expr(d["operand"] as! JSON))
    case "Lambda": kind = .lambda(args: arguments(d["args"]), body: expr(d["body"] as! JSON))
    case "IfExp": kind = .ifExp(test: expr(d["test"] as! JSON), body: expr(d["body"] as! JSON), orelse: expr(d["orelse"] as! JSON))
    case "Dict": kind = .dict(keys: optExprs(d["keys"]), values: exprs(d["values"]))
    case "Set": kind = .set(elts: exprs(d["elts"]))
    case "ListComp": kind = .listComp(elt: expr(d["elt"] as! JSON), generators: comprehensions(d["generators"]))
    case "SetComp": kind = .setComp(elt: expr(d["elt"] as! JSON), generators: comprehensions(d["generators"]))
    case "DictComp":
      kind = .dictComp(key: expr(d["key"] as! JSON), value: expr(d["value"] as! JSON), generators: comprehensions(d["generators"]))
    case "GeneratorExp": kind = .generatorExp(elt: expr(d["elt"] as! JSON), generators: comprehensions(d["generators"]))
    case "Await": kind = .await(value: expr(d["value"] as! JSON))
    case "Yield": kind = .yield(value: optExpr(d["value"]))
    case "YieldFrom": kind = .yieldFrom(value: expr(d["value"] as! JSON))
    case "Compare": kind = .compare(left: expr(d["left"] as! JSON), ops: cmpOps(d["ops"]), comparators: exprs(d["comparators"]))
    case "Call": kind = .call(func: expr(d["func"] as! JSON), args: exprs(d["args"]), keywords: keywords(d["keywords"]))
    case "FormattedValue":
      kind = .formattedValue(value: expr(d["value"] as! JSON), conversion: int(d["conversion"]), formatSpec: optExpr(d["format_spec"]))
    case "JoinedStr": kind = .joinedStr(values: exprs(d["values"]))
    case "Constant": kind = .constant(value: constant(d["value"]), kind: str(d["kind"]))
    case "Attribute": kind = .attribute(value: expr(d["value"] as! JSON), attr: str(d["attr"])!, ctx: ctx(d["ctx"]))
    case "Subscript": kind = .subscript(value: expr(d["value"] as! JSON), slice: expr(d["slice"] as! JSON), ctx: ctx(d["ctx"]))
    case "Starred": kind = .starred(value: expr(d["value"] as! JSON), ctx: ctx(d["ctx"]))
    case "Name": kind = .name(id: str(d["id"])!, ctx: ctx(d["ctx"]))
    case "List": kind = .list(elts: exprs(d["elts"]), ctx: ctx(d["ctx"]))
    case "Tuple": kind = .tuple(elts: exprs(d["elts"]), ctx: ctx(d["ctx"]))
    case "Slice": kind = .slice(lower: optExpr(d["lower"]), upper: optExpr(d["upper"]), step: optExpr(d["step"]))
    case let t: fatalError("unknown expr \(t)")
    }
    return Expr(kind, r)
  }

  static func pattern(_ d: JSON) -> Pattern {
    let r = range(d)
    let kind: Pattern.Kind
    switch d["t"] as! String {
    case "MatchValue": kind = .matchValue(value: expr(d["value"] as! JSON))
    case "MatchSingleton": kind = .matchSingleton(value: constant(d["value"]))
    case "MatchSequence": kind = .matchSequence(patterns: list(d["patterns"]).map(pattern))
    case "MatchMapping":
      kind = .matchMapping(keys: exprs(d["keys"]), patterns: list(d["patterns"]).map(pattern), rest: str(d["rest"]))
    case "MatchClass":
      kind = .matchClass(cls: expr(d["cls"] as! JSON), patterns: list(d["patterns"]).map(pattern),
                         kwdAttrs: strings(d["kwd_attrs"]), kwdPatterns: list(d["kwd_patterns"]).map(pattern))
    case "MatchStar": kind = .matchStar(name: str(d["name"]))
    case "MatchAs": kind = .matchAs(pattern: (d["pattern"] as? JSON).map(pattern), name: str(d["name"]))
    case "MatchOr": kind = .matchOr(patterns: list(d["patterns"]).map(pattern))
    case let t: fatalError("unknown pattern \(t)")
    }
    return Pattern(kind, r)
  }
}
