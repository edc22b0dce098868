// swiftpy's command line: a thin client that reads the options and hands over to the library
// layers (ScriptCommands for running programs, FrontEndCommands for the front-end tools).

let program = CommandLine.arguments.first ?? "swiftpy"
let options: CommandLineOptions
do {
  options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  SystemIO.writeErr("\(error.message)\n\(CommandLineOptions.usageLine(program: program))\n"
                    + "Try `swiftpy -h' for more information.\n")
  SystemIO.exit(2)
}

switch options.action {
case .help:
  SystemIO.writeOut(CommandLineOptions.helpText(program: program))
  SystemIO.exit(0)
case .version(let verbose):
  SystemIO.writeOut(verbose ? "Python 3.11.7 (swiftpy, a Python implementation in Swift)\n" : "Python 3.11.7 (swiftpy)\n")
  SystemIO.exit(0)
case .dumpAST(let path, let includeAttributes):
  FrontEndCommands.dumpAST(path: path, includeAttributes: includeAttributes, program: program)
case .parseBench(let repetitions, let paths):
  FrontEndCommands.parseBench(repetitions: repetitions, paths: paths)
case .runFile, .runCommand, .runModule, .runStdin:
  ScriptCommands.run(options, program: program)
}
