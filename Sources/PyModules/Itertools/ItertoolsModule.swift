import PyRuntime

/// The `itertools` module (CPython 3.11's Modules/itertoolsmodule.c), native. Each iterator
/// is a `ItertoolsIterator` subclass (in the other files of this folder) whose type's
/// `__next__` slot calls its `next`; the types are subclassable as CPython's are, with
/// CPython's argument errors and the reprs of `count` and `repeat`.
///
/// Not done: pickling support (`__reduce__`/`__setstate__`) beyond `count` and `repeat`.
public enum ItertoolsModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "itertools")
    let d = m.dict
    d.set("__doc__", .object(PyStr(moduleDoc)))
    let types: [(String, PyType)] = [
      ("count", BuiltinTypes.itertoolsCount), ("cycle", BuiltinTypes.itertoolsCycle),
      ("repeat", BuiltinTypes.itertoolsRepeat), ("accumulate", BuiltinTypes.itertoolsAccumulate),
      ("chain", BuiltinTypes.itertoolsChain), ("compress", BuiltinTypes.itertoolsCompress),
      ("dropwhile", BuiltinTypes.itertoolsDropwhile), ("takewhile", BuiltinTypes.itertoolsTakewhile),
      ("filterfalse", BuiltinTypes.itertoolsFilterfalse), ("groupby", BuiltinTypes.itertoolsGroupby),
      ("_grouper", BuiltinTypes.itertoolsGrouper), ("islice", BuiltinTypes.itertoolsIslice),
      ("pairwise", BuiltinTypes.itertoolsPairwise), ("starmap", BuiltinTypes.itertoolsStarmap),
      ("zip_longest", BuiltinTypes.itertoolsZipLongest), ("_tee", BuiltinTypes.itertoolsTee),
      ("_tee_dataobject", BuiltinTypes.itertoolsTeeData), ("product", BuiltinTypes.itertoolsProduct),
      ("permutations", BuiltinTypes.itertoolsPermutations),
      ("combinations", BuiltinTypes.itertoolsCombinations),
      ("combinations_with_replacement", BuiltinTypes.itertoolsCombinationsWithReplacement),
    ]
    for (name, t) in types { d.set(name, Value(t)) }
    let tee = PyBuiltinFunction(name: "tee", module: "itertools", doc: "Returns a tuple of n independent iterators.") { ts, a throws(PyError) in
      try ItertoolsTee.tee(ts, a)
    }
    Deferral.retain(tee)
    d.set("tee", Value(tee))
    return m
  }

  static let moduleDoc = "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n"
}

/// The base of the itertools iterators: `next` gives the next value or nil at the end.
public class ItertoolsIterator: PyObject {
  public func next(_ ts: ThreadState) throws(PyError) -> Value? { nil }
}

extension PyType {
  /// An itertools iterator type: `__iter__` returns the iterator, `__next__` calls `next`,
  /// instances of subclasses get their dict and slot storage.
  static func itertoolsType(_ name: String, doc: String?, classGetitem: Bool = false,
                            new: @escaping (ThreadState, PyType, Args) throws(PyError) -> ItertoolsIterator,
                            setup: (PyType) -> Void = { _ in }) -> PyType {
    PyType.builtin("itertools." + name, flags: [.baseType]) { t in
      t.qualname = name
      if let doc { t.dict.set("__doc__", .object(PyStr(doc))) }
      t.slots.new = { ts, cls, a throws(PyError) in
        let it = try new(ts, cls, a)
        if cls.typeFlags.contains(.heapType) { NativeTypeSupport.prepareInstance(it, cls) }
        return .object(it)
      }
      t.slots.iter = { _, v in v }
      t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(ItertoolsIterator.self).next(ts) }
      if classGetitem {
        t.addClassMethod("__class_getitem__", doc: "See PEP 585") { _, cls, a throws(PyError) in
          try ArgParser.positional(a, "__class_getitem__", min: 1, max: 1)
          return .object(PyGenericAlias(origin: cls, argument: a[0]))
        }
      }
      setup(t)
    }
  }
}

/// Shared argument helpers.
enum ItertoolsArgs {
  /// `(fname)() takes no keyword arguments` unless the type is a subclass (CPython's
  /// `_PyArg_NoKeywords` only for the exact type).
  static func noKeywords(_ a: Args, _ cls: PyType, _ exact: PyType, _ fname: String) throws(PyError) {
    if cls === exact { try ArgParser.noKeywords(a, fname) }
  }

  /// `PyNumber_Check`: int, float, complex or anything with `__index__`/`__int__`/`__float__`.
  static func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .float, .bool: return true
    default:
      let t = Protocols.typeOf(v)
      return t.slots.index != nil || t.slots.int != nil || t.slots.float != nil
        || t.isSubtype(of: BuiltinTypes.complex)
    }
  }
}

// MARK: - Infinite iterators

