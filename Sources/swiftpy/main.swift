// swiftpy's command line: a thin client that reads the options and hands over to the library
// layers (ScriptCommands for running programs, FrontEndCommands for the front-end tools).

let program = CommandLine.arguments.first ?? "swiftpy"
let options: CommandLineOptions
do {
  options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  // As CPython's usage(): the message, the usage line and (literally) "Try `python -h'".
  SystemIO.writeErr("\(error.message)\n\(CommandLineOptions.usageLine(program: program))\n"
                    + "Try `python -h' for more information.\n")
  SystemIO.exit(2)
}

switch options.action {
case .help:
  SystemIO.writeOut(CommandLineOptions.helpText(program: program))
  SystemIO.exit(0)
case .helpAll:
  SystemIO.writeOut(CommandLineOptions.usageLine(program: program) + "\n" + HelpTexts.all)
  SystemIO.exit(0)
case .helpEnvironment:
  SystemIO.writeOut(HelpTexts.environment)
  SystemIO.exit(0)
case .helpXOptions:
  SystemIO.writeOut(HelpTexts.xoptions)
  SystemIO.exit(0)
case .version(let verbose):
  SystemIO.writeOut(verbose ? "Python 3.11.7 (swiftpy, a Python implementation in Swift)\n" : "Python 3.11.7\n")
  SystemIO.exit(0)
case .dumpAST(let path, let includeAttributes):
  FrontEndCommands.dumpAST(path: path, includeAttributes: includeAttributes, program: program)
case .disassemble(let path):
  FrontEndCommands.disassemble(path: path, program: program)
case .parseBench(let repetitions, let paths):
  FrontEndCommands.parseBench(repetitions: repetitions, paths: paths)
case .runFile, .runCommand, .runModule, .runStdin:
  ScriptCommands.run(options, program: program)
}
