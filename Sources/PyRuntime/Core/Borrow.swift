extension Unmanaged {
  /// Runs `body` with the referenced object borrowed: no retain/release around it, even when
  /// `body` calls functions the optimiser cannot see into. The caller guarantees the object
  /// stays alive (deferred objects always do; others must be kept alive by something the
  /// caller holds). The typed-throws counterpart of `_withUnsafeGuaranteedRef`.
  @inline(__always)
  public func borrow<R>(_ body: (Instance) throws(PyError) -> R) throws(PyError) -> R {
    let r: Result<R, PyError> = _withUnsafeGuaranteedRef { o in Result { () throws(PyError) -> R in try body(o) } }
    return try r.get()
  }
}
