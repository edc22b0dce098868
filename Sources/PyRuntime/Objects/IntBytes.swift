import CSupport

/// `int.to_bytes` and `int.from_bytes` (CPython's `int_to_bytes_impl`/`int_from_bytes_impl`,
/// `_PyLong_AsByteArray`/`_PyLong_FromByteArray`): two's complement for signed conversions.
enum IntBytes {
  /// "little" → true, "big" → false.
  static func littleEndian(_ v: Value?, _ fname: String) throws(PyError) -> Bool {
    guard let v else { return false }
    guard let s = v.as(PyStr.self) else {
      throw PyError.typeError("\(fname)() argument 'byteorder' must be str, not \(v.isNone ? "None" : Protocols.typeName(v))")
    }
    switch s.string {
    case "little": return true
    case "big": return false
    default: throw PyError.valueError("byteorder must be either 'little' or 'big'")
    }
  }

  /// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
  static func toBytes(_ ts: ThreadState, _ v: Value, _ a: Args) throws(PyError) -> Value {
    let p = try ArgParser.parse(a, fname: "to_bytes", names: ["length", "byteorder", "signed"], required: 0, kwOnlyFrom: 2)
    var length = 1
    if let l = p[0] {
      length = try Protocols.indexAsInt(ts, l)
      if length < 0 { throw PyError.valueError("length argument must be non-negative") }
      if length > IntOps.maxBits / 8 { throw IntOps.memoryError() }
    }
    let little = try littleEndian(p[1], "to_bytes")
    let signed = try p[2].map { x throws(PyError) in try Protocols.isTrue(ts, x) } ?? false
    let sign = IntOps.signum(v)
    if sign < 0 && !signed { throw PyError.overflowError("can't convert negative int to unsigned") }
    // Range check: unsigned needs bit_length <= 8n; signed needs -2**(8n-1) <= v < 2**(8n-1).
    let bits = IntOps.bitLength(v)
    // (As CPython, zero bytes hold 0 and, signed, -1.)
    let tooBig: Bool
    if !signed {
      tooBig = bits > 8 * length
    } else if sign >= 0 {
      tooBig = bits > Swift.max(8 * length - 1, 0)
    } else {
      // v < 0: fits when |v| <= 2**(8n-1), i.e. bit_length(-v-1) <= 8n-1.
      tooBig = IntOps.bitLength(IntOps.invert(v)) > Swift.max(8 * length - 1, 0)
    }
    if tooBig { throw PyError.overflowError("int too big to convert") }
    var out = [UInt8](repeating: 0, count: length)
    if length > 0 && sign != 0 {
      let u = PyLong()
      IntOps.viewMpz(v) { x in __gmpz_fdiv_r_2exp(u.z, x, UInt(8 * length)) }
      var count = 0
      let mag = [UInt8](unsafeUninitializedCapacity: length) { buf, n in
        _ = __gmpz_export(buf.baseAddress, &count, 1, 1, 1, 0, u.z)
        n = count
      }
      for (i, b) in mag.enumerated() { out[length - mag.count + i] = b }
    }
    if little { out.reverse() }
    return .object(PyBytes(out))
  }

  /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; for subclasses `cls(value)`.
  static func fromBytes(_ ts: ThreadState, _ clsValue: Value, _ a: Args) throws(PyError) -> Value {
    let p = try ArgParser.parse(a, fname: "from_bytes", names: ["bytes", "byteorder", "signed"], required: 1, kwOnlyFrom: 2)
    let little = try littleEndian(p[1], "from_bytes")
    let signed = try p[2].map { x throws(PyError) in try Protocols.isTrue(ts, x) } ?? false
    var bytes = try bytesOf(ts, p[0]!)
    if little { bytes.reverse() }
    let r = PyLong()
    if !bytes.isEmpty {
      bytes.withUnsafeBufferPointer { buf in
        __gmpz_import(r.z, buf.count, 1, 1, 1, 0, buf.baseAddress)
      }
      if signed && bytes[0] & 0x80 != 0 {
        let m = PyLong()
        __gmpz_setbit(m.z, UInt(8 * bytes.count))
        __gmpz_sub(r.z, r.z, m.z)
      }
    }
    let value = IntOps.normalize(r)
    if let cls = clsValue.as(PyType.self), cls !== BuiltinTypes.int {
      return try Protocols.call(ts, clsValue, [value])
    }
    return value
  }

  /// `bytes(x)` as CPython's `PyObject_Bytes` for `from_bytes`: bytes, `__bytes__`, or an
  /// iterable of ints in range(256).
  static func bytesOf(_ ts: ThreadState, _ x: Value) throws(PyError) -> [UInt8] {
    if let b = x.as(PyBytes.self) { return b.bytes }
    if let b = BytesSupport.bufferBytes(x) { return b }
    if let r = try Protocols.callSpecial(ts, x, Names.bytes, []) {
      guard let b = r.as(PyBytes.self) else {
        throw PyError.typeError("__bytes__ returned non-bytes (type \(Protocols.typeName(r)))")
      }
      return b.bytes
    }
    if x.as(PyStr.self) != nil || Protocols.typeOf(x).slots.iter == nil {
      throw PyError.typeError("cannot convert '\(Protocols.typeName(x))' object to bytes")
    }
    var out: [UInt8] = []
    for item in try Protocols.toArray(ts, x) {
      let i = try Protocols.index(ts, item)
      guard case .int(let n) = i, n >= 0, n < 256 else {
        throw PyError.valueError("bytes must be in range(0, 256)")
      }
      out.append(UInt8(n))
    }
    return out
  }
}
