#if canImport(Glibc)
import Glibc
#endif

/// A native text stream over a file descriptor: what `sys.stdout`/`sys.stderr` are until the
/// `io` module provides `TextIOWrapper`. Buffers output (line-buffered on terminals, block-
/// buffered otherwise, unbuffered with `-u`), encodes UTF-8.
public final class StdStream: PyObject {
  public let fd: Int32
  public let name: String
  var buffer: [UInt8] = []
  let lineBuffered: Bool
  let unbuffered: Bool

  public init(fd: Int32, name: String, unbuffered: Bool) {
    self.fd = fd
    self.name = name
    self.lineBuffered = isatty(fd) != 0 || fd == 2
    self.unbuffered = unbuffered
    super.init(type: BuiltinTypes.stdStream)
  }

  deinit { flush() }

  public func write(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    if unbuffered || (lineBuffered && s.utf8.contains(10)) || buffer.count > 8192 {
      flush()
    }
  }

  public func write(_ s: PyStr) {
    if s.isASCII {
      buffer.append(contentsOf: UnsafeRawBufferPointer(start: s.storage, count: s.count))
      if unbuffered || (lineBuffered && buffer.contains(10)) || buffer.count > 8192 { flush() }
    } else {
      write(s.string)
    }
  }

  public func flush() {
    var off = 0
    while off < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
      if n <= 0 { break }
      off += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

extension BuiltinTypes {
  public static let stdStream: PyType = PyType.builtin("_io.TextIOWrapper") { t in
    t.addMethod("write") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "write", min: 1, max: 1)
      guard let s = a[0].as(PyStr.self) else {
        throw PyError.typeError("write() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      v.unsafeAs(StdStream.self).write(s)
      return .int(s.count)
    }
    t.addMethod("flush") { _, v, _ in
      v.unsafeAs(StdStream.self).flush()
      return .none
    }
    t.addMethod("fileno") { _, v, _ in .int(Int(v.unsafeAs(StdStream.self).fd)) }
    t.addMethod("isatty") { _, v, _ in .bool(isatty(v.unsafeAs(StdStream.self).fd) != 0) }
    t.addMethod("writable") { _, v, _ in .bool(true) }
    t.addMethod("readable") { _, v, _ in .bool(false) }
    t.addProperty("name") { _, v in .object(PyStr("<" + v.unsafeAs(StdStream.self).name + ">")) }
    t.addProperty("encoding") { _, _ in .object(PyStr.intern("utf-8")) }
    t.addProperty("errors") { _, _ in .object(PyStr.intern("strict")) }
    t.addProperty("closed") { _, _ in .bool(false) }
    t.slots.repr = { _, v in
      let s = v.unsafeAs(StdStream.self)
      return .object(PyStr("<_io.TextIOWrapper name='<\(s.name)>' mode='w' encoding='utf-8'>"))
    }
  }
}
