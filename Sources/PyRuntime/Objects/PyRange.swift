/// `range(start, stop, step)` (CPython Objects/rangeobject.c). The bounds are Python ints of
/// any size; when start, stop, step and the length all fit in a machine int (the common case)
/// `small` holds them and every operation takes an Int fast path.
public final class PyRange: PyObject {
  public let start: Value
  public let stop: Value
  public let step: Value
  /// The number of items, a Python int.
  public let length: Value
  /// Machine-int form, when everything fits.
  public let small: (start: Int, stop: Int, step: Int, count: Int)?

  /// A range of ints already validated (`step != 0`, all ints).
  public init(_ ts: ThreadState, start: Value, stop: Value, step: Value) throws(PyError) {
    self.start = start
    self.stop = stop
    self.step = step
    if case .int(let a) = start, case .int(let b) = stop, case .int(let c) = step,
       let n = PyRange.smallLength(a, b, c) {
      length = .int(n)
      small = (a, b, c, n)
    } else {
      length = try PyRange.bigLength(ts, start, stop, step)
      small = nil
    }
    super.init(type: BuiltinTypes.range)
  }

  /// A range of machine ints (`step != 0`).
  public convenience init(start: Int, stop: Int, step: Int) {
    // Cannot fail: all immediates.
    try! self.init(ThreadState.current, start: .int(start), stop: .int(stop), step: .int(step))
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(start); visit(stop); visit(step); visit(length)
  }

  /// The length of a machine-int range when it fits in an Int (`get_len_of_range`, computed
  /// in unsigned arithmetic as CPython does).
  static func smallLength(_ lo: Int, _ hi: Int, _ step: Int) -> Int? {
    let ulo = UInt(bitPattern: lo), uhi = UInt(bitPattern: hi)
    var n: UInt = 0
    if step > 0 && lo < hi {
      n = 1 &+ (uhi &- 1 &- ulo) / UInt(step)
    } else if step < 0 && lo > hi {
      n = 1 &+ (ulo &- 1 &- uhi) / (0 &- UInt(bitPattern: step))
    }
    return n > UInt(Int.max) ? nil : Int(n)
  }

  /// `compute_range_length` with Python ints.
  static func bigLength(_ ts: ThreadState, _ start: Value, _ stop: Value, _ step: Value) throws(PyError) -> Value {
    var lo = start, hi = stop, st = step
    if try IntArith.isNegative(ts, step) {
      lo = stop
      hi = start
      st = try IntArith.negate(ts, step)
    }
    if try Protocols.richCompareBool(ts, lo, hi, .ge) { return .int(0) }
    let diff = try IntArith.sub(ts, try IntArith.sub(ts, hi, lo), .int(1))
    return try IntArith.add(ts, try Protocols.binaryOp(ts, diff, st, .floorDiv), .int(1))
  }

  /// `len(r)`: OverflowError when the length does not fit.
  public func count(_ ts: ThreadState) throws(PyError) -> Int {
    if let s = small { return s.count }
    return try Protocols.indexAsInt(ts, length)
  }

  /// `start + i * step` for a valid index.
  func item(_ ts: ThreadState, _ i: Value) throws(PyError) -> Value {
    if let s = small, case .int(let k) = i {
      return .int(s.start &+ k &* s.step)
    }
    return try IntArith.add(ts, start, try IntArith.mul(ts, i, step))
  }

  /// `r[i]` for an integer index (any size).
  func getItem(_ ts: ThreadState, index key: Value) throws(PyError) -> Value {
    if let s = small, case .int(let i) = key {
      guard let j = SequenceSupport.normalize(i, count: s.count) else {
        throw PyError.indexError("range object index out of range")
      }
      return .int(s.start &+ j &* s.step)
    }
    var i = key
    if try IntArith.isNegative(ts, i) { i = try IntArith.add(ts, i, length) }
    let below = try IntArith.isNegative(ts, i)
    let above = try Protocols.richCompareBool(ts, i, length, .ge)
    if below || above {
      throw PyError.indexError("range object index out of range")
    }
    return try item(ts, i)
  }

