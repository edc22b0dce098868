import Foundation
import XCTest
import PySyntax
import PyCompiler

/// The shape of generated code: constants after folding (as CPython's co_consts), register
/// layout and counts, bound checks, move flags, exception tables, code flags, modes, and the
/// compile-time errors, each compared with what CPython 3.11 does.
final class CodeGenStructureTests: XCTestCase {
  private func compile(_ src: String, optimize: Int = 0, mode: CompileMode = .exec) throws -> CodeUnit {
    try CodeGenSupport.compile(src, mode: mode, optimize: optimize)
  }

  private func constants(_ u: CodeUnit) -> [String] {
    u.constants.map { c -> String in
      if case .code(let inner) = c { return "<code \(inner.name)>" }
      return repr(c)
    }
  }

  private func repr(_ c: CodeConstant) -> String {
    switch c {
    case .constant(let v): return PythonRepr.constant(v)
    case .tuple(let items):
      if items.count == 1 { return "(" + repr(items[0]) + ",)" }
      return "(" + items.map(repr).joined(separator: ", ") + ")"
    case .frozenset(let items):
      return items.isEmpty ? "frozenset()" : "frozenset({" + items.map(repr).joined(separator: ", ") + "})"
    case .code(let code): return "<code \(code.name)>"
    }
  }

  private func error(_ src: String) -> PySyntaxError? {
    do {
      _ = try compile(src)
      return nil
    } catch let e as PySyntaxError {
      return e
    } catch {
      XCTFail("unexpected error \(error)")
      return nil
    }
  }

  // MARK: Constant folding (Python/ast_opt.c)

  func testFoldsArithmeticAndCollections() throws {
    // Expected constants from CPython 3.11: compile(src, '', 'exec').co_consts
    let u = try compile("""
      a = 2 ** 10 + 3 * 4 - 1
      b = "ab" * 3
      c = (1, (2, 3), "x")
      d = -5.5
      e = 7 // 2, 7 % -3, 1 / 4, 2 ** -1
      f = ~True, not 0, -True
      g = "abc"[1], (1, 2, 3)[-1], b"xy"[0]
      h = 1 + 2j
      """)
    XCTAssertEqual(constants(u), ["'ababab'", "(1, (2, 3), 'x')", "-5.5", "(3, -2, 0.25, 0.5)",
                                  "(-2, True, -1)", "('b', 3, 120)", "(1+2j)"])
    let first = CodeGenSupport.instructions(u)[0]
    XCTAssertEqual(first.op, .loadInt)
    XCTAssertEqual(Instruction(word: u.code[0]).sbx, 1035)
  }

  func testFoldsBigIntegers() throws {
    // CPython 3.11: co_consts of the same module.
    let u = try compile("""
      a = 1 << 100
      b = 2 ** 64
      c = 10 ** 30
      d = -2 ** 63
      e = 0xFFFFFFFFFFFFFFFFFFFF + 1
      f = 2 ** 64 // 3
      g = (1 << 70) % 1000
      h = 123456789012345678901234567890 * 2
      """)
    XCTAssertEqual(constants(u), ["1267650600228229401496703205376", "18446744073709551616",
                                  "1000000000000000000000000000000", "-9223372036854775808",
                                  "1208925819614629174706176", "6148914691236517205",
                                  "246913578024691357802469135780"])
    // 424, small, is loaded by loadInt rather than from the constants.
    XCTAssertTrue(u.code.contains { Instruction(word: $0).opcode == .loadInt && Instruction(word: $0).sbx == 424 })
  }

  func testFoldingLimits() throws {
    // Not folded by CPython: results over 128 bits, strings over 4096 characters, tuples
    // over 256 items, anything that raises.
    let u = try compile("""
      a = 2 ** 200
      b = "a" * 5000
      c = (1,) * 300
      d = 1 / 0
      e = "%s" % "x"
      """)
    let ops = CodeGenSupport.opcodes(u)
    XCTAssertEqual(ops.filter { $0 == .pow }.count, 1)
    XCTAssertEqual(ops.filter { $0 == .mul }.count, 2)
    XCTAssertEqual(ops.filter { $0 == .trueDiv }.count, 1)
    XCTAssertEqual(ops.filter { $0 == .mod }.count, 1)
  }

  func testMembershipTestsUseConstantTuplesAndFrozensets() throws {
    let u = try compile("x in [1, 2]\ny not in {3, 4}\nfor i in [5, 6]: pass")
    XCTAssertEqual(constants(u), ["(1, 2)", "frozenset({3, 4})", "(5, 6)"])
  }