/// `count(start=0, step=1)`: `start`, `start + step`, … (integers without overflow on the
/// fast path, any numbers through `+` otherwise).
final class CountIterator: ItertoolsIterator {
  var current: Value
  let step: Value

  init(type: PyType, start: Value, step: Value) {
    self.current = start
    self.step = step
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(current)
    visit(step)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    let r = current
    if case .int(let a) = current, case .int(let b) = step {
      let (s, o) = a.addingReportingOverflow(b)
      current = o ? try Protocols.binaryOp(ts, current, step, .add) : .int(s)
    } else {
      current = try Protocols.binaryOp(ts, current, step, .add)
    }
    return r
  }
}

/// `cycle(iterable)`: the items, saved on the first pass, again and again.
final class CycleIterator: ItertoolsIterator {
  var source: Value?
  var saved: [Value] = []
  var index = 0

  init(type: PyType, source: Value) {
    self.source = source
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let source { visit(source) }
    for v in saved { visit(v) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if let s = source {
      if let v = try Protocols.next(ts, s) {
        saved.append(v)
        return v
      }
      source = nil
    }
    if saved.isEmpty { return nil }
    let v = saved[index]
    index = (index + 1) % saved.count
    return v
  }
}

/// `repeat(object[, times])`.
final class RepeatIterator: ItertoolsIterator {
  let element: Value
  /// Times left; nil for forever.
  var remaining: Int?

  init(type: PyType, element: Value, times: Int?) {
    self.element = element
    self.remaining = times
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(element)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if let r = remaining {
      if r <= 0 { return nil }
      remaining = r - 1
    }
    return element
  }
}

extension BuiltinTypes {
  public static let itertoolsCount: PyType = PyType.itertoolsType(
    "count", doc: "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("count", ["start", "step"], minPos: 0).bind(a)
      let start = p[0] ?? .int(0)
      let step = p[1] ?? .int(1)
      if !ItertoolsArgs.isNumber(start) || !ItertoolsArgs.isNumber(step) {
        throw PyError.typeError("a number is required")
      }
      // bools count as ints.
      func normalized(_ v: Value) -> Value { if case .bool(let b) = v { return .int(b ? 1 : 0) }; return v }
      return CountIterator(type: cls, start: normalized(start), step: normalized(step))
    }) { t in
      t.slots.repr = { ts, v throws(PyError) in
        let c = v.unsafeAs(CountIterator.self)
        let name = String(Protocols.typeOf(v).shortName)
        let start = try Protocols.reprString(ts, c.current)
        var stepIsOne = false
        if case .int(1) = c.step { stepIsOne = true }
        if stepIsOne { return .object(PyStr("\(name)(\(start))")) }
        return .object(PyStr("\(name)(\(start), \(try Protocols.reprString(ts, c.step)))"))
      }
      t.addMethod("__reduce__", doc: "Return state information for pickling.") { _, v, _ in
        let c = v.unsafeAs(CountIterator.self)
        var args: [Value] = [c.current]
        if case .int(1) = c.step {} else { args.append(c.step) }
        return .object(PyTuple([Value(Protocols.typeOf(v)), .object(PyTuple(args))]))
      }
    }

  public static let itertoolsCycle: PyType = PyType.itertoolsType(
    "cycle", doc: "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
    new: { ts, cls, a throws(PyError) in
      try ItertoolsArgs.noKeywords(a, cls, BuiltinTypes.itertoolsCycle, "cycle")
      try PositionalCheck.count(a.count - (a.kwnames?.count ?? 0), "cycle", min: 1, max: 1)
      return CycleIterator(type: cls, source: try Protocols.getIter(ts, a[0]))
    })

  public static let itertoolsRepeat: PyType = PyType.itertoolsType(
    "repeat", doc: "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("repeat", ["object", "times"], minPos: 1).bind(a)
      var times: Int? = nil
      if let t = p[1] {
        times = Swift.max(0, try Protocols.indexAsInt(ts, t))
      }
      return RepeatIterator(type: cls, element: p[0]!, times: times)
    }) { t in
      t.slots.repr = { ts, v throws(PyError) in
        let r = v.unsafeAs(RepeatIterator.self)
        let name = String(Protocols.typeOf(v).shortName)
        let e = try Protocols.reprString(ts, r.element)
        if let n = r.remaining { return .object(PyStr("\(name)(\(e), \(n))")) }
        return .object(PyStr("\(name)(\(e))"))
      }
      t.addMethod("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { _, v, _ throws(PyError) in
        guard let n = v.unsafeAs(RepeatIterator.self).remaining else {
          throw PyError.typeError("len() of unsized object")
        }
        return .int(n)
      }
      t.addMethod("__reduce__", doc: "Return state information for pickling.") { _, v, _ in
        let r = v.unsafeAs(RepeatIterator.self)
        var args: [Value] = [r.element]
        if let n = r.remaining { args.append(.int(n)) }
        return .object(PyTuple([Value(Protocols.typeOf(v)), .object(PyTuple(args))]))
      }
    }
}
