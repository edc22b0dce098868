/// Running the `atexit` callbacks at the end of the program (`_PyAtExit_Call` in CPython's
/// `Py_FinalizeEx`): when the `atexit` module was imported, its `_run_exitfuncs` runs them
/// (the module lives in PyModules; the runtime only knows it by name).
enum AtexitHook {
  static func run(_ interp: Interpreter, _ ts: ThreadState) {
    guard let module = interp.modules.get("atexit")?.as(PyModule.self),
          let run = module.dict.get("_run_exitfuncs") else { return }
    do throws(PyError) {
      _ = try Protocols.call(ts, run, [])
    } catch {
      ExceptionSupport.writeUnraisable(ts, error.exception, object: run)
    }
  }
}
