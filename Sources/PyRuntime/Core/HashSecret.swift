import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// The key of str/bytes hashing and the hash function itself: SipHash-1-3 keyed by a 24-byte
/// secret chosen at start-up exactly as CPython does (Python/bootstrap_hash.c): all zeros for
/// PYTHONHASHSEED=0, a linear congruential stream from the seed for other numbers, random bytes
/// otherwise. With the same seed, `hash("abc")` — and therefore set iteration order — matches
/// CPython's. Immutable once initialised (shared by all interpreters of the process).
enum HashSecret {
  static let keys: (k0: UInt64, k1: UInt64) = {
    var secret = [UInt8](repeating: 0, count: 24)
    let seedText = getenv("PYTHONHASHSEED").map { String(cString: $0) }
    if let text = seedText, text != "random", let seed = UInt32(text) {
      if seed != 0 {
        var x = seed
        for i in 0..<secret.count {
          x = x &* 214013 &+ 2531011
          secret[i] = UInt8((x >> 16) & 0xff)
        }
      }
    } else {
      secret.withUnsafeMutableBytes { buf in
        _ = swiftpy_random_bytes(buf.baseAddress, buf.count)
      }
    }
    func le64(_ at: Int) -> UInt64 {
      var v: UInt64 = 0
      for i in 0..<8 { v |= UInt64(secret[at + i]) << (8 * UInt64(i)) }
      return v
    }
    return (le64(0), le64(8))
  }()

  /// CPython's `_Py_HashBytes` for non-empty input (SipHash-1-3; the caller maps -1 to -2).
  static func hashBytes(_ data: UnsafeRawBufferPointer) -> Int {
    let (k0, k1) = keys
    var v0 = k0 ^ 0x736f6d6570736575
    var v1 = k1 ^ 0x646f72616e646f6d
    var v2 = k0 ^ 0x6c7967656e657261
    var v3 = k1 ^ 0x7465646279746573

    @inline(__always) func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
    @inline(__always) func round() {
      v0 = v0 &+ v1; v2 = v2 &+ v3
      v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
      v0 = rotl(v0, 32)
      v2 = v2 &+ v1; v0 = v0 &+ v3
      v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
      v2 = rotl(v2, 32)
    }

    let n = data.count
    var offset = 0
    while n - offset >= 8 {
      let m = data.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
      v3 ^= m
      round()
      v0 ^= m
      offset += 8
    }
    var b = UInt64(truncatingIfNeeded: n) << 56
    var shift: UInt64 = 0
    while offset < n {
      b |= UInt64(data[offset]) << shift
      shift += 8
      offset += 1
    }
    v3 ^= b
    round()
    v0 ^= b
    v2 ^= 0xff
    round(); round(); round()
    return Int(bitPattern: UInt(v0 ^ v1 ^ v2 ^ v3))
  }
}