  /// `r[slice]` (`compute_slice`).
  func slice(_ ts: ThreadState, _ sl: PySlice) throws(PyError) -> PyRange {
    if let s = small {
      let r = try SequenceSupport.sliceIndices(ts, sl, length: s.count)
      let m1 = r.start.multipliedReportingOverflow(by: s.step)
      let m2 = r.stop.multipliedReportingOverflow(by: s.step)
      let st = s.step.multipliedReportingOverflow(by: r.step)
      let ns = s.start.addingReportingOverflow(m1.partialValue)
      let ne = s.start.addingReportingOverflow(m2.partialValue)
      if !(m1.overflow || m2.overflow || st.overflow || ns.overflow || ne.overflow) {
        return try PyRange(ts, start: .int(ns.partialValue), stop: .int(ne.partialValue), step: .int(st.partialValue))
      }
    }
    let (a, b, c) = try PyRange.longSliceIndices(ts, sl, length: length)
    let newStart = try IntArith.add(ts, start, try IntArith.mul(ts, a, step))
    let newStop = try IntArith.add(ts, start, try IntArith.mul(ts, b, step))
    let newStep = try IntArith.mul(ts, step, c)
    return try PyRange(ts, start: newStart, stop: newStop, step: newStep)
  }

  /// `_PySlice_GetLongIndices`: slice bounds for a sequence of any length.
  static func longSliceIndices(_ ts: ThreadState, _ sl: PySlice, length: Value) throws(PyError) -> (Value, Value, Value) {
    func index(_ v: Value) throws(PyError) -> Value {
      guard Protocols.hasIndex(v) else {
        throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
      }
      return try Protocols.index(ts, v)
    }
    var step: Value = .int(1)
    if !sl.step.isNone {
      step = try index(sl.step)
      if case .int(0) = step { throw PyError.valueError("slice step cannot be zero") }
    }
    let negative = try IntArith.isNegative(ts, step)
    let lower: Value = negative ? .int(-1) : .int(0)
    let upper: Value = negative ? try IntArith.add(ts, length, .int(-1)) : length
    func bound(_ v: Value, _ dflt: Value) throws(PyError) -> Value {
      if v.isNone { return dflt }
      var x = try index(v)
      if try IntArith.isNegative(ts, x) {
        x = try IntArith.add(ts, x, length)
        if try Protocols.richCompareBool(ts, x, lower, .lt) { x = lower }
      } else if try Protocols.richCompareBool(ts, x, upper, .gt) {
        x = upper
      }
      return x
    }
    let start = try bound(sl.start, negative ? upper : lower)
    let stop = try bound(sl.stop, negative ? lower : upper)
    return (start, stop, step)
  }

  /// `x in r` for an int `x` (`range_contains_long`).
  func containsInt(_ ts: ThreadState, _ x: Value) throws(PyError) -> Bool {
    if let s = small, case .int(let i) = x {
      if s.step > 0 ? (i < s.start || i >= s.stop) : (i > s.start || i <= s.stop) { return false }
      let (d, o) = i.subtractingReportingOverflow(s.start)
      if !o { return d % s.step == 0 }
    }
    let positive = !(try IntArith.isNegative(ts, step))
    if positive {
      if !(try Protocols.richCompareBool(ts, start, x, .le)) { return false }
      if !(try Protocols.richCompareBool(ts, x, stop, .lt)) { return false }
    } else {
      if !(try Protocols.richCompareBool(ts, stop, x, .lt)) { return false }
      if !(try Protocols.richCompareBool(ts, x, start, .le)) { return false }
    }
    let r = try Protocols.binaryOp(ts, try IntArith.sub(ts, x, start), step, .mod)
    return try !Protocols.isTrue(ts, r)
  }

  /// The iterator over this range, or over it reversed: `range_iterator` when everything
  /// fits in machine ints as CPython's checks decide, else `longrange_iterator`.
  func makeIterator(_ ts: ThreadState, reversed: Bool) throws(PyError) -> Value {
    if case .int(let a) = start, case .int(let b) = stop, case .int(let c) = step {
      if !reversed {
        if let n = PyRange.smallLength(a, b, c) {
          var fits = true
          if n > 0 {
            if c > 0 { fits = b <= Int.max - (c - 1) } else { fits = b >= Int.min + (-1 - c) }
          }
          if fits { return .object(RangeIterator(start: a, step: c, count: n)) }
        }
      } else if c != Int.min {
        let ok: Bool
        if c > 0 {
          ok = UInt(bitPattern: a) &- UInt(bitPattern: Int.min) >= UInt(c)
        } else {
          ok = UInt(Int.max) &- UInt(bitPattern: a) >= UInt(bitPattern: 0 &- c)
        }
        if ok, let n = PyRange.smallLength(a, b, c) {
          let newStop = a - c
          let newStart = newStop &+ n &* c
          return .object(RangeIterator(start: newStart, step: -c, count: n))
        }
      }
    }
    if !reversed {
      return .object(LongRangeIterator(start: start, step: step, count: length))
    }
    // range(start + (n-1)*step, start - step, -step)
    let last = try IntArith.add(ts, start, try IntArith.mul(ts, try IntArith.sub(ts, length, .int(1)), step))
    return .object(LongRangeIterator(start: last, step: try IntArith.negate(ts, step), count: length))
  }
}

