import PySyntax

/// The `bytes` and `bytearray` types' slots: construction (`bytes(int)`, from iterables,
/// buffers, `__bytes__`, str with an encoding), repr, comparisons, hashing (bytes), sequence
/// behaviour, `%` formatting, and bytearray's mutation (item/slice assignment, append, extend,
/// insert, pop, remove, reverse, clear, copy, `+=`, `*=`) — Objects/bytesobject.c and
/// bytearrayobject.c.
extension BuiltinTypes {
  public static let bytearray: PyType = PyType.builtin("bytearray", flags: [.baseType]) { t in
    installByteArray(t)
  }

  static func installBytes() {
    let t = bytes
    func me(_ v: Value) -> [UInt8] { v.unsafeAs(PyBytes.self).bytes }
    t.slots.repr = { _, v in .object(PyStr(PythonRepr.bytes(me(v)))) }
    t.slots.str = { ts, v throws(PyError) in .object(try BytesBehaviour.str(ts, v)) }
    t.slots.hash = { _, v in
      let b = me(v)
      if b.isEmpty { return 0 }
      var h = b.withUnsafeBytes { HashSecret.hashBytes($0) }
      if h == -1 { h = -2 }
      return h
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in try BytesBehaviour.compare(ts, a, b, op) }
    t.slots.length = { _, v in me(v).count }
    t.slots.sequenceConcat = { _, a, b throws(PyError) in
      .object(PyBytes(try BytesBehaviour.concat(a, b)))
    }
    t.slots.sequenceRepeat = { _, v, n in .object(PyBytes(BytesBehaviour.repeated(me(v), n))) }
    t.slots.contains = { ts, v, x throws(PyError) in try BytesBehaviour.contains(ts, me(v), x) }
    t.slots.getItem = { ts, v, k throws(PyError) in
      try BytesBehaviour.getItem(ts, me(v), k) { .object(PyBytes($0)) }
    }
    t.slots.iter = { _, v in .object(BytesIterator(v, me(v))) }
    t.slots.new = { ts, cls, args throws(PyError) in
      let b = try BytesBehaviour.construct(ts, args, fname: "bytes")
      if cls === BuiltinTypes.bytes { return .object(PyBytes(b)) }
      let o = PyBytes(b, type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    t.setBinary(.mod) { ts, a, b throws(PyError) in
      guard let f = a.as(PyBytes.self) else { return .notImplemented }
      return .object(PyBytes(try BytesFormat.format(ts, f.bytes, b)))
    }
    t.addMethod("__getnewargs__") { _, v, _ in .object(PyTuple([.object(PyBytes(me(v)))])) }
    t.addMethod("__bytes__") { _, v, _ in
      if let x = v.as(PyBytes.self), x.type === BuiltinTypes.bytes { return v }
      return .object(PyBytes(me(v)))
    }
    BytesMethods.install(t, byteArray: false)
  }

  static func installByteArray(_ t: PyType) {
    func me(_ v: Value) -> PyByteArray { v.unsafeAs(PyByteArray.self) }
    t.slots.repr = { _, v in
      let name = Protocols.typeOf(v).name
      return .object(PyStr(name + "(" + BytesBehaviour.byteArrayRepr(me(v).bytes) + ")"))
    }
    t.slots.str = { ts, v throws(PyError) in .object(try BytesBehaviour.str(ts, v)) }
    t.slots.hashIsNone = true
    t.slots.richCompare = { ts, a, b, op throws(PyError) in try BytesBehaviour.compare(ts, a, b, op) }
    t.slots.length = { _, v in me(v).bytes.count }
    t.slots.sequenceConcat = { _, a, b throws(PyError) in .object(PyByteArray(try BytesBehaviour.concat(a, b))) }
    t.slots.sequenceInplaceConcat = { _, a, b throws(PyError) in
      guard let other = BytesSupport.bufferBytes(b) else {
        throw PyError.typeError("can't concat \(Protocols.typeName(b)) to \(Protocols.typeName(a))")
      }
      let x = me(a)
      try x.checkResizable()
      x.bytes.append(contentsOf: other)
      return a
    }
    t.slots.sequenceRepeat = { _, v, n in .object(PyByteArray(BytesBehaviour.repeated(me(v).bytes, n))) }
    t.slots.sequenceInplaceRepeat = { _, v, n throws(PyError) in
      let x = me(v)
      try x.checkResizable()
      x.bytes = BytesBehaviour.repeated(x.bytes, n)
      return v
    }
    t.slots.contains = { ts, v, x throws(PyError) in try BytesBehaviour.contains(ts, me(v).bytes, x) }
    t.slots.getItem = { ts, v, k throws(PyError) in
      try BytesBehaviour.getItem(ts, me(v).bytes, k, name: "bytearray") { .object(PyByteArray($0)) }
    }
    t.slots.setItem = { ts, v, k, value throws(PyError) in try BytesBehaviour.setItem(ts, me(v), k, value) }
    t.slots.iter = { _, v in .object(BytesIterator(v, nil)) }
    t.slots.new = { _, cls, _ in
      let o = PyByteArray([], type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    t.slots.initialize = { ts, v, args throws(PyError) in
      let b = try BytesBehaviour.construct(ts, args, fname: "bytearray")
      let x = me(v)
      try x.checkResizable()
      x.bytes = b
    }
    t.setBinary(.mod) { ts, a, b throws(PyError) in
      guard let f = a.as(PyByteArray.self) else { return .notImplemented }
      return .object(PyByteArray(try BytesFormat.format(ts, f.bytes, b)))
    }
    t.addMethod("append") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "bytearray.append")
      let c = try BytesMethods.byteValue(ts, a[0])
      let x = me(v)
      try x.checkResizable()
      x.bytes.append(c)
      return .none
    }
    t.addMethod("extend") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "bytearray.extend")
      let new: [UInt8]
      if let b = BytesSupport.bufferBytes(a[0]) {
        new = b
      } else {
        let it: Value
        do throws(PyError) {
          it = try Protocols.getIter(ts, a[0])
        } catch {
          throw PyError.typeError("can't extend bytearray with \(Protocols.typeName(a[0]))")
        }
        var out: [UInt8] = []
        while let x = try Protocols.next(ts, it) { out.append(try BytesMethods.byteValue(ts, x)) }
        new = out
      }
      let x = me(v)
      try x.checkResizable()
      x.bytes.append(contentsOf: new)
      return .none
    }
    t.addMethod("insert") { ts, v, a throws(PyError) in
      try StrArgs.clinic(a, "insert", min: 2, max: 2, owner: "bytearray")
      let x = me(v)
      var i = try StrArgs.index(ts, a[0])
      let c = try BytesMethods.byteValue(ts, a[1])
      try x.checkResizable()
      let n = x.bytes.count
      if i < 0 { i = max(i + n, 0) } else if i > n { i = n }
      x.bytes.insert(c, at: i)
      return .none
    }
    t.addMethod("pop") { ts, v, a throws(PyError) in
      try StrArgs.clinic(a, "pop", min: 0, max: 1, owner: "bytearray")
      let x = me(v)
      if x.bytes.isEmpty { throw PyError.indexError("pop from empty bytearray") }
      let i = a.count > 0 ? try StrArgs.index(ts, a[0]) : -1
      guard let j = SequenceSupport.normalize(i, count: x.bytes.count) else {
        throw PyError.indexError("pop index out of range")
      }
      try x.checkResizable()
      return .int(Int(x.bytes.remove(at: j)))
    }
    t.addMethod("remove") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "bytearray.remove")
      let c = try BytesMethods.byteValue(ts, a[0])
      let x = me(v)
      guard let j = x.bytes.firstIndex(of: c) else { throw PyError.valueError("value not found in bytearray") }
      try x.checkResizable()
      x.bytes.remove(at: j)
      return .none
    }
    t.addMethod("reverse") { _, v, a throws(PyError) in
      try StrArgs.none(a, "bytearray.reverse")
      me(v).bytes.reverse()
      return .none
    }
    t.addMethod("clear") { _, v, a throws(PyError) in
      try StrArgs.none(a, "bytearray.clear")
      let x = me(v)
      try x.checkResizable()
      x.bytes.removeAll()
      return .none
    }
    t.addMethod("copy") { _, v, a throws(PyError) in
      try StrArgs.none(a, "bytearray.copy")
      return .object(PyByteArray(me(v).bytes))
    }
    t.addMethod("__alloc__") { _, v, _ in .int(me(v).bytes.capacity + 1) }
    BytesMethods.install(t, byteArray: true)
  }
}

