import CSupport

/// printf-style `%` formatting for str and bytes (CPython's `PyUnicode_Format` and
/// `_PyBytes_FormatEx`): `%[(key)][flags][width][.precision][length]type` with `*` widths,
/// mapping keys, and CPython's error messages. The scanner and the number renderers are shared;
/// str and bytes differ only in `%s`/`%r`/`%a`/`%c`/`%b`.
enum PercentFormat {
  /// Conversion flags.
  struct Flags: OptionSet {
    let rawValue: UInt8
    static let left = Flags(rawValue: 1)    // -
    static let sign = Flags(rawValue: 2)    // +
    static let blank = Flags(rawValue: 4)   // space
    static let alt = Flags(rawValue: 8)     // #
    static let zero = Flags(rawValue: 16)   // 0
  }

  /// One parsed conversion.
  struct Spec {
    var flags: Flags = []
    var width = -1
    var precision = -1
    var type: UInt32 = 0
  }

  /// Argument state (`ctx.args`, `arglen`, `argidx`, `dict`).
  struct Arguments {
    var args: Value
    let tuple: [Value]?
    let dict: Value?
    var argLength: Int
    var argIndex: Int

    init(_ args: Value) {
      self.args = args
      if let t = args.as(PyTuple.self) {
        tuple = t.items
        argLength = t.items.count
        argIndex = 0
      } else {
        tuple = nil
        argLength = -1
        argIndex = -2
      }
      let t = Protocols.typeOf(args)
      if tuple == nil && args.as(PyStr.self) == nil && t.slots.getItem != nil {
        dict = args
      } else {
        dict = nil
      }
    }

    mutating func next() throws(PyError) -> Value {
      if argIndex < argLength {
        argIndex += 1
        if argLength < 0 { return args }
        return tuple![argIndex - 1]
      }
      throw PyError.typeError("not enough arguments for format string")
    }
  }

  /// Formats `%`-style with `read(i)` giving format units (code points or bytes); `convert` writes
  /// the conversions that depend on the output type (s, r, a, c, b), returning false for others.
  static func run(_ ts: ThreadState, count n: Int, read: (Int) -> UInt32, args argsValue: Value,
                  literal: (Int, Int) -> Void, emit: ([UInt8]) -> Void,
                  convert: (Value, Spec) throws(PyError) -> Bool,
                  keyString: (Int, Int) -> Value) throws(PyError) {
    var args = Arguments(argsValue)
    var i = 0
    while i < n {
      // Literal run.
      let start = i
      while i < n && read(i) != 0x25 { i += 1 }
      if i > start { literal(start, i) }
      if i >= n { break }
      i += 1  // past '%'
      if i < n && read(i) == 0x25 {
        emit([0x25])
        i += 1
        continue
      }
      var spec = Spec()
      // Mapping key.
      if i < n && read(i) == 0x28 {
        guard let dict = args.dict else { throw PyError.typeError("format requires a mapping") }
        i += 1
        let keyStart = i
        var depth = 1
        while i < n {
          let c = read(i)
          if c == 0x29 { depth -= 1; if depth == 0 { break } }
          else if c == 0x28 { depth += 1 }
          i += 1
        }
        if depth > 0 || i >= n { throw PyError.valueError("incomplete format key") }
        let key = keyString(keyStart, i)
        i += 1
        args.args = try Protocols.getItem(ts, dict, key)
        args.argLength = -1
        args.argIndex = -2
      }
      // Flags.
      flagLoop: while i < n {
        switch read(i) {
        case 0x2D: spec.flags.insert(.left)
        case 0x2B: spec.flags.insert(.sign)
        case 0x20: spec.flags.insert(.blank)
        case 0x23: spec.flags.insert(.alt)
        case 0x30: spec.flags.insert(.zero)
        default: break flagLoop
        }
        i += 1
      }
      // Width.
      if i < n && read(i) == 0x2A {
        let w = try args.next()
        guard let wi = try starInt(ts, w) else { throw PyError.typeError("* wants int") }
        spec.width = wi
        if wi < 0 { spec.flags.insert(.left); spec.width = -wi }
        i += 1
      } else {
        while i < n, read(i) &- 0x30 < 10 {
          let d = Int(read(i) - 0x30)
          if spec.width < 0 { spec.width = 0 }
          if spec.width > (Int.max - d) / 10 { throw PyError.valueError("width too big") }
          spec.width = spec.width * 10 + d
          i += 1
        }
      }
      // Precision.
      if i < n && read(i) == 0x2E {
        i += 1
        spec.precision = 0
        if i < n && read(i) == 0x2A {
          let p = try args.next()
          guard let pi = try starInt(ts, p) else { throw PyError.typeError("* wants int") }
          spec.precision = max(pi, 0)
          i += 1
        } else {
          while i < n, read(i) &- 0x30 < 10 {
            let d = Int(read(i) - 0x30)
            if spec.precision > (Int.max - d) / 10 { throw PyError.valueError("precision too big") }
            spec.precision = spec.precision * 10 + d
            i += 1
          }
        }
      }
      // Length modifiers (ignored).
      while i < n, read(i) == 0x68 || read(i) == 0x6C || read(i) == 0x4C { i += 1 }
      if i >= n { throw PyError.valueError("incomplete format") }
      spec.type = read(i)
      let typeIndex = i
      i += 1
      let v = try args.next()
      switch spec.type {
      case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:  // d i u o x X
        emit(try integer(ts, v, spec))
      case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:  // e E f F g G
        emit(try float(ts, v, spec))
      default:
        if try convert(v, spec) { break }
        let c = spec.type
        let shown = (c >= 32 && c < 127) ? String(UnicodeScalar(UInt8(c))) : "?"
        throw PyError.valueError("unsupported format character '\(shown)' (0x\(String(c, radix: 16))) at index \(typeIndex)")
      }
    }
    if args.argIndex < args.argLength && args.dict == nil {
      throw PyError.typeError("not all arguments converted during string formatting")
    }
  }

