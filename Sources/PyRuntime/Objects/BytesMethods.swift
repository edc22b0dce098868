/// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and the stringlib
/// templates): search, split, strip, padding, ASCII case and predicates, hex, translate. Each
/// result is made with the receiver's kind (bytes → bytes, bytearray → bytearray).
enum BytesMethods {
  /// The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".
  static func arg(_ v: Value) throws(PyError) -> [UInt8] {
    if let b = BytesSupport.bufferBytes(v) { return b }
    throw PyError.typeError("a bytes-like object is required, not '\(Protocols.typeName(v))'")
  }

  /// The needle of find/count/index: a bytes-like object or an int byte.
  static func needle(_ ts: ThreadState, _ v: Value) throws(PyError) -> [UInt8] {
    if let b = BytesSupport.bufferBytes(v) { return b }
    if Protocols.hasIndex(v) {
      let i = try Protocols.indexAsInt(ts, v)
      if i < 0 || i > 255 { throw PyError.valueError("byte must be in range(0, 256)") }
      return [UInt8(i)]
    }
    throw PyError.typeError("argument should be integer or bytes-like object, not '\(Protocols.typeName(v))'")
  }

  /// A byte value from an int-like (append, insert, `in`, item assignment).
  static func byteValue(_ ts: ThreadState, _ v: Value) throws(PyError) -> UInt8 {
    let i = try Protocols.indexAsInt(ts, v)
    if i < 0 || i > 255 { throw PyError.valueError("byte must be in range(0, 256)") }
    return UInt8(i)
  }

  static func find(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int) -> Int {
    if end - start < n.count { return -1 }
    if n.isEmpty { return start }
    return h.withUnsafeBufferPointer { hp in n.withUnsafeBufferPointer { np in
      ByteSearch.find(hp.baseAddress!, start, end, np.baseAddress!, n.count)
    } }
  }

  static func rfind(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int) -> Int {
    if end - start < n.count { return -1 }
    if n.isEmpty { return end }
    return h.withUnsafeBufferPointer { hp in n.withUnsafeBufferPointer { np in
      ByteSearch.rfind(hp.baseAddress!, start, end, np.baseAddress!, n.count)
    } }
  }

  static func count(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int) -> Int {
    if end - start < n.count { return 0 }
    if n.isEmpty { return end - start + 1 }
    var c = 0, i = start
    while true {
      let j = find(h, n, i, end)
      if j < 0 { return c }
      c += 1
      i = j + n.count
    }
  }

