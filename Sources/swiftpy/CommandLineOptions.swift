/// The command line, read the way CPython's Python/getopt.c + Python/initconfig.c read
/// `python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...`: single-letter options may be
/// grouped (`-uB`), an option's argument may be attached (`-Wignore`, `-Xdev`), and `-c`, `-m`,
/// a file name or `-` end the options. swiftpy adds its front-end tools as long options.
struct CommandLineOptions: Equatable {
  /// What to run or do.
  enum Action: Equatable {
    case runFile(path: String)
    case runCommand(String)
    case runModule(String)
    case runStdin
    /// `--ast FILE` / `--ast-positions FILE`: print `ast.dump(ast.parse(source, FILE), indent=2)`.
    case dumpAST(path: String, includeAttributes: Bool)
    /// `--parse-bench N FILE…`: parse every file N times and print the time taken.
    case parseBench(repetitions: Int, paths: [String])
    case help
    case version(verbose: Bool)
  }

  var action: Action = .runStdin
  /// `sys.argv` for the run actions.
  var argv: [String] = [""]
  var optimize = 0            // -O, -OO
  var unbuffered = false      // -u
  var ignoreEnvironment = false  // -E
  var isolated = false        // -I (implies -E, -P and -s)
  var safePath = false        // -P
  var quiet = false           // -q
  var noUserSite = false      // -s
  var noSite = false          // -S
  var warnOptions: [String] = []        // -W arg
  var xoptions: [String: String] = [:]  // -X name[=value]

  /// Options CPython accepts that swiftpy does not implement yet (refused with a message
  /// rather than silently ignored): -b, -d, -i, -v, -x.
  static let unsupportedFlags: Set<Character> = ["b", "d", "i", "v", "x"]
  /// Options that change nothing in swiftpy: -B (swiftpy writes no .pyc files), -R (hash
  /// randomization is always on unless PYTHONHASHSEED says otherwise), -t (ignored by CPython too).
  static let noEffectFlags: Set<Character> = ["B", "R", "t"]

  struct UsageError: Error, Equatable {
    var message: String
  }

  static func usageLine(program: String) -> String {
    return "usage: \(program) [option] ... [-c cmd | -m mod | file | -] [arg] ..."
  }

  static func helpText(program: String) -> String {
    return """
      \(usageLine(program: program))
      Options (a subset of CPython's):
      -c cmd : program passed in as string (terminates option list)
      -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
      -h     : print this help message and exit (also -? or --help)
      -I     : isolate Python from the user's environment (implies -E, -P and -s)
      -m mod : run library module as a script (terminates option list)
      -O     : remove assert and __debug__-dependent statements
      -OO    : do -O changes and also discard docstrings
      -P     : don't prepend a potentially unsafe path to sys.path
      -q     : don't print version and copyright messages on interactive startup
      -s     : don't add user site directory to sys.path
      -S     : don't imply 'import site' on initialization
      -u     : force the stdout and stderr streams to be unbuffered
      -V     : print the Python version number and exit (also --version)
      -W arg : warning control
      -X opt : set implementation-specific option
      -B, -R : accepted, no effect in swiftpy
      file   : program read from script file
      -      : program read from stdin
      arg ...: arguments passed to program in sys.argv[1:]

      Front-end tools:
      --ast FILE             print ast.dump(ast.parse(source, FILE), indent=2) as CPython 3.11
      --ast-positions FILE   the same with include_attributes=True
      --parse-bench N FILE…  parse each FILE N times and print the seconds spent parsing;
                             an argument @LIST names a file listing one path a line

      """
  }

  /// Parses the arguments after the program name.
  static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
    var options = CommandLineOptions()
    var index = 0
    func rest(after i: Int) -> [String] { return Array(arguments[min(i, arguments.count)...]) }

    while index < arguments.count {
      let arg = arguments[index]
      if arg == "--" {
        index += 1
        break
      }
      if arg.hasPrefix("--") {
        switch arg {
        case "--help":
          options.action = .help
          return options
        case "--version":
          options.action = .version(verbose: false)
          return options
        case "--ast", "--ast-positions":
          guard index + 1 < arguments.count else {
            throw UsageError(message: "Argument expected for the \(arg) option")
          }
          guard index + 2 == arguments.count else {
            throw UsageError(message: "\(arg) takes exactly one file")
          }
          options.action = .dumpAST(path: arguments[index + 1], includeAttributes: arg == "--ast-positions")
          return options
        case "--parse-bench":
          guard index + 2 < arguments.count, let n = Int(arguments[index + 1]), n > 0 else {
            throw UsageError(message: "--parse-bench needs a repetition count (> 0) and files")
          }
          options.action = .parseBench(repetitions: n, paths: rest(after: index + 2))
          return options
        default:
          throw UsageError(message: "unknown option \(arg)")
        }
      }
      guard arg.hasPrefix("-"), arg.count > 1 else { break }  // the script, or "-"

      // A group of single-letter options.
      var letters = Substring(arg.dropFirst())
      while let letter = letters.first {
        letters = letters.dropFirst()
        switch letter {
        case "c", "m", "W", "X":
          var value = String(letters)
          if value.isEmpty {
            index += 1
            guard index < arguments.count else {
              throw UsageError(message: "Argument expected for the -\(letter) option")
            }
            value = arguments[index]
          }
          letters = ""
          switch letter {
          case "c":
            options.action = .runCommand(value)
            options.argv = ["-c"] + rest(after: index + 1)
            return options
          case "m":
            options.action = .runModule(value)
            options.argv = ["-m"] + rest(after: index + 1)
            return options
          case "W":
            options.warnOptions.append(value)
          default:
            if let eq = value.firstIndex(of: "=") {
              options.xoptions[String(value[..<eq])] = String(value[value.index(after: eq)...])
            } else {
              options.xoptions[value] = ""
            }
          }
        case "h", "?":
          options.action = .help
          return options
        case "V":
          let verbose = letters.first == "V"
          options.action = .version(verbose: verbose)
          return options
        case "O": options.optimize += 1
        case "u": options.unbuffered = true
        case "E": options.ignoreEnvironment = true
        case "I":
          options.isolated = true
          options.ignoreEnvironment = true
          options.safePath = true
          options.noUserSite = true
        case "P": options.safePath = true
        case "q": options.quiet = true
        case "s": options.noUserSite = true
        case "S": options.noSite = true
        default:
          if noEffectFlags.contains(letter) { continue }
          if unsupportedFlags.contains(letter) {
            throw UsageError(message: "swiftpy does not support the -\(letter) option yet")
          }
          throw UsageError(message: "Unknown option: -\(letter)")
        }
      }
      index += 1
    }

    if index < arguments.count && arguments[index] != "-" {
      options.action = .runFile(path: arguments[index])
      options.argv = rest(after: index)
    } else if index < arguments.count {
      options.action = .runStdin
      options.argv = rest(after: index)
    } else {
      options.action = .runStdin
      options.argv = [""]
    }
    return options
  }
}
