import CSupport
import PyRuntime

/// Packing and unpacking of the items of a `StructLayout` (CPython Modules/_struct.c: the
/// native, little-endian and big-endian tables). Each code checks its value exactly as the
/// function CPython uses for it in that mode; on this little-endian machine the `<`/`=`
/// table uses the native functions wherever the sizes agree, which decides some messages.
struct StructCodec {
  let ts: ThreadState
  let layout: StructLayout

  // MARK: Packing

  /// Packs `values` into `out` (layout.size bytes, zero-filled by the caller).
  func pack(_ values: ArraySlice<Value>, into out: UnsafeMutablePointer<UInt8>) throws(PyError) {
    var vi = values.startIndex
    for item in layout.items {
      switch item.code {
      case UInt8(ascii: "x"):
        continue
      case UInt8(ascii: "s"), UInt8(ascii: "p"):
        try packField(item, values[vi], out + item.offset)
        vi += 1
      default:
        for k in 0..<item.count {
          try packOne(item.code, item.size, values[vi], out + item.offset + k * item.size)
          vi += 1
        }
      }
    }
  }

  func packField(_ item: StructLayout.Item, _ v: Value, _ p: UnsafeMutablePointer<UInt8>) throws(PyError) {
    let isString = item.code == UInt8(ascii: "s")
    guard v.as(PyBytes.self) != nil || v.as(PyByteArray.self) != nil, let data = BytesSupport.bufferBytes(v) else {
      throw StructModule.error("argument for '\(isString ? "s" : "p")' must be a bytes object")
    }
    if isString {
      let n = Swift.min(data.count, item.count)
      for k in 0..<n { p[k] = data[k] }
      return
    }
    if item.count == 0 { return }
    // Up to count - 1 bytes are copied; the length byte says at most 255.
    let n = Swift.min(data.count, item.count - 1)
    for k in 0..<n { p[1 + k] = data[k] }
    p[0] = UInt8(Swift.min(n, 255))
  }

  func packOne(_ code: UInt8, _ size: Int, _ v: Value, _ p: UnsafeMutablePointer<UInt8>) throws(PyError) {
    let mode = layout.mode
    switch code {
    case UInt8(ascii: "c"):
      guard let b = v.as(PyBytes.self), b.bytes.count == 1 else {
        throw StructModule.error("char format requires a bytes object of length 1")
      }
      p[0] = b.bytes[0]
    case UInt8(ascii: "?"):
      p[0] = try Protocols.isTrue(ts, v) ? 1 : 0
    case UInt8(ascii: "b"):
      let x = try long(v)
      if x < -128 || x > 127 { throw StructModule.error("byte format requires -128 <= number <= 127") }
      p[0] = UInt8(truncatingIfNeeded: x)
    case UInt8(ascii: "B"):
      let x = try long(v)
      if x < 0 || x > 255 { throw StructModule.error("ubyte format requires 0 <= number <= 255") }
      p[0] = UInt8(truncatingIfNeeded: x)
    case UInt8(ascii: "h"):
      let x = try long(v)
      if x < -32768 || x > 32767 {
        throw mode == .big ? rangeError(code, 2, signed: true)
                           : StructModule.error("short format requires -32768 <= number <= 32767")
      }
      store(UInt64(bitPattern: Int64(x)), 2, p)
    case UInt8(ascii: "H"):
      if mode == .big {
        let x = try unsignedLong(v)
        if x > 0xffff { throw rangeError(code, 2, signed: false) }
        store(x, 2, p)
      } else {
        let x = try long(v)
        if x < 0 || x > 0xffff { throw StructModule.error("ushort format requires 0 <= number <= 65535") }
        store(UInt64(x), 2, p)
      }
    // (A `where` clause binds to the last pattern only: "l" here means standard-size "l".)
    case UInt8(ascii: "i"), UInt8(ascii: "l") where size == 4:
      let x = try long(v)
      if x < Int(Int32.min) || x > Int(Int32.max) { throw rangeError(code, 4, signed: true) }
      store(UInt64(bitPattern: Int64(x)), 4, p)
    case UInt8(ascii: "I"), UInt8(ascii: "L") where size == 4:
      let x = try unsignedLong(v)
      if x > UInt64(UInt32.max) { throw rangeError(code, 4, signed: false) }
      store(x, 4, p)
    case UInt8(ascii: "l"), UInt8(ascii: "n"):
      store(UInt64(bitPattern: Int64(try long(v))), 8, p)
    case UInt8(ascii: "L"), UInt8(ascii: "N"):
      store(try unsignedLong(v), 8, p)
    case UInt8(ascii: "q"):
      if mode == .big {
        guard let x = try exactInt(v).flatMap({ IntOps.fitsInt64($0) }) else {
          throw StructModule.error("int too large to convert")
        }
        store(UInt64(bitPattern: x), 8, p)
      } else {
        store(UInt64(bitPattern: Int64(try long(v))), 8, p)
      }
    case UInt8(ascii: "Q"):
      if mode == .big {
        guard let x = try exactInt(v).flatMap({ IntOps.fitsUInt64($0) }) else {
          throw StructModule.error("int too large to convert")
        }
        store(x, 8, p)
      } else {
        store(try unsignedLong(v), 8, p)
      }
    case UInt8(ascii: "P"):
      let x = try integer(v)
      if IntOps.signum(x) < 0 {
        guard let s = IntOps.fitsInt64(x) else { throw StructModule.error("int too large to convert") }
        store(UInt64(bitPattern: s), 8, p)
      } else {
        guard let u = IntOps.fitsUInt64(x) else { throw StructModule.error("int too large to convert") }
        store(u, 8, p)
      }
    case UInt8(ascii: "e"):
      store(UInt64(try StructCodec.halfBits(try double(v))), 2, p)
    case UInt8(ascii: "f"):
      let d = try double(v)
      let f = Float(d)
      if mode != .native && f.isInfinite && d.isFinite {
        throw PyError.overflowError("float too large to pack with f format")
      }
      store(UInt64(f.bitPattern), 4, p)
    case UInt8(ascii: "d"):
      store(try double(v).bitPattern, 8, p)
    default:
      break
    }
  }

