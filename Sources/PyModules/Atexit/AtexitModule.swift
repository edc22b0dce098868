import PyRuntime
import Synchronization

/// The `atexit` module (CPython Modules/atexitmodule.c): functions registered to run when the
/// interpreter ends, last registered first. The runtime calls `_run_exitfuncs` from
/// `ScriptRunner.finish` (after non-daemon threads are joined, before the streams are flushed).
/// The callbacks belong to this module object (one per interpreter), captured by its functions.
public enum AtexitModule {
  /// One registered call: the function with its arguments.
  final class Callback: Sendable {
    nonisolated(unsafe) let function: Value
    nonisolated(unsafe) let args: [Value]
    nonisolated(unsafe) let kwargs: PyDict?
    init(function: Value, args: [Value], kwargs: PyDict?) {
      self.function = function
      self.args = args
      self.kwargs = kwargs
    }
  }

  /// The callbacks of one interpreter, in registration order; unregistered ones leave an
  /// empty slot until the list is cleared (as CPython's array, which `_ncallbacks` counts).
  final class Registry: Sendable {
    let callbacks = Mutex<[Callback?]>([])
  }

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "atexit")
    m.dict.set("__doc__", .object(PyStr("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n")))
    let registry = Registry()

    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "atexit", doc: doc, body)
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }

    add("register", "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.") { ts, a throws(PyError) in
      let npos = a.positionalCount
      if npos == 0 {
        throw PyError.typeError("register() takes at least 1 argument (0 given)")
      }
      let function = a[0]
      if !Protocols.isCallable(function) {
        throw PyError.typeError("the first argument must be callable")
      }
      var args: [Value] = []
      if npos > 1 {
        for i in 1..<npos { args.append(a[i]) }
      }
      var kwargs: PyDict? = nil
      let keywords = a.keywords
      if !keywords.isEmpty {
        let d = PyDict()
        for (k, v) in keywords { try d.setItem(ts, .object(k), v) }
        kwargs = d
      }
      let cb = Callback(function: function, args: args, kwargs: kwargs)
      registry.callbacks.withLock { $0.append(cb) }
      return function
    }

    add("unregister", "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "unregister")
      if a.count != 1 {
        throw PyError.typeError("atexit.unregister() takes exactly one argument (\(a.count) given)")
      }
      let target = a[0]
      let snapshot = registry.callbacks.withLock { $0 }
      for (i, cb) in snapshot.enumerated() {
        guard let cb, try Protocols.richCompareBool(ts, cb.function, target, .eq) else { continue }
        registry.callbacks.withLock { list in
          if i < list.count, list[i] === cb { list[i] = nil }
        }
      }
      return .none
    }

    add("_clear", "_clear() -> None\n\nClear the list of previously registered exit functions.") { _, a throws(PyError) in
      try ArgParser.positional(a, "_clear", min: 0, max: 0)
      registry.callbacks.withLock { $0.removeAll() }
      return .none
    }

    add("_ncallbacks", "_ncallbacks() -> int\n\nReturn the number of registered exit functions.") { _, a throws(PyError) in
      try ArgParser.positional(a, "_ncallbacks", min: 0, max: 0)
      return .int(registry.callbacks.withLock { $0.count })
    }

    add("_run_exitfuncs", "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.") { ts, a throws(PyError) in
      try ArgParser.positional(a, "_run_exitfuncs", min: 0, max: 0)
      runAll(ts, registry)
      return .none
    }
    return m
  }

  /// Calls the callbacks registered so far, last registered first (ones registered meanwhile
  /// do not run); a failing one is reported as unraisable ("Exception ignored in atexit
  /// callback: <function …>") and the others still run. The list is empty afterwards.
  static func runAll(_ ts: ThreadState, _ registry: Registry) {
    let count = registry.callbacks.withLock { $0.count }
    for i in stride(from: count - 1, through: 0, by: -1) {
      guard let cb = registry.callbacks.withLock({ i < $0.count ? $0[i] : nil }) else { continue }
      do throws(PyError) {
        var all = cb.args
        var names: [Value] = []
        if let kw = cb.kwargs {
          for (k, v) in kw.items { names.append(k); all.append(v) }
        }
        let kwnames = names.isEmpty ? nil : PyTuple(names)
        _ = try Args.with(all, kwnames: kwnames) { args throws(PyError) in
          try Protocols.call(ts, cb.function, args)
        }
      } catch {
        ExceptionSupport.writeUnraisable(ts, error.exception, object: cb.function, message: "in atexit callback")
      }
    }
    registry.callbacks.withLock { $0.removeAll() }
  }
}