  func testDebugAndAssertUnderOptimize() throws {
    let plain = try compile("if __debug__: print(1)\nassert x, 'm'")
    XCTAssertTrue(CodeGenSupport.opcodes(plain).contains(.loadAssertionError))
    XCTAssertTrue(CodeGenSupport.opcodes(plain).contains(.call))
    let optimized = try compile("if __debug__: print(1)\nassert x, 'm'", optimize: 1)
    XCTAssertEqual(CodeGenSupport.opcodes(optimized), [.returnNone])
  }

  func testPercentFormatBecomesFString() throws {
    let u = try compile("'%s-%r=%5s|%-3a' % (a, b, c, d)", mode: .eval)
    let ops = CodeGenSupport.opcodes(u)
    XCTAssertEqual(ops.filter { $0 == .formatValue }.count, 4)
    XCTAssertTrue(ops.contains(.buildString))
    XCTAssertFalse(ops.contains(.mod))
    XCTAssertEqual(constants(u), ["'-'", "'='", "'>5'", "'|'", "'3'"])
  }

  func testNotOfComparisonIsInverted() throws {
    let u = try compile("not a in b", mode: .eval)
    XCTAssertTrue(CodeGenSupport.opcodes(u).contains(.notContains))
    XCTAssertFalse(CodeGenSupport.opcodes(u).contains(.not))
  }

  func testFoldedDocstringIsNotADocstring() throws {
    // CPython wraps a docstring produced by folding in a JoinedStr: no __doc__ is stored.
    let folded = try compile("'a' + 'b'\n")
    XCTAssertFalse(folded.names.contains("__doc__"))
    let real = try compile("'doc'\n")
    XCTAssertEqual(real.names, ["__doc__"])
  }

  // MARK: Registers, bound checks, move flags

  func testLocalsAreRegistersAndParametersNeedNoBoundCheck() throws {
    let u = try compile("def f(a, b):\n    c = a + b\n    return c\n")
    let f = CodeGenSupport.find("f", in: u)!
    XCTAssertEqual(f.varnames, ["a", "b", "c"])
    XCTAssertEqual(CodeGenSupport.opcodes(f), [.add, .return])
    XCTAssertEqual(f.registerCount, 3)
  }

  func testMaybeUnboundLocalsAreChecked() throws {
    let u = try compile("""
      def f(c):
          if c:
              x = 1
          return x
      def g():
          x = 1
          del x
          return x
      def h():
          for i in range(3):
              pass
          return i
      """)
    XCTAssertTrue(CodeGenSupport.opcodes(CodeGenSupport.find("f", in: u)!).contains(.checkBound))
    XCTAssertEqual(CodeGenSupport.opcodes(CodeGenSupport.find("g", in: u)!).filter { $0 == .checkBound }.count, 1)
    XCTAssertTrue(CodeGenSupport.opcodes(CodeGenSupport.find("h", in: u)!).contains(.checkBound))
  }

  func testBoundLocalsAreNotCheckedAgain() throws {
    let u = try compile("def f():\n    x = 1\n    y = x + x\n    return y * x\n")
    XCTAssertFalse(CodeGenSupport.opcodes(CodeGenSupport.find("f", in: u)!).contains(.checkBound))
  }

  func testTemporariesCarryMoveFlagsAtTheirLastUse() throws {
    let u = try compile("def f(a):\n    return a.b + 1\n")
    let f = CodeGenSupport.find("f", in: u)!
    let words = f.code.map(Instruction.init(word:))
    let ret = words.first { $0.opcode == .return }!
    XCTAssertNotEqual(ret.a & Instruction.moveFlagA, 0, "the returned temporary is moved out")
    let load = words.first { $0.opcode == .loadAttr }!
    XCTAssertEqual(load.b & Instruction.moveFlagBC, 0, "a parameter is never moved")
    let add = words.first { $0.opcode == .add }!
    XCTAssertNotEqual(add.b & Instruction.moveFlagBC, 0)
    XCTAssertNotEqual(add.c & Instruction.moveFlagBC, 0)
  }

  func testCallWindowIsAboveLiveTemporaries() throws {
    let u = try compile("def f(g, x):\n    return [x, g(x, 1)]\n")
    let f = CodeGenSupport.find("f", in: u)!
    let ins = CodeGenSupport.instructions(f)
    let call = ins.first { $0.op == .call }!
    let build = ins.first { $0.op == .buildList }!
    // The list's first element is in the register below the call window.
    XCTAssertEqual(build.b + 1, call.a)
    XCTAssertEqual(call.b, 2)
  }