  /// Writes the low `size` bytes of `x` in the layout's byte order.
  @inline(__always)
  func store(_ x: UInt64, _ size: Int, _ p: UnsafeMutablePointer<UInt8>) {
    if layout.mode == .big {
      for k in 0..<size { p[k] = UInt8(truncatingIfNeeded: x >> (UInt64(size - 1 - k) * 8)) }
    } else {
      for k in 0..<size { p[k] = UInt8(truncatingIfNeeded: x >> (UInt64(k) * 8)) }
    }
  }

  /// "'%c' format requires lo <= number <= hi" for a `size`-byte field.
  func rangeError(_ code: UInt8, _ size: Int, signed: Bool) -> PyError {
    let c = Character(Unicode.Scalar(code))
    if signed {
      let largest = (Int64(1) << (size * 8 - 1)) - 1
      return StructModule.error("'\(c)' format requires \(~largest) <= number <= \(largest)")
    }
    let largest = size == 8 ? UInt64.max : (UInt64(1) << (size * 8)) - 1
    return StructModule.error("'\(c)' format requires 0 <= number <= \(largest)")
  }

  // MARK: Argument conversions (get_pylong, get_long, get_ulong, PyFloat_AsDouble)

  /// The value as an int (`__index__` allowed), else "required argument is not an integer".
  func integer(_ v: Value) throws(PyError) -> Value {
    if IntOps.isInt(v) { return v }
    if Protocols.hasIndex(v) { return try Protocols.index(ts, v) }
    throw StructModule.error("required argument is not an integer")
  }

  func exactInt(_ v: Value) throws(PyError) -> Value? { try integer(v) }

  func long(_ v: Value) throws(PyError) -> Int {
    guard let x = IntOps.fitsInt64(try integer(v)) else { throw StructModule.error("argument out of range") }
    return Int(x)
  }

  func unsignedLong(_ v: Value) throws(PyError) -> UInt64 {
    guard let x = IntOps.fitsUInt64(try integer(v)) else { throw StructModule.error("argument out of range") }
    return x
  }

  func double(_ v: Value) throws(PyError) -> Double {
    if case .float(let d) = v { return d }
    do throws(PyError) {
      return try FloatOps.realArgument(ts, v)
    } catch {
      throw StructModule.error("required argument is not a float")
    }
  }

