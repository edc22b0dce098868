import PySyntax

/// The `str` type's slots: repr, hash, comparisons, sequence behaviour, construction, `%` and
/// `__format__` (CPython's Objects/unicodeobject.c `PyUnicode_Type`). The methods are installed
/// by `StrMethods` (case, predicates, padding) and `StrSplitting` (search, split, replace …).
extension BuiltinTypes {
  static func installStr() {
    let s = str
    @inline(__always) func me(_ v: Value) -> PyStr { v.unsafeAs(PyStr.self) }
    s.slots.repr = { _, v in .object(StrOps.repr(me(v))) }
    s.slots.str = { _, v in
      let x = me(v)
      return x.isExactStr ? v : .object(StrOps.exact(x))
    }
    s.slots.hash = { _, v in me(v).pyHash }
    s.slots.richCompare = { _, a, b, op in
      guard let x = a.as(PyStr.self), let y = b.as(PyStr.self) else { return .notImplemented }
      return .bool(StrCompare.compare(x, y, op))
    }
    s.slots.length = { _, v in me(v).count }
    s.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let x = a.as(PyStr.self) else {
        throw PyError.typeError("can only concatenate str (not \"\(Protocols.typeName(a))\") to str")
      }
      guard let y = b.as(PyStr.self) else {
        throw PyError.typeError("can only concatenate str (not \"\(Protocols.typeName(b))\") to str")
      }
      return .object(StrOps.concat(x, y))
    }
    s.slots.sequenceRepeat = { _, v, n throws(PyError) in .object(try StrOps.repeated(me(v), n)) }
    s.slots.contains = { _, v, x throws(PyError) in
      guard let sub = x.as(PyStr.self) else {
        throw PyError.typeError("'in <string>' requires string as left operand, not \(Protocols.typeName(x))")
      }
      let h = me(v)
      return StrSearch.find(h, sub, 0, h.count) >= 0
    }
    s.slots.getItem = { ts, v, k throws(PyError) in try StrOps.getItem(ts, me(v), k) }
    s.slots.iter = { _, v in .object(StrIterator(me(v))) }
    s.slots.new = { ts, cls, args throws(PyError) in try StrOps.construct(ts, cls, args) }
    s.setBinary(.mod) { ts, a, b throws(PyError) in
      guard let f = a.as(PyStr.self) else { return .notImplemented }
      return .object(try PercentFormat.format(ts, f, b))
    }
    s.addMethod("__format__") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "str.__format__")
      guard let spec = a[0].as(PyStr.self) else {
        throw PyError.typeError("__format__() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      return .object(try FormatSpec.formatString(me(v), spec))
    }
    s.addMethod("__getnewargs__") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.__getnewargs__")
      return .object(PyTuple([.object(StrOps.exact(me(v)))]))
    }
    s.addMethod("__sizeof__") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.__sizeof__")
      let x = me(v)
      // CPython's compact layouts: ASCII 40 + n + 1, Latin-1/UCS2/UCS4 56 + (n + 1) * kind.
      if x.isASCII { return .int(48 + x.count + 1) }
      return .int(72 + (x.count + 1) * x.kind)
    }
    StrMethods.install(s)
    StrSplitting.install(s)
    StrFormatMethods.install(s)
    StrCodecMethods.install(s)
  }
}

extension StrOps {
  /// `repr(s)`: CPython's quote choice and escapes (printable non-ASCII kept, others as
  /// \xhh, \uhhhh, \Uhhhhhhhh).
  public static func repr(_ s: PyStr) -> PyStr {
    var hasSingle = false, hasDouble = false
    let n = s.count
    var simple = true  // only printable ASCII without quotes/backslash
    for i in 0..<n {
      let c = s[i]
      if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
      if c < 0x20 || c >= 0x7F || c == 0x5C { simple = false }
    }
    let quote: UInt32 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var b = StrBuilder(capacity: n + 2)
    b.append(quote)
    if simple && !(hasSingle && hasDouble) {
      b.append(s)
      b.append(quote)
      return b.build()
    }
    for i in 0..<n {
      let c = s[i]
      switch c {
      case quote, 0x5C: b.append(0x5C); b.append(c)
      case 0x09: b.append(0x5C); b.append(0x74)
      case 0x0A: b.append(0x5C); b.append(0x6E)
      case 0x0D: b.append(0x5C); b.append(0x72)
      case 0x20..<0x7F: b.append(c)
      default:
        if c >= 0x80 && PythonRepr.isPrintable(codePoint: c) {
          b.append(c)
        } else {
          appendEscape(&b, c)
        }
      }
    }
    b.append(quote)
    return b.build()
  }

