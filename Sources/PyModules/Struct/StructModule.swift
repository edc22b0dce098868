import PyRuntime

/// One compiled format: `_struct.Struct` (CPython Modules/_struct.c `PyStructObject`).
public final class PyStruct: PyObject {
  var layout: StructLayout
  var format: PyStr

  init(type: PyType, layout: StructLayout, format: PyStr) {
    self.layout = layout
    self.format = format
    super.init(type: type)
  }
}

/// `_struct.unpack_iterator`: the records of a buffer, one tuple at a time.
public final class PyStructUnpackIterator: PyObject {
  let owner: PyStruct
  let data: [UInt8]
  var offset = 0

  init(_ owner: PyStruct, _ data: [UInt8]) {
    self.owner = owner
    self.data = data
    super.init(type: BuiltinTypes.structUnpackIterator)
  }
}

/// The `_struct` module (CPython Modules/_struct.c) under `struct`: `Struct`, `error`, and
/// the module-level functions, which compile their format through a per-interpreter cache.
public enum StructModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_struct")
    let d = m.dict
    d.set("__doc__", .object(PyStr("Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n")))
    d.set("Struct", Value(BuiltinTypes.structType))
    d.set("error", Value(BuiltinTypes.structError))
    let cache = FormatCache()
    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "_struct", doc: doc, body)
      Deferral.retain(f)
      d.set(name, Value(f))
    }
    add("pack", "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "_struct.pack")
      if a.count == 0 { throw PyError.typeError("missing format argument") }
      let s = try cache.get(ts, a[0])
      return try pack(ts, s, a, from: 1)
    }
    add("pack_into", "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "_struct.pack_into")
      if a.count == 0 { throw PyError.typeError("missing format argument") }
      let s = try cache.get(ts, a[0])
      return try packInto(ts, s, a, from: 1)
    }
    add("unpack", "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "_struct.unpack")
      try PositionalCheck.count(a.count, "unpack", min: 2, max: 2)
      return try unpack(ts, try cache.get(ts, a[0]), a[1])
    }
    let unpackFromSignature = ClinicSignature("unpack_from", ["format", "buffer", "offset"], posOnly: 1, minPos: 2)
    add("unpack_from", "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.") { ts, a throws(PyError) in
      let p = try unpackFromSignature.bind(a)
      let s = try cache.get(ts, p[0]!)
      return try unpackFrom(ts, s, p[1]!, p[2])
    }
    add("iter_unpack", "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "_struct.iter_unpack")
      try PositionalCheck.count(a.count, "iter_unpack", min: 2, max: 2)
      return try iterUnpack(ts, try cache.get(ts, a[0]), a[1])
    }
    add("calcsize", "Return size in bytes of the struct described by the format string.") { ts, a throws(PyError) in
      try ArgParser.positional(a, "_struct.calcsize", min: 1, max: 1)
      return .int(try cache.get(ts, a[0]).layout.size)
    }
    add("_clearcache", "Clear the internal cache.") { _, a throws(PyError) in
      try ArgParser.positional(a, "_clearcache", min: 0, max: 0)
      cache.entries.removeAll()
      return .none
    }
    return m
  }

  static func error(_ message: String) -> PyError { PyError.make(BuiltinTypes.structError, message) }

  /// Compiled formats by format object (str or bytes), as CPython's `cache_struct` (at most
  /// 100 entries; the cache is emptied when full).
  final class FormatCache {
    var entries: [String: PyStruct] = [:]

    func get(_ ts: ThreadState, _ format: Value) throws(PyError) -> PyStruct {
      if let s = format.as(PyStruct.self) { return s }
      let key: String
      if let str = format.as(PyStr.self) {
        key = "s" + str.string
      } else if let b = format.as(PyBytes.self) {
        key = "b" + String(decoding: b.bytes, as: UTF8.self)
      } else {
        throw PyError.typeError("Struct() argument 1 must be a str or bytes object, not \(Protocols.typeName(format))")
      }
      if let s = entries[key] { return s }
      let s = try StructModule.compile(ts, BuiltinTypes.structType, format)
      if entries.count >= 100 { entries.removeAll() }
      entries[key] = s
      return s
    }
  }

  /// A new Struct for a str or bytes format.
  static func compile(_ ts: ThreadState, _ cls: PyType, _ format: Value) throws(PyError) -> PyStruct {
    let bytes: [UInt8]
    let text: PyStr
    if let s = format.as(PyStr.self) {
      if !s.isASCII { throw try asciiEncodeError(ts, s) }
      bytes = Array(s.string.utf8)
      text = s
    } else if let b = format.as(PyBytes.self) {
      bytes = b.bytes
      text = PyStr(latin1: b.bytes)
    } else {
      throw PyError.typeError("Struct() argument 1 must be a str or bytes object, not \(Protocols.typeName(format))")
    }
    return PyStruct(type: cls, layout: try StructLayout(bytes), format: text)
  }

  /// The UnicodeEncodeError of encoding a non-ASCII format to ASCII (the first run of
  /// non-ASCII characters, as the strict ASCII codec reports it).
  static func asciiEncodeError(_ ts: ThreadState, _ s: PyStr) throws(PyError) -> PyError {
    var start = 0
    while start < s.count && s[start] < 0x80 { start += 1 }
    var end = start
    while end < s.count && s[end] >= 0x80 { end += 1 }
    let exc = try Protocols.call(ts, Value(BuiltinTypes.exceptions.unicodeEncodeError),
                                 [.object(PyStr("ascii")), .object(s), .int(start), .int(end),
                                  .object(PyStr("ordinal not in range(128)"))])
    return PyError(exc.unsafeAs(PyBaseException.self))
  }

  // MARK: Operations shared by the functions and the methods

  static func pack(_ ts: ThreadState, _ s: PyStruct, _ a: Args, from first: Int) throws(PyError) -> Value {
    let given = a.count - first
    if given != s.layout.valueCount {
      throw error("pack expected \(s.layout.valueCount) items for packing (got \(given))")
    }
    var out = [UInt8](repeating: 0, count: s.layout.size)
    let values = (first..<a.count).map { a[$0] }
    try out.withUnsafeMutableBufferPointer { (p: inout UnsafeMutableBufferPointer<UInt8>) throws(PyError) in
      if let base = p.baseAddress {
        try StructCodec(ts: ts, layout: s.layout).pack(values[...], into: base)
      } else {
        try packEmpty(ts, s, values)
      }
    }
    return .object(PyBytes(out))
  }

  /// Packing into zero bytes still converts nothing, but a zero-size layout has no values.
  static func packEmpty(_ ts: ThreadState, _ s: PyStruct, _ values: [Value]) throws(PyError) {}

  static func packInto(_ ts: ThreadState, _ s: PyStruct, _ a: Args, from first: Int) throws(PyError) -> Value {
    let n = a.count - first
    let size = s.layout.size
    if n != s.layout.valueCount + 2 {
      if n == 0 { throw error("pack_into expected buffer argument") }
      if n == 1 { throw error("pack_into expected offset argument") }
      throw error("pack_into expected \(s.layout.valueCount) items for packing (got \(n - 2))")
    }
    let buffer = a[first]
    guard let length = BytesSupport.writableLength(buffer) else {
      if BytesSupport.isBytesLike(buffer) {
        throw PyError.typeError("argument must be read-write bytes-like object, not \(Protocols.typeName(buffer))")
      }
      throw PyError.typeError("argument must be read-write bytes-like object, not \(Protocols.typeName(buffer))")
    }
    var offset = try Protocols.indexAsInt(ts, a[first + 1], overflowMessage: "cannot fit 'int' into an index-sized integer")
    if offset < 0 {
      if offset + size > 0 { throw error("no space to pack \(size) bytes at offset \(offset)") }
      if offset + length < 0 { throw error("offset \(offset) out of range for \(length)-byte buffer") }
      offset += length
    }
    if length - offset < size {
      throw error("pack_into requires a buffer of at least \(size + offset) bytes for packing \(size) bytes at offset \(offset) (actual buffer size is \(length))")
    }
    var out = [UInt8](repeating: 0, count: size)
    let values = ((first + 2)..<a.count).map { a[$0] }
    try out.withUnsafeMutableBufferPointer { (p: inout UnsafeMutableBufferPointer<UInt8>) throws(PyError) in
      if let base = p.baseAddress { try StructCodec(ts: ts, layout: s.layout).pack(values[...], into: base) }
    }
    out.withUnsafeBytes { BytesSupport.write(buffer, at: offset, $0) }
    return .none
  }

  static func bufferBytes(_ v: Value) throws(PyError) -> [UInt8] {
    guard let b = BytesSupport.bufferBytes(v) else {
      throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(v))'")
    }
    return b
  }

  static func record(_ ts: ThreadState, _ s: PyStruct, _ data: [UInt8], _ offset: Int) throws(PyError) -> Value {
    let values = try data.withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt8>) throws(PyError) -> [Value] in
      guard let base = p.baseAddress else { return [] }
      return try StructCodec(ts: ts, layout: s.layout).unpack(base + offset)
    }
    return .object(PyTuple(values))
  }

  static func unpack(_ ts: ThreadState, _ s: PyStruct, _ buffer: Value) throws(PyError) -> Value {
    let data = try bufferBytes(buffer)
    if data.count != s.layout.size {
      throw error("unpack requires a buffer of \(s.layout.size) bytes")
    }
    return try record(ts, s, data, 0)
  }

  static func unpackFrom(_ ts: ThreadState, _ s: PyStruct, _ buffer: Value, _ offsetArg: Value?) throws(PyError) -> Value {
    let data = try bufferBytes(buffer)
    let size = s.layout.size
    var offset = try offsetArg.map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 0
    let length = data.count
    if offset < 0 {
      if offset + size > 0 { throw error("not enough data to unpack \(size) bytes at offset \(offset)") }
      if offset + length < 0 { throw error("offset \(offset) out of range for \(length)-byte buffer") }
      offset += length
    }
    if length - offset < size {
      throw error("unpack_from requires a buffer of at least \(size + offset) bytes for unpacking \(size) bytes at offset \(offset) (actual buffer size is \(length))")
    }
    return try record(ts, s, data, offset)
  }

  static func iterUnpack(_ ts: ThreadState, _ s: PyStruct, _ buffer: Value) throws(PyError) -> Value {
    let size = s.layout.size
    if size == 0 { throw error("cannot iteratively unpack with a struct of length 0") }
    let data = try bufferBytes(buffer)
    if data.count % size != 0 {
      throw error("iterative unpacking requires a buffer of a multiple of \(size) bytes")
    }
    return .object(PyStructUnpackIterator(s, data))
  }
}