  // MARK: Cells, closures, classes

  func testCellsAndClosures() throws {
    let u = try compile("""
      def outer(p):
          q = 1
          def inner():
              return p + q
          return inner
      """)
    let outer = CodeGenSupport.find("outer", in: u)!
    XCTAssertEqual(outer.varnames, ["p", "inner"])
    XCTAssertEqual(outer.cellvars, ["p", "q"])
    let inner = CodeGenSupport.find("inner", in: u)!
    XCTAssertEqual(inner.freevars, ["p", "q"])
    XCTAssertEqual(inner.qualname, "outer.<locals>.inner")
    let cells = CodeGenSupport.instructions(outer).filter { $0.op == .makeCell }
    XCTAssertEqual(cells.count, 2)
    XCTAssertEqual(cells[0].b, 0, "the parameter moves into its cell")
    XCTAssertEqual(cells[1].b, Instruction.noRegister)
    XCTAssertTrue(inner.flags.contains(.nested))
  }

  func testClassBodyWithClassCell() throws {
    let u = try compile("class C:\n    def m(self):\n        return super().m()\n")
    let body = CodeGenSupport.find("C", in: u)!
    XCTAssertEqual(body.cellvars, ["__class__"])
    XCTAssertEqual(Array(body.names.prefix(3)), ["__name__", "__module__", "__qualname__"])
    XCTAssertTrue(body.names.contains("__classcell__"))
    let ops = CodeGenSupport.opcodes(body)
    XCTAssertEqual(ops.first, .makeCell)
    XCTAssertEqual(ops.last, .return)
    let m = CodeGenSupport.find("m", in: u)!
    XCTAssertEqual(m.freevars, ["__class__"])
  }

  func testCodeFlags() throws {
    let u = try compile("""
      def gen(*a, **k): yield
      async def coro(): await x
      async def agen(): yield
      """)
    XCTAssertEqual(CodeGenSupport.find("gen", in: u)!.flags,
                   [.optimized, .newLocals, .generator, .varArgs, .varKeywords])
    XCTAssertEqual(CodeGenSupport.find("coro", in: u)!.flags, [.optimized, .newLocals, .coroutine])
    XCTAssertEqual(CodeGenSupport.find("agen", in: u)!.flags, [.optimized, .newLocals, .asyncGenerator])
  }

  func testFunctionDocstringIsFirstConstant() throws {
    let u = try compile("def f():\n    'doc'\n    return 1\ng = lambda: 2\n")
    XCTAssertEqual(constants(CodeGenSupport.find("f", in: u)!).first, "'doc'")
    XCTAssertEqual(constants(CodeGenSupport.find("<lambda>", in: u)!).first, "None")
    let stripped = try compile("def f():\n    'doc'\n", optimize: 2)
    XCTAssertEqual(constants(CodeGenSupport.find("f", in: stripped)!).first, "None")
  }

  // MARK: Exceptions

  func testTryExceptHasNestedHandlers() throws {
    let u = try compile("try:\n    f()\nexcept E as e:\n    g(e)\n")
    XCTAssertGreaterThanOrEqual(u.exceptionTable.count, 3, "body, handler cleanup, name cleanup")
    for entry in u.exceptionTable {
      XCTAssertLessThan(entry.start, entry.end)
      XCTAssertGreaterThanOrEqual(entry.handler, 0)
    }
    let ops = CodeGenSupport.opcodes(u)
    XCTAssertTrue(ops.contains(.pushExcInfo))
    XCTAssertTrue(ops.contains(.checkExcMatch))
    XCTAssertTrue(ops.contains(.popExcept))
  }

  // MARK: Modes

  func testEvalAndSingleModes() throws {
    let e = try compile("1 + x", mode: .eval)
    XCTAssertEqual(CodeGenSupport.opcodes(e).last, .return)
    let s = try compile("x + 1\n", mode: .single)
    XCTAssertTrue(CodeGenSupport.opcodes(s).contains(.printExpr))
    let nested = try compile("def f():\n    x + 1\n\n", mode: .single)
    XCTAssertFalse(CodeGenSupport.opcodes(CodeGenSupport.find("f", in: nested)!).contains(.printExpr))
  }

  // MARK: Errors (messages and locations from CPython 3.11's compile())

