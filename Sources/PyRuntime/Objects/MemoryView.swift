/// `memoryview` over bytes and bytearray (CPython's Objects/memoryobject.c, one-dimensional byte
/// formats only: 'B', 'b', 'c'): a window (`offset`, `count`, `step`) on the exporter's buffer.
/// A bytearray exporter cannot be resized while a view is alive (`exports`); `release()` or the
/// context manager ends the export.
public final class PyMemoryView: PyObject {
  /// The exporting object (bytes or bytearray).
  let source: PyObject
  let offset: Int
  let length: Int
  let step: Int
  /// 'B', 'b' or 'c'.
  let format: UInt8
  var released = false

  init(source: PyObject, offset: Int, length: Int, step: Int, format: UInt8) {
    self.source = source
    self.offset = offset
    self.length = length
    self.step = step
    self.format = format
    super.init(type: BuiltinTypes.memoryview)
    (source as? PyByteArray)?.exports += 1
  }

  deinit { if !released { (source as? PyByteArray)?.exports -= 1 } }

  var readonly: Bool { !(source is PyByteArray) }

  var base: [UInt8] { (source as? PyBytes)?.bytes ?? (source as? PyByteArray)?.bytes ?? [] }

  /// The viewed bytes (a copy).
  var contents: [UInt8] {
    let b = base
    if step == 1 { return Array(b[offset..<(offset + length)]) }
    var out: [UInt8] = []
    out.reserveCapacity(length)
    var i = offset
    for _ in 0..<length { out.append(b[i]); i += step }
    return out
  }

  func release() {
    if !released {
      released = true
      (source as? PyByteArray)?.exports -= 1
    }
  }

  func check() throws(PyError) {
    if released { throw PyError.valueError("operation forbidden on released memoryview object") }
  }

  /// The Python value of byte `b` in this view's format.
  func item(_ b: UInt8) -> Value {
    switch format {
    case UInt8(ascii: "b"): return .int(Int(Int8(bitPattern: b)))
    case UInt8(ascii: "c"): return .object(PyBytes([b]))
    default: return .int(Int(b))
    }
  }
}

