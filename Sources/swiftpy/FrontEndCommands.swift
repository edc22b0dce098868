import PySyntax

/// The commands that only need the front end: parsing a script (and reporting its SyntaxError
/// as CPython does), dumping the AST, and the in-process parser benchmark.
enum FrontEndCommands {
  /// Reads and parses a script file; on a SyntaxError prints CPython's report and exits 1.
  /// Until the runtime exists a script that parses cannot be run: exit status 2.
  /// The script's name in errors and tracebacks is its path made absolute (as CPython's
  /// config_run_filename_abspath: the current directory joined to the path as given).
  static func runFile(path: String) -> Never {
    let source = readScript(path)
    _ = parseOrExit(source, filename: SystemIO.absolutePath(path))
    notImplemented()
  }

  static func runString(_ source: String) -> Never {
    _ = parseOrExit(Array(source.utf8), filename: "<string>")
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
    _ = parseOrExit(source, filename: "<stdin>")
    notImplemented()
  }

  /// `print(ast.dump(ast.parse(source, path), indent=2[, include_attributes=True]))`.
  static func dumpAST(path: String, includeAttributes: Bool) -> Never {
    let source = readScript(path)
    let mod = parseOrExit(source, filename: path)
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

  private static func parseOrExit(_ source: [UInt8], filename: String) -> Mod {
    do {
      return try Parser.parse(bytes: source, filename: filename, mode: .exec)
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
