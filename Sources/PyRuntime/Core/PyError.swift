/// A Python exception in flight, as Swift code throws it.
///
/// Every runtime function that can raise is `throws(PyError)` (typed throws: no boxing, the
/// error travels in a register). The payload is the exception instance, whose
/// `__traceback__` grows as the error unwinds through interpreter frames.
public struct PyError: Error {
  public let exception: PyBaseException

  @inline(__always)
  public init(_ exception: PyBaseException) { self.exception = exception }

  /// The exception's class.
  public var type: PyType { exception.type }
}
