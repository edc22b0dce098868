/// `range(start, stop, step)` over machine-sized integers.
public final class PyRange: PyObject {
  public let start: Int
  public let stop: Int
  public let step: Int
  public let count: Int

  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
    if step > 0 {
      count = start < stop ? (stop - start - 1) / step + 1 : 0
    } else {
      count = start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
    super.init(type: BuiltinTypes.range)
  }

  @inline(__always)
  public func item(_ i: Int) -> Int { start &+ i &* step }
}

/// The iterator of a range (`range_iterator`).
public final class RangeIterator: PyObject {
  public var next: Int
  public let step: Int
  public var remaining: Int

  init(_ r: PyRange) {
    next = r.start
    step = r.step
    remaining = r.count
    super.init(type: BuiltinTypes.rangeIterator)
  }

  @inline(__always)
  public func advance() -> Int? {
    if remaining <= 0 { return nil }
    remaining -= 1
    let v = next
    next = next &+ step
    return v
  }
}

extension BuiltinTypes {
  public static let range: PyType = PyType.builtin("range") { t in
    t.slots.new = { ts, _, args throws(PyError) in
      try ArgParser.positional(args, "range", min: 1, max: 3)
      var vals: [Int] = []
      for i in 0..<args.count {
        let v = args[i]
        guard Protocols.hasIndex(v) else {
          throw PyError.typeError("'\(Protocols.typeName(v))' object cannot be interpreted as an integer")
        }
        vals.append(try Protocols.indexAsInt(ts, v))
      }
      switch vals.count {
      case 1: return .object(PyRange(start: 0, stop: vals[0], step: 1))
      case 2: return .object(PyRange(start: vals[0], stop: vals[1], step: 1))
      default:
        if vals[2] == 0 { throw PyError.valueError("range() arg 3 must not be zero") }
        return .object(PyRange(start: vals[0], stop: vals[1], step: vals[2]))
      }
    }
    t.slots.iter = { _, v in .object(RangeIterator(v.unsafeAs(PyRange.self))) }
    t.slots.length = { _, v in v.unsafeAs(PyRange.self).count }
    t.slots.repr = { _, v in
      let r = v.unsafeAs(PyRange.self)
      return .object(PyStr(r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"))
    }
    t.slots.getItem = { ts, v, k throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      if let sl = k.as(PySlice.self) {
        let s = try SequenceSupport.sliceIndices(ts, sl, length: r.count)
        return .object(PyRange(start: r.item(s.start), stop: r.item(s.start + s.count * s.step), step: r.step * s.step))
      }
      let i = try SequenceSupport.index(ts, k, typeName: "range")
      guard let j = SequenceSupport.normalize(i, count: r.count) else { throw PyError.indexError("range object index out of range") }
      return .int(r.item(j))
    }
    t.slots.contains = { ts, v, x throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      if case .int(let i) = x {
        if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
        return (i - r.start) % r.step == 0
      }
      for i in 0..<r.count where try Protocols.richCompareBool(ts, .int(r.item(i)), x, .eq) { return true }
      return false
    }
    t.slots.bool = { _, v in v.unsafeAs(PyRange.self).count > 0 }
    t.addProperty("start") { _, v in .int(v.unsafeAs(PyRange.self).start) }
    t.addProperty("stop") { _, v in .int(v.unsafeAs(PyRange.self).stop) }
    t.addProperty("step") { _, v in .int(v.unsafeAs(PyRange.self).step) }
  }

  public static let rangeIterator: PyType = PyType.builtin("range_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(RangeIterator.self).advance().map { .int($0) } }
  }
}
