/// str methods that search, split and rebuild: find/index/count, startswith/endswith, split,
/// rsplit, splitlines, partition, replace, join, removeprefix/suffix, translate and maketrans
/// (unicodeobject.c with stringlib's split.h/partition.h semantics).
enum StrSplitting {
  static func install(_ t: PyType) {
    @inline(__always) func me(_ v: Value) -> PyStr { v.unsafeAs(PyStr.self) }

    /// (sub, start, end) of find-like methods.
    func findArgs(_ ts: ThreadState, _ s: PyStr, _ a: Args, _ name: String) throws(PyError) -> (PyStr, Int, Int) {
      try StrArgs.tupleStyle(a, name, min: 1, max: 3)
      let sub = try StrArgs.str(a[0], "must be str, not \(Protocols.typeName(a[0]))")
      let (st, en) = StrArgs.adjust(try StrArgs.bound(ts, a.count > 1 ? a[1] : nil),
                                    try StrArgs.bound(ts, a.count > 2 ? a[2] : nil), s.count)
      return (sub, st, en)
    }
    t.addMethod("find") { ts, v, a throws(PyError) in
      let s = me(v)
      let (sub, st, en) = try findArgs(ts, s, a, "find")
      return .int(StrSearch.find(s, sub, st, en))
    }
    t.addMethod("rfind") { ts, v, a throws(PyError) in
      let s = me(v)
      let (sub, st, en) = try findArgs(ts, s, a, "rfind")
      return .int(StrSearch.rfind(s, sub, st, en))
    }
    t.addMethod("index") { ts, v, a throws(PyError) in
      let s = me(v)
      let (sub, st, en) = try findArgs(ts, s, a, "index")
      let r = StrSearch.find(s, sub, st, en)
      if r < 0 { throw PyError.valueError("substring not found") }
      return .int(r)
    }
    t.addMethod("rindex") { ts, v, a throws(PyError) in
      let s = me(v)
      let (sub, st, en) = try findArgs(ts, s, a, "rindex")
      let r = StrSearch.rfind(s, sub, st, en)
      if r < 0 { throw PyError.valueError("substring not found") }
      return .int(r)
    }
    t.addMethod("count") { ts, v, a throws(PyError) in
      let s = me(v)
      let (sub, st, en) = try findArgs(ts, s, a, "count")
      if st > s.count { return .int(0) }
      return .int(StrSearch.count(s, sub, st, en))
    }
    for (name, suffix) in [("startswith", false), ("endswith", true)] {
      t.addMethod(name) { ts, v, a throws(PyError) in
        try StrArgs.tupleStyle(a, name, min: 1, max: 3)
        let s = me(v)
        let (st, en) = StrArgs.adjust(try StrArgs.bound(ts, a.count > 1 ? a[1] : nil),
                                      try StrArgs.bound(ts, a.count > 2 ? a[2] : nil), s.count)
        func test(_ sub: PyStr) -> Bool {
          if st > s.count { return false }
          if en - st < sub.count { return false }
          return StrSearch.matches(s, sub, at: suffix ? en - sub.count : st)
        }
        if let tup = a[0].as(PyTuple.self) {
          for item in tup.items {
            guard let sub = item.as(PyStr.self) else {
              throw PyError.typeError("tuple for \(name) must only contain str, not \(Protocols.typeName(item))")
            }
            if test(sub) { return .bool(true) }
          }
          return .bool(false)
        }
        guard let sub = a[0].as(PyStr.self) else {
          throw PyError.typeError("\(name) first arg must be str or a tuple of str, not \(Protocols.typeName(a[0]))")
        }
        return .bool(test(sub))
      }
    }

    t.addMethod("split") { ts, v, a throws(PyError) in
      let (sep, maxsplit) = try splitArgs(ts, a, "split")
      return .object(PyList(split(me(v), sep, maxsplit).map { .object($0) }))
    }
    t.addMethod("rsplit") { ts, v, a throws(PyError) in
      let (sep, maxsplit) = try splitArgs(ts, a, "rsplit")
      return .object(PyList(rsplit(me(v), sep, maxsplit).map { .object($0) }))
    }
    t.addMethod("splitlines") { ts, v, a throws(PyError) in
      let p = try StrArgs.keywords(a, "splitlines", ["keepends"])
      let keep = try p[0].map { (x: Value) throws(PyError) -> Bool in
        if case .float = x { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
        return try StrArgs.index(ts, x) != 0
      } ?? false
      return .object(PyList(splitlines(me(v), keepends: keep).map { .object($0) }))
    }
    t.addMethod("partition") { _, v, a throws(PyError) in
      try StrArgs.one(a, "str.partition")
      let s = me(v)
      let sep = try StrArgs.str(a[0], "must be str, not \(Protocols.typeName(a[0]))")
      if sep.count == 0 { throw PyError.valueError("empty separator") }
      let i = StrSearch.find(s, sep, 0, s.count)
      // Not found: the string object itself, as stringlib's partition (a subclass stays one).
      if i < 0 { return .object(PyTuple([v, .object(StrOps.empty), .object(StrOps.empty)])) }
      return .object(PyTuple([.object(StrOps.substring(s, 0, i)), .object(StrOps.exact(sep)),
                              .object(StrOps.substring(s, i + sep.count, s.count))]))
    }
    t.addMethod("rpartition") { _, v, a throws(PyError) in
      try StrArgs.one(a, "str.rpartition")
      let s = me(v)
      let sep = try StrArgs.str(a[0], "must be str, not \(Protocols.typeName(a[0]))")
      if sep.count == 0 { throw PyError.valueError("empty separator") }
      let i = StrSearch.rfind(s, sep, 0, s.count)
      if i < 0 { return .object(PyTuple([.object(StrOps.empty), .object(StrOps.empty), v])) }
      return .object(PyTuple([.object(StrOps.substring(s, 0, i)), .object(StrOps.exact(sep)),
                              .object(StrOps.substring(s, i + sep.count, s.count))]))
    }
    t.addMethod("replace") { ts, v, a throws(PyError) in
      try StrArgs.clinic(a, "replace", min: 2, max: 3)
      let old = try StrArgs.str(a[0], "replace() argument 1 must be str, not \(StrArgs.clinicName(a[0]))")
      let new = try StrArgs.str(a[1], "replace() argument 2 must be str, not \(StrArgs.clinicName(a[1]))")
      let count = a.count > 2 ? try StrArgs.index(ts, a[2]) : -1
      return .object(replace(me(v), old, new, count))
    }
    t.addMethod("join") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "str.join")
      return .object(try join(ts, me(v), a[0]))
    }
    t.addMethod("removeprefix") { _, v, a throws(PyError) in
      try StrArgs.one(a, "str.removeprefix")
      let s = me(v)
      let p = try StrArgs.str(a[0], "removeprefix() argument must be str, not \(StrArgs.clinicName(a[0]))")
      if StrSearch.matches(s, p, at: 0) { return .object(StrOps.substring(s, p.count, s.count)) }
      return .object(StrOps.exact(s))
    }
    t.addMethod("removesuffix") { _, v, a throws(PyError) in
      try StrArgs.one(a, "str.removesuffix")
      let s = me(v)
      let p = try StrArgs.str(a[0], "removesuffix() argument must be str, not \(StrArgs.clinicName(a[0]))")
      if p.count > 0 && StrSearch.matches(s, p, at: s.count - p.count) {
        return .object(StrOps.substring(s, 0, s.count - p.count))
      }
      return .object(StrOps.exact(s))
    }
    t.addMethod("translate") { ts, v, a throws(PyError) in
      try StrArgs.one(a, "str.translate")
      return .object(try translate(ts, me(v), a[0]))
    }
    t.addStaticMethod("maketrans") { ts, a throws(PyError) in try maketrans(ts, a) }
  }

  // MARK: split

  static func splitArgs(_ ts: ThreadState, _ a: Args, _ name: String) throws(PyError) -> (PyStr?, Int) {
    let p = try StrArgs.keywords(a, name, ["sep", "maxsplit"])
    var sep: PyStr? = nil
    if let x = p[0], !x.isNone {
      guard let s = x.as(PyStr.self) else { throw PyError.typeError("must be str or None, not \(Protocols.typeName(x))") }
      if s.count == 0 { throw PyError.valueError("empty separator") }
      sep = s
    }
    var maxsplit = -1
    if let m = p[1] { maxsplit = try StrArgs.index(ts, m) }
    return (sep, maxsplit < 0 ? Int.max : maxsplit)
  }

  static func split(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) -> [PyStr] {
    var out: [PyStr] = []
    let n = s.count
    guard let sep else {
      var i = 0
      var splits = 0
      while true {
        while i < n && StrUnicode.isSpace(s[i]) { i += 1 }
        if i == n { break }
        if splits == maxsplit {
          out.append(StrOps.substring(s, i, n))
          break
        }
        var j = i
        while j < n && !StrUnicode.isSpace(s[j]) { j += 1 }
        out.append(StrOps.substring(s, i, j))
        splits += 1
        i = j
      }
      return out
    }
    var i = 0
    var splits = 0
    while splits < maxsplit {
      let j = StrSearch.find(s, sep, i, n)
      if j < 0 { break }
      out.append(StrOps.substring(s, i, j))
      i = j + sep.count
      splits += 1
    }
    out.append(StrOps.substring(s, i, n))
    return out
  }

  static func rsplit(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) -> [PyStr] {
    var out: [PyStr] = []
    let n = s.count
    guard let sep else {
      var j = n
      var splits = 0
      while true {
        while j > 0 && StrUnicode.isSpace(s[j - 1]) { j -= 1 }
        if j == 0 { break }
        if splits == maxsplit {
          out.append(StrOps.substring(s, 0, j))
          break
        }
        var i = j
        while i > 0 && !StrUnicode.isSpace(s[i - 1]) { i -= 1 }
        out.append(StrOps.substring(s, i, j))
        splits += 1
        j = i
      }
      return out.reversed()
    }
    var j = n
    var splits = 0
    while splits < maxsplit {
      let i = StrSearch.rfind(s, sep, 0, j)
      if i < 0 { break }
      out.append(StrOps.substring(s, i + sep.count, j))
      j = i
      splits += 1
    }
    out.append(StrOps.substring(s, 0, j))
    return out.reversed()
  }

  static func splitlines(_ s: PyStr, keepends: Bool) -> [PyStr] {
    var out: [PyStr] = []
    let n = s.count
    var i = 0
    while i < n {
      var j = i
      while j < n && !StrUnicode.isLineBreak(s[j]) { j += 1 }
      var eol = j
      if j < n {
        if s[j] == 0x0D && j + 1 < n && s[j + 1] == 0x0A { j += 2 } else { j += 1 }
        if keepends { eol = j }
      }
      out.append(StrOps.substring(s, i, eol))
      i = j
    }
    return out
  }

  // MARK: replace / join

  static func replace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ count: Int) -> PyStr {
    let limit = count < 0 ? Int.max : count
    if limit == 0 { return StrOps.exact(s) }
    let n = s.count
    if old.count == 0 {
      // Insert `new` before every character and at the end, up to `limit` times.
      if n + 1 > limit && limit == 0 { return StrOps.exact(s) }
      var b = StrBuilder(capacity: n + min(limit, n + 1) * new.count)
      var done = 0
      for i in 0..<n {
        if done < limit { b.append(new); done += 1 }
        b.append(s[i])
      }
      if done < limit { b.append(new) }
      return b.build()
    }
    var first = StrSearch.find(s, old, 0, n)
    if first < 0 { return StrOps.exact(s) }
    var b = StrBuilder(capacity: n)
    var i = 0
    var done = 0
    while first >= 0 && done < limit {
      b.append(s, from: i, to: first)
      b.append(new)
      i = first + old.count
      done += 1
      first = StrSearch.find(s, old, i, n)
    }
    b.append(s, from: i, to: n)
    return b.build()
  }

  static func join(_ ts: ThreadState, _ sep: PyStr, _ iterable: Value) throws(PyError) -> PyStr {
    let items: [Value]
    if let l = iterable.as(PyList.self), l.type === BuiltinTypes.list {
      items = l.items
    } else if let t = iterable.as(PyTuple.self), t.type === BuiltinTypes.tuple {
      items = t.items
    } else {
      let it: Value
      do throws(PyError) {
        it = try Protocols.getIter(ts, iterable)
      } catch {
        if error.exception.type === BuiltinTypes.exceptions.typeError {
          throw PyError.typeError("can only join an iterable")
        }
        throw error
      }
      var collected: [Value] = []
      while let x = try Protocols.next(ts, it) { collected.append(x) }
      items = collected
    }
    var parts: [PyStr] = []
    parts.reserveCapacity(items.count)
    for (i, item) in items.enumerated() {
      guard let p = item.as(PyStr.self) else {
        throw PyError.typeError("sequence item \(i): expected str instance, \(Protocols.typeName(item)) found")
      }
      parts.append(p)
    }
    if parts.count == 1 { return StrOps.exact(parts[0]) }
    return StrOps.join(sep, parts)
  }

  // MARK: translate / maketrans

  static func translate(_ ts: ThreadState, _ s: PyStr, _ table: Value) throws(PyError) -> PyStr {
    var b = StrBuilder(capacity: s.count)
    var cache: [UInt32: Value?] = [:]
    let lookupError = BuiltinTypes.exceptions.lookupError
    for i in 0..<s.count {
      let c = s[i]
      let mapped: Value?
      if let m = cache[c] {
        mapped = m
      } else {
        do throws(PyError) {
          mapped = try Protocols.getItem(ts, table, .int(Int(c)))
        } catch {
          if error.exception.type.isSubtype(of: lookupError) { mapped = nil } else { throw error }
        }
        cache[c] = mapped
      }
      guard let m = mapped else { b.append(c); continue }
      switch m {
      case .none: continue
      case .int(let x):
        if x < 0 || x > 0x10FFFF { throw PyError.valueError("character mapping must be in range(0x110000)") }
        b.append(UInt32(x))
      default:
        if let r = m.as(PyStr.self) { b.append(r); continue }
        if Protocols.typeOf(m).typeFlags.contains(.longSubclass) {
          let x = try Protocols.indexAsInt(ts, m)
          if x < 0 || x > 0x10FFFF { throw PyError.valueError("character mapping must be in range(0x110000)") }
          b.append(UInt32(x))
          continue
        }
        throw PyError.typeError("character mapping must return integer, None or str")
      }
    }
    return b.build()
  }

  static func maketrans(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try StrArgs.clinic(a, "maketrans", min: 1, max: 3)
    let d = PyDict()
    if a.count == 1 {
      guard let src = a[0].as(PyDict.self) else {
        throw PyError.typeError("if you give only one argument to maketrans it must be a dict")
      }
      for (k, v) in src.items {
        if let ks = k.as(PyStr.self) {
          if ks.count != 1 { throw PyError.valueError("string keys in translate table must be of length 1") }
          try d.setItem(ts, .int(Int(ks[0])), v)
        } else if case .int = k {
          try d.setItem(ts, k, v)
        } else if case .bool(let bv) = k {
          try d.setItem(ts, .int(bv ? 1 : 0), v)
        } else if k.as(PyLong.self) != nil {
          try d.setItem(ts, k, v)
        } else {
          throw PyError.typeError("keys in translate table must be strings or integers")
        }
      }
      return .object(d)
    }
    guard let x = a[0].as(PyStr.self) else {
      throw PyError.typeError("maketrans() argument 1 must be str, not \(StrArgs.clinicName(a[0]))")
    }
    guard let y = a[1].as(PyStr.self) else {
      throw PyError.typeError("maketrans() argument 2 must be str, not \(StrArgs.clinicName(a[1]))")
    }
    if x.count != y.count {
      throw PyError.valueError("the first two maketrans arguments must have equal length")
    }
    for i in 0..<x.count { try d.setItem(ts, .int(Int(x[i])), .int(Int(y[i]))) }
    if a.count == 3 {
      guard let z = a[2].as(PyStr.self) else {
        throw PyError.typeError("maketrans() argument 3 must be str, not \(StrArgs.clinicName(a[2]))")
      }
      for i in 0..<z.count { try d.setItem(ts, .int(Int(z[i])), .none) }
    }
    return .object(d)
  }
}
