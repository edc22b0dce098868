import PyRuntime

/// Native (Swift) modules of the standard library. Each module lives in its own folder and
/// adds its factory to `all`; the CLI hands `all` to the interpreter
/// (`InterpreterConfig.nativeModules`), so `import name` finds them.
public enum Modules {
  /// Every native module of this target, by import name.
  public static var all: [String: NativeModuleFactory] {
    var table: [String: NativeModuleFactory] = [:]
    let time: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try TimeModule.make(interp, ts)
    }
    table["time"] = time
    let thread: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try ThreadModule.make(interp, ts)
    }
    table["_thread"] = thread
    let queue: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try QueueModule.make(interp, ts)
    }
    table["_queue"] = queue
    let math: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try MathModule.make(interp, ts)
    }
    table["math"] = math
    let abc: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try ABCModule.make(interp, ts)
    }
    table["_abc"] = abc
    let op: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try OperatorModule.make(interp, ts)
    }
    table["_operator"] = op
    let collections: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try CollectionsModule.make(interp, ts)
    }
    table["_collections"] = collections
    let itertools: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try ItertoolsModule.make(interp, ts)
    }
    table["itertools"] = itertools
    let signal: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try SignalModule.make(interp, ts)
    }
    table["signal"] = signal
    addDataModules(&table)
    let atexit: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try AtexitModule.make(interp, ts)
    }
    table["atexit"] = atexit
    let gc: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try GCModule.make(interp, ts)
    }
    table["gc"] = gc
    let tracebackFormat: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try TracebackFormatModule.make(interp, ts)
    }
    table["_swiftpy_traceback"] = tracebackFormat
    return table
  }
}
