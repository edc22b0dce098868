/// A parsed standard format specifier (the format mini-language of `format(x, spec)`,
/// f-strings and `str.format`): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// as CPython 3.11's Python/formatter_unicode.c `parse_internal_render_format_spec`.
///
/// `str.__format__` uses `formatString`; int/float/complex `__format__` parse with their
/// default type/alignment and lay out digits with `layoutNumber` (sign, prefix, zero padding
/// with grouping, alignment), so all number types share CPython's padding rules.
public struct FormatSpec {
  /// Thousands separators (`,` or `_`); `_` groups by four for b/o/x/X.
  public enum Grouping: UInt8, Sendable {
    case none, comma, underscore, underscoreFour
  }

  /// The fill character (default space).
  public var fill: UInt32 = 0x20
  /// `<`, `>`, `^` or `=` (ASCII); the caller's default when not given.
  public var align: UInt8
  /// `+`, `-`, space, or 0 when not given.
  public var sign: UInt8 = 0
  /// `z`: coerce negative zero to zero (3.11, PEP 682).
  public var noNegativeZero = false
  /// `#`: alternate form.
  public var alternate = false
  /// Minimum width, or -1.
  public var width = -1
  public var grouping = Grouping.none
  /// Precision, or -1.
  public var precision = -1
  /// The presentation type (a code point), or the caller's default (0 = none).
  public var type: UInt32
  /// Whether the fill / the alignment were given explicitly.
  public var fillSpecified = false
  public var alignSpecified = false

  public init(defaultType: UInt32, defaultAlign: UInt8) {
    self.type = defaultType
    self.align = defaultAlign
  }

