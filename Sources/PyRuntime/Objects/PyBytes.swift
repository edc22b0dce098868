/// `bytes`: an immutable sequence of bytes.
public final class PyBytes: PyObject {
  public let bytes: [UInt8]

  public init(_ bytes: [UInt8], type: PyType = BuiltinTypes.bytes) {
    self.bytes = bytes
    super.init(type: type)
  }

  deinit {
    // `__del__` of a bytes subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyBytes(bytes, type: type) }
    }
  }
}

/// `bytearray`: a mutable sequence of bytes. Mutation goes through its methods; while a
/// memoryview exports the buffer (`exports > 0`) its size cannot change (BufferError).
public final class PyByteArray: PyObject {
  public internal(set) var bytes: [UInt8]
  /// Live memoryview exports of the buffer.
  var exports = 0

  public init(_ bytes: [UInt8], type: PyType = BuiltinTypes.bytearray) {
    self.bytes = bytes
    super.init(type: type)
  }

  deinit {
    // `__del__` of a bytearray subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyByteArray(bytes, type: type) }
    }
  }

  /// Raises BufferError when the size may not change.
  func checkResizable() throws(PyError) {
    if exports > 0 {
      throw PyError.make(BuiltinTypes.exceptions.bufferError, "Existing exports of data: object cannot be re-sized")
    }
  }
}
