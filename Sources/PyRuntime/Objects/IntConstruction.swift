import CSupport

/// `int(x=0, /, base=10)`: CPython's `long_new_impl`, `long_subtype_new` and `PyNumber_Long`
/// (`__int__`, `__index__`, `__trunc__`, str/bytes parsing).
extension IntOps {
  static func new(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    var x: Value? = nil, base: Value? = nil
    let npos = args.positionalCount
    if args.count > 2 { throw PyError.typeError("int() takes at most 2 arguments (\(args.count) given)") }
    if npos >= 1 { x = args[0] }
    if npos >= 2 { base = args[1] }
    for (k, v) in args.keywords {
      if k.string == "base" && base == nil {
        base = v
      } else if k.string == "base" {
        throw PyError.typeError("argument for int() given by name ('base') and position (2)")
      } else {
        throw PyError.typeError("'\(k.string)' is an invalid keyword argument for int()")
      }
    }
    let result: Value
    if let x {
      if let base {
        // PyNumber_AsSsize_t(base, NULL): out-of-range values clip (and fail the range check).
        let bi = try Protocols.index(ts, base)
        let b: Int
        if case .int(let i) = bi { b = i } else { b = signum(bi) < 0 ? Int.min : Int.max }
        if (b != 0 && b < 2) || b > 36 { throw PyError.valueError("int() base must be >= 2 and <= 36, or 0") }
        if let s = x.as(PyStr.self) {
          result = try parse(ts, s, base: b)
        } else if x.as(PyBytes.self) != nil || x.as(PyByteArray.self) != nil, let bytes = bytesLike(x) {
          result = try parseBytes(ts, bytes, base: b, original: x)
        } else {
          throw PyError.typeError("int() can't convert non-string with explicit base")
        }
      } else {
        result = try numberLong(ts, x)
      }
    } else {
      if base != nil { throw PyError.typeError("int() missing string argument") }
      result = .int(0)
    }
    if cls === BuiltinTypes.int { return result }
    let l = PyLong(type: cls)
    viewMpz(result) { __gmpz_set(l.z, $0) }
    ObjectSupport.prepareInstance(l, cls)
    return .object(l)
  }

  /// The bytes of a bytes-like object (bytes, bytearray, memoryview), or nil.
  static func bytesLike(_ v: Value) -> [UInt8]? {
    BytesSupport.bufferBytes(v)
  }

  /// `int(b, base)` for bytes: the text must not contain NUL bytes.
  /// (Errors show the bytes as a bytes object, whatever the buffer's type, as CPython.)
  static func parseBytes(_ ts: ThreadState, _ bytes: [UInt8], base: Int, original: Value) throws(PyError) -> Value {
    let text = bytes.contains(0) ? [UInt8(ascii: "?")] : bytes
    return try parse(ts, text, base: base, original: .object(PyBytes(bytes)))
  }

  /// `PyNumber_Long(x)`: `int(x)` without a base.
  public static func numberLong(_ ts: ThreadState, _ x: Value) throws(PyError) -> Value {
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return try FloatOps.toInt(d)
    default: break
    }
    if let s = x.strIfExact { return try parse(ts, s, base: 10) }
    let t = Protocols.typeOf(x)
    if let f = t.slots.int {
      let r = try f(ts, x)
      if isInt(r) { return exact(r) }
      throw PyError.typeError("__int__ returned non-int (type \(Protocols.typeName(r)))")
    }
    if t.slots.index != nil { return exact(try Protocols.index(ts, x)) }
    if let r = try Protocols.callSpecial(ts, x, Names.trunc, []) {
      if isInt(r) { return exact(r) }
      guard Protocols.hasIndex(r) else {
        throw PyError.typeError("__trunc__ returned non-Integral (type \(Protocols.typeName(r)))")
      }
      return exact(try Protocols.index(ts, r))
    }
    if let s = x.as(PyStr.self) { return try parse(ts, s, base: 10) }
    if let b = bytesLike(x) { return try parseBytes(ts, b, base: 10, original: x) }
    throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(Protocols.typeName(x))'")
  }
}