  /// Parses `spec` for an object of type `typeName` (used in error messages). `defaultType` is
  /// the type when none is given (`s` for str, `d` for int, 0 for float), `defaultAlign` the
  /// alignment (`<` for str, `>` for numbers).
  public static func parse(_ spec: PyStr, defaultType: UInt32, defaultAlign: UInt8,
                           typeName: String) throws(PyError) -> FormatSpec {
    var f = FormatSpec(defaultType: defaultType, defaultAlign: defaultAlign)
    let end = spec.count
    var pos = 0
    @inline(__always) func at(_ i: Int) -> UInt32 { spec[i] }
    @inline(__always) func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    if end - pos >= 2 && isAlign(at(pos + 1)) {
      f.align = UInt8(at(pos + 1))
      f.fill = at(pos)
      f.fillSpecified = true
      f.alignSpecified = true
      pos += 2
    } else if end - pos >= 1 && isAlign(at(pos)) {
      f.align = UInt8(at(pos))
      f.alignSpecified = true
      pos += 1
    }
    if end - pos >= 1, at(pos) == 0x2B || at(pos) == 0x2D || at(pos) == 0x20 {
      f.sign = UInt8(at(pos))
      pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x7A {  // z
      f.noNegativeZero = true
      pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x23 {  // #
      f.alternate = true
      pos += 1
    }
    if !f.fillSpecified && end - pos >= 1 && at(pos) == 0x30 {  // 0
      f.fill = 0x30
      if !f.alignSpecified && defaultAlign == UInt8(ascii: ">") { f.align = UInt8(ascii: "=") }
      pos += 1
    }
    if let w = try integer(spec, &pos, end) { f.width = w }
    if end - pos >= 1 && at(pos) == 0x2C {
      f.grouping = .comma
      pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x5F {
      if f.grouping != .none { throw PyError.valueError("Cannot specify both ',' and '_'.") }
      f.grouping = .underscore
      pos += 1
    }
    if end - pos >= 1 && at(pos) == 0x2C && f.grouping == .underscore {
      throw PyError.valueError("Cannot specify both ',' and '_'.")
    }
    if end - pos >= 1 && at(pos) == 0x2E {
      pos += 1
      guard let p = try integer(spec, &pos, end) else {
        throw PyError.valueError("Format specifier missing precision")
      }
      f.precision = p
    }
    if end - pos > 1 {
      throw PyError.valueError("Invalid format specifier '\(spec.string)' for object of type '\(typeName)'")
    }
    if end - pos == 1 {
      f.type = at(pos)
      pos += 1
    }
    if f.grouping != .none {
      switch f.type {
      case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0:  // d e f g E G % F, none
        break
      case 0x62 where f.grouping == .underscore, 0x6F where f.grouping == .underscore,
           0x78 where f.grouping == .underscore, 0x58 where f.grouping == .underscore:  // b o x X
        f.grouping = .underscoreFour
      default:
        throw PyError.valueError("Cannot specify '\(f.grouping == .comma ? "," : "_")' with \(typeCodeText(f.type)).")
      }
    }
    return f
  }

  /// Decimal digits (any Unicode decimal) at `pos`; nil when there are none.
  static func integer(_ spec: PyStr, _ pos: inout Int, _ end: Int) throws(PyError) -> Int? {
    var acc = 0
    var n = 0
    while pos < end {
      let d = StrUnicode.decimalValue(spec[pos])
      if d < 0 { break }
      if acc > (Int.max - d) / 10 { throw PyError.valueError("Too many decimal digits in format string") }
      acc = acc * 10 + d
      pos += 1
      n += 1
    }
    return n == 0 ? nil : acc
  }

  /// `'x'` for printable ASCII codes, `'\x…'` otherwise (as CPython's messages).
  static func typeCodeText(_ c: UInt32) -> String {
    if c > 32 && c < 128 { return "'" + String(UnicodeScalar(UInt8(c))) + "'" }
    return "'\\x" + String(c, radix: 16) + "'"
  }

  /// ValueError "Unknown format code 'x' for object of type 'T'".
  public static func unknownType(_ type: UInt32, typeName: String) -> PyError {
    return PyError.valueError("Unknown format code \(typeCodeText(type)) for object of type '\(typeName)'")
  }

  // MARK: Strings

  /// `format(s, spec)` for a str (CPython's `format_string_internal`).
  public static func formatString(_ s: PyStr, _ specStr: PyStr) throws(PyError) -> PyStr {
    if specStr.count == 0 { return s.isExactStr ? s : StrOps.exact(s) }
    let f = try parse(specStr, defaultType: 0x73, defaultAlign: UInt8(ascii: "<"), typeName: "str")
    if f.type != 0x73 { throw unknownType(f.type, typeName: "str") }
    if f.sign == 0x20 { throw PyError.valueError("Space not allowed in string format specifier") }
    if f.sign != 0 { throw PyError.valueError("Sign not allowed in string format specifier") }
    if f.noNegativeZero {
      throw PyError.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if f.alternate { throw PyError.valueError("Alternate form (#) not allowed in string format specifier") }
    if f.align == UInt8(ascii: "=") {
      throw PyError.valueError("'=' alignment not allowed in string format specifier")
    }
    var len = s.count
    if (f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len) {
      return s.isExactStr ? s : StrOps.exact(s)
    }
    if f.precision >= 0 && len >= f.precision { len = f.precision }
    let (left, right) = f.padding(for: len)
    var b = StrBuilder(capacity: left + len + right)
    b.append(repeating: f.fill, count: left)
    b.append(s, from: 0, to: len)
    b.append(repeating: f.fill, count: right)
    return b.build()
  }

  /// Left and right padding for content of `n` characters (`calc_padding`).
  public func padding(for n: Int) -> (left: Int, right: Int) {
    let total = width >= 0 && width > n ? width : n
    let left: Int
    switch align {
    case UInt8(ascii: ">"): left = total - n
    case UInt8(ascii: "^"): left = (total - n) / 2
    default: left = 0
    }
    return (left, total - n - left)
  }

  /// Pads already formatted text to the width with the fill and alignment (no sign handling).
  public func pad(_ content: PyStr) -> PyStr {
    let (left, right) = padding(for: content.count)
    if left == 0 && right == 0 { return content }
    var b = StrBuilder(capacity: content.count + left + right)
    b.append(repeating: fill, count: left)
    b.append(content)
    b.append(repeating: fill, count: right)
    return b.build()
  }

  // MARK: Numbers

  /// Lays out a formatted number as CPython's `calc_number_widths` + `fill_number`:
  /// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
  /// - `negative`: the number's sign (the spec's `sign` decides what is shown);
  /// - `prefix`: e.g. `0x` (shown before zero padding);
  /// - `digits`: the ASCII integer digits (may be empty, e.g. for 'c');
  /// - `hasDecimal`: a decimal point follows the digits;
  /// - `remainder`: what follows the point (fraction, exponent, `%`), or non-digit text;
  /// - `uppercase`: upper-cases prefix and digits (`X`).
  public func layoutNumber(negative: Bool, prefix: [UInt8] = [], digits: [UInt8], hasDecimal: Bool = false,
                           remainder: [UInt8] = [], uppercase: Bool = false) -> PyStr {
    var signChar: UInt8 = 0
    switch sign {
    case UInt8(ascii: "+"): signChar = negative ? 0x2D : 0x2B
    case UInt8(ascii: " "): signChar = negative ? 0x2D : 0x20
    default: if negative { signChar = 0x2D }
    }
    let nSign = signChar == 0 ? 0 : 1
    let nDecimal = hasDecimal ? 1 : 0
    let nonDigit = nSign + prefix.count + nDecimal + remainder.count
    let minWidth = (fill == 0x30 && align == UInt8(ascii: "=")) ? width - nonDigit : 0
    let groupSize: Int
    let separator: UInt8
    switch grouping {
    case .none: groupSize = 0; separator = 0
    case .comma: groupSize = 3; separator = UInt8(ascii: ",")
    case .underscore: groupSize = 3; separator = UInt8(ascii: "_")
    case .underscoreFour: groupSize = 4; separator = UInt8(ascii: "_")
    }
    let grouped = digits.isEmpty ? [] : FormatSpec.group(digits, minWidth: minWidth, size: groupSize, separator: separator)
    let padding = width - (nonDigit + grouped.count)
    var lpad = 0, spad = 0, rpad = 0
    if padding > 0 {
      switch align {
      case UInt8(ascii: "<"): rpad = padding
      case UInt8(ascii: "^"): lpad = padding / 2; rpad = padding - lpad
      case UInt8(ascii: "="): spad = padding
      default: lpad = padding
      }
    }
    var b = StrBuilder(capacity: lpad + nonDigit + grouped.count + spad + rpad)
    b.append(repeating: fill, count: lpad)
    if nSign == 1 { b.append(UInt32(signChar)) }
    if uppercase { b.append(latin1: prefix.map { FormatSpec.upperASCII($0) }) } else { b.append(latin1: prefix) }
    b.append(repeating: fill, count: spad)
    if uppercase { b.append(latin1: grouped.map { FormatSpec.upperASCII($0) }) } else { b.append(latin1: grouped) }
    if hasDecimal { b.append(0x2E) }
    b.append(latin1: remainder)
    b.append(repeating: fill, count: rpad)
    return b.build()
  }

  @inline(__always) static func upperASCII(_ c: UInt8) -> UInt8 { c &- 0x61 < 26 ? c - 32 : c }

  /// Digits with thousands separators every `size` digits from the right, zero-extended to at
  /// least `minWidth` characters (CPython's `_PyUnicode_InsertThousandsGrouping`); `size` 0 means
  /// no grouping (zero extension only).
  public static func group(_ digits: [UInt8], minWidth: Int, size: Int, separator: UInt8) -> [UInt8] {
    var remaining = digits.count
    var minWidth = minWidth
    var chunks: [[UInt8]] = []  // right to left
    var end = digits.count
    func take(_ l: Int) {
      let nChars = max(0, min(remaining, l))
      let nZeros = max(0, l - remaining)
      var chunk = [UInt8](repeating: 0x30, count: nZeros)
      chunk.append(contentsOf: digits[(end - nChars)..<end])
      end -= nChars
      chunks.append(chunk)
      remaining -= nChars
      minWidth -= l
    }
    if size > 0 {
      while true {
        let l = min(max(max(remaining, minWidth), 1), size)
        take(l)
        if remaining <= 0 && minWidth <= 0 { break }
        minWidth -= 1
      }
    } else {
      take(max(max(remaining, minWidth), 1))
    }
    var out: [UInt8] = []
    for (i, c) in chunks.reversed().enumerated() {
      if i > 0 { out.append(separator) }
      out.append(contentsOf: c)
    }
    return out
  }
}
