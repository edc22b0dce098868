/// The MT19937 Mersenne Twister generator of CPython's `_random` module (Modules/_randommodule.c,
/// after Matsumoto and Nishimura): 624 words of state plus the position of the next word, the
/// reference `init_genrand` / `init_by_array` seeding, and 32-bit output. Owns nothing but its
/// state buffer; the Python object (`PyRandom`) holds one.
struct MersenneTwister {
  static let n = 624
  static let m = 397
  static let matrixA: UInt32 = 0x9908_b0df
  static let upperMask: UInt32 = 0x8000_0000
  static let lowerMask: UInt32 = 0x7fff_ffff

  /// The state words (`n` of them).
  let mt: UnsafeMutablePointer<UInt32>
  /// The next word to temper; `n` means the state must be regenerated first (a fresh,
  /// unseeded generator is all zeros at index 0, as CPython's before `__init__`).
  var index: Int

  init() {
    mt = UnsafeMutablePointer<UInt32>.allocate(capacity: MersenneTwister.n)
    mt.initialize(repeating: 0, count: MersenneTwister.n)
    index = 0
  }

  func deallocate() { mt.deallocate() }

  /// Fills the state from one 32-bit seed (the reference `init_genrand`).
  mutating func seed(_ s: UInt32) {
    mt[0] = s
    var i = 1
    while i < MersenneTwister.n {
      let prev = mt[i - 1]
      mt[i] = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(truncatingIfNeeded: i)
      i += 1
    }
    index = MersenneTwister.n
  }

  /// Fills the state from a key of 32-bit words (the reference `init_by_array`).
  mutating func seed(key: UnsafeBufferPointer<UInt32>) {
    let n = MersenneTwister.n
    seed(19_650_218)
    var i = 1
    var j = 0
    let keyLength = key.count
    var k = Swift.max(n, keyLength)
    while k > 0 {
      let prev = mt[i - 1]
      mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n { mt[0] = mt[n - 1]; i = 1 }
      if j >= keyLength { j = 0 }
      k -= 1
    }
    k = n - 1
    while k > 0 {
      let prev = mt[i - 1]
      mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
      i += 1
      if i >= n { mt[0] = mt[n - 1]; i = 1 }
      k -= 1
    }
    mt[0] = 0x8000_0000
  }

  /// Regenerates all `n` words at once.
  private mutating func twist() {
    let n = MersenneTwister.n, m = MersenneTwister.m
    @inline(__always) func mix(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
      let y = (a & MersenneTwister.upperMask) | (b & MersenneTwister.lowerMask)
      return c ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MersenneTwister.matrixA)
    }
    var kk = 0
    while kk < n - m {
      mt[kk] = mix(mt[kk], mt[kk + 1], mt[kk + m])
      kk += 1
    }
    while kk < n - 1 {
      mt[kk] = mix(mt[kk], mt[kk + 1], mt[kk + m - n])
      kk += 1
    }
    mt[n - 1] = mix(mt[n - 1], mt[0], mt[m - 1])
    index = 0
  }

  /// The next 32 random bits (the reference `genrand_uint32`).
  @inline(__always)
  mutating func next32() -> UInt32 {
    if index >= MersenneTwister.n { twist() }
    var y = mt[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// A float in [0, 1) with 53 random bits (two words: 27 and 26 bits).
  @inline(__always)
  mutating func nextDouble() -> Double {
    let a = next32() >> 5
    let b = next32() >> 6
    return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
  }
}
