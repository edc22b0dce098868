/// `complex.__format__` (temporary: empty specs only, until FormatSpec lands).
enum ComplexFormatting {
  static func format(_ ts: ThreadState, _ v: Value, _ spec: PyStr) throws(PyError) -> PyStr {
    if spec.count == 0 { return try Protocols.str(ts, v) }
    throw PyError.valueError("format specs not supported yet")
  }
}
