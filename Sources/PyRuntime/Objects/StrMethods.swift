import PySyntax

/// str methods that work character by character: case conversion (full Unicode mappings with
/// the final-sigma rule), the `is…` predicates, padding and stripping (unicodeobject.c
/// `do_upper`, `do_title`, `unicode_isupper_impl`, `pad`, `do_strip` …).
enum StrMethods {
  static func install(_ t: PyType) {
    @inline(__always) func me(_ v: Value) -> PyStr { v.unsafeAs(PyStr.self) }

    // Case conversion.
    t.addMethod("lower") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.lower"); return .object(lower(me(v)))
    }
    t.addMethod("upper") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.upper"); return .object(upper(me(v)))
    }
    t.addMethod("casefold") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.casefold"); return .object(mapAll(me(v), .fold))
    }
    t.addMethod("swapcase") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.swapcase"); return .object(swapcase(me(v)))
    }
    t.addMethod("title") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.title"); return .object(title(me(v)))
    }
    t.addMethod("capitalize") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.capitalize"); return .object(capitalize(me(v)))
    }

    // Predicates.
    func predicate(_ name: String, emptyResult: Bool = false, _ test: @escaping (UInt32) -> Bool) {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.none(a, "str." + name)
        let s = me(v)
        if s.count == 0 { return .bool(emptyResult) }
        for i in 0..<s.count where !test(s[i]) { return .bool(false) }
        return .bool(true)
      }
    }
    predicate("isspace", StrUnicode.isSpace)
    predicate("isalpha", StrUnicode.isAlpha)
    predicate("isalnum", StrUnicode.isAlnum)
    predicate("isdecimal", StrUnicode.isDecimal)
    predicate("isdigit", StrUnicode.isDigit)
    predicate("isnumeric", StrUnicode.isNumeric)
    predicate("isprintable", emptyResult: true) { PythonRepr.isPrintable(codePoint: $0) }
    t.addMethod("isascii") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.isascii"); return .bool(me(v).isASCII)
    }
    t.addMethod("islower") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.islower")
      let s = me(v)
      var cased = false
      for i in 0..<s.count {
        let c = s[i]
        if StrUnicode.isUpper(c) || StrUnicode.isTitle(c) { return .bool(false) }
        if !cased && StrUnicode.isLower(c) { cased = true }
      }
      return .bool(cased)
    }
    t.addMethod("isupper") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.isupper")
      let s = me(v)
      var cased = false
      for i in 0..<s.count {
        let c = s[i]
        if StrUnicode.isLower(c) || StrUnicode.isTitle(c) { return .bool(false) }
        if !cased && StrUnicode.isUpper(c) { cased = true }
      }
      return .bool(cased)
    }
    t.addMethod("istitle") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.istitle")
      return .bool(isTitle(me(v)))
    }
    t.addMethod("isidentifier") { _, v, a throws(PyError) in
      try StrArgs.none(a, "str.isidentifier")
      return .bool(isIdentifier(me(v)))
    }

    // Padding.
    t.addMethod("center") { ts, v, a throws(PyError) in try pad(ts, me(v), a, "center") }
    t.addMethod("ljust") { ts, v, a throws(PyError) in try pad(ts, me(v), a, "ljust") }
    t.addMethod("rjust") { ts, v, a throws(PyError) in try pad(ts, me(v), a, "rjust") }
    t.addMethod("zfill") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "str.zfill")
      return .object(zfill(me(v), try StrArgs.index(ts, a[0])))
    }
    t.addMethod("expandtabs") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "expandtabs", ["tabsize"])
      let size = try p[0].map { (x: Value) throws(PyError) -> Int in try StrArgs.index(ts, x) } ?? 8
      return .object(try expandTabs(me(v), size))
    }

    // Stripping.
    for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.clinic(a, name, min: 0, max: 1)
        let s = me(v)
        if a.count == 0 || a[0].isNone { return .object(stripSpace(s, left: left, right: right)) }
        guard let chars = a[0].as(PyStr.self) else { throw PyError.typeError("\(name) arg must be None or str") }
        return .object(stripChars(s, chars, left: left, right: right))
      }
    }
  }

  // MARK: Case

  /// Lower-case of `s[i]`, applying the final-sigma rule to U+03A3 (`lower_ucs4`).
  @inline(__always)
  static func lowerAt(_ s: PyStr, _ i: Int, into out: inout [UInt32]) {
    let c = s[i]
    if c == 0x3A3 { out.append(finalSigma(s, i) ? 0x3C2 : 0x3C3); return }
    StrUnicode.map(c, .lower, into: &out)
  }

  /// CPython's `handle_capital_sigma`: final when preceded by a cased letter and not followed by
  /// one (case-ignorable characters skipped).
  static func finalSigma(_ s: PyStr, _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && StrUnicode.isCaseIgnorable(s[j]) { j -= 1 }
    guard j >= 0 && StrUnicode.isCased(s[j]) else { return false }
    j = i + 1
    while j < s.count && StrUnicode.isCaseIgnorable(s[j]) { j += 1 }
    return j == s.count || !StrUnicode.isCased(s[j])
  }

  static func fromCodePoints(_ cps: [UInt32]) -> PyStr {
    var b = StrBuilder(capacity: cps.count)
    for c in cps { b.append(c) }
    return b.build()
  }

  /// ASCII fast path: maps bytes with `f`.
  @inline(__always)
  static func asciiMap(_ s: PyStr, _ f: (UInt8) -> UInt8) -> PyStr {
    let n = s.count
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 4)
    let src = s.storage.assumingMemoryBound(to: UInt8.self)
    let dst = p.assumingMemoryBound(to: UInt8.self)
    for i in 0..<n { dst[i] = f(src[i]) }
    return PyStr(type: BuiltinTypes.str, storage: p, count: n, kind: 1, isASCII: true)
  }

  static func lower(_ s: PyStr) -> PyStr {
    if s.isASCII { return asciiMap(s) { $0 &- 0x41 < 26 ? $0 + 32 : $0 } }
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    for i in 0..<s.count { lowerAt(s, i, into: &out) }
    return fromCodePoints(out)
  }

  static func upper(_ s: PyStr) -> PyStr {
    if s.isASCII { return asciiMap(s) { $0 &- 0x61 < 26 ? $0 - 32 : $0 } }
    return mapAll(s, .upper)
  }

  static func mapAll(_ s: PyStr, _ m: StrUnicode.CaseMapping) -> PyStr {
    if s.isASCII && m == .fold { return lower(s) }
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    for i in 0..<s.count { StrUnicode.map(s[i], m, into: &out) }
    return fromCodePoints(out)
  }

  static func swapcase(_ s: PyStr) -> PyStr {
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    for i in 0..<s.count {
      let c = s[i]
      if StrUnicode.isUpper(c) { lowerAt(s, i, into: &out) }
      else if StrUnicode.isLower(c) { StrUnicode.map(c, .upper, into: &out) }
      else { out.append(c) }
    }
    return fromCodePoints(out)
  }

  static func title(_ s: PyStr) -> PyStr {
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    var previousCased = false
    for i in 0..<s.count {
      let c = s[i]
      if previousCased { lowerAt(s, i, into: &out) } else { StrUnicode.map(c, .title, into: &out) }
      previousCased = StrUnicode.isCased(c)
    }
    return fromCodePoints(out)
  }

  static func capitalize(_ s: PyStr) -> PyStr {
    if s.count == 0 { return StrOps.empty }
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    StrUnicode.map(s[0], .title, into: &out)
    for i in 1..<max(s.count, 1) where i < s.count { lowerAt(s, i, into: &out) }
    return fromCodePoints(out)
  }

  static func isTitle(_ s: PyStr) -> Bool {
    if s.count == 1 { let c = s[0]; return StrUnicode.isTitle(c) || StrUnicode.isUpper(c) }
    var cased = false, previousCased = false
    for i in 0..<s.count {
      let c = s[i]
      if StrUnicode.isUpper(c) || StrUnicode.isTitle(c) {
        if previousCased { return false }
        previousCased = true
        cased = true
      } else if StrUnicode.isLower(c) {
        if !previousCased { return false }
        previousCased = true
        cased = true
      } else {
        previousCased = false
      }
    }
    return cased
  }

  /// PEP 3131: XID_Start or '_', then XID_Continue.
  static func isIdentifier(_ s: PyStr) -> Bool {
    if s.count == 0 { return false }
    let c0 = s[0]
    if c0 < 0x80 {
      if !(StrUnicode.isAlpha(c0) || c0 == 0x5F) { return false }
    } else if !Identifier.isXIDStart(c0) {
      return false
    }
    for i in 1..<max(s.count, 1) where i < s.count {
      let c = s[i]
      if c < 0x80 {
        if !(StrUnicode.isAlnum(c) || c == 0x5F) { return false }
      } else if !Identifier.isXIDContinue(c) {
        return false
      }
    }
    return true
  }

  // MARK: Padding

  /// center/ljust/rjust(width, fillchar=' ').
  static func pad(_ ts: ThreadState, _ s: PyStr, _ a: Args, _ name: String) throws(PyError) -> Value {
    try StrArgs.clinic(a, name, min: 1, max: 2)
    let width = try StrArgs.index(ts, a[0])
    var fill: UInt32 = 0x20
    if a.count > 1 {
      guard let f = a[1].as(PyStr.self) else {
        throw PyError.typeError("The fill character must be a unicode character, not \(Protocols.typeName(a[1]))")
      }
      guard f.count == 1 else { throw PyError.typeError("The fill character must be exactly one character long") }
      fill = f[0]
    }
    if s.count >= width { return .object(StrOps.exact(s)) }
    let marg = width - s.count
    let left: Int
    switch name {
    case "center": left = marg / 2 + (marg & width & 1)
    case "ljust": left = 0
    default: left = marg
    }
    var b = StrBuilder(capacity: width)
    b.append(repeating: fill, count: left)
    b.append(s)
    b.append(repeating: fill, count: marg - left)
    return .object(b.build())
  }

  static func zfill(_ s: PyStr, _ width: Int) -> PyStr {
    if s.count >= width { return StrOps.exact(s) }
    let fill = width - s.count
    var b = StrBuilder(capacity: width)
    var start = 0
    if s.count > 0 && (s[0] == 0x2B || s[0] == 0x2D) {
      b.append(s[0])
      start = 1
    }
    b.append(repeating: 0x30, count: fill)
    b.append(s, from: start)
    return b.build()
  }

  static func expandTabs(_ s: PyStr, _ tabsize: Int) throws(PyError) -> PyStr {
    var b = StrBuilder(capacity: s.count)
    var column = 0
    for i in 0..<s.count {
      let c = s[i]
      if c == 0x09 {
        if tabsize > 0 {
          let incr = tabsize - column % tabsize
          if column > Int.max - incr { throw PyError.make(BuiltinTypes.exceptions.overflowError, "new string is too long") }
          column += incr
          b.append(repeating: 0x20, count: incr)
        }
      } else {
        column += 1
        b.append(c)
        if c == 0x0A || c == 0x0D { column = 0 }
      }
    }
    return b.build()
  }

  // MARK: Stripping

  static func stripSpace(_ s: PyStr, left: Bool, right: Bool) -> PyStr {
    var i = 0, j = s.count
    if left { while i < j && StrUnicode.isSpace(s[i]) { i += 1 } }
    if right { while j > i && StrUnicode.isSpace(s[j - 1]) { j -= 1 } }
    return StrOps.substring(s, i, j)
  }

  static func stripChars(_ s: PyStr, _ chars: PyStr, left: Bool, right: Bool) -> PyStr {
    @inline(__always) func inSet(_ c: UInt32) -> Bool {
      for k in 0..<chars.count where chars[k] == c { return true }
      return false
    }
    var i = 0, j = s.count
    if left { while i < j && inSet(s[i]) { i += 1 } }
    if right { while j > i && inSet(s[j - 1]) { j -= 1 } }
    return StrOps.substring(s, i, j)
  }
}
