/// `bytes`: an immutable sequence of bytes.
public final class PyBytes: PyObject {
  public let bytes: [UInt8]

  public init(_ bytes: [UInt8], type: PyType = BuiltinTypes.bytes) {
    self.bytes = bytes
    super.init(type: type)
  }
}