  func testCompileTimeErrors() {
    let cases: [(String, String, Int, Int, Int, Int)] = [
      ("break", "'break' outside loop", 1, 1, 1, 6),
      ("def f():\n  yield from x\nasync def g():\n  yield from x", "'yield from' inside async function", 4, 3, 4, 15),
      ("f(a=1, a=2)", "keyword argument repeated: a", 1, 8, 1, 11),
      ("match x:\n case y: pass\n case z: pass", "name capture 'y' makes remaining patterns unreachable", 2, 7, 2, 8),
      ("match x:\n case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 11, 2, 12),
      ("match x:\n case {1: a, 1: b}: pass", "mapping pattern checks duplicate key (1)", 2, 7, 2, 19),
      ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1, 4, 7),
      ("__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 10),
    ]
    for (src, message, line, col, endLine, endCol) in cases {
      guard let e = error(src) else {
        XCTFail("no error for \(src)")
        continue
      }
      XCTAssertEqual(e.message, message, src)
      XCTAssertEqual([e.lineno, e.offset, e.endLineno, e.endOffset], [line, col, endLine, endCol], src)
    }
  }

  func testSyntaxWarnings() throws {
    // Expected: python3 -c "compile(src, 'f.py', 'exec')" under warnings.catch_warnings.
    let cases: [(String, [String])] = [
      ("x is 1", ["\"is\" with a literal. Did you mean \"==\"?"]),
      ("x is not ()", ["\"is not\" with a literal. Did you mean \"!=\"?"]),
      ("1 is x", ["\"is\" with a literal. Did you mean \"==\"?"]),
      ("assert (x, y)", ["assertion is always true, perhaps remove parentheses?"]),
      ("assert ()", []),
      ("(1)(2)", ["'int' object is not callable; perhaps you missed a comma?"]),
      ("[1](2)", ["'list' object is not callable; perhaps you missed a comma?"]),
      ("\"abc\"(1)", ["'str' object is not callable; perhaps you missed a comma?"]),
      ("{}()", ["'dict' object is not callable; perhaps you missed a comma?"]),
      ("(1, 2)[1, 2]", ["tuple indices must be integers or slices, not tuple; perhaps you missed a comma?"]),
      ("\"s\"[\"k\"]", ["str indices must be integers or slices, not str; perhaps you missed a comma?"]),
      ("[1][\"a\"]", ["list indices must be integers or slices, not str; perhaps you missed a comma?"]),
      ("{1}[0]", ["'set' object is not subscriptable; perhaps you missed a comma?"]),
      ("1[0]", ["'int' object is not subscriptable; perhaps you missed a comma?"]),
      ("f\"x\"[1.5]", ["str indices must be integers or slices, not float; perhaps you missed a comma?"]),
      ("x = None is x", []),
      ("if x is \"a\": pass", ["\"is\" with a literal. Did you mean \"==\"?"]),
      ("x is ...", []),
      ("(1, 2) is x", ["\"is\" with a literal. Did you mean \"==\"?"]),
      ("(1, *a)[\"x\"]", ["tuple indices must be integers or slices, not str; perhaps you missed a comma?"]),
      ("lambda: 0[1]", ["'int' object is not subscriptable; perhaps you missed a comma?"]),
    ]
    for (src, expected) in cases {
      let bytes = Array(src.utf8)
      let mod = try Parser.parse(bytes: bytes, filename: "f.py")
      var got: [String] = []
      _ = try Compiler.compile(mod, filename: "f.py", mode: .exec, warnings: { got.append($0.message) })
      XCTAssertEqual(got, expected, src)
    }
    let mod = try Parser.parse(bytes: Array("def f():\n    return 1 is 1\n".utf8), filename: "f.py")
    var lines: [Int] = []
    _ = try Compiler.compile(mod, filename: "f.py", mode: .exec, warnings: { lines.append($0.lineno) })
    XCTAssertEqual(lines, [2])
  }

  func testTooDeepNestingIsARecursionError() {
    let src = "x" + String(repeating: "+x", count: 12_000)
    let e = error(src)
    XCTAssertNotNil(e)
    if let e {
      XCTAssertEqual(e.kind, .recursionError)
      XCTAssertEqual(e.message, "maximum recursion depth exceeded during compilation")
    }
  }

  func testTooManyRegistersIsAnErrorNotACrash() {
    var src = "def f():\n"
    for i in 0..<33_000 { src += "    v\(i) = 0\n" }
    let e = error(src)
    XCTAssertEqual(e?.message, "too many registers needed to compile this code")
  }
}
