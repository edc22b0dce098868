import PyCompiler
import PySyntax

/// The commands that only need the front end: parsing and checking a script (and reporting its
/// SyntaxError as CPython does), dumping the AST, and the in-process parser benchmark.
enum FrontEndCommands {
  /// Reads and parses a script file; on a SyntaxError prints CPython's report and exits 1.
  /// Until the runtime exists a script that parses cannot be run: exit status 2.
  /// The script's name in errors and tracebacks is its path made absolute (as CPython's
  /// config_run_filename_abspath: the current directory joined to the path as given).
  static func runFile(path: String) -> Never {
    let source = readScript(path)
    let filename = SystemIO.absolutePath(path)
    let mod = parseOrExit(source, filename: filename, origin: .file)
    checkOrExit(mod, filename: filename, fileSource: source)
    notImplemented()
  }

  /// `-c`: CPython compiles the command as a `str` (`PyRun_SimpleStringFlags`).
  static func runString(_ source: String) -> Never {
    let mod = parseOrExit(Array(source.utf8), filename: "<string>", origin: .text)
    checkOrExit(mod, filename: "<string>", fileSource: nil)
    notImplemented()
  }

  static func runStdin() -> Never {
    let source: [UInt8]
    do {
      source = try SystemIO.readAll(0)
    } catch {
      SystemIO.writeErr("swiftpy: can't read <stdin>: \(error.description)\n")
      SystemIO.exit(2)
    }
    let mod = parseOrExit(source, filename: "<stdin>", origin: .file)
    checkOrExit(mod, filename: "<stdin>", fileSource: nil)
    notImplemented()
  }

  /// `print(ast.dump(ast.parse(source, path), indent=2[, include_attributes=True]))`: the source
  /// read as bytes, so parsed as `compile(bytes, path, 'exec')` does.
  static func dumpAST(path: String, includeAttributes: Bool) -> Never {
    let source = readScript(path)
    let mod = parseOrExit(source, filename: path, origin: .bytes)
    SystemIO.writeOut(ASTDump.dump(mod, indent: 2, includeAttributes: includeAttributes) + "\n")
    SystemIO.exit(0)
  }

  /// Parses every file `repetitions` times (sources read beforehand, not timed) and prints
  /// the number of files, of failed parses, and the seconds spent parsing.
  static func parseBench(repetitions: Int, paths: [String]) -> Never {
    var files: [(path: String, bytes: [UInt8])] = []
    for path in expandFileLists(paths) {
      do {
        files.append((path, try SystemIO.readFile(path)))
      } catch {
        SystemIO.writeErr("swiftpy: can't open file '\(path)': \(error.description)\n")
        SystemIO.exit(2)
      }
    }
    var failures = 0
    var nodes = 0
    let start = SystemIO.monotonicSeconds()
    for _ in 0..<repetitions {
      for file in files {
        do {
          let mod = try Parser.parse(bytes: file.bytes, filename: file.path, mode: .exec)
          if case .module(let body, _) = mod.kind { nodes &+= body.count }
        } catch {
          failures += 1
        }
      }
    }
    let seconds = SystemIO.monotonicSeconds() - start
    SystemIO.writeOut("files: \(files.count)\nrepetitions: \(repetitions)\nfailed parses: \(failures)\n"
                      + "seconds: \(seconds)\n")
    SystemIO.exit(failures == 0 ? 0 : 1)
  }

  // MARK: - Helpers

  private static func readScript(_ path: String) -> [UInt8] {
    do {
      return try SystemIO.readFile(path)
    } catch {
      // As CPython's pymain_run_file: "python3: can't open file '/abs/path': [Errno 2] ...".
      SystemIO.writeErr("swiftpy: can't open file '\(SystemIO.absolutePath(path))': \(error.description)\n")
      SystemIO.exit(2)
    }
  }

  /// `origin` says how CPython would have read the source (a script file, bytes, a str): its
  /// decoding checks and error details differ between them.
  private static func parseOrExit(_ source: [UInt8], filename: String, origin: SourceBuffer.Origin) -> Mod {
    do {
      let buffer = try SourceBuffer(bytes: source, filename: filename, origin: origin)
      return try Parser.parse(buffer, mode: .exec)
    } catch {
      SystemIO.writeErr(SyntaxErrorReport.format(error))
      SystemIO.exit(1)
    }
  }

  /// The compile-time checks (future imports, symbol table, compiler checks) that turn a parsed
  /// module into CPython's compile-time SyntaxErrors. `fileSource` is the file's content when
  /// there is a file CPython would read the error line back from.
  private static func checkOrExit(_ mod: Mod, filename: String, fileSource: [UInt8]?) {
    do {
      try Compiler.check(module: mod, filename: filename, source: fileSource)
    } catch {
      SystemIO.writeErr(SyntaxErrorReport.format(error))
      SystemIO.exit(1)
    }
  }

  private static func notImplemented() -> Never {
    SystemIO.writeErr("swiftpy: execution is not implemented yet\n")
    SystemIO.exit(2)
  }

  /// `@LIST` arguments replaced by the paths listed in LIST (one a line, blank lines ignored).
  private static func expandFileLists(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      guard path.hasPrefix("@") else {
        result.append(path)
        continue
      }
      let listPath = String(path.dropFirst())
      do {
        let bytes = try SystemIO.readFile(listPath)
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
          result.append(String(decoding: line, as: UTF8.self))
        }
      } catch {
        SystemIO.writeErr("swiftpy: can't open file '\(listPath)': \(error.description)\n")
        SystemIO.exit(2)
      }
    }
    return result
  }
}
