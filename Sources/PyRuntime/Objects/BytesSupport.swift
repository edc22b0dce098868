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

  /// The length of a writable bytes-like object (a bytearray, or a live memoryview of one);
  /// nil for anything else (for native modules that fill buffers: `struct.pack_into` …).
  public static func writableLength(_ v: Value) -> Int? {
    if let b = v.as(PyByteArray.self) { return b.bytes.count }
    if let m = v.as(PyMemoryView.self), !m.released, !m.readonly { return m.length }
    return nil
  }

  /// Writes `data` at `offset` of a writable bytes-like object; the caller has checked
  /// `offset + data.count <= writableLength(v)`.
  public static func write(_ v: Value, at offset: Int, _ data: UnsafeRawBufferPointer) {
    if let b = v.as(PyByteArray.self) {
      for (k, x) in data.enumerated() { b.bytes[offset + k] = x }
    } else if let m = v.as(PyMemoryView.self), let b = m.source as? PyByteArray {
      var i = m.offset + offset * m.step
      for x in data { b.bytes[i] = x; i += m.step }
    }
  }

  /// Whether `v` supports the buffer protocol.
  public static func isBytesLike(_ v: Value) -> Bool {
    return v.as(PyBytes.self) != nil || v.as(PyByteArray.self) != nil || v.as(PyMemoryView.self) != nil
  }
}