  /// The int of a `*` width/precision (PyLong_Check only), nil when not an int.
  static func starInt(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default:
      guard Protocols.typeOf(v).typeFlags.contains(.longSubclass) else { return nil }
      return try Protocols.indexAsInt(ts, v)
    }
  }

  // MARK: Padding

  /// Pads `body` (already including sign/prefix) to the width (`-` left-justifies).
  static func padded(_ body: [UInt8], _ spec: Spec) -> [UInt8] {
    if spec.width <= body.count { return body }
    let fill = [UInt8](repeating: 0x20, count: spec.width - body.count)
    return spec.flags.contains(.left) ? body + fill : fill + body
  }

  /// Sign + prefix + digits with zero padding between prefix and digits when `0` is given.
  static func assemble(sign: [UInt8], prefix: [UInt8], digits: [UInt8], _ spec: Spec) -> [UInt8] {
    let len = sign.count + prefix.count + digits.count
    if spec.flags.contains(.zero) && !spec.flags.contains(.left) && spec.width > len {
      return sign + prefix + [UInt8](repeating: 0x30, count: spec.width - len) + digits
    }
    return padded(sign + prefix + digits, spec)
  }

  // MARK: Integers

  /// Whether `v` supports the number protocol (`PyNumber_Check`).
  static func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .float, .bool: return true
    case .none, .unbound: return false
    default:
      let s = Protocols.typeOf(v).slots
      return s.index != nil || s.int != nil || s.float != nil || v.as(PyComplex.self) != nil
    }
  }

  /// `%d %i %u %o %x %X`.
  static func integer(_ ts: ThreadState, _ v: Value, _ spec: Spec) throws(PyError) -> [UInt8] {
    let c = spec.type
    let name = String(UnicodeScalar(UInt8(c)))
    var iv: Value = v
    if case .int = v {} else if case .bool(let b) = v { iv = .int(b ? 1 : 0) } else {
      let isHex = c == 0x6F || c == 0x78 || c == 0x58
      let wrong = isHex ? "%\(name) format: an integer is required, not \(Protocols.typeName(v))"
                        : "%\(name) format: a real number is required, not \(Protocols.typeName(v))"
      guard isNumber(v) else { throw PyError.typeError(wrong) }
      do throws(PyError) {
        if isHex {
          iv = try Protocols.index(ts, v)
        } else if case .float(let d) = v {
          iv = try FloatOps.toInt(d)
        } else {
          iv = try Protocols.call(ts, Value(BuiltinTypes.int), [v])
        }
      } catch {
        if error.exception.type === BuiltinTypes.exceptions.typeError { throw PyError.typeError(wrong) }
        throw error
      }
    }
    let base = c == 0x6F ? 8 : (c == 0x78 || c == 0x58) ? 16 : 10
    var (negative, digits) = IntDigits.digits(iv, base: base)
    if spec.precision > digits.count {
      digits = [UInt8](repeating: 0x30, count: spec.precision - digits.count) + digits
    }
    if c == 0x58 { digits = digits.map { $0 &- 0x61 < 26 ? $0 - 32 : $0 } }
    var prefix: [UInt8] = []
    if spec.flags.contains(.alt) {
      if c == 0x6F { prefix = [0x30, 0x6F] }
      else if c == 0x78 { prefix = [0x30, 0x78] }
      else if c == 0x58 { prefix = [0x30, 0x58] }
    }
    let sign: [UInt8] = negative ? [0x2D] : spec.flags.contains(.sign) ? [0x2B] : spec.flags.contains(.blank) ? [0x20] : []
    return assemble(sign: sign, prefix: prefix, digits: digits, spec)
  }

  // MARK: Floats

  /// `%e %E %f %F %g %G` (C printf semantics, default precision 6).
  static func float(_ ts: ThreadState, _ v: Value, _ spec: Spec) throws(PyError) -> [UInt8] {
    let d = try floatValue(ts, v)
    let digits = FloatText.printf(d.magnitude, type: UInt8(spec.type), precision: spec.precision < 0 ? 6 : spec.precision,
                                  alternate: spec.flags.contains(.alt))
    let negative = d.sign == .minus && !d.isNaN
    let sign: [UInt8] = negative ? [0x2D] : spec.flags.contains(.sign) ? [0x2B] : spec.flags.contains(.blank) ? [0x20] : []
    return assemble(sign: sign, prefix: [], digits: digits, spec)
  }

  /// `PyFloat_AsDouble` with "must be real number, not T".
  static func floatValue(_ ts: ThreadState, _ v: Value) throws(PyError) -> Double {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default:
      let t = Protocols.typeOf(v)
      if t.slots.float != nil || t.slots.index != nil {
        let r = try Protocols.call(ts, Value(BuiltinTypes.float), [v])
        if case .float(let d) = r { return d }
        if let d = FloatOps.asDouble(r) { return d }
      }
      throw PyError.typeError("must be real number, not \(Protocols.typeName(v))")
    }
  }

  // MARK: str

  /// `format % args` for str.
  static func format(_ ts: ThreadState, _ fmt: PyStr, _ args: Value) throws(PyError) -> PyStr {
    var out = StrBuilder(capacity: fmt.count + 16)
    try run(ts, count: fmt.count, read: { fmt[$0] }, args: args,
            literal: { out.append(fmt, from: $0, to: $1) },
            emit: { out.append(latin1: $0) },
            convert: { (v: Value, spec: Spec) throws(PyError) -> Bool in
              var text: PyStr
              switch spec.type {
              case 0x73: text = try Protocols.str(ts, v)
              case 0x72: text = try Protocols.repr(ts, v)
              case 0x61: text = try Protocols.ascii(ts, v)
              case 0x63:
                text = StrOps.character(try charValue(ts, v))
                var s = spec
                s.precision = -1
                appendPadded(&out, text, s)
                return true
              default: return false
              }
              appendPadded(&out, text, spec)
              return true
            },
            keyString: { .object(StrOps.substring(fmt, $0, $1)) })
    return out.build()
  }

  static func appendPadded(_ out: inout StrBuilder, _ text: PyStr, _ spec: Spec) {
    let len = spec.precision >= 0 ? min(spec.precision, text.count) : text.count
    let pad = max(spec.width - len, 0)
    if !spec.flags.contains(.left) { out.append(repeating: 0x20, count: pad) }
    out.append(text, from: 0, to: len)
    if spec.flags.contains(.left) { out.append(repeating: 0x20, count: pad) }
  }

  /// The code point of `%c`: an int in range or a one-character str.
  static func charValue(_ ts: ThreadState, _ v: Value) throws(PyError) -> UInt32 {
    if let s = v.as(PyStr.self) {
      if s.count == 1 { return s[0] }
      throw PyError.typeError("%c requires int or char")
    }
    let isInt: Bool
    switch v {
    case .int, .bool: isInt = true
    case .float, .none, .unbound: isInt = false
    default: isInt = Protocols.typeOf(v).slots.index != nil
    }
    guard isInt else { throw PyError.typeError("%c requires int or char") }
    let x: Int
    do throws(PyError) {
      x = try Protocols.indexAsInt(ts, v)
    } catch {
      throw PyError.make(BuiltinTypes.exceptions.overflowError, "%c arg not in range(0x110000)")
    }
    if x < 0 || x > 0x10FFFF {
      throw PyError.make(BuiltinTypes.exceptions.overflowError, "%c arg not in range(0x110000)")
    }
    return UInt32(x)
  }
}

