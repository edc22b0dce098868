/// Index and slice arithmetic shared by the sequence types (CPython's `PySlice_Unpack` /
/// `PySlice_AdjustIndices`).
public enum SequenceSupport {
  /// Normalises index `i` for a sequence of `count` (negative from the end); nil when out of range.
  @inline(__always)
  public static func normalize(_ i: Int, count: Int) -> Int? {
    let j = i < 0 ? i + count : i
    return j >= 0 && j < count ? j : nil
  }

  /// The index value of `key` for item access, with CPython's TypeError for non-integers.
  public static func index(_ ts: ThreadState, _ key: Value, typeName: String) throws(PyError) -> Int {
    if case .int(let i) = key { return i }
    guard Protocols.hasIndex(key) else {
      throw PyError.typeError("\(typeName) indices must be integers or slices, not \(Protocols.typeName(key))")
    }
    let r = try Protocols.index(ts, key)
    if case .int(let i) = r { return i }
    throw PyError.make(BuiltinTypes.exceptions.indexError, "cannot fit '\(Protocols.typeName(key))' into an index-sized integer")
  }

  /// (start, stop, step, count) of `slice` applied to a sequence of `length`.
  public static func sliceIndices(_ ts: ThreadState, _ slice: PySlice, length: Int) throws(PyError) -> (start: Int, stop: Int, step: Int, count: Int) {
    var step = 1
    if !slice.step.isNone {
      step = try clampedIndex(ts, slice.step)
      if step == 0 { throw PyError.valueError("slice step cannot be zero") }
    }
    let defStart = step < 0 ? length - 1 : 0
    let defStop = step < 0 ? -1 : length
    var start = slice.start.isNone ? defStart : try clampedIndex(ts, slice.start)
    var stop = slice.stop.isNone ? defStop : try clampedIndex(ts, slice.stop)
    if !slice.start.isNone {
      if start < 0 { start += length; if start < 0 { start = step < 0 ? -1 : 0 } }
      else if start >= length { start = step < 0 ? length - 1 : length }
    }
    if !slice.stop.isNone {
      if stop < 0 { stop += length; if stop < 0 { stop = step < 0 ? -1 : 0 } }
      else if stop >= length { stop = step < 0 ? length - 1 : length }
    }
    var count = 0
    if step < 0 {
      if stop < start { count = (start - stop - 1) / (-step) + 1 }
    } else if start < stop {
      count = (stop - start - 1) / step + 1
    }
    return (start, stop, step, count)
  }

  /// `seq * n` items: empty for `n <= 0`, MemoryError when the result could not exist.
  public static func repeated(_ items: [Value], _ n: Int) throws(PyError) -> [Value] {
    if n <= 0 || items.isEmpty { return [] }
    if items.count > Int.max / n || items.count * n > Int.max / MemoryLayout<Value>.stride {
      throw PyError.memoryError()
    }
    if n == 1 { return items }
    var out: [Value] = []
    out.reserveCapacity(items.count * n)
    if items.count == 1 {
      out.append(contentsOf: repeatElement(items[0], count: n))
    } else {
      for _ in 0..<n { out.append(contentsOf: items) }
    }
    return out
  }

  /// A `start`/`stop` argument of `index()` (`_PyEval_SliceIndexNotNone`): an index clamped
  /// to the Int range, counted from the end when negative, never below 0.
  public static func searchBound(_ ts: ThreadState, _ v: Value, count: Int) throws(PyError) -> Int {
    guard Protocols.hasIndex(v) else {
      throw PyError.typeError("slice indices must be integers or have an __index__ method")
    }
    var i = try clampedIndex(ts, v)
    if i < 0 {
      i = i < -count ? 0 : i + count
    }
    return i
  }

  /// The items of a list or tuple, or of any iterable collected into an array
  /// (`PySequence_Fast`); `message` is the TypeError for non-iterables.
  public static func fastSequence(_ ts: ThreadState, _ v: Value, message: String) throws(PyError) -> [Value] {
    if let l = v.as(PyList.self), l.type.isSubtype(of: BuiltinTypes.list) { return l.items }
    if let t = v.as(PyTuple.self), t.type.isSubtype(of: BuiltinTypes.tuple) { return t.items }
    let it: Value
    do throws(PyError) {
      it = try Protocols.getIter(ts, v)
    } catch where error.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
      throw PyError.typeError(message)
    }
    var out: [Value] = []
    while let x = try Protocols.next(ts, it) { out.append(x) }
    return out
  }

  /// A slice bound as an Int, clamped to the Int range for huge values.
  static func clampedIndex(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    if case .int(let i) = v { return i }
    guard Protocols.hasIndex(v) else {
      throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
    }
    let r = try Protocols.index(ts, v)
    if case .int(let i) = r { return i }
    if let l = r.as(PyLong.self) { return l.isNegative ? Int.min : Int.max }
    return 0
  }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
  public let start: Value
  public let stop: Value
  public let step: Value

  public init(start: Value, stop: Value, step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: BuiltinTypes.slice)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(start); visit(stop); visit(step)
  }
}

