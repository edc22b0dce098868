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
    /// `-` or no program: stdin (the REPL when it is a terminal).
    case runStdin
    /// `--ast FILE` / `--ast-positions FILE`: print `ast.dump(ast.parse(source, FILE), indent=2)`.
    case dumpAST(path: String, includeAttributes: Bool)
    /// `--dis FILE`: the register bytecode of every code object compiled from FILE.
    case disassemble(path: String)
    /// `--parse-bench N FILE…`: parse every file N times and print the time taken.
    case parseBench(repetitions: Int, paths: [String])
    case help
    case helpAll
    case helpEnvironment
    case helpXOptions
    case version(verbose: Bool)
  }

  var action: Action = .runStdin
  /// `sys.argv` for the run actions.
  var argv: [String] = [""]
  var optimize = 0            // -O, -OO
  var unbuffered = false      // -u
  var dontWriteBytecode = false  // -B
  var ignoreEnvironment = false  // -E
  var isolated = false        // -I (implies -E, -P and -s)
  var inspect = false         // -i
  var safePath = false        // -P
  var quiet = false           // -q
  var noUserSite = false      // -s
  var noSite = false          // -S
  var skipFirstLine = false   // -x
  var bytesWarning = 0        // -b, -bb
  var parserDebug = 0         // -d
  var verbose = 0             // -v (accepted; swiftpy traces no imports)
  var warnOptions: [String] = []        // -W arg
  var xoptions: [String: String] = [:]  // -X name[=value]
  /// `-X` options in command-line order (for `sys._xoptions`' order).
  var xoptionOrder: [String] = []

  struct UsageError: Error, Equatable {
    var message: String
  }

  static func usageLine(program: String) -> String {
    return HelpTexts.usageLine(program: program)
  }

  static func helpText(program: String) -> String {
    return usageLine(program: program) + "\n" + HelpTexts.options + HelpTexts.swiftpyTools
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
        case "--help-all":
          options.action = .helpAll
          return options
        case "--help-env":
          options.action = .helpEnvironment
          return options
        case "--help-xoptions":
          options.action = .helpXOptions
          return options
        case "--check-hash-based-pycs":
          index += 1
          guard index < arguments.count else {
            throw UsageError(message: "Argument expected for the --check-hash-based-pycs option")
          }
          guard ["always", "default", "never"].contains(arguments[index]) else {
            throw UsageError(message: "--check-hash-based-pycs must be one of 'default', 'always', or 'never'")
          }
          index += 1
          continue
        case "--dis":
          guard index + 1 < arguments.count else {
            throw UsageError(message: "Argument expected for the --dis option")
          }
          guard index + 2 == arguments.count else {
            throw UsageError(message: "--dis takes exactly one file")
          }
          options.action = .disassemble(path: arguments[index + 1])
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
            let name: String
            if let eq = value.firstIndex(of: "=") {
              name = String(value[..<eq])
              options.xoptions[name] = String(value[value.index(after: eq)...])
            } else {
              name = value
              options.xoptions[value] = ""
            }
            options.xoptionOrder.removeAll { $0 == name }
            options.xoptionOrder.append(name)
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
        case "B": options.dontWriteBytecode = true
        case "b": options.bytesWarning += 1
        case "d": options.parserDebug += 1
        case "v": options.verbose += 1
        case "i": options.inspect = true
        case "x": options.skipFirstLine = true
        case "R", "t": break  // -R: hash randomization is on unless PYTHONHASHSEED says otherwise
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
