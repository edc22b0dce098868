import PyModules
import PyRuntime
import PySyntax

/// Running a program: the front end's checks first (so a SyntaxError is reported exactly as
/// CPython reports it for a script), then the runtime's `ScriptRunner`, configured from the
/// command line the way CPython's initconfig.c fills `PyConfig`.
///
/// The runtime parses the program again (its `ScriptRunner` takes a path or a string); the
/// double parse costs about a millisecond per 10 KB of source and goes away once the runtime
/// prints SyntaxErrors itself with `SyntaxErrorReport`.
enum ScriptCommands {
  static func run(_ options: CommandLineOptions, program: String) -> Never {
    var config = InterpreterConfig()
    config.executable = SystemIO.executablePath() ?? program
    config.argv = options.argv
    config.optimize = options.optimize
    config.unbuffered = options.unbuffered
    config.ignoreEnvironment = options.ignoreEnvironment
    config.isolated = options.isolated
    config.quiet = options.quiet
    config.warnOptions = options.warnOptions
    config.xoptions = options.xoptions
    config.nativeModules = Modules.all

    let target: ScriptRunner.Target
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
      }
      let source = FrontEndCommands.readScript(path, program: program)
      let absolute = SystemIO.absolutePath(path)
      FrontEndCommands.checkSyntaxOrExit(source, filename: absolute, origin: .file, fileSource: source)
      // sys.path[0]: the script's directory (CPython 3.11: of the path made absolute).
      if !options.safePath { config.path = [directory ?? PathSupport.directory(absolute)] }
      target = .file(path: path)
    case .runCommand(let command):
      FrontEndCommands.checkSyntaxOrExit(Array(command.utf8), filename: "<string>", origin: .text, fileSource: nil)
      if !options.safePath { config.path = [""] }
      target = .command(command)
    case .runModule(let name):
      if !options.safePath { config.path = [PathSupport.currentDirectory()] }
      target = .module(name)
    case .runStdin:
      let source: [UInt8]
      do {
        source = try SystemIO.readAll(0)
      } catch {
        SystemIO.writeErr("\(program): can't read <stdin>: \(error.description)\n")
        SystemIO.exit(2)
      }
      FrontEndCommands.checkSyntaxOrExit(source, filename: "<stdin>", origin: .file, fileSource: nil)
      if !options.safePath { config.path = [""] }
      target = .source(source, filename: "<stdin>")
    default:
      preconditionFailure("not a run action")
    }
    SystemIO.exit(ScriptRunner.run(target, config: config))
  }
}
