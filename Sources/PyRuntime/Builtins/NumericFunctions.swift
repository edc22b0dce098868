import CSupport

/// The numeric builtins (CPython's Python/bltinmodule.c): `abs`, `divmod`, `pow`, `round`,
/// `bin`/`oct`/`hex`, `chr`/`ord`, `format`, `ascii`. They dispatch through the number slots
/// and special methods; only the conversions to text live here.
enum NumericFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("abs", abs), ("divmod", divmod), ("pow", pow), ("round", round), ("bin", bin), ("oct", oct),
    ("hex", hex), ("chr", chr), ("ord", ord), ("format", format), ("ascii", ascii),
  ]

  static func abs(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "abs", min: 1, max: 1)
    return try Protocols.absolute(ts, args[0])
  }

  static func divmod(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "divmod", min: 2, max: 2)
    return try Protocols.binaryOp(ts, args[0], args[1], .divmod)
  }

  static let powSignature = ClinicSignature("pow", ["base", "exp", "mod"], minPos: 2)

  static func pow(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try powSignature.bind(args)
    let mod = a[2] ?? .none
    if mod.isNone { return try Protocols.binaryOp(ts, a[0]!, a[1]!, .pow) }
    return try Protocols.ternaryPow(ts, a[0]!, a[1]!, mod)
  }

  static let roundSignature = ClinicSignature("round", ["number", "ndigits"], minPos: 1)

  /// `round(number, ndigits=None)`: calls `number.__round__()` or `number.__round__(ndigits)`.
  static func round(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let a = try roundSignature.bind(args)
    let number = a[0]!
    let ndigits = a[1] ?? .none
    if ndigits.isNone {
      switch number {
      case .int: return number
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d):
        if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError.overflowError("cannot convert float infinity to integer") }
        return try FloatOps.toInt(d.rounded(.toNearestOrEven))
      default: break
      }
    }
    guard let method = try Protocols.lookupSpecial(ts, number, PyStr.intern("__round__")) else {
      throw PyError.typeError("type \(Protocols.typeName(number)) doesn't define __round__ method")
    }
    if ndigits.isNone { return try Protocols.call(ts, method, []) }
    return try Protocols.call(ts, method, [ndigits])
  }

  static func bin(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "bin", min: 1, max: 1)
    return .object(PyStr(try IntText.toBase(ts, args[0], 2)))
  }

  static func oct(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "oct", min: 1, max: 1)
    return .object(PyStr(try IntText.toBase(ts, args[0], 8)))
  }

  static func hex(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "hex", min: 1, max: 1)
    return .object(PyStr(try IntText.toBase(ts, args[0], 16)))
  }

  static func chr(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "chr", min: 1, max: 1)
    let v = try Protocols.index(ts, args[0])
    guard case .int(let i) = v else {
      throw PyError.overflowError("Python int too large to convert to C int")
    }
    if i < Int(Int32.min) || i > Int(Int32.max) {
      throw PyError.overflowError("Python int too large to convert to C int")
    }
    guard i >= 0 && i < 0x110000 else { throw PyError.valueError("chr() arg not in range(0x110000)") }
    return .object(StrOps.character(UInt32(i)))
  }

  static func ord(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "ord", min: 1, max: 1)
    let v = args[0]
    if let s = v.as(PyStr.self) {
      if s.count == 1 { return .int(Int(s[0])) }
      throw PyError.typeError("ord() expected a character, but string of length \(s.count) found")
    }
    if let b = v.as(PyBytes.self) {
      if b.bytes.count == 1 { return .int(Int(b.bytes[0])) }
      throw PyError.typeError("ord() expected a character, but string of length \(b.bytes.count) found")
    }
    if Protocols.typeOf(v).mro.contains(where: { $0.name == "bytearray" && !$0.typeFlags.contains(.heapType) }) {
      let n = try Protocols.length(ts, v)
      if n == 1 { return try Protocols.getItem(ts, v, .int(0)) }
      throw PyError.typeError("ord() expected a character, but string of length \(n) found")
    }
    throw PyError.typeError("ord() expected string of length 1, but \(Protocols.typeName(v)) found")
  }

  static func format(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "format", min: 1, max: 2)
    let spec: Value = args.count > 1 ? args[1] : .object(PyStr.intern(""))
    guard spec.as(PyStr.self) != nil else {
      throw PyError.typeError("format() argument 2 must be str, not \(Protocols.typeName(spec))")
    }
    return .object(try Protocols.format(ts, args[0], spec))
  }

  static func ascii(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "ascii", min: 1, max: 1)
    return .object(try Protocols.ascii(ts, args[0]))
  }
}

/// Integers as text in base 2, 8 or 16 with Python's prefixes (`PyNumber_ToBase`).
enum IntText {
  static func toBase(_ ts: ThreadState, _ v: Value, _ base: Int) throws(PyError) -> String {
    let n = try Protocols.index(ts, v)
    let prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x"
    if case .int(let i) = n {
      let digits = String(i.magnitude, radix: base)
      return (i < 0 ? "-" : "") + prefix + digits
    }
    let l = n.unsafeAs(PyLong.self)
    let size = __gmpz_sizeinbase(&l.mpz, Int32(base)) + 2
    var buf = [CChar](repeating: 0, count: size)
    __gmpz_get_str(&buf, Int32(base), &l.mpz)
    let text = String(cString: buf)
    if text.hasPrefix("-") { return "-" + prefix + text.dropFirst() }
    return prefix + text
  }
}
