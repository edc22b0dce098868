/// Recursion guard for reprs of containers that may contain themselves (`Py_ReprEnter`):
/// a self-reference prints as `[...]`.
public enum ReprGuard {
  public static func guarded(_ ts: ThreadState, _ v: Value, _ placeholder: String,
                      _ body: () throws(PyError) -> Value) throws(PyError) -> Value {
    let id = Protocols.identity(v)
    if ts.reprInProgress.contains(id) { return .object(PyStr(placeholder)) }
    ts.reprInProgress.insert(id)
    defer { ts.reprInProgress.remove(id) }
    return try body()
  }
}
