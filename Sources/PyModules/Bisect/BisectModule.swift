import PyRuntime

/// The `_bisect` module (CPython Modules/_bisectmodule.c): binary search of a sorted sequence
/// (`bisect_left`, `bisect_right`) and insertion keeping it sorted (`insort_left`,
/// `insort_right`), each with `lo`, `hi` and `key`. Exact lists are read directly; any other
/// sequence goes through `__getitem__`, and insertion through its `insert` method.
public enum BisectModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_bisect")
    m.dict.set("__doc__", .object(PyStr("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n")))
    let entries: [(String, Bool, Bool, String)] = [
      ("bisect_right", true, false, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
      ("bisect_left", false, false, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
      ("insort_right", true, true, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
      ("insort_left", false, true, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
    ]
    for (name, right, insert, doc) in entries {
      let signature = ClinicSignature(name, ["a", "x", "lo", "hi", "key"], minPos: 2, maxPos: 4)
      let f = PyBuiltinFunction(name: name, module: "_bisect", doc: doc) { ts, a throws(PyError) in
        let p = try signature.bind(a)
        let seq = p[0]!, x = p[1]!
        let lo = try p[2].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 0
        let hi = try optionalSize(ts, p[3])
        let key = (p[4].map { $0.isNone ? nil : $0 }) ?? nil
        if !insert {
          return .int(try search(ts, seq, x, lo, hi, key, right: right))
        }
        var target = x
        if let key { target = try Protocols.call(ts, key, [x]) }
        let i = try search(ts, seq, target, lo, hi, key, right: right)
        if let list = seq.as(PyList.self), list.type === BuiltinTypes.list {
          list.insert(x, at: Swift.min(i, list.count))
        } else {
          let method = try Protocols.getAttr(ts, seq, PyStr.intern("insert"))
          _ = try Protocols.call(ts, method, [.int(i), x])
        }
        return .none
      }
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }
    return m
  }

  /// `hi`: None (or absent) means the sequence's length (as does -1, as in CPython).
  static func optionalSize(_ ts: ThreadState, _ v: Value?) throws(PyError) -> Int {
    guard let v, !v.isNone else { return -1 }
    guard Protocols.hasIndex(v) else {
      throw PyError.typeError("argument should be integer or None, not '\(Protocols.typeName(v))'")
    }
    return try Protocols.indexAsInt(ts, v)
  }

  /// The insertion point of `x` in `seq[lo:hi]`: after equal items when `right`, before them
  /// otherwise. Items are compared with `<` only (keyed through `key` when given).
  static func search(_ ts: ThreadState, _ seq: Value, _ x: Value, _ lo: Int, _ hi: Int, _ key: Value?,
                     right: Bool) throws(PyError) -> Int {
    if lo < 0 { throw PyError.valueError("lo must be non-negative") }
    var lo = lo
    var hi = hi
    if hi == -1 { hi = try Protocols.length(ts, seq) }
    let list = seq.as(PyList.self)
    while lo < hi {
      let mid = Int(bitPattern: (UInt(bitPattern: lo) &+ UInt(bitPattern: hi)) / 2)
      var item: Value
      if let list {
        guard mid < list.items.count else { throw PyError.indexError("list index out of range") }
        item = list.items[mid]
      } else {
        item = try Protocols.getItem(ts, seq, .int(mid))
      }
      if let key { item = try Protocols.call(ts, key, [item]) }
      if right {
        if try Protocols.richCompareBool(ts, x, item, .lt) { hi = mid } else { lo = mid + 1 }
      } else {
        if try Protocols.richCompareBool(ts, item, x, .lt) { lo = mid + 1 } else { hi = mid }
      }
    }
    return lo
  }
}
