import PyRuntime

/// The `_random` module (CPython Modules/_randommodule.c): the `Random` type, the Mersenne
/// Twister core under the Python `random` module (Sources/Lib/random.py).
public enum RandomModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_random")
    m.dict.set("__doc__", .object(PyStr("Module implements the Mersenne Twister random number generator.")))
    m.dict.set("Random", Value(BuiltinTypes.random))
    return m
  }
}