/// Behaviour shared by the bytes and bytearray slots.
enum BytesBehaviour {
  /// bytearray's inner repr: as bytes', but a single quote is escaped even inside double quotes
  /// (CPython's `bytearray_repr`).
  static func byteArrayRepr(_ b: [UInt8]) -> String {
    let single = b.contains(0x27), double = b.contains(0x22)
    let quote: UInt8 = single && !double ? 0x22 : 0x27
    var out: [UInt8] = [0x62, quote]
    let h = StrOps.hexDigits
    for c in b {
      switch c {
      case 0x27, 0x5C: out.append(0x5C); out.append(c)
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x20..<0x7F: out.append(c)
      default: out.append(contentsOf: [0x5C, 0x78, h[Int(c >> 4)], h[Int(c & 0xF)]])
      }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// `str(b)`: the repr (BytesWarning is not emitted).
  static func str(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyStr {
    return try Protocols.repr(ts, v)
  }

  static func compare(_ ts: ThreadState, _ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
    guard let x = BytesSupport.bufferBytes(a), let y = BytesSupport.bufferBytes(b),
          a.as(PyMemoryView.self) == nil, b.as(PyMemoryView.self) == nil else { return .notImplemented }
    switch op {
    case .eq: return .bool(x == y)
    case .ne: return .bool(x != y)
    default:
      let c = x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
      return .bool(Protocols.compare(c, 0, op))
    }
  }

  static func concat(_ a: Value, _ b: Value) throws(PyError) -> [UInt8] {
    guard let x = BytesSupport.bufferBytes(a), let y = BytesSupport.bufferBytes(b) else {
      let bad = BytesSupport.bufferBytes(a) == nil ? a : b
      throw PyError.typeError("can't concat \(Protocols.typeName(bad)) to \(Protocols.typeName(a))")
    }
    return x + y
  }

  static func repeated(_ b: [UInt8], _ n: Int) -> [UInt8] {
    if n <= 0 || b.isEmpty { return [] }
    if b.count == 1 { return [UInt8](repeating: b[0], count: n) }
    var out: [UInt8] = []
    out.reserveCapacity(b.count * n)
    for _ in 0..<n { out.append(contentsOf: b) }
    return out
  }

  static func contains(_ ts: ThreadState, _ b: [UInt8], _ x: Value) throws(PyError) -> Bool {
    if let sub = BytesSupport.bufferBytes(x) { return BytesMethods.find(b, sub, 0, b.count) >= 0 }
    if Protocols.hasIndex(x) {
      let c = try BytesMethods.byteValue(ts, x)
      return b.contains(c)
    }
    throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(x))'")
  }

  static func getItem(_ ts: ThreadState, _ b: [UInt8], _ k: Value, name: String? = nil,
                      make: ([UInt8]) -> Value) throws(PyError) -> Value {
    if let sl = k.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: b.count)
      if r.step == 1 { return make(Array(b[r.start..<(r.start + r.count)])) }
      var out: [UInt8] = []
      out.reserveCapacity(r.count)
      var i = r.start
      for _ in 0..<r.count { out.append(b[i]); i += r.step }
      return make(out)
    }
    let i: Int
    if case .int(let x) = k { i = x } else {
      guard Protocols.hasIndex(k) else {
        throw PyError.typeError("\(name ?? "byte") indices must be integers or slices, not \(Protocols.typeName(k))")
      }
      i = try Protocols.indexAsInt(ts, k, overflowMessage: "cannot fit 'int' into an index-sized integer")
    }
    guard let j = SequenceSupport.normalize(i, count: b.count) else {
      throw PyError.indexError(name == nil ? "index out of range" : "\(name!) index out of range")
    }
    return .int(Int(b[j]))
  }

