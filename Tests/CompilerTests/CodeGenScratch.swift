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