/// Python-int arithmetic for the slow paths of ranges: machine ints when the result fits,
/// else the number protocol (which promotes to big ints).
enum IntArith {
  static func add(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if case .int(let x) = a, case .int(let y) = b {
      let (r, o) = x.addingReportingOverflow(y)
      if !o { return .int(r) }
    }
    return try Protocols.binaryOp(ts, a, b, .add)
  }

  static func sub(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if case .int(let x) = a, case .int(let y) = b {
      let (r, o) = x.subtractingReportingOverflow(y)
      if !o { return .int(r) }
    }
    return try Protocols.binaryOp(ts, a, b, .sub)
  }

  static func mul(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if case .int(let x) = a, case .int(let y) = b {
      let (r, o) = x.multipliedReportingOverflow(by: y)
      if !o { return .int(r) }
    }
    return try Protocols.binaryOp(ts, a, b, .mul)
  }

  static func negate(_ ts: ThreadState, _ a: Value) throws(PyError) -> Value {
    try sub(ts, .int(0), a)
  }

  static func isNegative(_ ts: ThreadState, _ a: Value) throws(PyError) -> Bool {
    if case .int(let x) = a { return x < 0 }
    if let l = a.as(PyLong.self) { return l.isNegative }
    return try Protocols.richCompareBool(ts, a, .int(0), .lt)
  }
}

/// The iterator of a range whose values fit in machine ints (`range_iterator`). The VM's
/// FOR_ITER fast path calls `advance()` directly.
public final class RangeIterator: PyObject {
  public var next: Int
  public let step: Int
  public var remaining: Int