extension BuiltinTypes {
  public static let memoryview: PyType = PyType.builtin("memoryview") { t in
    func me(_ v: Value) -> PyMemoryView { v.unsafeAs(PyMemoryView.self) }
    t.slots.new = { _, _, args throws(PyError) in
      let p = try ArgParser.parse(args, fname: "memoryview", names: ["object"], required: 1)
      let o = p[0]!
      if let m = o.as(PyMemoryView.self) {
        try m.check()
        return .object(PyMemoryView(source: m.source, offset: m.offset, length: m.length, step: m.step, format: m.format))
      }
      guard let obj = o.object, obj is PyBytes || obj is PyByteArray else {
        throw PyError.typeError("memoryview: a bytes-like object is required, not '\(Protocols.typeName(o))'")
      }
      let n = BytesSupport.bufferBytes(o)!.count
      return .object(PyMemoryView(source: obj, offset: 0, length: n, step: 1, format: UInt8(ascii: "B")))
    }
    t.slots.repr = { _, v in
      let m = me(v)
      let state = m.released ? "<released memory at " : "<memory at "
      return .object(PyStr(state + Protocols.hexAddress(v) + ">"))
    }
    t.slots.length = { _, v throws(PyError) in try me(v).check(); return me(v).length }
    t.slots.hashIsNone = false
    t.slots.hash = { ts, v throws(PyError) in
      let m = me(v)
      try m.check()
      guard m.readonly else { throw PyError.valueError("cannot hash writable memoryview object") }
      let b = m.contents
      if b.isEmpty { return 0 }
      var h = b.withUnsafeBytes { HashSecret.hashBytes($0) }
      if h == -1 { h = -2 }
      return h
    }
    t.slots.richCompare = { _, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyMemoryView.self) else { return .notImplemented }
      if x.released { return .bool((op == .eq) == a.isIdentical(to: b)) }
      let y: [UInt8]
      if let m = b.as(PyMemoryView.self) {
        if m.released { return .bool((op == .eq) == a.isIdentical(to: b)) }
        y = m.contents
      } else if let bb = BytesSupport.bufferBytes(b) {
        y = bb
      } else {
        return .notImplemented
      }
      return .bool((x.contents == y) == (op == .eq))
    }
    t.slots.getItem = { ts, v, k throws(PyError) in
      let m = me(v)
      try m.check()
      if let sl = k.as(PySlice.self) {
        let r = try SequenceSupport.sliceIndices(ts, sl, length: m.length)
        return .object(PyMemoryView(source: m.source, offset: m.offset + r.start * m.step, length: r.count,
                                    step: m.step * r.step, format: m.format))
      }
      if k.as(PyTuple.self) != nil { throw PyError.typeError("memoryview: invalid slice key") }
      guard Protocols.hasIndex(k) else { throw PyError.typeError("memoryview: invalid slice key") }
      let i = try Protocols.indexAsInt(ts, k)
      guard let j = SequenceSupport.normalize(i, count: m.length) else {
        throw PyError.indexError("index out of bounds on dimension 1")
      }
      return m.item(m.base[m.offset + j * m.step])
    }
    t.slots.setItem = { ts, v, k, value throws(PyError) in
      let m = me(v)
      try m.check()
      guard let ba = m.source as? PyByteArray else { throw PyError.typeError("cannot modify read-only memory") }
      guard let value else { throw PyError.typeError("cannot delete memory") }
      func byte(_ x: Value) throws(PyError) -> UInt8 {
        if m.format == UInt8(ascii: "c") {
          guard let b = x.as(PyBytes.self) else { throw PyError.typeError("memoryview: invalid type for format 'c'") }
          guard b.bytes.count == 1 else { throw PyError.valueError("memoryview: invalid value for format 'c'") }
          return b.bytes[0]
        }
        guard Protocols.hasIndex(x) else {
          throw PyError.typeError("memoryview: invalid type for format '\(String(UnicodeScalar(m.format)))'")
        }
        let i = try Protocols.indexAsInt(ts, x)
        if m.format == UInt8(ascii: "b") {
          guard i >= -128 && i <= 127 else { throw PyError.valueError("memoryview: invalid value for format 'b'") }
          return UInt8(bitPattern: Int8(i))
        }
        guard i >= 0 && i <= 255 else { throw PyError.valueError("memoryview: invalid value for format 'B'") }
        return UInt8(i)
      }
      if let sl = k.as(PySlice.self) {
        let r = try SequenceSupport.sliceIndices(ts, sl, length: m.length)
        guard let src = BytesSupport.bufferBytes(value) else {
          throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(value))'")
        }
        if src.count != r.count {
          throw PyError.valueError("memoryview assignment: lvalue and rvalue have different structures")
        }
        var i = m.offset + r.start * m.step
        for c in src { ba.bytes[i] = c; i += m.step * r.step }
        return
      }
      guard Protocols.hasIndex(k) else { throw PyError.typeError("memoryview: invalid slice key") }
      let i = try Protocols.indexAsInt(ts, k)
      guard let j = SequenceSupport.normalize(i, count: m.length) else {
        throw PyError.indexError("index out of bounds on dimension 1")
      }
      ba.bytes[m.offset + j * m.step] = try byte(value)
    }
    t.slots.iter = { ts, v throws(PyError) in
      let m = me(v)
      try m.check()
      return try Protocols.getIter(ts, .object(PyList(m.contents.map { m.item($0) })))
    }
    t.addMethod("tobytes") { _, v, _ throws(PyError) in try me(v).check(); return .object(PyBytes(me(v).contents)) }
    t.addMethod("tolist") { _, v, _ throws(PyError) in
      let m = me(v)
      try m.check()
      return .object(PyList(m.contents.map { m.item($0) }))
    }
    t.addMethod("hex") { ts, v, a throws(PyError) in
      try me(v).check()
      return .object(try BytesMethods.hex(ts, me(v).contents, a, "memoryview"))
    }
    t.addMethod("release") { _, v, _ in me(v).release(); return .none }
    t.addMethod("__enter__") { _, v, _ throws(PyError) in try me(v).check(); return v }
    t.addMethod("__exit__") { _, v, _ in me(v).release(); return .none }
    t.addMethod("toreadonly") { _, v, _ throws(PyError) in
      let m = me(v)
      try m.check()
      return .object(PyMemoryView(source: PyBytes(m.contents), offset: 0, length: m.length, step: 1, format: m.format))
    }
    t.addMethod("cast") { ts, v, a throws(PyError) in
      let m = me(v)
      try m.check()
      let p = try ArgParser.parse(a, fname: "cast", names: ["format", "shape"], required: 1)
      guard let f = p[0]!.as(PyStr.self) else {
        throw PyError.typeError("cast() argument 'format' must be str, not \(StrArgs.clinicName(p[0]!))")
      }
      let fs = f.string
      guard fs == "B" || fs == "b" || fs == "c" else {
        throw PyError.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
      }
      if m.step != 1 { throw PyError.typeError("memoryview: casts are restricted to C-contiguous views") }
      return .object(PyMemoryView(source: m.source, offset: m.offset, length: m.length, step: 1, format: UInt8(fs.utf8.first!)))
    }
    t.addProperty("format") { _, v in .object(PyStr(String(UnicodeScalar(me(v).format)))) }
    t.addProperty("itemsize") { _, _ in .int(1) }
    t.addProperty("nbytes") { _, v in .int(me(v).length) }
    t.addProperty("readonly") { _, v in .bool(me(v).readonly) }
    t.addProperty("ndim") { _, _ in .int(1) }
    t.addProperty("shape") { _, v in .object(PyTuple([.int(me(v).length)])) }
    t.addProperty("strides") { _, v in .object(PyTuple([.int(me(v).step)])) }
    t.addProperty("obj") { _, v in Value(me(v).source) }
    t.addProperty("contiguous") { _, v in .bool(me(v).step == 1) }
    t.addProperty("c_contiguous") { _, v in .bool(me(v).step == 1) }
    t.addProperty("f_contiguous") { _, v in .bool(me(v).step == 1) }
  }
}
