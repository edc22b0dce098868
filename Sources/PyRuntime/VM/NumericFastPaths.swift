/// Machine-word int and float arithmetic for the binary opcodes beyond add/sub/mul (which the
/// loop inlines): Python's floor semantics for `//` and `%`, exact true division when both ints
/// convert to doubles exactly. A nil result means "take the general path" (overflow, a zero
/// divisor — whose error the general path raises with CPython's message —, big shifts, `**`).
extension Ops {
  /// `i op j` for a binary opcode offset `k` (0 = add … 12 = xor, `binaryTable` order).
  @inline(__always)
  static func intBinary(_ k: Int, _ i: Int, _ j: Int) -> Value? {
    switch k {
    case 0:
      let (s, o) = i.addingReportingOverflow(j)
      return o ? nil : .int(s)
    case 1:
      let (s, o) = i.subtractingReportingOverflow(j)
      return o ? nil : .int(s)
    case 2:
      let (s, o) = i.multipliedReportingOverflow(by: j)
      return o ? nil : .int(s)
    case 4:  // true division
      let limit = 1 << 53
      guard j != 0, i.magnitude <= UInt(limit), j.magnitude <= UInt(limit) else { return nil }
      return .float(Double(i) / Double(j))
    case 5:  // floor division
      guard j != 0 else { return nil }
      let (q, o) = i.dividedReportingOverflow(by: j)
      if o { return nil }
      return .int((i % j != 0 && (i < 0) != (j < 0)) ? q - 1 : q)
    case 6:  // modulo
      guard j != 0 else { return nil }
      let (m, o) = i.remainderReportingOverflow(dividingBy: j)
      if o { return nil }
      return .int((m != 0 && (m < 0) != (j < 0)) ? m + j : m)
    case 8:  // <<
      guard j >= 0, j < 63 else { return nil }
      let s = i << j
      return s >> j == i ? .int(s) : nil
    case 9:  // >>
      guard j >= 0 else { return nil }
      return .int(j >= 64 ? (i < 0 ? -1 : 0) : i >> j)
    case 10: return .int(i & j)
    case 11: return .int(i | j)
    case 12: return .int(i ^ j)
    default: return nil
    }
  }

  /// `x op y` for two floats; nil for `**`, `@` and zero divisors (the general path raises).
  @inline(__always)
  static func floatBinary(_ k: Int, _ x: Double, _ y: Double) -> Value? {
    switch k {
    case 0: return .float(x + y)
    case 1: return .float(x - y)
    case 2: return .float(x * y)
    case 4: return y == 0 ? nil : .float(x / y)
    default: return nil
    }
  }
}
