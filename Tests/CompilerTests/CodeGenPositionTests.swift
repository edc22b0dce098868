import Foundation
import XCTest
import PySyntax
import PyCompiler

/// Source positions of the instructions that can raise must be CPython 3.11's (tracebacks
/// print carets from them). Fixtures/CodeGen/positions.json lists, per snippet and code
/// object, CPython's positions of calls, operators, attribute/item access, name loads and
/// the like (make_position_cases.py); swiftpy's corresponding instructions must carry the
/// same positions in the same order.
final class CodeGenPositionTests: XCTestCase {
  struct Case: Decodable {
    struct Code: Decodable {
      var qualname: String
      var instructions: [[KindOrInt]]
    }
    var source: String
    var codes: [Code]
  }

  enum KindOrInt: Decodable, Equatable, CustomStringConvertible {
    case kind(String)
    case int(Int)
    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let i = try? c.decode(Int.self) { self = .int(i) } else { self = .kind(try c.decode(String.self)) }
    }
    var description: String {
      switch self {
      case .kind(let s): return s
      case .int(let i): return String(i)
      }
    }
  }

  static func kind(_ op: Opcode) -> String? {
    switch op {
    case .call, .callMethod, .callEx: return "call"
    case .add, .sub, .mul, .matMul, .trueDiv, .floorDiv, .mod, .pow, .lshift, .rshift, .and, .or,
         .xor, .inplaceAdd, .inplaceSub, .inplaceMul, .inplaceMatMul, .inplaceTrueDiv,
         .inplaceFloorDiv, .inplaceMod, .inplacePow, .inplaceLshift, .inplaceRshift, .inplaceAnd,
         .inplaceOr, .inplaceXor:
      return "binop"
    case .subscr: return "subscr"
    case .storeSubscr: return "storesubscr"
    case .deleteSubscr: return "delsubscr"
    case .loadAttr: return "attr"
    case .loadMethod: return "method"
    case .storeAttr: return "storeattr"
    case .deleteAttr: return "delattr"
    case .lt, .le, .eq, .ne, .gt, .ge: return "compare"
    case .contains, .notContains: return "contains"
    case .neg, .pos, .invert, .not: return "unary"
    case .loadGlobal: return "global"
    case .loadName: return "name"
    case .storeName: return "storename"
    case .raise: return "raise"
    case .importName: return "import"
    case .importFrom: return "importfrom"
    case .getIter: return "getiter"
    case .forIter: return "foriter"
    case .unpackSequence, .unpackEx: return "unpack"
    case .buildSlice: return "slice"
    case .formatValue: return "format"
    case .loadDeref: return "deref"
    case .beforeWith: return "with"
    case .makeFunction: return "makefunction"
    case .listExtend: return "extend"
    case .dictMerge: return "dictmerge"
    case .dictUpdate: return "dictupdate"
    case .buildString: return "buildstring"
    default: return nil
    }
  }

  func testPositionsMatchCPython() throws {
    let data = try Data(contentsOf: CodeGenSupport.fixtures.appendingPathComponent("positions.json"))
    let cases = try JSONDecoder().decode([Case].self, from: data)
    XCTAssertGreaterThan(cases.count, 30)
    var failures: [String] = []
    for c in cases {
      let unit = try CodeGenSupport.compile(c.source, filename: "<snippet>")
      var units: [CodeUnit] = []
      collect(unit, &units)
      if units.map({ $0.qualname }) != c.codes.map({ $0.qualname }) {
        failures.append("\(c.source): code objects \(units.map { $0.qualname }) vs \(c.codes.map { $0.qualname })")
        continue
      }
      for (u, expected) in zip(units, c.codes) {
        let got = rows(u)
        let want = expected.instructions.map { $0.map { $0.description }.joined(separator: " ") }
        if got != want {
          failures.append("\(c.source) [\(u.qualname)]:\n  CPython: \(want)\n  swiftpy: \(got)")
        }
      }
    }
    if !failures.isEmpty { XCTFail(failures.joined(separator: "\n")) }
  }

  private func collect(_ u: CodeUnit, _ out: inout [CodeUnit]) {
    out.append(u)
    for c in u.constants { if case .code(let inner) = c { collect(inner, &out) } }
  }

  private func rows(_ u: CodeUnit) -> [String] {
    var out: [String] = []
    for ins in CodeGenSupport.instructions(u) {
      guard let kind = Self.kind(ins.op) else { continue }
      let p = u.positions[ins.offset]
      out.append("\(kind) \(p.lineno) \(p.colOffset) \(p.endLineno) \(p.endColOffset)")
    }
    return out
  }
}
