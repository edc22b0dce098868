import PyRuntime

/// `_swiftpy_traceback`: the interpreter's own exception display (`PyErr_Display`, with its
/// carets, chains, notes and groups) as a string, for Lib/traceback.py — so the traceback
/// module prints exactly what the interpreter prints for an uncaught exception.
public enum TracebackFormatModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_swiftpy_traceback")
    let f = PyBuiltinFunction(name: "format_exception", module: "_swiftpy_traceback",
                              doc: "format_exception(exc) -> str\n\nThe text the interpreter prints for an uncaught exc (its __traceback__, chain, notes).") { ts, a throws(PyError) in
      try ArgParser.positional(a, "format_exception", min: 1, max: 1)
      return .object(PyStr(TracebackPrinter.format(ts, a[0])))
    }
    Deferral.retain(f)
    m.dict.set("format_exception", Value(f))
    return m
  }
}
