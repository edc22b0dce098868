/// The buffer side of bytes-like objects: reading the bytes of bytes, bytearray and memoryview
/// values (CPython's buffer protocol, simplified to contiguous byte buffers).
public enum BytesSupport {
  /// The contents of a bytes-like object, nil for anything else.
  public static func bufferBytes(_ v: Value) -> [UInt8]? {
    if let b = v.as(PyBytes.self) { return b.bytes }
    if let b = v.as(PyByteArray.self) { return b.bytes }
    if let m = v.as(PyMemoryView.self) { return m.released ? nil : m.contents }
    return nil
  }

  /// Whether `v` supports the buffer protocol.
  public static func isBytesLike(_ v: Value) -> Bool {
    return v.as(PyBytes.self) != nil || v.as(PyByteArray.self) != nil || v.as(PyMemoryView.self) != nil
  }
}