/// Digits of an int value in base 2, 8, 10 or 16 (lower case, no prefix), and its sign.
enum IntDigits {
  static func digits(_ v: Value, base: Int) -> (negative: Bool, digits: [UInt8]) {
    switch v {
    case .int(let i):
      return (i < 0, Array(String(i.magnitude, radix: base).utf8))
    case .bool(let b):
      return (false, [b ? 0x31 : 0x30])
    default:
      guard let l = v.as(PyLong.self) else { return (false, [0x30]) }
      var text = bigDigits(l, base: base)
      let negative = text.first == 0x2D
      if negative { text.removeFirst() }
      return (negative, text)
    }
  }
}

extension IntDigits {
  /// GMP's digits of a big int in `base` (with '-' when negative).
  static func bigDigits(_ l: PyLong, base: Int) -> [UInt8] {
    let n = __gmpz_sizeinbase(&l.mpz, Int32(base)) + 2
    var buf = [CChar](repeating: 0, count: n)
    __gmpz_get_str(&buf, Int32(base), &l.mpz)
    return buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
  }
}

/// C-printf rendering of doubles (`%e`, `%f`, `%g` and upper-case forms) through the C library,
/// which rounds correctly like CPython's dtoa; `inf`/`nan` spelled as CPython does.
enum FloatText {
  static func printf(_ d: Double, type: UInt8, precision: Int, alternate: Bool) -> [UInt8] {
    let upper = type == UInt8(ascii: "E") || type == UInt8(ascii: "F") || type == UInt8(ascii: "G")
    if d.isNaN { return Array((upper ? "NAN" : "nan").utf8) }
    if d.isInfinite { return Array((d < 0 ? "-" : "").utf8) + Array((upper ? "INF" : "inf").utf8) }
    var fmt: [CChar] = [0x25]
    if alternate { fmt.append(0x23) }
    fmt.append(contentsOf: [0x2E, 0x2A, CChar(type), 0])
    let prec = Int32(min(precision, 100_000))
    var size = 512 + Int(prec)
    if type == UInt8(ascii: "f") || type == UInt8(ascii: "F") { size += 320 }
    var buf = [CChar](repeating: 0, count: size)
    let n = withVaList([prec, d]) { va in
      buf.withUnsafeMutableBufferPointer { b in
        fmt.withUnsafeBufferPointer { f in c_vsnprintf(b.baseAddress!, size, f.baseAddress!, va) }
      }
    }
    return buf.prefix(Int(max(n, 0))).map { UInt8(bitPattern: $0) }
  }
}

@_silgen_name("vsnprintf")
func c_vsnprintf(_ buf: UnsafeMutablePointer<CChar>, _ size: Int, _ format: UnsafePointer<CChar>,
                 _ args: CVaListPointer) -> Int32
