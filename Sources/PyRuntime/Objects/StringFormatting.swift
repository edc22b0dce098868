/// `str.format` and `str.format_map` (PEP 3101), as CPython's Objects/stringlib/unicode_format.h:
/// literal text with `{{`/`}}` escapes, replacement fields `{name.attr[key]!conv:spec}` with
/// automatic or manual numbering, nested fields inside the spec (two levels), and each field
/// rendered through `format(value, spec)`.
///
/// `StrFormatParser` is the markup scanner on its own (what `string.Formatter.parse` and
/// `_string.formatter_parser` expose).
public struct StrFormatParser {
  /// One piece of a format string: literal text, then possibly a field.
  public struct Piece {
    public var literal: Range<Int>
    /// nil when no field follows the literal.
    public var fieldName: Range<Int>?
    public var formatSpec: Range<Int>?
    /// The conversion character (`r`, `s`, `a`, …) or 0.
    public var conversion: UInt32 = 0
    public var specNeedsExpanding = false
  }

  let s: PyStr
  var pos: Int
  let end: Int

  public init(_ s: PyStr, start: Int = 0, end: Int? = nil) {
    self.s = s
    self.pos = start
    self.end = end ?? s.count
  }

  /// The next piece, nil at the end (`MarkupIterator_next`).
  public mutating func next() throws(PyError) -> Piece? {
    if pos >= end { return nil }
    let start = pos
    var c: UInt32 = 0
    var markupFollows = false
    while pos < end {
      c = s[pos]
      pos += 1
      if c == 0x7B || c == 0x7D { markupFollows = true; break }
    }
    let atEnd = pos >= end
    var len = pos - start
    if c == 0x7D && markupFollows && (atEnd || s[pos] != 0x7D) {
      throw PyError.valueError("Single '}' encountered in format string")
    }
    if atEnd && c == 0x7B && markupFollows {
      throw PyError.valueError("Single '{' encountered in format string")
    }
    if !atEnd && markupFollows {
      if c == s[pos] {
        pos += 1
        markupFollows = false
      } else {
        len -= 1
      }
    }
    var piece = Piece(literal: start..<(start + len))
    if !markupFollows { return piece }
    try parseField(&piece)
    return piece
  }

  /// `parse_field`: the field name up to `!`, `:` or `}`, then conversion and spec.
  mutating func parseField(_ piece: inout Piece) throws(PyError) {
    let nameStart = pos
    var c: UInt32 = 0
    while pos < end {
      c = s[pos]
      pos += 1
      if c == 0x7B { throw PyError.valueError("unexpected '{' in field name") }
      if c == 0x5B {
        while pos < end && s[pos] != 0x5D { pos += 1 }
        continue
      }
      if c == 0x7D || c == 0x3A || c == 0x21 { break }
    }
    piece.fieldName = nameStart..<(pos - 1)
    if c == 0x21 || c == 0x3A {
      if c == 0x21 {
        if pos >= end { throw PyError.valueError("end of string while looking for conversion specifier") }
        piece.conversion = s[pos]
        pos += 1
        if pos < end {
          let d = s[pos]
          pos += 1
          if d == 0x7D { piece.formatSpec = nil; return }
          if d != 0x3A { throw PyError.valueError("expected ':' after conversion specifier") }
        }
      }
      let specStart = pos
      var count = 1
      while pos < end {
        let d = s[pos]
        pos += 1
        if d == 0x7B {
          piece.specNeedsExpanding = true
          count += 1
        } else if d == 0x7D {
          count -= 1
          if count == 0 {
            piece.formatSpec = specStart..<(pos - 1)
            return
          }
        }
      }
      throw PyError.valueError("unmatched '{' in format spec")
    } else if c != 0x7D {
      throw PyError.valueError("expected '}' before end of string")
    }
  }
}

/// The formatting engine of `str.format` / `format_map`.
enum StrFormatter {
  /// Auto-numbering state (`AutoNumber`).
  struct AutoNumber {
    enum State { case initial, auto, manual }
    var state = State.initial
    var next = 0
  }

  static func format(_ ts: ThreadState, _ fmt: PyStr, args: [Value]?, kwargs: Value?) throws(PyError) -> PyStr {
    var auto = AutoNumber()
    return try build(ts, fmt, 0, fmt.count, args: args, kwargs: kwargs, depth: 2, auto: &auto)
  }

