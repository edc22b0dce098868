/// "Did you mean: …?" for NameError and AttributeError, as CPython 3.11's
/// Python/suggestions.c: the closest candidate by a Levenshtein distance over UTF-8 bytes
/// where a case change costs 1 and other edits 2, within a third of the characters involved.
enum Suggestions {
  static let moveCost = 2
  static let caseCost = 1
  static let maxStringSize = 40
  static let maxCandidates = 750

  /// The suggestion for an exception about to be printed, if any (`_Py_Offer_Suggestions`:
  /// only for exactly `AttributeError` and `NameError`).
  static func forException(_ ts: ThreadState, _ e: PyBaseException) -> String? {
    let ex = BuiltinTypes.exceptions
    if e.type === ex.attributeError {
      guard let name = ExceptionSupport.field(e, "name")?.strIfExact,
            let obj = ExceptionSupport.field(e, "obj") else { return nil }
      guard let dirResult = try? BuiltinDir.dir(ts, obj), let names = strings(dirResult) else { return nil }
      return best(names, name.string)
    }
    if e.type === ex.nameError {
      guard let name = ExceptionSupport.field(e, "name")?.strIfExact, var tb = e.traceback else { return nil }
      while let n = tb.next { tb = n }
      let frame = tb.frame
      if let s = best(frame.code.varnames.map { $0.string }, name.string) { return s }
      guard let globalNames = strings(frame.globals.keys) else { return nil }
      if let s = best(globalNames, name.string) { return s }
      guard let builtinNames = strings(ts.builtinsFor(frame.globals).keys) else { return nil }
      return best(builtinNames, name.string)
    }
    return nil
  }

  /// The candidates as strings; nil when one is not a str (CPython gives up then).
  static func strings(_ values: [Value]) -> [String]? {
    var out: [String] = []
    out.reserveCapacity(values.count)
    for v in values {
      guard let s = v.as(PyStr.self) else { return nil }
      out.append(s.string)
    }
    return out
  }

  /// The closest of `candidates` to `name`, or nil.
  static func best(_ candidates: [String], _ name: String) -> String? {
    if candidates.count >= maxCandidates { return nil }
    let target = Array(name.utf8)
    var bestDistance = Int.max
    var suggestion: String? = nil
    for c in candidates {
      if c == name { continue }
      let item = Array(c.utf8)
      var maxDistance = (target.count + item.count + 3) * moveCost / 6
      maxDistance = min(maxDistance, bestDistance - 1)
      let d = distance(target, item, maxCost: maxDistance)
      if d > maxDistance { continue }
      if suggestion == nil || d < bestDistance {
        suggestion = c
        bestDistance = d
      }
    }
    return suggestion
  }

  static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    let la = (a >= 65 && a <= 90) ? a + 32 : a
    let lb = (b >= 65 && b <= 90) ? b + 32 : b
    return la == lb ? caseCost : moveCost
  }

  /// Edit distance, giving up (returning more than `maxCost`) as soon as it must exceed it.
  static func distance(_ first: [UInt8], _ second: [UInt8], maxCost: Int) -> Int {
    var a = first[...], b = second[...]
    while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
    while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
    let av = Array(a), bv = Array(b)
    var row = (0..<av.count).map { ($0 + 1) * moveCost }
    var result = 0
    for (bi, code) in bv.enumerated() {
      var d = bi * moveCost
      result = d
      var minimum = Int.max
      for i in 0..<av.count {
        let substitute = d + substitutionCost(code, av[i])
        d = row[i]
        let insertDelete = min(result, d) + moveCost
        result = min(insertDelete, substitute)
        row[i] = result
        if result < minimum { minimum = result }
      }
      if minimum > maxCost { return maxCost + 1 }
    }
    return result
  }
}

/// `dir(obj)` as a list of names (the builtin function's algorithm, used by suggestions).
enum BuiltinDir {
  static func dir(_ ts: ThreadState, _ obj: Value) throws(PyError) -> [Value] {
    guard let f = try Protocols.lookupSpecial(ts, obj, PyStr.intern("__dir__")) else { return [] }
    let r = try Protocols.call(ts, f, [])
    var items = try Protocols.toArray(ts, r)
    items.sort { a, b in
      guard let x = a.as(PyStr.self), let y = b.as(PyStr.self) else { return false }
      return StrCompare.compare(x, y, .lt)
    }
    return items
  }
}