extension BuiltinTypes {
  /// `struct.error`, the exception of every format and range problem.
  public static let structError: PyType = PyType.builtin("struct.error", base: BuiltinTypes.exceptions.exception,
                                                         flags: [.baseType, .baseExceptionSubclass, .hasInstanceDict]) { t in
    t.qualname = "error"
  }

  /// `_struct.Struct`.
  public static let structType: PyType = PyType.builtin("_struct.Struct", flags: [.baseType]) { t in
    t.qualname = "Struct"
    t.dict.set("__doc__", .object(PyStr("Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.")))
    func st(_ v: Value) -> PyStruct { v.unsafeAs(PyStruct.self) }
    let signature = ClinicSignature("Struct", ["format"], minPos: 1)
    t.slots.new = { ts, cls, a throws(PyError) in
      let format = try signature.bind(a)[0]!
      let s = try StructModule.compile(ts, cls, format)
      if cls !== BuiltinTypes.structType { NativeTypeSupport.prepareInstance(s, cls) }
      return .object(s)
    }
    t.slots.initialize = { _, _, _ in }
    t.addProperty("format", doc: "struct format string") { _, v in .object(st(v).format) }
    t.addProperty("size", doc: "struct size in bytes") { _, v in .int(st(v).layout.size) }
    t.addMethod("pack", doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "Struct.pack")
      return try StructModule.pack(ts, st(v), a, from: 0)
    }
    t.addMethod("pack_into", doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.") { ts, v, a throws(PyError) in
      try ArgParser.noKeywords(a, "Struct.pack_into")
      return try StructModule.packInto(ts, st(v), a, from: 0)
    }
    t.addMethod("unpack", doc: "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "Struct.unpack", min: 1, max: 1)
      return try StructModule.unpack(ts, st(v), a[0])
    }
    let unpackFrom = ClinicSignature("unpack_from", ["buffer", "offset"], minPos: 1)
    t.addMethod("unpack_from", doc: "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.") { ts, v, a throws(PyError) in
      let p = try unpackFrom.bind(a)
      return try StructModule.unpackFrom(ts, st(v), p[0]!, p[1])
    }
    t.addMethod("iter_unpack", doc: "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "Struct.iter_unpack", min: 1, max: 1)
      return try StructModule.iterUnpack(ts, st(v), a[0])
    }
    t.addMethod("__sizeof__", doc: "S.__sizeof__() -> size of S in memory, in bytes") { _, v, _ in
      .int(72 + 16 * (st(v).layout.items.count + 1))
    }
  }

  /// `_struct.unpack_iterator`.
  public static let structUnpackIterator: PyType = PyType.builtin("_struct.unpack_iterator") { t in
    t.qualname = "unpack_iterator"
    func it(_ v: Value) -> PyStructUnpackIterator { v.unsafeAs(PyStructUnpackIterator.self) }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in
      let i = it(v)
      let size = i.owner.layout.size
      if i.offset + size > i.data.count { return nil }
      let r = try StructModule.record(ts, i.owner, i.data, i.offset)
      i.offset += size
      return r
    }
    t.addMethod("__length_hint__") { _, v, _ in
      let i = it(v)
      return .int((i.data.count - i.offset) / i.owner.layout.size)
    }
  }
}
