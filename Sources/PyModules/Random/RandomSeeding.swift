#if canImport(Glibc)
import Glibc
#endif
import CSupport
import PyRuntime

/// The seeding and state rules of `_random.Random` (CPython Modules/_randommodule.c:
/// `random_seed`, `random_setstate`, `getrandbits`): how a seed value becomes a key of
/// 32-bit words, how a state tuple is checked, how k random bits become an int.
enum RandomSeeding {
  /// True when `cls` runs `_random.Random.__init__` (no Python `__init__` along its MRO first).
  static func usesNativeInit(_ cls: PyType) -> Bool {
    for c in cls.mro {
      if c === BuiltinTypes.random { return true }
      if c.dict.get("__init__") != nil { return false }
    }
    return false
  }

  /// `random_seed`: None → system entropy (time and pid when that fails); an int → the words
  /// of its absolute value; anything else → the words of its hash taken as unsigned.
  static func seed(_ ts: ThreadState, _ r: PyRandom, _ arg: Value) throws(PyError) {
    if arg.isNone {
      var key = [UInt32](repeating: 0, count: MersenneTwister.n)
      let got = key.withUnsafeMutableBytes { swiftpy_random_bytes($0.baseAddress, $0.count) }
      if got != key.count * 4 { key = timeAndPidKey() }
      key.withUnsafeBufferPointer { r.twister.seed(key: $0) }
      return
    }
    if IntOps.isInt(arg) {
      // int.__abs__ of the int value (an int subclass's own __abs__ is not called).
      let words = IntOps.viewMpz(arg) { z in magnitudeWords(z) }
      words.withUnsafeBufferPointer { r.twister.seed(key: $0) }
      return
    }
    let h = UInt64(bitPattern: Int64(try Protocols.hash(ts, arg)))
    var key: [UInt32] = [UInt32(truncatingIfNeeded: h)]
    if h >> 32 != 0 { key.append(UInt32(truncatingIfNeeded: h >> 32)) }
    key.withUnsafeBufferPointer { r.twister.seed(key: $0) }
  }

  /// The 32-bit words of |z|, least significant first; one zero word for 0.
  static func magnitudeWords(_ z: UnsafePointer<__mpz_struct>) -> [UInt32] {
    let bits = IntOps.bitLength(z)
    let count = bits == 0 ? 1 : (bits - 1) / 32 + 1
    var words = [UInt32](repeating: 0, count: count)
    if bits > 0 {
      words.withUnsafeMutableBufferPointer { buf in
        var written = 0
        _ = __gmpz_export(buf.baseAddress, &written, -1, 4, 0, 0, z)
      }
    }
    return words
  }

  /// The fallback key: wall-clock and monotonic nanoseconds and the process id.
  static func timeAndPidKey() -> [UInt32] {
    var wall = timespec()
    var mono = timespec()
    clock_gettime(CLOCK_REALTIME, &wall)
    clock_gettime(CLOCK_MONOTONIC, &mono)
    let now = UInt64(bitPattern: Int64(wall.tv_sec) &* 1_000_000_000 &+ Int64(wall.tv_nsec))
    let m = UInt64(bitPattern: Int64(mono.tv_sec) &* 1_000_000_000 &+ Int64(mono.tv_nsec))
    return [UInt32(truncatingIfNeeded: now), UInt32(truncatingIfNeeded: now >> 32),
            UInt32(truncatingIfNeeded: getpid()),
            UInt32(truncatingIfNeeded: m), UInt32(truncatingIfNeeded: m >> 32)]
  }

  /// `random_setstate`: a 625-tuple of 624 words (unsigned longs, truncated to 32 bits) and
  /// an index in 0...624.
  static func setState(_ ts: ThreadState, _ r: PyRandom, _ state: Value) throws(PyError) {
    guard let tuple = state.as(PyTuple.self) else {
      throw PyError.typeError("state vector must be a tuple")
    }
    let n = MersenneTwister.n
    if tuple.count != n + 1 { throw PyError.valueError("state vector is the wrong size") }
    var words = [UInt32](repeating: 0, count: n)
    for i in 0..<n { words[i] = UInt32(truncatingIfNeeded: try unsignedLong(ts, tuple.items[i])) }
    let index = try cLong(ts, tuple.items[n])
    if index < 0 || index > n { throw PyError.valueError("invalid state") }
    r.twister.index = index
    for i in 0..<n { r.twister.mt[i] = words[i] }
  }

  /// An int with `k` random bits: whole words from least to most significant, the last one
  /// shifted down to the bits still wanted (so the sequence matches CPython's).
  static func randomBits(_ r: PyRandom, _ k: Int) throws(PyError) -> Value {
    if k == 0 { return .int(0) }
    if k <= 32 { return .int(Int(r.twister.next32() >> UInt32(32 - k))) }
    if k <= 64 {
      let low = UInt64(r.twister.next32())
      let high = UInt64(r.twister.next32() >> UInt32(64 - k))
      let x = low | (high << 32)
      if x <= UInt64(Int.max) { return .int(Int(x)) }
      return try IntOps.make { z in __gmpz_import(z, 1, -1, 8, 0, 0, [x]) }
    }
    let count = (k - 1) / 32 + 1
    var words = [UInt32](repeating: 0, count: count)
    var left = k
    for i in 0..<count {
      var w = r.twister.next32()
      if left < 32 { w >>= UInt32(32 - left) }
      words[i] = w
      left -= 32
    }
    return try IntOps.make { z in
      words.withUnsafeBufferPointer { __gmpz_import(z, count, -1, 4, 0, 0, $0.baseAddress) }
    }
  }

  // MARK: C integer conversions (CPython's messages)

  /// `_PyLong_AsInt`: `__index__`, then the C int range.
  static func cInt(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    let i = try Protocols.index(ts, v)
    if case .int(let x) = i, x >= Int(Int32.min), x <= Int(Int32.max) { return x }
    throw PyError.overflowError("Python int too large to convert to C int")
  }

  /// `PyLong_AsLong`.
  static func cLong(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    let i = try Protocols.index(ts, v)
    if case .int(let x) = i { return x }
    throw PyError.overflowError("Python int too large to convert to C long")
  }

  /// `PyLong_AsUnsignedLong`: ints only (no `__index__`).
  static func unsignedLong(_ ts: ThreadState, _ v: Value) throws(PyError) -> UInt64 {
    guard IntOps.isInt(v) else { throw PyError.typeError("an integer is required") }
    if IntOps.signum(v) < 0 { throw PyError.overflowError("can't convert negative value to unsigned int") }
    if case .int(let x) = v { return UInt64(x) }
    if case .bool(let b) = v { return b ? 1 : 0 }
    let ok: UInt64? = IntOps.viewMpz(v) { z in
      IntOps.bitLength(z) <= 64 ? UInt64(__gmpz_getlimbn(z, 0)) : nil
    }
    guard let x = ok else { throw PyError.overflowError("Python int too large to convert to C unsigned long") }
    return x
  }
}
