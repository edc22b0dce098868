/// Coroutine origin tracking (CPython's `sys.set_coroutine_origin_tracking_depth` and
/// `compute_cr_origin` in Objects/genobject.c): while the thread's depth is above 0, each new
/// coroutine records `((filename, lineno, function name), …)` for up to that many frames,
/// innermost first — `cr_origin`, also shown by the "never awaited" warning.
enum CoroutineOrigin {
  /// The `sys` functions this file provides.
  static let sysFunctions: [(String, PyBuiltinFunction.Body)] = [
    ("set_coroutine_origin_tracking_depth", setDepth), ("get_coroutine_origin_tracking_depth", getDepth),
  ]

  /// `sys.set_coroutine_origin_tracking_depth(depth)`.
  static func setDepth(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    let bound = try ClinicSignature("set_coroutine_origin_tracking_depth", ["depth"], minPos: 1).bind(a)
    let depth = try Protocols.indexAsInt(ts, bound[0]!)
    if depth < 0 { throw PyError.valueError("depth must be >= 0") }
    ts.coroutineOriginTrackingDepth = depth
    return .none
  }

  /// `sys.get_coroutine_origin_tracking_depth()`.
  static func getDepth(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    if a.count != 0 {
      throw PyError.typeError("sys.get_coroutine_origin_tracking_depth() takes no arguments (\(a.count) given)")
    }
    return .int(ts.coroutineOriginTrackingDepth)
  }

  /// The origin of a coroutine created now: the running frames, innermost first.
  static func capture(_ ts: ThreadState, depth: Int) -> Value {
    var entries: [Value] = []
    var f = ts.currentFrame
    while let cur = f, entries.count < depth {
      let code = cur.pointee.code
      entries.append(.object(PyTuple([.object(code.filename), .int(cur.pointee.lineno), .object(code.name)])))
      f = cur.pointee.previous
    }
    return .object(PyTuple(entries))
  }

  /// The lines `warnings._warn_unawaited_coroutine` adds to the message for a coroutine with
  /// an origin: "Coroutine created at (most recent call last)" and the frames as
  /// `traceback.format_list` shows them, outermost first.
  static func describe(_ ts: ThreadState, _ origin: Value) -> String {
    guard let entries = origin.as(PyTuple.self) else { return "" }
    var text = "\nCoroutine created at (most recent call last)"
    for entry in entries.items.reversed() {
      guard let t = entry.as(PyTuple.self), t.count == 3,
            let filename = t.items[0].as(PyStr.self), case .int(let lineno) = t.items[1],
            let name = t.items[2].as(PyStr.self) else { continue }
      text += "\n  File \"\(filename.string)\", line \(lineno), in \(name.string)"
      if let line = ExceptionSourceLines.load(ts, filename.string).flatMap({ lineno >= 1 && lineno <= $0.count ? $0[lineno - 1] : nil }) {
        let stripped = String(decoding: line, as: UTF8.self).trimmingPythonWhitespace()
        if !stripped.isEmpty { text += "\n    \(stripped)" }
      }
    }
    return text
  }
}
