import Synchronization
import PyCompiler
import PySyntax

/// One Python interpreter: its modules (`sys.modules`), `builtins`, `sys`, configuration, and
/// the registry that keeps deferred objects alive. Everything mutable that Python code can
/// reach lives here or in objects reachable from here — there are no process-wide mutable
/// singletons, so several interpreters can live in one process and threads share exactly one.
public final class Interpreter {
  public let config: InterpreterConfig
  /// `sys.modules`.
  public let modules: PyDict
  public private(set) var builtins: PyModule! = nil
  public private(set) var sys: PyModule! = nil
  /// The recursion limit (`sys.getrecursionlimit()`).
  public let recursionLimit = Atomic<Int>(1000)
  /// Native modules that `import` can create, by name.
  public var nativeModules: [String: NativeModuleFactory]
  /// Signals received and the Python handlers (`SignalHandling`).
  public let signals = SignalState()
  /// The per-module locks that keep threads from seeing half-initialised modules.
  public let importLocks = ImportLocks()

  public init(config: InterpreterConfig) {
    BuiltinTypes.installAll()
    self.config = config
    self.modules = PyDict()
    self.nativeModules = config.nativeModules
  }

  /// Finishes set-up on the calling thread (builtins, sys); returns that thread's state.
  public func start() throws(PyError) -> ThreadState {
    let ts = ThreadState(interpreter: self)
    ts.makeCurrent()
    builtins = try BuiltinsModule.make(self)
    try modules.setItem(ts, .object(PyStr.intern("builtins")), Value(builtins))
    sys = try SysModule.make(self, ts)
    try modules.setItem(ts, .object(PyStr.intern("sys")), Value(sys))
    return ts
  }

  /// Makes `object` deferred and keeps it alive for the interpreter's lifetime (until the
  /// collector proves it unreachable — not implemented yet: deferred objects are never freed).
  public func registerDeferred(_ object: PyObject) {
    Deferral.retain(object)
  }
}

/// How an interpreter was started: the command line's effects (sys.argv, flags, paths).
public struct InterpreterConfig {
  public var argv: [String] = [""]
  /// `sys.orig_argv`: the process's arguments as given (empty: executable + argv).
  public var origArgv: [String] = []
  public var executable: String = ""
  /// `sys.path` entries (script directory first).
  public var path: [String] = []
  public var optimize: Int = 0
  public var unbuffered = false
  public var dontWriteBytecode = true
  public var ignoreEnvironment = false
  public var isolated = false
  /// `-i` / PYTHONINSPECT: the REPL runs after the program (`sys.flags.inspect`).
  public var inspect = false
  /// The REPL runs (`sys.flags.interactive`: `-i`, or no program and stdin a terminal).
  public var interactive = false
  public var quiet = false
  /// `-d` (sys.flags.debug), `-v` count (verbose), `-b` count (bytes_warning).
  public var parserDebug = 0
  public var verbose = 0
  public var bytesWarning = 0
  /// `-s`, `-S`, `-P`.
  public var noUserSite = false
  public var noSite = false
  public var safePath = false
  /// `-X dev` / PYTHONDEVMODE, `-X utf8` / PYTHONUTF8, `-X warn_default_encoding`.
  public var devMode = false
  public var utf8Mode = 0
  public var warnDefaultEncoding = false
  /// `-X int_max_str_digits=N` / PYTHONINTMAXSTRDIGITS (-1: not set).
  public var intMaxStrDigits = -1
  /// `-X` options (`name` or `name=value`).
  public var xoptions: [String: String] = [:]
  /// The `-X` names in command-line order (`sys._xoptions` keeps it); others follow sorted.
  public var xoptionOrder: [String] = []
  /// `-W` options.
  public var warnOptions: [String] = []
  /// Native modules importable by name (the CLI passes `PyModules`' table here).
  public var nativeModules: [String: NativeModuleFactory] = [:]

  public init() {}
}

/// Creates a native module for an interpreter (called once, on first import).
public typealias NativeModuleFactory = (Interpreter, ThreadState) throws(PyError) -> PyModule