  /// bytearray item and slice assignment / deletion.
  static func setItem(_ ts: ThreadState, _ x: PyByteArray, _ k: Value, _ value: Value?) throws(PyError) {
    if let sl = k.as(PySlice.self) {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: x.bytes.count)
      var new: [UInt8] = []
      if let value {
        if let b = BytesSupport.bufferBytes(value) {
          new = b
        } else if Protocols.hasIndex(value) || value.as(PyStr.self) != nil {
          throw PyError.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
          for item in try Protocols.toArray(ts, value) { new.append(try BytesMethods.byteValue(ts, item)) }
        }
      }
      if r.step == 1 {
        let stop = max(r.start, r.start + r.count)
        if new.count != r.count { try x.checkResizable() }
        x.bytes.replaceSubrange(r.start..<stop, with: new)
        return
      }
      if value == nil {
        try x.checkResizable()
        var drop = Set<Int>()
        var i = r.start
        for _ in 0..<r.count { drop.insert(i); i += r.step }
        x.bytes = x.bytes.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
        return
      }
      if new.count != r.count {
        throw PyError.valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(r.count)")
      }
      var i = r.start
      for c in new { x.bytes[i] = c; i += r.step }
      return
    }
    let i: Int
    if case .int(let n) = k { i = n } else {
      guard Protocols.hasIndex(k) else {
        throw PyError.typeError("bytearray indices must be integers or slices, not \(Protocols.typeName(k))")
      }
      i = try Protocols.indexAsInt(ts, k)
    }
    guard let j = SequenceSupport.normalize(i, count: x.bytes.count) else {
      throw PyError.indexError("bytearray index out of range")
    }
    if let value {
      x.bytes[j] = try BytesMethods.byteValue(ts, value)
    } else {
      try x.checkResizable()
      x.bytes.remove(at: j)
    }
  }

  /// The contents for `bytes(...)` / `bytearray(...)` (`bytes_new_impl`).
  static func construct(_ ts: ThreadState, _ args: Args, fname: String) throws(PyError) -> [UInt8] {
    let p = try StrArgs.keywords(args, fname, ["source", "encoding", "errors"])
    var encoding: String? = nil, errors: String? = nil
    if let e = p[1] {
      guard let s = e.as(PyStr.self) else {
        throw PyError.typeError("\(fname)() argument 'encoding' must be str, not \(Protocols.typeName(e))")
      }
      encoding = s.string
    }
    if let e = p[2] {
      guard let s = e.as(PyStr.self) else {
        throw PyError.typeError("\(fname)() argument 'errors' must be str, not \(Protocols.typeName(e))")
      }
      errors = s.string
    }
    guard let source = p[0] else {
      if encoding != nil { throw PyError.typeError("encoding without a string argument") }
      if errors != nil { throw PyError.typeError("errors without a string argument") }
      return []
    }
    if let s = source.as(PyStr.self) {
      guard let encoding else { throw PyError.typeError("string argument without an encoding") }
      return try Codecs.encode(ts, s, encoding: encoding, errors: errors ?? "strict")
    }
    if encoding != nil { throw PyError.typeError("encoding without a string argument") }
    if errors != nil { throw PyError.typeError("errors without a string argument") }
    if fname == "bytes", let m = try Protocols.lookupSpecial(ts, source, PyStr.intern("__bytes__")) {
      let r = try Protocols.call(ts, m, [])
      guard let b = r.as(PyBytes.self) else {
        throw PyError.typeError("__bytes__ returned non-bytes (type \(Protocols.typeName(r)))")
      }
      return b.bytes
    }
    if let b = BytesSupport.bufferBytes(source) { return b }
    if Protocols.hasIndex(source) {
      let n = try Protocols.indexAsInt(ts, source)
      if n < 0 { throw PyError.valueError("negative count") }
      return [UInt8](repeating: 0, count: n)
    }
    let it: Value
    do throws(PyError) {
      it = try Protocols.getIter(ts, source)
    } catch {
      if error.exception.type === BuiltinTypes.exceptions.typeError {
        throw PyError.typeError("cannot convert '\(Protocols.typeName(source))' object to \(fname)")
      }
      throw error
    }
    var out: [UInt8] = []
    while let x = try Protocols.next(ts, it) {
      let i = try Protocols.indexAsInt(ts, x)
      if i < 0 || i > 255 { throw PyError.valueError(fname == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)") }
      out.append(UInt8(i))
    }
    return out
  }
}

/// Iterator over bytes or a bytearray (ints).
public final class BytesIterator: PyObject {
  let source: Value
  let snapshot: [UInt8]?
  var index = 0

  init(_ source: Value, _ snapshot: [UInt8]?) {
    self.source = source
    self.snapshot = snapshot
    super.init(type: snapshot == nil ? BuiltinTypes.byteArrayIterator : BuiltinTypes.bytesIterator)
  }

  func next() -> Value? {
    let b = snapshot ?? source.unsafeAs(PyByteArray.self).bytes
    guard index < b.count else { return nil }
    index += 1
    return .int(Int(b[index - 1]))
  }
}

extension BuiltinTypes {
  public static let bytesIterator: PyType = PyType.builtin("bytes_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(BytesIterator.self).next() }
  }
  public static let byteArrayIterator: PyType = PyType.builtin("bytearray_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(BytesIterator.self).next() }
  }
}