extension BuiltinTypes {
  public static let slice: PyType = PyType.builtin("slice") { t in
    t.slots.new = { _, _, args throws(PyError) in
      try ArgParser.noKeywords(args, "slice")
      try PositionalCheck.count(args.count, "slice", min: 1, max: 3)
      switch args.count {
      case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
      case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
      default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
      }
    }
    t.slots.repr = { ts, v throws(PyError) in
      let s = v.unsafeAs(PySlice.self)
      return .object(PyStr("slice(\(try Protocols.reprString(ts, s.start)), \(try Protocols.reprString(ts, s.stop)), \(try Protocols.reprString(ts, s.step)))"))
    }
    t.slots.hashIsNone = true
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard let x = a.as(PySlice.self), let y = b.as(PySlice.self) else { return .notImplemented }
      if x === y { return .bool(op == .eq || op == .le || op == .ge) }
      return try TupleMethods.compare(ts, [x.start, x.stop, x.step], [y.start, y.stop, y.step], op)
    }
    t.addProperty("start", get: { _, v in v.unsafeAs(PySlice.self).start }, set: ContainerMembers.readonly)
    t.addProperty("stop", get: { _, v in v.unsafeAs(PySlice.self).stop }, set: ContainerMembers.readonly)
    t.addProperty("step", get: { _, v in v.unsafeAs(PySlice.self).step }, set: ContainerMembers.readonly)
    t.addMethod("indices") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "slice.indices", min: 1, max: 1)
      let length = try Protocols.index(ts, a[0])
      if try IntArith.isNegative(ts, length) { throw PyError.valueError("length should not be negative") }
      let (start, stop, step) = try PyRange.longSliceIndices(ts, v.unsafeAs(PySlice.self), length: length)
      return .object(PyTuple([start, stop, step]))
    }
    t.addMethod("__reduce__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "slice.__reduce__", min: 0, max: 0)
      let s = v.unsafeAs(PySlice.self)
      return .object(PyTuple([Value(BuiltinTypes.slice), .object(PyTuple([s.start, s.stop, s.step]))]))
    }
  }
}

extension PyError {
  /// `MemoryError()` (no message), as CPython's `PyErr_NoMemory`.
  static func memoryError() -> PyError {
    PyError(PyBaseException(type: BuiltinTypes.exceptions.memoryError, args: PyTuple.empty))
  }
}

/// Argument-count checks worded as CPython's `_PyArg_CheckPositional` ("reversed expected 1
/// argument, got 0"), for builtins whose count is checked that way even when exact.
public enum PositionalCheck {
  /// Keywords are refused with the method's qualified name (`dict.get() takes no keyword
  /// arguments`), counts are checked with its plain name.
  public static func check(_ args: Args, _ name: String, qualname: String, min: Int, max: Int) throws(PyError) {
    try ArgParser.noKeywords(args, qualname)
    try count(args.count, name, min: min, max: max)
  }

  public static func count(_ n: Int, _ name: String, min: Int, max: Int) throws(PyError) {
    if n < min {
      throw PyError.typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
    }
    if n > max {
      throw PyError.typeError("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)` as containers use it: identical values are equal
/// without calling `__eq__` (so a NaN held by a container is found again). Immediates are
/// identical when their bits are (the closest an immediate float comes to "the same object").
public enum ContainerEq {
  @inline(__always)
  public static func equal(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Bool {
    if a.isIdentical(to: b) { return true }
    return try Protocols.richCompareBool(ts, a, b, .eq)
  }
}

/// Read-only data attributes of builtin containers (CPython `PyMemberDef` with `READONLY`:
/// `slice.start`, `range.step` …).
enum ContainerMembers {
  static let readonly: (ThreadState, Value, Value?) throws(PyError) -> Void = { _, _, _ throws(PyError) in
    throw PyError.attributeError("readonly attribute")
  }
}