  @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
  @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
  @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
  @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
  @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
  @inline(__always) static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }

  static func install(_ t: PyType, byteArray: Bool) {
    let typeName = byteArray ? "bytearray" : "bytes"
    func me(_ v: Value) -> [UInt8] { BytesSupport.bufferBytes(v) ?? [] }
    func make(_ b: [UInt8]) -> Value {
      byteArray ? .object(PyByteArray(b)) : .object(PyBytes(b))
    }
    /// bytes returns itself when unchanged and exact; bytearray always copies.
    func same(_ v: Value, _ b: [UInt8]) -> Value {
      if !byteArray, let x = v.as(PyBytes.self), x.type === BuiltinTypes.bytes { return v }
      return make(b)
    }

    // Search.
    func findArgs(_ ts: ThreadState, _ b: [UInt8], _ a: Args, _ name: String) throws(PyError) -> ([UInt8], Int, Int) {
      try StrArgs.tupleStyle(a, name, min: 1, max: 3, owner: typeName)
      let n = try needle(ts, a[0])
      let (s, e) = StrArgs.adjust(try StrArgs.bound(ts, a.count > 1 ? a[1] : nil),
                                  try StrArgs.bound(ts, a.count > 2 ? a[2] : nil), b.count)
      return (n, s, e)
    }
    t.addMethod("find") { ts, v, a throws(PyError) in
      let b = me(v); let (n, s, e) = try findArgs(ts, b, a, "find")
      return .int(find(b, n, s, e))
    }
    t.addMethod("rfind") { ts, v, a throws(PyError) in
      let b = me(v); let (n, s, e) = try findArgs(ts, b, a, "rfind")
      return .int(rfind(b, n, s, e))
    }
    t.addMethod("index") { ts, v, a throws(PyError) in
      let b = me(v); let (n, s, e) = try findArgs(ts, b, a, "index")
      let r = find(b, n, s, e)
      if r < 0 { throw PyError.valueError("subsection not found") }
      return .int(r)
    }
    t.addMethod("rindex") { ts, v, a throws(PyError) in
      let b = me(v); let (n, s, e) = try findArgs(ts, b, a, "rindex")
      let r = rfind(b, n, s, e)
      if r < 0 { throw PyError.valueError("subsection not found") }
      return .int(r)
    }
    t.addMethod("count") { ts, v, a throws(PyError) in
      let b = me(v); let (n, s, e) = try findArgs(ts, b, a, "count")
      if s > b.count { return .int(0) }
      return .int(count(b, n, s, e))
    }
    for (name, suffix) in [("startswith", false), ("endswith", true)] {
      t.addMethod(name) { ts, v, a throws(PyError) in
        try StrArgs.tupleStyle(a, name, min: 1, max: 3, owner: typeName)
        let b = me(v)
        let (s, e) = StrArgs.adjust(try StrArgs.bound(ts, a.count > 1 ? a[1] : nil),
                                    try StrArgs.bound(ts, a.count > 2 ? a[2] : nil), b.count)
        func test(_ p: [UInt8]) -> Bool {
          if s > b.count || e - s < p.count { return false }
          let at = suffix ? e - p.count : s
          return b[at..<(at + p.count)].elementsEqual(p)
        }
        if let tup = a[0].as(PyTuple.self) {
          for item in tup.items where test(try arg(item)) { return .bool(true) }
          return .bool(false)
        }
        guard let p = BytesSupport.bufferBytes(a[0]) else {
          throw PyError.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(Protocols.typeName(a[0]))")
        }
        return .bool(test(p))
      }
    }

    // Split / partition / join / replace.
    func splitArgs(_ ts: ThreadState, _ a: Args, _ name: String) throws(PyError) -> ([UInt8]?, Int) {
      let p = try StrArgs.keywords(a, name, ["sep", "maxsplit"])
      var sep: [UInt8]? = nil
      if let x = p[0], !x.isNone {
        let s = try arg(x)
        if s.isEmpty { throw PyError.valueError("empty separator") }
        sep = s
      }
      var maxsplit = -1
      if let m = p[1] { maxsplit = try StrArgs.index(ts, m) }
      return (sep, maxsplit < 0 ? Int.max : maxsplit)
    }
    t.addMethod("split") { ts, v, a throws(PyError) in
      let (sep, max) = try splitArgs(ts, a, "split")
      return .object(PyList(split(me(v), sep, max).map(make)))
    }
    t.addMethod("rsplit") { ts, v, a throws(PyError) in
      let (sep, max) = try splitArgs(ts, a, "rsplit")
      return .object(PyList(rsplit(me(v), sep, max).map(make)))
    }
    t.addMethod("splitlines") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "splitlines", ["keepends"])
      let keep = try p[0].map { (x: Value) throws(PyError) -> Bool in try Protocols.isTrue(ts, x) } ?? false
      let b = me(v)
      var out: [Value] = []
      var i = 0
      while i < b.count {
        var j = i
        while j < b.count && b[j] != 0x0A && b[j] != 0x0D { j += 1 }
        var eol = j
        if j < b.count {
          j += (b[j] == 0x0D && j + 1 < b.count && b[j + 1] == 0x0A) ? 2 : 1
          if keep { eol = j }
        }
        out.append(make(Array(b[i..<eol])))
        i = j
      }
      return .object(PyList(out))
    }
    for (name, reverse) in [("partition", false), ("rpartition", true)] {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.one(a, "\(typeName).\(name)")
        let b = me(v)
        let sep = try arg(a[0])
        if sep.isEmpty { throw PyError.valueError("empty separator") }
        let i = reverse ? rfind(b, sep, 0, b.count) : find(b, sep, 0, b.count)
        if i < 0 {
          return reverse ? .object(PyTuple([make([]), make([]), same(v, b)]))
                         : .object(PyTuple([same(v, b), make([]), make([])]))
        }
        return .object(PyTuple([make(Array(b[0..<i])), make(sep), make(Array(b[(i + sep.count)...]))]))
      }
    }
    t.addMethod("join") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "\(typeName).join")
      let sep = me(v)
      let it: Value
      do throws(PyError) {
        it = try Protocols.getIter(ts, a[0])
      } catch {
        if error.exception.type === BuiltinTypes.exceptions.typeError { throw PyError.typeError("can only join an iterable") }
        throw error
      }
      var items: [Value] = []
      while let x = try Protocols.next(ts, it) { items.append(x) }
      var out: [UInt8] = []
      for (i, item) in items.enumerated() {
        guard let p = BytesSupport.bufferBytes(item) else {
          throw PyError.typeError("sequence item \(i): expected a bytes-like object, \(Protocols.typeName(item)) found")
        }
        if i > 0 { out.append(contentsOf: sep) }
        out.append(contentsOf: p)
      }
      return make(out)
    }
    t.addMethod("replace") { ts, v, a throws(PyError) in
      try StrArgs.clinic(a, "replace", min: 2, max: 3, owner: typeName)
      let old = try arg(a[0]), new = try arg(a[1])
      let limit = a.count > 2 ? try StrArgs.index(ts, a[2]) : -1
      return make(replace(me(v), old, new, limit < 0 ? Int.max : limit))
    }
    t.addMethod("removeprefix") { _, v, a throws(PyError) in
      try StrArgs.one(a, "\(typeName).removeprefix")
      let b = me(v), p = try arg(a[0])
      if b.starts(with: p) && !p.isEmpty { return make(Array(b[p.count...])) }
      return same(v, b)
    }
    t.addMethod("removesuffix") { _, v, a throws(PyError) in
      try StrArgs.one(a, "\(typeName).removesuffix")
      let b = me(v), p = try arg(a[0])
      if !p.isEmpty && b.count >= p.count && b[(b.count - p.count)...].elementsEqual(p) {
        return make(Array(b[..<(b.count - p.count)]))
      }
      return same(v, b)
    }

    // Strip / pad.
    for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.clinic(a, name, min: 0, max: 1, owner: typeName)
        let b = me(v)
        var set: [UInt8]? = nil
        if a.count == 1 && !a[0].isNone { set = try arg(a[0]) }
        func strip(_ c: UInt8) -> Bool { set.map { $0.contains(c) } ?? isSpace(c) }
        var i = 0, j = b.count
        if left { while i < j && strip(b[i]) { i += 1 } }
        if right { while j > i && strip(b[j - 1]) { j -= 1 } }
        if i == 0 && j == b.count { return same(v, b) }
        return make(Array(b[i..<j]))
      }
    }
    for name in ["center", "ljust", "rjust"] {
      t.addMethod(name) { ts, v, a throws(PyError) in
        try StrArgs.clinic(a, name, min: 1, max: 2, owner: typeName)
        let width = try StrArgs.index(ts, a[0])
        var fill: UInt8 = 0x20
        if a.count > 1 {
          guard let f = BytesSupport.bufferBytes(a[1]), f.count == 1, a[1].as(PyMemoryView.self) == nil else {
            throw PyError.typeError("\(name)() argument 2 must be a byte string of length 1, not \(Protocols.typeName(a[1]))")
          }
          fill = f[0]
        }
        let b = me(v)
        if b.count >= width { return same(v, b) }
        let marg = width - b.count
        let left = name == "center" ? marg / 2 + (marg & width & 1) : name == "ljust" ? 0 : marg
        return make([UInt8](repeating: fill, count: left) + b + [UInt8](repeating: fill, count: marg - left))
      }
    }
    t.addMethod("zfill") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "\(typeName).zfill")
      let width = try StrArgs.index(ts, a[0])
      let b = me(v)
      if b.count >= width { return same(v, b) }
      var out: [UInt8] = []
      var rest = b[...]
      if let f = b.first, f == 0x2B || f == 0x2D { out.append(f); rest = b[1...] }
      out.append(contentsOf: [UInt8](repeating: 0x30, count: width - b.count))
      out.append(contentsOf: rest)
      return make(out)
    }
    t.addMethod("expandtabs") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "expandtabs", ["tabsize"])
      let size = try p[0].map { (x: Value) throws(PyError) -> Int in try StrArgs.index(ts, x) } ?? 8
      var out: [UInt8] = []
      var col = 0
      for c in me(v) {
        if c == 0x09 {
          if size > 0 { let n = size - col % size; col += n; out.append(contentsOf: repeatElement(0x20, count: n)) }
        } else {
          out.append(c); col += 1
          if c == 0x0A || c == 0x0D { col = 0 }
        }
      }
      return make(out)
    }

    // ASCII case and predicates.
    func mapping(_ name: String, _ f: @escaping ([UInt8]) -> [UInt8]) {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.none(a, "\(typeName).\(name)")
        return make(f(me(v)))
      }
    }
    mapping("lower") { $0.map(lower) }
    mapping("upper") { $0.map(upper) }
    mapping("swapcase") { $0.map { isUpper($0) ? $0 + 32 : isLower($0) ? $0 - 32 : $0 } }
    mapping("capitalize") { b in b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }
    mapping("title") { b in
      var prev = false
      return b.map { c in
        let r = prev ? lower(c) : upper(c)
        prev = isAlpha(c)
        return r
      }
    }
    func predicate(_ name: String, empty: Bool = false, _ f: @escaping (UInt8) -> Bool) {
      t.addMethod(name) { _, v, a throws(PyError) in
        try StrArgs.none(a, "\(typeName).\(name)")
        let b = me(v)
        if b.isEmpty { return .bool(empty) }
        return .bool(b.allSatisfy(f))
      }
    }
    predicate("isalnum") { isAlpha($0) || isDigit($0) }
    predicate("isalpha", isAlpha)
    predicate("isdigit", isDigit)
    predicate("isspace", isSpace)
    predicate("isascii", empty: true) { $0 < 0x80 }
    t.addMethod("islower") { _, v, a throws(PyError) in
      try StrArgs.none(a, "\(typeName).islower")
      let b = me(v)
      return .bool(!b.contains(where: isUpper) && b.contains(where: isLower))
    }
    t.addMethod("isupper") { _, v, a throws(PyError) in
      try StrArgs.none(a, "\(typeName).isupper")
      let b = me(v)
      return .bool(!b.contains(where: isLower) && b.contains(where: isUpper))
    }
    t.addMethod("istitle") { _, v, a throws(PyError) in
      try StrArgs.none(a, "\(typeName).istitle")
      var cased = false, prev = false
      for c in me(v) {
        if isUpper(c) { if prev { return .bool(false) }; prev = true; cased = true }
        else if isLower(c) { if !prev { return .bool(false) }; prev = true; cased = true }
        else { prev = false }
      }
      return .bool(cased)
    }

    // hex / fromhex / decode / translate / maketrans.
    t.addMethod("hex") { ts, v, a throws(PyError) in .object(try hex(ts, me(v), a, typeName)) }
    t.addClassMethod("fromhex") { ts, cls, a throws(PyError) in
      try StrArgs.one(a, "fromhex")
      guard let s = a[0].as(PyStr.self) else {
        throw PyError.typeError("fromhex() argument must be str, not \(Protocols.typeName(a[0]))")
      }
      let b = try fromhex(s)
      let r: Value = byteArray ? .object(PyByteArray(b)) : .object(PyBytes(b))
      if let c = cls.as(PyType.self), c !== (byteArray ? BuiltinTypes.bytearray : BuiltinTypes.bytes) {
        return try Protocols.call(ts, cls, [r])
      }
      return r
    }
    t.addMethod("decode") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "decode", ["encoding", "errors"])
      let (encoding, errors) = try StrCodecMethods.encodingArgs(p, "decode")
      return .object(try Codecs.decode(ts, me(v), encoding: encoding, errors: errors))
    }
    t.addMethod("translate") { _, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "translate", ["table", "delete"])
      guard let tv = p[0] else { throw PyError.typeError("translate() missing required argument 'table' (pos 1)") }
      var table: [UInt8]? = nil
      if !tv.isNone {
        let tb = try arg(tv)
        if tb.count != 256 { throw PyError.valueError("translation table must be 256 characters long") }
        table = tb
      }
      let delete = try p[1].map { (d: Value) throws(PyError) -> [UInt8] in try arg(d) } ?? []
      var del = [Bool](repeating: false, count: 256)
      for d in delete { del[Int(d)] = true }
      var out: [UInt8] = []
      for c in me(v) where !del[Int(c)] { out.append(table?[Int(c)] ?? c) }
      return make(out)
    }
    t.addStaticMethod("maketrans") { _, a throws(PyError) in
      try StrArgs.clinic(a, "maketrans", min: 2, max: 2, owner: typeName)
      let from = try arg(a[0]), to = try arg(a[1])
      if from.count != to.count { throw PyError.valueError("maketrans arguments must have same length") }
      var table = (0..<256).map { UInt8($0) }
      for (f, x) in zip(from, to) { table[Int(f)] = x }
      return .object(PyBytes(table))
    }
  }

  static func split(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    let n = b.count
    guard let sep else {
      var i = 0, splits = 0
      while true {
        while i < n && isSpace(b[i]) { i += 1 }
        if i == n { break }
        if splits == maxsplit {
          out.append(Array(b[i..<n]))
          break
        }
        var j = i
        while j < n && !isSpace(b[j]) { j += 1 }
        out.append(Array(b[i..<j]))
        splits += 1
        i = j
      }
      return out
    }
    var i = 0, splits = 0
    while splits < maxsplit {
      let j = find(b, sep, i, n)
      if j < 0 { break }
      out.append(Array(b[i..<j]))
      i = j + sep.count
      splits += 1
    }
    out.append(Array(b[i..<n]))
    return out
  }

  static func rsplit(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    guard let sep else {
      var j = b.count, splits = 0
      while true {
        while j > 0 && isSpace(b[j - 1]) { j -= 1 }
        if j == 0 { break }
        if splits == maxsplit {
          out.append(Array(b[0..<j]))
          break
        }
        var i = j
        while i > 0 && !isSpace(b[i - 1]) { i -= 1 }
        out.append(Array(b[i..<j]))
        splits += 1
        j = i
      }
      return out.reversed()
    }
    var j = b.count, splits = 0
    while splits < maxsplit {
      let i = rfind(b, sep, 0, j)
      if i < 0 { break }
      out.append(Array(b[(i + sep.count)..<j]))
      j = i
      splits += 1
    }
    out.append(Array(b[0..<j]))
    return out.reversed()
  }

  static func replace(_ b: [UInt8], _ old: [UInt8], _ new: [UInt8], _ limit: Int) -> [UInt8] {
    if limit == 0 { return b }
    var out: [UInt8] = []
    if old.isEmpty {
      var done = 0
      for c in b {
        if done < limit { out.append(contentsOf: new); done += 1 }
        out.append(c)
      }
      if done < limit { out.append(contentsOf: new) }
      return out
    }
    var i = 0, done = 0
    while done < limit {
      let j = find(b, old, i, b.count)
      if j < 0 { break }
      out.append(contentsOf: b[i..<j])
      out.append(contentsOf: new)
      i = j + old.count
      done += 1
    }
    out.append(contentsOf: b[i...])
    return out
  }

  /// `hex([sep[, bytes_per_sep]])` (Python/pystrhex.c).
  static func hex(_ ts: ThreadState, _ b: [UInt8], _ a: Args, _ typeName: String) throws(PyError) -> PyStr {
    let p = try StrArgs.keywords(a, "hex", ["sep", "bytes_per_sep"])
    var sep: UInt8? = nil
    if let s = p[0] {
      var sb: [UInt8]
      if let ss = s.as(PyStr.self) {
        guard ss.isASCII else { throw PyError.valueError("sep must be ASCII.") }
        sb = (0..<ss.count).map { UInt8(ss[$0]) }
      } else if let bb = BytesSupport.bufferBytes(s) {
        sb = bb
      } else if Protocols.typeOf(s).slots.length == nil {
        throw PyError.typeError("object of type '\(Protocols.typeName(s))' has no len()")
      } else {
        throw PyError.typeError("sep must be str or bytes.")
      }
      if sb.count != 1 { throw PyError.valueError("sep must be length 1.") }
      sep = sb[0]
    }
    let per = try p[1].map { (x: Value) throws(PyError) -> Int in try StrArgs.index(ts, x) } ?? 1
    let h = StrOps.hexDigits
    var out: [UInt8] = []
    out.reserveCapacity(b.count * 3)
    guard let sep, per != 0, b.count > 0 else {
      for c in b { out.append(h[Int(c >> 4)]); out.append(h[Int(c & 0xF)]) }
      return PyStr(latin1: out)
    }
    let group = abs(per)
    for (i, c) in b.enumerated() {
      if i > 0 {
        // Groups counted from the right for positive, from the left for negative.
        let boundary = per > 0 ? (b.count - i) % group == 0 : i % group == 0
        if boundary { out.append(sep) }
      }
      out.append(h[Int(c >> 4)]); out.append(h[Int(c & 0xF)])
    }
    return PyStr(latin1: out)
  }

  /// `bytes.fromhex(s)`: hex pairs, ASCII whitespace allowed between pairs.
  static func fromhex(_ s: PyStr) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    let n = s.count
    func digit(_ c: UInt32) -> UInt8? {
      switch c {
      case 0x30...0x39: return UInt8(c - 0x30)
      case 0x61...0x66: return UInt8(c - 0x61 + 10)
      case 0x41...0x46: return UInt8(c - 0x41 + 10)
      default: return nil
      }
    }
    while i < n {
      let c = s[i]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D { i += 1; continue }
      guard let hi = digit(c) else {
        throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
      }
      guard i + 1 < n, let lo = digit(s[i + 1]) else {
        throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
      }
      out.append(hi << 4 | lo)
      i += 2
    }
    return out
  }
}
