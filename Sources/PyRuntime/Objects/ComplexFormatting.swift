/// `complex.__format__` (CPython's Python/formatter_unicode.c `format_complex_internal`): both
/// parts formatted as floats (the imaginary part always signed when the real part is shown),
/// parentheses for the no-type form, no zero padding and no `=` alignment.
enum ComplexFormatting {
  static func format(_ ts: ThreadState, _ v: Value, _ specStr: PyStr) throws(PyError) -> PyStr {
    if specStr.count == 0 { return try Protocols.str(ts, v) }
    let typeName = Protocols.typeName(v)
    let spec = try FormatSpec.parse(specStr, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
    switch spec.type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E: break  // none e E f F g G n
    default: throw FormatSpec.unknownType(spec.type, typeName: typeName)
    }
    if spec.fill == 0x30 {
      throw PyError.valueError("Zero padding is not allowed in complex format specifier")
    }
    if spec.align == UInt8(ascii: "=") {
      throw PyError.valueError("'=' alignment flag is not allowed in complex format specifier")
    }
    let (re, im) = v.complexParts
    var flags: FloatDigits.Flags = []
    if spec.alternate { flags.insert(.alt) }
    if spec.noNegativeZero { flags.insert(.noNegativeZero) }
    var type = UInt8(truncatingIfNeeded: spec.type)
    var defaultPrecision = 6
    var skipReal = false, parens = false
    if spec.type == 0 {
      type = UInt8(ascii: "r")
      defaultPrecision = 0
      if re == 0 && re.sign == .plus { skipReal = true } else { parens = true }
    }
    if type == UInt8(ascii: "n") { type = UInt8(ascii: "g") }
    var precision = spec.precision
    if precision < 0 {
      precision = defaultPrecision
    } else if type == UInt8(ascii: "r") {
      type = UInt8(ascii: "g")
    }
    let reText = FloatDigits.toString(re, code: type, precision: precision, flags: flags)
    let imText = FloatDigits.toString(im, code: type, precision: precision, flags: flags)
    // Each part laid out without padding; the imaginary part signed unless it stands alone.
    var partSpec = spec
    partSpec.width = -1
    partSpec.fill = 0x20
    partSpec.align = UInt8(ascii: "<")
    let reStr = skipReal ? nil : FloatFormatting.layout(reText, partSpec)
    if !skipReal { partSpec.sign = UInt8(ascii: "+") }
    let imStr = FloatFormatting.layout(imText, partSpec)
    var b = StrBuilder()
    if parens { b.append(0x28) }
    if let reStr { b.append(reStr) }
    b.append(imStr)
    b.append(0x6A)  // j
    if parens { b.append(0x29) }
    return spec.pad(b.build())
  }
}
