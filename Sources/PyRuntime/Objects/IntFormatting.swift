/// `int.__format__` (CPython's Python/formatter_unicode.c `format_long_internal` and the int
/// branch of `_PyLong_FormatAdvancedWriter`): presentation types b c d o x X n, and e E f F g G %
/// through float. Parsing and padding are the shared `FormatSpec`'s.
enum IntFormatting {
  static func format(_ ts: ThreadState, _ v: Value, _ specStr: PyStr) throws(PyError) -> PyStr {
    if specStr.count == 0 { return try Protocols.str(ts, v) }
    let typeName = Protocols.typeName(v)
    let spec = try FormatSpec.parse(specStr, defaultType: UInt32(UInt8(ascii: "d")), defaultAlign: UInt8(ascii: ">"),
                                    typeName: typeName)
    switch spec.type {
    case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E:  // b c d o x X n
      return try formatInt(ts, v, spec)
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:  // e E f F g G %
      return try FloatFormatting.formatDouble(try IntOps.toDouble(v), spec)
    default:
      throw FormatSpec.unknownType(spec.type, typeName: typeName)
    }
  }

  static func formatInt(_ ts: ThreadState, _ v: Value, _ spec: FormatSpec) throws(PyError) -> PyStr {
    if spec.precision != -1 { throw PyError.valueError("Precision not allowed in integer format specifier") }
    if spec.noNegativeZero {
      throw PyError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let negative = IntOps.signum(v) < 0
    switch spec.type {
    case 0x63:  // c
      if spec.sign != 0 { throw PyError.valueError("Sign not allowed with integer format specifier 'c'") }
      if spec.alternate {
        throw PyError.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
      }
      guard case .int(let x) = IntOps.exact(v) else {
        throw PyError.overflowError("Python int too large to convert to C long")
      }
      if x < 0 || x > 0x10FFFF { throw PyError.overflowError("%c arg not in range(0x110000)") }
      return characterLayout(UInt32(x), spec)
    case 0x64, 0x6E:  // d n
      return spec.layoutNumber(negative: negative, digits: try IntOps.decimalMagnitude(ts, v))
    default:
      let base: Int
      var prefix: [UInt8] = [UInt8(ascii: "0")]
      switch spec.type {
      case 0x62: base = 2; prefix.append(UInt8(ascii: "b"))
      case 0x6F: base = 8; prefix.append(UInt8(ascii: "o"))
      default: base = 16; prefix.append(UInt8(ascii: "x"))
      }
      return spec.layoutNumber(negative: negative, prefix: spec.alternate ? prefix : [],
                               digits: IntOps.magnitudeDigits(v, base: base), uppercase: spec.type == 0x58)
    }
  }

  /// The `c` presentation: one character padded as a number without sign or digits (CPython
  /// lays it out as "remainder" text, so `=` and `0` padding go before it).
  static func characterLayout(_ cp: UInt32, _ spec: FormatSpec) -> PyStr {
    let padding = Swift.max(spec.width - 1, 0)
    var left = 0, right = 0
    switch spec.align {
    case UInt8(ascii: "<"): right = padding
    case UInt8(ascii: "^"): left = padding / 2; right = padding - left
    default: left = padding
    }
    var b = StrBuilder(capacity: padding + 1)
    b.append(repeating: spec.fill, count: left)
    b.append(cp)
    b.append(repeating: spec.fill, count: right)
    return b.build()
  }
}
