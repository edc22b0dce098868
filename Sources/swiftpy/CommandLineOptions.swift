/// What the command line asked swiftpy to do, parsed from `CommandLine.arguments` the way
/// CPython's Python/getopt.c + Python/initconfig.c read `python3 [option] ... [-c cmd | file | -] [arg] ...`
/// (only the options swiftpy implements so far), plus swiftpy's own front-end tools.
enum Command: Equatable {
  /// Run a script file (`swiftpy FILE args…`); `argv` becomes `sys.argv` (FILE first).
  case runFile(path: String, argv: [String])
  /// Run the program text given with `-c` (`sys.argv[0]` is `-c`).
  case runString(source: String, argv: [String])
  /// Read the program from standard input (`swiftpy -` or `swiftpy < file`).
  case runStdin(argv: [String])
  /// `--ast FILE` / `--ast-positions FILE`: print `ast.dump(ast.parse(source, FILE), indent=2)`.
  case dumpAST(path: String, includeAttributes: Bool)
  /// `--parse-bench N FILE…`: parse every file N times and print the time taken.
  case parseBench(repetitions: Int, paths: [String])
  case help
  case version
}

/// A command-line mistake: the message CPython would print before its usage lines.
struct UsageError: Error {
  var message: String
}

enum CommandLineOptions {
  static let usageLine = "usage: swiftpy [option] ... [-c cmd | file | -] [arg] ..."

  static let helpText = """
    \(usageLine)
    Options:
    -c cmd : program passed in as string (terminates option list)
    -h     : print this help message and exit (also -? or --help)
    -V     : print the Python version number and exit (also --version)
    file   : program read from script file
    -      : program read from stdin (default; interactive mode if a tty)
    arg ...: arguments passed to program in sys.argv[1:]

    Front-end tools:
    --ast FILE            print ast.dump(ast.parse(source, FILE), indent=2) as CPython 3.11 does
    --ast-positions FILE  the same with include_attributes=True
    --parse-bench N FILE...  parse each FILE N times, print the seconds spent (in-process timing);
                          a FILE written @LIST names a file holding one path a line

    """

  /// Parses the arguments after the program name.
  static func parse(_ arguments: ArraySlice<String>) throws(UsageError) -> Command {
    // Every option implemented so far ends the option list, so only the first argument decides.
    let index = arguments.startIndex
    guard index < arguments.endIndex else { return .runStdin(argv: [""]) }
    let arg = arguments[index]
    switch arg {
    case "-h", "-?", "--help":
      return .help
    case "-V", "--version":
      return .version
    case "-c":
      guard index + 1 < arguments.endIndex else {
        throw UsageError(message: "Argument expected for the -c option")
      }
      return .runString(source: arguments[index + 1], argv: ["-c"] + arguments[(index + 2)...])
    case "--ast", "--ast-positions":
      guard index + 1 < arguments.endIndex else {
        throw UsageError(message: "Argument expected for the \(arg) option")
      }
      guard index + 2 == arguments.endIndex else {
        throw UsageError(message: "\(arg) takes exactly one file")
      }
      return .dumpAST(path: arguments[index + 1], includeAttributes: arg == "--ast-positions")
    case "--parse-bench":
      guard index + 2 < arguments.endIndex, let n = Int(arguments[index + 1]), n > 0 else {
        throw UsageError(message: "--parse-bench needs a repetition count (> 0) and files")
      }
      return .parseBench(repetitions: n, paths: Array(arguments[(index + 2)...]))
    case "-":
      return .runStdin(argv: ["-"] + arguments[(index + 1)...])
    default:
      if arg.hasPrefix("-") {
        throw UsageError(message: "unknown option \(arg)")
      }
      return .runFile(path: arg, argv: Array(arguments[index...]))
    }
  }
}
