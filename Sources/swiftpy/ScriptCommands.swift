#if canImport(Glibc)
import Glibc
#endif
import PyModules
import PyRuntime
import PySyntax

/// Running a program: the command line and the PYTHON* environment variables turned into an
/// `InterpreterConfig` the way CPython's Python/initconfig.c fills `PyConfig`, then the
/// runtime's `ScriptRunner` (which compiles the program, reports its SyntaxError or uncaught
/// exception, and runs the REPL when asked).
enum ScriptCommands {
  static func run(_ options: CommandLineOptions, program: String) -> Never {
    let config = makeConfig(options, program: program)
    let target: ScriptRunner.Target
    var config2 = config
    switch options.action {
    case .runFile(let givenPath):
      var path = givenPath
      var directory: String? = nil
      if SystemIO.isDirectory(givenPath) {
        // A directory runs its __main__.py, with the directory itself as sys.path[0]
        // (CPython: runpy._run_module_as_main on the directory's importer).
        let absoluteDirectory = SystemIO.absolutePath(givenPath)
        path = (givenPath.hasSuffix("/") ? givenPath : givenPath + "/") + "__main__.py"
        if !SystemIO.exists(path) {
          SystemIO.writeErr("\(config.executable): can't find '__main__' module in '\(absoluteDirectory)'\n")
          SystemIO.exit(1)
        }
        directory = absoluteDirectory
      } else if access(givenPath, R_OK) != 0 {
        // CPython's pymain_run_file: "python3: can't open file '/abs/path': [Errno 2] ...".
        _ = FrontEndCommands.readScript(givenPath, program: program)
      }
      // sys.path[0]: the script's directory (CPython 3.11: of the path made absolute).
      let absolute = SystemIO.absolutePath(path)
      if !options.safePath { config2.path = [directory ?? PathSupport.directory(absolute)] }
      target = .file(path: path, skipFirstLine: options.skipFirstLine)
    case .runCommand(let command):
      if !options.safePath { config2.path = [""] }
      target = .command(command)
    case .runModule(let name):
      if !options.safePath { config2.path = [PathSupport.currentDirectory()] }
      target = .module(name)
    case .runStdin:
      if !options.safePath { config2.path = [""] }
      if config.inspect || isatty(0) != 0 {
        // No program and a terminal (or -i): the REPL reads stdin itself.
        target = .interactive
      } else {
        let source: [UInt8]
        do {
          source = try SystemIO.readAll(0)
        } catch {
          SystemIO.writeErr("\(program): can't read <stdin>: \(error.description)\n")
          SystemIO.exit(2)
        }
        target = .source(source, filename: "<stdin>")
      }
    default:
      preconditionFailure("not a run action")
    }
    SystemIO.exit(ScriptRunner.run(target, config: config2))
  }

  /// The configuration: options first, PYTHON* variables where no option says otherwise
  /// (ignored under -E / -I), as CPython's `config_read_cmdline` + `config_read_env_vars`.
  static func makeConfig(_ options: CommandLineOptions, program: String) -> InterpreterConfig {
    var config = InterpreterConfig()
    let useEnvironment = !options.ignoreEnvironment
    func env(_ name: String) -> String? {
      guard useEnvironment, let p = getenv(name) else { return nil }
      let s = String(cString: p)
      return s.isEmpty ? nil : s
    }
    /// CPython's `_Py_GetEnvFlag`: a number is a level, any other value is 1.
    func envLevel(_ name: String) -> Int {
      guard let v = env(name) else { return 0 }
      return max(Int(v) ?? 1, 1)
    }
    config.executable = SystemIO.executablePath() ?? program
    config.origArgv = CommandLine.arguments
    config.argv = options.argv
    config.optimize = max(options.optimize, envLevel("PYTHONOPTIMIZE"))
    config.unbuffered = options.unbuffered || env("PYTHONUNBUFFERED") != nil
    config.dontWriteBytecode = options.dontWriteBytecode || env("PYTHONDONTWRITEBYTECODE") != nil
    config.ignoreEnvironment = options.ignoreEnvironment
    config.isolated = options.isolated
    config.inspect = options.inspect || env("PYTHONINSPECT") != nil
    config.quiet = options.quiet
    config.parserDebug = max(options.parserDebug, envLevel("PYTHONDEBUG"))
    config.verbose = max(options.verbose, envLevel("PYTHONVERBOSE"))
    config.bytesWarning = options.bytesWarning
    config.noUserSite = options.noUserSite || env("PYTHONNOUSERSITE") != nil
    config.noSite = options.noSite
    config.safePath = options.safePath || env("PYTHONSAFEPATH") != nil
    config.devMode = options.xoptions["dev"] != nil || env("PYTHONDEVMODE") != nil
    if let utf8 = options.xoptions["utf8"] {
      config.utf8Mode = utf8 == "0" ? 0 : 1
    } else if let utf8 = env("PYTHONUTF8") {
      config.utf8Mode = utf8 == "0" ? 0 : 1
    }
    config.warnDefaultEncoding = options.xoptions["warn_default_encoding"] != nil || env("PYTHONWARNDEFAULTENCODING") != nil
    if let digits = options.xoptions["int_max_str_digits"], let n = Int(digits) {
      config.intMaxStrDigits = n
    } else if let digits = env("PYTHONINTMAXSTRDIGITS"), let n = Int(digits) {
      config.intMaxStrDigits = n
    }
    // sys.warnoptions, lowest precedence first (config_init_warnoptions): -X dev's "default",
    // PYTHONWARNINGS, the -W options, then -b / -bb.
    var warnOptions: [String] = []
    if config.devMode { warnOptions.append("default") }
    if let w = env("PYTHONWARNINGS") {
      warnOptions += w.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
    }
    warnOptions += options.warnOptions
    if options.bytesWarning > 0 {
      warnOptions.append(options.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning")
    }
    config.warnOptions = warnOptions
    config.xoptions = options.xoptions
    config.xoptionOrder = options.xoptionOrder
    config.nativeModules = Modules.all
    // sys.flags.interactive is -i only (CPython's `config->interactive`); the REPL also runs
    // without it when there is no program and stdin is a terminal (see `run`).
    config.interactive = options.inspect
    return config
  }
}
