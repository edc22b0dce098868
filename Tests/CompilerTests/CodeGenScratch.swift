import XCTest
import PySyntax
import PyCompiler

/// Development aid (not a test): prints the disassembly of $CODEGEN_FILE.
final class CodeGenScratch: XCTestCase {
  func testDisassembleFile() throws {
    guard let path = ProcessInfo.processInfo.environment["CODEGEN_FILE"] else { return }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    switch CodeGenExecutionTests.compile([UInt8](data), filename: path) {
    case .success(let unit):
      print(Disassembler.listing(unit))
      if let out = ProcessInfo.processInfo.environment["CODEGEN_JSON"] {
        try CodeGenSupport.json(unit).write(toFile: out, atomically: true, encoding: .utf8)
      }
    case .failure(let e): print("SyntaxError:", e.message, e.lineno, e.offset, e.endLineno, e.endOffset)
    }
  }
}

/// Development aid: compiles every .py under $CODEGEN_TREE, reporting failures and time.
final class CodeGenTreeScratch: XCTestCase {
  func testCompileTree() throws {
    guard let root = ProcessInfo.processInfo.environment["CODEGEN_TREE"] else { return }
    let fm = FileManager.default
    var files: [String] = []
    let e = fm.enumerator(atPath: root)!
    while let f = e.nextObject() as? String {
      if f.hasSuffix(".py") && !f.hasPrefix("test/") && !f.contains("/test/") && !f.hasPrefix("lib2to3/")
          && !f.hasPrefix("idlelib/idle_test") && !f.hasPrefix("site-packages") { files.append(f) }
    }
    files.sort()
    var failures = 0
    var compiled = 0
    var words = 0
    var parseTime = 0.0
    var compileTime = 0.0
    let start = Date()
    for f in files {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + f)))
      let t0 = Date()
      guard let mod = try? Parser.parse(bytes: bytes, filename: f) else { continue }
      let t1 = Date()
      parseTime += t1.timeIntervalSince(t0)
      let r: Result<CodeUnit, PySyntaxError>
      do throws(PySyntaxError) { r = .success(try Compiler.compile(mod, filename: f, mode: .exec, source: bytes)) } catch { r = .failure(error) }
      compileTime += Date().timeIntervalSince(t1)
      switch r {
      case .success(let u):
        compiled += 1
        var stack = [u]
        while let c = stack.popLast() {
          words += c.code.count
          for k in c.constants { if case .code(let inner) = k { stack.append(inner) } }
        }
      case .failure(let err):
        failures += 1
        print("FAIL \(f): \(err.kind) \(err.message) line \(err.lineno)")
      }
    }
    print("compiled \(compiled) files, \(failures) failures, \(words) code words, \(Date().timeIntervalSince(start))s (parse \(parseTime)s, compile \(compileTime)s)")
  }
}

/// Development aid: compares code-object facts of the tree $CODEGEN_TREE with the JSON
/// $CODEGEN_CPYTHON_CODE written by CPython (qualname, firstlineno, arg counts, varnames,
/// cellvars, freevars, flags, names), printing the first differences.
final class CodeGenCodeObjectScratch: XCTestCase {
  func testCompareCodeObjects() throws {
    guard let root = ProcessInfo.processInfo.environment["CODEGEN_TREE"],
          let dump = ProcessInfo.processInfo.environment["CODEGEN_CPYTHON_CODE"] else { return }
    let data = try Data(contentsOf: URL(fileURLWithPath: dump))
    let expected = try JSONSerialization.jsonObject(with: data) as! [String: [[Any]]]
    var diffs: [String: Int] = [:]
    var shown = 0
    var compared = 0
    for (rel, rows) in expected.sorted(by: { $0.key < $1.key }) {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + rel)))
      guard case .success(let unit) = CodeGenExecutionTests.compile(bytes, filename: rel) else {
        diffs["compile error", default: 0] += 1
        continue
      }
      var units: [CodeUnit] = []
      func walk(_ u: CodeUnit) {
        units.append(u)
        for c in u.constants { if case .code(let i) = c { walk(i) } }
      }
      walk(unit)
      if units.count != rows.count {
        diffs["code object count", default: 0] += 1
        if shown < 20 { print("\(rel): \(units.count) vs \(rows.count) code objects"); shown += 1 }
        continue
      }
      for (u, row) in zip(units, rows) {
        compared += 1
        let fields: [(String, String, String)] = [
          ("qualname", u.qualname, "\(row[0])"),
          ("firstlineno", "\(u.firstLineno)", "\(row[1])"),
          ("argcount", "\(u.argCount) \(u.posOnlyArgCount) \(u.kwOnlyArgCount)", "\(row[2]) \(row[3]) \(row[4])"),
          ("varnames", "\(u.varnames)", "\(row[5] as! [String])"),
          ("cellvars", "\(u.cellvars)", "\(row[6] as! [String])"),
          ("freevars", "\(u.freevars)", "\(row[7] as! [String])"),
          ("flags", "\(Int(u.flags.rawValue) & 0x3ff)", "\(row[8])"),
          ("names", "\(u.names)", "\(row[9] as! [String])"),
        ]
        for (name, got, want) in fields where got != want {
          diffs[name, default: 0] += 1
          if shown < 60 { print("\(rel) \(u.qualname) \(name): swiftpy \(got) CPython \(want)"); shown += 1 }
        }
      }
    }
    print("compared \(compared) code objects; differences: \(diffs)")
  }
}
