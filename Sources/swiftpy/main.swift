// PROVISIONAL entry point so the runtime can be exercised: `swiftpy FILE [args]` and
// `swiftpy -c CMD`. The real CLI (option parsing, --ast, SyntaxError reports) replaces this:
// it should call `ScriptRunner.run(_:config:)` where it now reports "execution is not
// implemented yet".
import Glibc
import PyRuntime
import PyModules

var config = InterpreterConfig()
let args = CommandLine.arguments
config.executable = args[0]
config.nativeModules = Modules.all
if args.count >= 3 && args[1] == "-c" {
  config.argv = ["-c"] + args.dropFirst(3)
  exit(ScriptRunner.run(.command(args[2]), config: config))
}
let path = args[1]
config.argv = Array(args.dropFirst(1))
let dir = PathSupport.directory(PathSupport.absolute(path))
config.path = [dir]
exit(ScriptRunner.run(.file(path: path), config: config))