  /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
  static func appendEscape(_ b: inout StrBuilder, _ c: UInt32) {
    let (prefix, width): (UInt32, Int) = c < 0x100 ? (0x78, 2) : c < 0x10000 ? (0x75, 4) : (0x55, 8)
    b.append(0x5C)
    b.append(prefix)
    var shift = (width - 1) * 4
    while shift >= 0 {
      b.append(UInt32(hexDigits[Int((c >> UInt32(shift)) & 0xF)]))
      shift -= 4
    }
  }

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`, and subclasses.
  static func construct(_ ts: ThreadState, _ cls: PyType, _ args: Args) throws(PyError) -> Value {
    var r: PyStr
    if args.count == 0 {
      r = empty
    } else if args.count == 1 && args.kwnames == nil {
      r = try Protocols.str(ts, args[0])
    } else {
      let p = try StrArgs.keywords(args, "str", ["object", "encoding", "errors"])
      var encoding: PyStr? = nil, errors: PyStr? = nil
      if let e = p[1] {
        guard let es = e.as(PyStr.self) else {
          throw PyError.typeError("str() argument 'encoding' must be str, not \(StrArgs.clinicName(e))")
        }
        encoding = es
      }
      if let e = p[2] {
        guard let es = e.as(PyStr.self) else {
          throw PyError.typeError("str() argument 'errors' must be str, not \(StrArgs.clinicName(e))")
        }
        errors = es
      }
      if encoding == nil && errors == nil {
        r = p[0] == nil ? empty : try Protocols.str(ts, p[0]!)
      } else {
        let obj = p[0] ?? .object(PyBytes([]))
        if obj.as(PyStr.self) != nil { throw PyError.typeError("decoding str is not supported") }
        guard let bytes = BytesSupport.bufferBytes(obj) else {
          throw PyError.typeError("decoding to str: need a bytes-like object, \(Protocols.typeName(obj)) found")
        }
        r = try Codecs.decode(ts, bytes, encoding: encoding?.string ?? "utf-8", errors: errors?.string ?? "strict")
      }
    }
    if cls === BuiltinTypes.str { return .object(r) }
    let n = r.count * r.kind
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 4)
    p.copyMemory(from: r.storage, byteCount: n)
    let o = PyStr(type: cls, storage: p, count: r.count, kind: r.kind, isASCII: r.isASCII)
    ObjectSupport.prepareInstance(o, cls)
    return .object(o)
  }
}

/// Iterator over a str's characters (`str_ascii_iterator` for ASCII strs, `str_iterator`
/// otherwise, as CPython 3.11).
public final class StrIterator: PyObject {
  let str: PyStr
  var index = 0

  init(_ str: PyStr) {
    self.str = str
    super.init(type: str.isASCII ? BuiltinTypes.strIterator : BuiltinTypes.strWideIterator)
  }

  @inline(__always)
  func next() -> Value? {
    guard index < str.count else { return nil }
    index += 1
    return .object(StrOps.character(str[index - 1]))
  }
}

extension BuiltinTypes {
  public static let strIterator: PyType = PyType.builtin("str_ascii_iterator") { t in
    installStrIterator(t)
  }
  public static let strWideIterator: PyType = PyType.builtin("str_iterator") { t in
    installStrIterator(t)
  }

  private static func installStrIterator(_ t: PyType) {
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(StrIterator.self).next() }
    t.addMethod("__length_hint__") { _, v, _ in
      let it = v.unsafeAs(StrIterator.self)
      return .int(max(it.str.count - it.index, 0))
    }
  }
}