  /// IEEE binary16 bits of `x`, rounded to nearest even (CPython's `PyFloat_Pack2`);
  /// OverflowError when a finite value rounds beyond the largest half.
  static func halfBits(_ x: Double) throws(PyError) -> UInt16 {
    let sign: UInt16 = x.sign == .minus ? 0x8000 : 0
    if x.isNaN { return sign | 0x7e00 }
    if x.isInfinite { return sign | 0x7c00 }
    let h = Float16(x)
    if h.isInfinite { throw PyError.overflowError("float too large to pack with e format") }
    return h.bitPattern | sign
  }

  // MARK: Unpacking

  /// The values of one record at `p`.
  func unpack(_ p: UnsafePointer<UInt8>) throws(PyError) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(layout.valueCount)
    for item in layout.items {
      let q = p + item.offset
      switch item.code {
      case UInt8(ascii: "x"):
        continue
      case UInt8(ascii: "s"):
        out.append(.object(PyBytes(Array(UnsafeBufferPointer(start: q, count: item.count)))))
      case UInt8(ascii: "p"):
        var n = item.count == 0 ? 0 : Int(q[0])
        if n >= item.count { n = item.count - 1 }
        out.append(.object(PyBytes(n <= 0 ? [] : Array(UnsafeBufferPointer(start: q + 1, count: n)))))
      default:
        for k in 0..<item.count {
          out.append(try unpackOne(item.code, item.size, q + k * item.size))
        }
      }
    }
    return out
  }

  @inline(__always)
  func load(_ size: Int, _ p: UnsafePointer<UInt8>) -> UInt64 {
    var x: UInt64 = 0
    if layout.mode == .big {
      for k in 0..<size { x = (x << 8) | UInt64(p[k]) }
    } else {
      for k in stride(from: size - 1, through: 0, by: -1) { x = (x << 8) | UInt64(p[k]) }
    }
    return x
  }

  func unpackOne(_ code: UInt8, _ size: Int, _ p: UnsafePointer<UInt8>) throws(PyError) -> Value {
    switch code {
    case UInt8(ascii: "c"): return .object(PyBytes([p[0]]))
    case UInt8(ascii: "?"): return .bool(p[0] != 0)
    case UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"),
         UInt8(ascii: "q"), UInt8(ascii: "n"):
      let raw = load(size, p)
      let shift = UInt64(64 - size * 8)
      return .int(Int(Int64(bitPattern: raw << shift) >> Int64(shift)))
    case UInt8(ascii: "B"), UInt8(ascii: "H"), UInt8(ascii: "I"), UInt8(ascii: "L"),
         UInt8(ascii: "Q"), UInt8(ascii: "N"), UInt8(ascii: "P"):
      let raw = load(size, p)
      if raw <= UInt64(Int.max) { return .int(Int(raw)) }
      return try IntOps.make { z in __gmpz_set_ui(z, UInt(raw)) }
    case UInt8(ascii: "e"):
      return .float(Double(Float16(bitPattern: UInt16(load(2, p)))))
    case UInt8(ascii: "f"):
      return .float(Double(Float(bitPattern: UInt32(load(4, p)))))
    case UInt8(ascii: "d"):
      return .float(Double(bitPattern: load(8, p)))
    default:
      return .none
    }
  }
}

extension IntOps {
  /// The int value `v` as an Int64 when it fits.
  static func fitsInt64(_ v: Value) -> Int64? {
    switch v {
    case .int(let i): return Int64(i)
    case .bool(let b): return b ? 1 : 0
    default: return v.as(PyLong.self)?.intValue.map { Int64($0) }
    }
  }

  /// The int value `v` as a UInt64 when it is in 0 ..< 2**64.
  static func fitsUInt64(_ v: Value) -> UInt64? {
    switch v {
    case .int(let i): return i >= 0 ? UInt64(i) : nil
    case .bool(let b): return b ? 1 : 0
    default:
      guard let l = v.as(PyLong.self), !l.isNegative, IntOps.bitLength(v) <= 64 else { return nil }
      return UInt64(__gmpz_getlimbn(l.z, 0))
    }
  }
}
