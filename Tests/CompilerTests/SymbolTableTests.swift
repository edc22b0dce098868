import Foundation
import PyCompiler
import PySyntax
import XCTest

/// Symbol tables and compile-time SyntaxErrors checked against CPython 3.11: the fixtures
/// (Fixtures/*.jsonl, made by Fixtures/gen_fixtures.py) carry CPython's AST of each snippet and
/// what CPython's `symtable` module, code objects and `compile()` say about it.
final class SymbolTableTests: XCTestCase {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func load(_ name: String) throws -> [[String: Any]] {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  /// The same text gen_fixtures.py writes from CPython's tables.
  static func dump(_ table: SymbolTable) -> String {
    var out = ""
    func walk(_ s: Scope, _ depth: Int) {
      let ind = String(repeating: "  ", count: depth)
      let kind = s.kind == .module ? "module" : s.kind == .class ? "class" : "function"
      out += "\(ind)\(kind) \(s.name) line=\(s.lineno) nested=\(s.isNested ? 1 : 0)\n"
      out += "\(ind)  params: \(s.parameters.joined(separator: ","))\n"
      for sym in s.symbols.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
        let flags = String(sym.flags.rawValue, radix: 16)
        out += "\(ind)  sym \(sym.name) flags=0x\(flags) scope=\(sym.scope?.rawValue ?? 0)\n"
      }
      out += "\(ind)  code flags=0x\(String(s.codeFlags, radix: 16)) cells=\(s.codeCellvars.joined(separator: ","))"
      out += " frees=\(s.freevars.joined(separator: ","))\n"
      for c in s.children { walk(c, depth + 1) }
    }
    walk(table.top, 0)
    return out
  }

