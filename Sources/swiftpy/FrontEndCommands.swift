import PyCompiler
import PySyntax

/// The commands that only need the front end: parsing and checking a script (and reporting its
/// SyntaxError as CPython does), dumping the AST, and the in-process parser benchmark.
enum FrontEndCommands {
  /// The source of a script file; exits with CPython's message (status 2) when it cannot be read.
  static func readScript(_ path: String, program: String) -> [UInt8] {
    do {
      return try SystemIO.readFile(path)
    } catch {
      // As CPython's pymain_run_file: "python3: can't open file '/abs/path': [Errno 2] ...".
      SystemIO.writeErr("\(program): can't open file '\(SystemIO.absolutePath(path))': \(error.description)\n")
      SystemIO.exit(2)
    }
  }

  /// `--dis FILE`: compiles FILE as a script (`python3 FILE` would: absolute file name, the
  /// `.file` source origin) and prints `Disassembler.listing` of its code objects; a
  /// SyntaxError is reported as for a script run (status 1).
  static func disassemble(path: String, program: String) -> Never {
    let source = readScript(path, program: program)
    let filename = SystemIO.absolutePath(path)
    let mod = parseOrExit(source, filename: filename, origin: .file)
    var listing = ""
    SystemIO.runOnLargeStack {
      do throws(PySyntaxError) {
        let unit = try Compiler.compile(mod, filename: filename, mode: .exec, source: source)
        listing = Disassembler.listing(unit)
      } catch {
        SystemIO.writeErr(SyntaxErrorReport.format(error))
        SystemIO.exit(1)
      }
    }
    SystemIO.writeOut(listing)
    SystemIO.exit(0)
  }

  /// `print(ast.dump(ast.parse(source, path), indent=2[, include_attributes=True]))`: the source
  /// read as bytes, so parsed as `compile(bytes, path, 'exec')` does.
  static func dumpAST(path: String, includeAttributes: Bool, program: String) -> Never {
    let source = readScript(path, program: program)
    let mod = parseOrExit(source, filename: path, origin: .bytes)
    SystemIO.runOnLargeStack {
      SystemIO.writeOut(ASTDump.dump(mod, indent: 2, includeAttributes: includeAttributes) + "\n")
    }
    SystemIO.exit(0)
  }

  /// Parses every file `repetitions` times (sources read beforehand, not timed) and prints
  /// the number of files, of failed parses, and the seconds spent parsing (wall clock and
  /// process CPU time).
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
    let cpuStart = SystemIO.processCPUSeconds()
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
    let cpuSeconds = SystemIO.processCPUSeconds() - cpuStart
    SystemIO.writeOut("files: \(files.count)\nrepetitions: \(repetitions)\nfailed parses: \(failures)\n"
                      + "seconds: \(seconds)\ncpu seconds: \(cpuSeconds)\n")
    SystemIO.exit(failures == 0 ? 0 : 1)
  }

  // MARK: - Helpers

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
