/// `float.__format__` (CPython's Python/formatter_unicode.c `format_float_internal`):
/// presentation types e E f F g G n % and none ('r'-style repr, or 'g' with at least one digit
/// after the point when a precision is given), the `z`, `#`, sign, grouping and padding options.
enum FloatFormatting {
  static func format(_ ts: ThreadState, _ v: Value, _ specStr: PyStr) throws(PyError) -> PyStr {
    if specStr.count == 0 { return try Protocols.str(ts, v) }
    let typeName = Protocols.typeName(v)
    let spec = try FormatSpec.parse(specStr, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
    switch spec.type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25:  // none e E f F g G n %
      return try formatDouble(FloatOps.asDouble(v)!, spec)
    default:
      throw FormatSpec.unknownType(spec.type, typeName: typeName)
    }
  }

  /// The text of `x` under a parsed spec whose type is none or one of e E f F g G n %.
  static func formatDouble(_ x: Double, _ spec: FormatSpec) throws(PyError) -> PyStr {
    if spec.precision > Int(Int32.max) { throw PyError.valueError("precision too big") }
    var flags: FloatDigits.Flags = []
    if spec.alternate { flags.insert(.alt) }
    if spec.noNegativeZero { flags.insert(.noNegativeZero) }
    var type = UInt8(truncatingIfNeeded: spec.type)
    var defaultPrecision = 6
    if spec.type == 0 {
      flags.insert(.addDot0)
      type = UInt8(ascii: "r")
      defaultPrecision = 0
    }
    if type == UInt8(ascii: "n") { type = UInt8(ascii: "g") }
    var value = x
    var percent = false
    if type == UInt8(ascii: "%") {
      type = UInt8(ascii: "f")
      value *= 100
      percent = true
    }
    var precision = spec.precision
    if precision < 0 {
      precision = defaultPrecision
    } else if type == UInt8(ascii: "r") {
      type = UInt8(ascii: "g")
    }
    var text = FloatDigits.toString(value, code: type, precision: precision, flags: flags)
    if percent { text.append(UInt8(ascii: "%")) }
    return layout(text, spec)
  }

  /// Lays out formatted float text (`-`, digits, then `.`/exponent/other remainder) with the
  /// spec's sign, grouping and padding.
  static func layout(_ text: [UInt8], _ spec: FormatSpec) -> PyStr {
    var start = 0
    let negative = text.first == UInt8(ascii: "-")
    if negative { start = 1 }
    var i = start
    while i < text.count && text[i] >= 48 && text[i] <= 57 { i += 1 }
    let digits = Array(text[start..<i])
    let hasDecimal = i < text.count && text[i] == UInt8(ascii: ".")
    let remainder = Array(text[(hasDecimal ? i + 1 : i)...])
    return spec.layoutNumber(negative: negative, digits: digits, hasDecimal: hasDecimal, remainder: remainder)
  }
}