  func testSymbolTablesMatchCPython() throws {
    let cases = try Self.load("symtable_fixtures.jsonl")
    XCTAssertGreaterThan(cases.count, 40)
    var failures = 0
    for c in cases {
      let name = c["name"] as! String
      let mod = FixtureAST.module(c["ast"] as! [String: Any])
      do {
        let table = try Compiler.check(module: mod, filename: "f.py")
        let got = Self.dump(table)
        let want = c["dump"] as! String
        if got != want {
          failures += 1
          XCTFail("\(name):\n--- expected (CPython)\n\(want)--- got\n\(got)")
        }
      } catch {
        failures += 1
        XCTFail("\(name): unexpected \(error)")
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func testCompileErrorsMatchCPython() throws {
    let cases = try Self.load("error_fixtures.jsonl")
    XCTAssertGreaterThan(cases.count, 100)
    for c in cases {
      let name = c["name"] as! String
      let mod = FixtureAST.module(c["ast"] as! [String: Any])
      let want = c["error"] as! [Any]
      let expected = "\(want[0] as! String) \(want[1]):\(want[2])-\(want[3]):\(want[4])"
      do {
        try Compiler.check(module: mod, filename: "f.py")
        XCTFail("\(name): no error, expected \(expected)")
      } catch {
        let got = "\(error.message) \(error.lineno):\(error.offset)-\(error.endLineno):\(error.endOffset)"
        XCTAssertEqual(got, expected, name)
        XCTAssertEqual(error.filename, "f.py")
      }
    }
  }

  /// With the source given, `text` is the offending line, as CPython reads it from the file.
  func testErrorTextComesFromSource() throws {
    let src = "def f():\n    x = 1\n    global x\n"
    let x = Expr(.name(id: "x", ctx: .store), SourceRange(lineno: 2, colOffset: 4, endLineno: 2, endColOffset: 5))
    let one = Expr(.constant(value: .int(1), kind: nil), SourceRange(lineno: 2, colOffset: 8, endLineno: 2, endColOffset: 9))
    let assign = Stmt(.assign(targets: [x], value: one, typeComment: nil), SourceRange(lineno: 2, colOffset: 4, endLineno: 2, endColOffset: 9))
    let global = Stmt(.global(names: ["x"]), SourceRange(lineno: 3, colOffset: 4, endLineno: 3, endColOffset: 12))
    let args = Arguments(posonlyargs: [], args: [], kwonlyargs: [], kwDefaults: [], defaults: [])
    let f = Stmt(.functionDef(name: "f", args: args, body: [assign, global], decoratorList: [], returns: nil, typeComment: nil),
                 SourceRange(lineno: 1, colOffset: 0, endLineno: 3, endColOffset: 12))
    let mod = Mod(.module(body: [f], typeIgnores: []))
    XCTAssertThrowsError(try Compiler.check(module: mod, filename: "g.py", source: Array(src.utf8))) { e in
      let e = e as! PySyntaxError
      XCTAssertEqual(e.message, "name 'x' is assigned to before global declaration")
      XCTAssertEqual(e.text, "    global x\n")
      XCTAssertEqual([e.lineno, e.offset, e.endLineno, e.endOffset], [3, 5, 3, 13])
    }
  }

  func testScopeLookupByNode() throws {
    let cases = try Self.load("symtable_fixtures.jsonl")
    let c = cases.first { ($0["name"] as! String) == "closure_cell_free" }!
    let mod = FixtureAST.module(c["ast"] as! [String: Any])
    let table = try SymbolTable.build(module: mod, filename: "f.py")
    guard case .module(let body, _) = mod.kind, case .functionDef(_, _, let inner, _, _, _) = body[0].kind else {
      return XCTFail("shape")
    }
    let outer = try XCTUnwrap(table.scope(for: body[0]))
    XCTAssertEqual(outer.name, "outer")
    XCTAssertEqual(outer.cellvars, ["a", "b"])
    XCTAssertEqual(outer.scope(of: "inner"), .local)
    let innerScope = try XCTUnwrap(table.scope(for: inner[1]))
    XCTAssertEqual(innerScope.freevars, ["a", "b"])
    XCTAssertEqual(innerScope.parameters, ["c"])
    XCTAssertEqual(innerScope.scope(of: "c"), .local)
    XCTAssertTrue(innerScope.parent === outer)
  }

  func testNameMangling() {
    XCTAssertEqual(NameMangling.mangle("__x", privateName: "C"), "_C__x")
    XCTAssertEqual(NameMangling.mangle("__x", privateName: "__C"), "_C__x")
    XCTAssertEqual(NameMangling.mangle("__x__", privateName: "C"), "__x__")
    XCTAssertEqual(NameMangling.mangle("__", privateName: "C"), "__")
    XCTAssertEqual(NameMangling.mangle("_x", privateName: "C"), "_x")
    XCTAssertEqual(NameMangling.mangle("__a.b", privateName: "C"), "__a.b")
    XCTAssertEqual(NameMangling.mangle("__x", privateName: "___"), "__x")
    XCTAssertEqual(NameMangling.mangle("__x", privateName: nil), "__x")
  }
}

/// Deep trees: CPython 3.11 accepts 3000 nested visits in the symbol table (a script's
/// `-` * 2998 + `x` compiles, `-` * 2999 + `x` raises RecursionError), and nothing may overflow
/// the stack up to there (checked in debug builds, whose frames are the largest).
final class SymbolTableDepthTests: XCTestCase {
  static let r = SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 1)

  static func negations(_ n: Int) -> Mod {
    var e = Expr(.name(id: "x", ctx: .load), r)
    for _ in 0..<n { e = Expr(.unaryOp(op: .uSub, operand: e), r) }
    return Mod(.module(body: [Stmt(.expr(value: e), r)], typeIgnores: []))
  }

  func testRecursionLimitLikeCPython() throws {
    XCTAssertNoThrow(try Compiler.check(module: Self.negations(2998), filename: "deep.py"))
    XCTAssertThrowsError(try Compiler.check(module: Self.negations(2999), filename: "deep.py")) { e in
      let e = e as! PySyntaxError
      XCTAssertEqual(e.kind, .recursionError)
      XCTAssertEqual(e.message, "maximum recursion depth exceeded during compilation")
    }
  }

  func testDeeplyNestedScopes() throws {
    var e = Expr(.name(id: "x", ctx: .load), Self.r)
    let noArgs = { Arguments(posonlyargs: [], args: [], kwonlyargs: [], kwDefaults: [], defaults: []) }
    for _ in 0..<900 { e = Expr(.lambda(args: noArgs(), body: e), Self.r) }
    let mod = Mod(.module(body: [Stmt(.expr(value: e), Self.r)], typeIgnores: []))
    let table = try Compiler.check(module: mod, filename: "deep.py")
    var depth = 0
    var s = table.top
    while let c = s.children.first { s = c; depth += 1 }
    XCTAssertEqual(depth, 900)
    XCTAssertEqual(s.scope(of: "x"), .globalImplicit)
    XCTAssertTrue(s.isNested)
  }
}

/// The same fixtures end to end: swiftpy's own parser feeds `Compiler.check`.
final class SymbolTableParserPipelineTests: XCTestCase {
  func testFixturesThroughTheParser() throws {
    for c in try SymbolTableTests.load("symtable_fixtures.jsonl") {
      let name = c["name"] as! String
      let src = c["src"] as! String
      do {
        let mod = try Parser.parse(bytes: Array(src.utf8), filename: "f.py")
        let table = try Compiler.check(module: mod, filename: "f.py", source: Array(src.utf8))
        XCTAssertEqual(SymbolTableTests.dump(table), c["dump"] as! String, name)
      } catch {
        XCTFail("\(name): unexpected \(error)")
      }
    }
    for c in try SymbolTableTests.load("error_fixtures.jsonl") {
      let name = c["name"] as! String
      let src = c["src"] as! String
      let want = c["error"] as! [Any]
      let expected = "\(want[0] as! String) \(want[1]):\(want[2])-\(want[3]):\(want[4])"
      do {
        let mod = try Parser.parse(bytes: Array(src.utf8), filename: "f.py")
        try Compiler.check(module: mod, filename: "f.py")
        XCTFail("\(name): no error, expected \(expected)")
      } catch {
        let got = "\(error.message) \(error.lineno):\(error.offset)-\(error.endLineno):\(error.endOffset)"
        XCTAssertEqual(got, expected, name)
      }
    }
  }
}
