// swiftpy's command line: a thin client that parses the arguments and hands over to the
// library layers (for now only the front end exists; see FrontEndCommands).

let command: Command
do {
  command = try CommandLineOptions.parse(CommandLine.arguments.dropFirst())
} catch {
  SystemIO.writeErr("\(error.message)\n\(CommandLineOptions.usageLine)\nTry `swiftpy -h' for more information.\n")
  SystemIO.exit(2)
}

switch command {
case .help:
  SystemIO.writeOut(CommandLineOptions.helpText)
  SystemIO.exit(0)
case .version:
  SystemIO.writeOut("Python 3.11.7 (swiftpy)\n")
  SystemIO.exit(0)
case .runFile(let path, _):
  FrontEndCommands.runFile(path: path)
case .runString(let source, _):
  FrontEndCommands.runString(source)
case .runStdin:
  FrontEndCommands.runStdin()
case .dumpAST(let path, let includeAttributes):
  FrontEndCommands.dumpAST(path: path, includeAttributes: includeAttributes)
case .parseBench(let repetitions, let paths):
  FrontEndCommands.parseBench(repetitions: repetitions, paths: paths)
}