  static func build(_ ts: ThreadState, _ fmt: PyStr, _ start: Int, _ end: Int, args: [Value]?, kwargs: Value?,
                    depth: Int, auto: inout AutoNumber) throws(PyError) -> PyStr {
    if depth <= 0 { throw PyError.valueError("Max string recursion exceeded") }
    var out = StrBuilder(capacity: end - start + 16)
    var parser = StrFormatParser(fmt, start: start, end: end)
    while let piece = try parser.next() {
      out.append(fmt, from: piece.literal.lowerBound, to: piece.literal.upperBound)
      guard let name = piece.fieldName else { continue }
      var obj = try fieldObject(ts, fmt, name, args: args, kwargs: kwargs, auto: &auto)
      switch piece.conversion {
      case 0: break
      case 0x72: obj = .object(try Protocols.repr(ts, obj))
      case 0x73: obj = .object(try Protocols.str(ts, obj))
      case 0x61: obj = .object(try Protocols.ascii(ts, obj))
      case let c:
        if c > 32 && c < 127 {
          throw PyError.valueError("Unknown conversion specifier \(String(UnicodeScalar(UInt8(c))))")
        }
        throw PyError.valueError("Unknown conversion specifier \\x\(String(c, radix: 16))")
      }
      let spec: PyStr
      if let r = piece.formatSpec {
        if piece.specNeedsExpanding {
          spec = try build(ts, fmt, r.lowerBound, r.upperBound, args: args, kwargs: kwargs, depth: depth - 1, auto: &auto)
        } else {
          spec = StrOps.substring(fmt, r.lowerBound, r.upperBound)
        }
      } else {
        spec = StrOps.empty
      }
      if let x = obj.as(PyStr.self), x.isExactStr {
        out.append(try FormatSpec.formatString(x, spec))
      } else {
        out.append(try Protocols.format(ts, obj, .object(spec)))
      }
    }
    return out.build()
  }

  /// Decimal value of `s[r]`, -1 when empty or not all decimal digits (`get_integer`).
  static func integer(_ s: PyStr, _ r: Range<Int>) throws(PyError) -> Int {
    if r.isEmpty { return -1 }
    var acc = 0
    for i in r {
      let d = StrUnicode.decimalValue(s[i])
      if d < 0 { return -1 }
      if acc > (Int.max - d) / 10 { throw PyError.valueError("Too many decimal digits in format string") }
      acc = acc * 10 + d
    }
    return acc
  }

  /// `get_field_object`: the first name (index or keyword), then `.attr` / `[key]` lookups.
  static func fieldObject(_ ts: ThreadState, _ s: PyStr, _ r: Range<Int>, args: [Value]?, kwargs: Value?,
                          auto: inout AutoNumber) throws(PyError) -> Value {
    var i = r.lowerBound
    while i < r.upperBound && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
    let first = r.lowerBound..<i
    var index = try integer(s, first)
    let empty = first.isEmpty
    if empty || index != -1 {
      if auto.state == .initial { auto.state = empty ? .auto : .manual }
      if auto.state == .manual && empty {
        throw PyError.valueError("cannot switch from manual field specification to automatic field numbering")
      }
      if auto.state != .manual && !empty {
        throw PyError.valueError("cannot switch from automatic field numbering to manual field specification")
      }
      if empty { index = auto.next; auto.next += 1 }
    }
    var obj: Value
    if index == -1 {
      let key = Value.object(StrOps.substring(s, first.lowerBound, first.upperBound))
      guard let kwargs else { throw PyError.keyError(key) }
      obj = try Protocols.getItem(ts, kwargs, key)
    } else {
      guard let args else { throw PyError.valueError("Format string contains positional fields") }
      if index >= args.count {
        throw PyError.make(BuiltinTypes.exceptions.indexError,
                           "Replacement index \(index) out of range for positional args tuple")
      }
      obj = args[index]
    }
    // The rest: `.name` or `[key]` parts.
    while i < r.upperBound {
      let c = s[i]
      i += 1
      let nameStart = i
      if c == 0x2E {
        while i < r.upperBound && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
        if nameStart == i { throw PyError.valueError("Empty attribute in format string") }
        let name = PyStr.intern(StrOps.substring(s, nameStart, i))
        obj = try Protocols.getAttr(ts, obj, name)
      } else if c == 0x5B {
        while i < r.upperBound && s[i] != 0x5D { i += 1 }
        if i >= r.upperBound { throw PyError.valueError("Missing ']' in format string") }
        let keyRange = nameStart..<i
        i += 1
        if keyRange.isEmpty { throw PyError.valueError("Empty attribute in format string") }
        let idx = try integer(s, keyRange)
        if idx == -1 {
          obj = try Protocols.getItem(ts, obj, .object(StrOps.substring(s, keyRange.lowerBound, keyRange.upperBound)))
        } else {
          obj = try Protocols.getItem(ts, obj, .int(idx))
        }
      } else {
        throw PyError.valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
    }
    return obj
  }
}

/// `str.format`, `str.format_map` and `str.__mod__`'s method form.
enum StrFormatMethods {
  static func install(_ t: PyType) {
    t.addMethod("format") { ts, v, a throws(PyError) in
      let positional = a.positional
      var kwargs: Value? = nil
      if let k = a.kwnames, !k.items.isEmpty {
        let d = PyDict()
        for (name, value) in a.keywords { try d.setItem(ts, .object(name), value) }
        kwargs = .object(d)
      }
      return .object(try StrFormatter.format(ts, v.unsafeAs(PyStr.self), args: positional, kwargs: kwargs))
    }
    t.addMethod("format_map") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "str.format_map")
      return .object(try StrFormatter.format(ts, v.unsafeAs(PyStr.self), args: nil, kwargs: a[0]))
    }
  }
}