  init(start: Int, step: Int, count: Int) {
    next = start
    self.step = step
    remaining = count
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

/// The iterator of a range with big bounds (`longrange_iterator`).
public final class LongRangeIterator: PyObject {
  var next: Value
  let step: Value
  var remaining: Value

  init(start: Value, step: Value, count: Value) {
    self.next = start
    self.step = step
    self.remaining = count
    super.init(type: BuiltinTypes.longRangeIterator)
  }

  func advance(_ ts: ThreadState) throws(PyError) -> Value? {
    if !(try Protocols.richCompareBool(ts, remaining, .int(0), .gt)) { return nil }
    let v = next
    next = try IntArith.add(ts, next, step)
    remaining = try IntArith.sub(ts, remaining, .int(1))
    return v
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(next); visit(step); visit(remaining)
  }
}

extension BuiltinTypes {
  public static let range: PyType = PyType.builtin("range", flags: [.sequence]) { t in
    t.slots.new = { ts, _, args throws(PyError) in
      try ArgParser.noKeywords(args, "range")
      try PositionalCheck.count(args.count, "range", min: 1, max: 3)
      var vals: [Value] = []
      for i in 0..<args.count { vals.append(try Protocols.index(ts, args[i])) }
      // compute_range_length compares through PyObject_RichCompare: one level of recursion.
      try ts.checkRecursionHeadroom(" in comparison")
      switch vals.count {
      case 1: return .object(try PyRange(ts, start: .int(0), stop: vals[0], step: .int(1)))
      case 2: return .object(try PyRange(ts, start: vals[0], stop: vals[1], step: .int(1)))
      default:
        if case .int(0) = vals[2] { throw PyError.valueError("range() arg 3 must not be zero") }
        return .object(try PyRange(ts, start: vals[0], stop: vals[1], step: vals[2]))
      }
    }
    t.slots.iter = { ts, v throws(PyError) in try v.unsafeAs(PyRange.self).makeIterator(ts, reversed: false) }
    t.slots.length = { ts, v throws(PyError) in try v.unsafeAs(PyRange.self).count(ts) }
    t.slots.bool = { _, v in
      let r = v.unsafeAs(PyRange.self)
      if let s = r.small { return s.count > 0 }
      return true  // a big length is never 0
    }
    t.slots.repr = { ts, v throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      var s = "range(" + (try Protocols.reprString(ts, r.start)) + ", " + (try Protocols.reprString(ts, r.stop))
      if case .int(1) = r.step {} else { s += ", " + (try Protocols.reprString(ts, r.step)) }
      return .object(PyStr(s + ")"))
    }
    t.slots.getItem = { ts, v, k throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      if let sl = k.as(PySlice.self) { return .object(try r.slice(ts, sl)) }
      guard Protocols.hasIndex(k) else {
        throw PyError.typeError("range indices must be integers or slices, not \(Protocols.typeName(k))")
      }
      return try r.getItem(ts, index: try Protocols.index(ts, k))
    }
    t.slots.contains = { ts, v, x throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      if RangeSupport.isExactInt(x) { return try r.containsInt(ts, x) }
      let it = try r.makeIterator(ts, reversed: false)
      while let y = try Protocols.next(ts, it) {
        if try Protocols.richCompareBool(ts, y, x, .eq) { return true }
      }
      return false
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne, let x = a.as(PyRange.self), let y = b.as(PyRange.self) else {
        return .notImplemented
      }
      let eq = try RangeSupport.equal(ts, x, y)
      return .bool(op == .eq ? eq : !eq)
    }
    t.slots.hash = { ts, v throws(PyError) in
      let r = v.unsafeAs(PyRange.self)
      let items: [Value]
      if case .int(0) = r.length {
        items = [r.length, .none, .none]
      } else if case .int(1) = r.length {
        items = [r.length, r.start, .none]
      } else {
        items = [r.length, r.start, r.step]
      }
      return try Protocols.hash(ts, .object(PyTuple(items)))
    }
    t.addProperty("start", get: { _, v in v.unsafeAs(PyRange.self).start }, set: ContainerMembers.readonly)
    t.addProperty("stop", get: { _, v in v.unsafeAs(PyRange.self).stop }, set: ContainerMembers.readonly)
    t.addProperty("step", get: { _, v in v.unsafeAs(PyRange.self).step }, set: ContainerMembers.readonly)
    t.addMethod("__reversed__") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "range.__reversed__", min: 0, max: 0)
      return try v.unsafeAs(PyRange.self).makeIterator(ts, reversed: true)
    }
    t.addMethod("count") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "range.count", min: 1, max: 1)
      let r = v.unsafeAs(PyRange.self)
      if RangeSupport.isExactInt(a[0]) { return .int(try r.containsInt(ts, a[0]) ? 1 : 0) }
      var n = 0
      let it = try r.makeIterator(ts, reversed: false)
      while let y = try Protocols.next(ts, it) {
        if try Protocols.richCompareBool(ts, y, a[0], .eq) { n += 1 }
      }
      return .int(n)
    }
    t.addMethod("index") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "range.index", min: 1, max: 1)
      let r = v.unsafeAs(PyRange.self)
      let x = a[0]
      if RangeSupport.isExactInt(x) {
        guard try r.containsInt(ts, x) else {
          throw PyError.valueError("\(try Protocols.reprString(ts, x)) is not in range")
        }
        let xi: Value = { if case .bool(let b) = x { return .int(b ? 1 : 0) }; return x }()
        return try Protocols.binaryOp(ts, try IntArith.sub(ts, xi, r.start), r.step, .floorDiv)
      }
      var i = 0
      let it = try r.makeIterator(ts, reversed: false)
      while let y = try Protocols.next(ts, it) {
        if try Protocols.richCompareBool(ts, y, x, .eq) { return .int(i) }
        i += 1
      }
      throw PyError.valueError("sequence.index(x): x not in sequence")
    }
  }

  public static let rangeIterator: PyType = PyType.builtin("range_iterator") { t in
    t.kind = .rangeIterator
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in v.unsafeAs(RangeIterator.self).advance().map { .int($0) } }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "range_iterator.__length_hint__", min: 0, max: 0)
      return .int(max(v.unsafeAs(RangeIterator.self).remaining, 0))
    }
  }

  public static let longRangeIterator: PyType = PyType.builtin("longrange_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(LongRangeIterator.self).advance(ts) }
    t.addMethod("__length_hint__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "longrange_iterator.__length_hint__", min: 0, max: 0)
      return v.unsafeAs(LongRangeIterator.self).remaining
    }
  }
}

/// Helpers of the range type's slots.
enum RangeSupport {
  /// `PyLong_CheckExact(x) || PyBool_Check(x)`: the values `in` and `index` answer by
  /// arithmetic.
  static func isExactInt(_ x: Value) -> Bool {
    switch x {
    case .int, .bool: return true
    default:
      if let l = x.as(PyLong.self) { return l.type === BuiltinTypes.int }
      return false
    }
  }

  /// `range_equals`: ranges are equal when they produce the same sequence.
  static func equal(_ ts: ThreadState, _ a: PyRange, _ b: PyRange) throws(PyError) -> Bool {
    if a === b { return true }
    if !(try Protocols.richCompareBool(ts, a.length, b.length, .eq)) { return false }
    if case .int(0) = a.length { return true }
    if !(try Protocols.richCompareBool(ts, a.start, b.start, .eq)) { return false }
    if case .int(1) = a.length { return true }
    return try Protocols.richCompareBool(ts, a.step, b.step, .eq)
  }
}
