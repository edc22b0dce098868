import PyRuntime

/// The combinatoric iterators: product, permutations, combinations,
/// combinations_with_replacement. Each keeps its pool as an array and steps an index vector
/// in lexicographic order (the orders CPython's documentation gives).

/// `product(*iterables, repeat=1)`.
final class ProductIterator: ItertoolsIterator {
  let pools: [[Value]]
  var indices: [Int]
  var started = false
  var finished = false

  init(type: PyType, pools: [[Value]]) {
    self.pools = pools
    self.indices = Array(repeating: 0, count: pools.count)
    self.finished = pools.contains { $0.isEmpty }
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for p in pools { for v in p { visit(v) } }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if finished { return nil }
    if started {
      // Odometer: advance the rightmost index that can move, reset those after it.
      var i = pools.count - 1
      while i >= 0 {
        indices[i] += 1
        if indices[i] < pools[i].count { break }
        indices[i] = 0
        i -= 1
      }
      if i < 0 {
        finished = true
        return nil
      }
    }
    started = true
    var out: [Value] = []
    out.reserveCapacity(pools.count)
    for (k, i) in indices.enumerated() { out.append(pools[k][i]) }
    return .object(PyTuple(out))
  }
}

/// `permutations(iterable, r=None)`.
final class PermutationsIterator: ItertoolsIterator {
  let pool: [Value]
  let r: Int
  var indices: [Int]
  var cycles: [Int]
  var started = false
  var finished: Bool

  init(type: PyType, pool: [Value], r: Int) {
    self.pool = pool
    self.r = r
    let n = pool.count
    self.indices = Array(0..<n)
    self.cycles = r <= n ? Array(stride(from: n, to: n - r, by: -1)) : []
    self.finished = r > n
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in pool { visit(v) }
  }

  func current() -> Value {
    .object(PyTuple(indices.prefix(r).map { pool[$0] }))
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if finished { return nil }
    if !started {
      started = true
      return current()
    }
    let n = pool.count
    if n == 0 { finished = true; return nil }
    var i = r - 1
    while i >= 0 {
      cycles[i] -= 1
      if cycles[i] == 0 {
        // Rotate indices[i:] left by one.
        let moved = indices[i]
        for j in i..<(n - 1) { indices[j] = indices[j + 1] }
        indices[n - 1] = moved
        cycles[i] = n - i
      } else {
        let j = cycles[i]
        indices.swapAt(i, n - j)
        return current()
      }
      i -= 1
    }
    finished = true
    return nil
  }
}

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`.
final class CombinationsIterator: ItertoolsIterator {
  let pool: [Value]
  let r: Int
  let replacement: Bool
  var indices: [Int]
  var started = false
  var finished: Bool

  init(type: PyType, pool: [Value], r: Int, replacement: Bool) {
    self.pool = pool
    self.r = r
    self.replacement = replacement
    self.indices = replacement ? Array(repeating: 0, count: r) : Array(0..<Swift.min(r, pool.count))
    self.finished = replacement ? (pool.isEmpty && r > 0) : r > pool.count
    super.init(type: type)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in pool { visit(v) }
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if finished { return nil }
    if started {
      let n = pool.count
      var i = r - 1
      if replacement {
        while i >= 0 && indices[i] == n - 1 { i -= 1 }
        if i < 0 { finished = true; return nil }
        let v = indices[i] + 1
        for j in i..<r { indices[j] = v }
      } else {
        while i >= 0 && indices[i] == i + n - r { i -= 1 }
        if i < 0 { finished = true; return nil }
        indices[i] += 1
        for j in (i + 1)..<Swift.max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
      }
    }
    started = true
    return .object(PyTuple(indices.map { pool[$0] }))
  }
}

extension BuiltinTypes {
  public static let itertoolsProduct: PyType = PyType.itertoolsType(
    "product", doc: "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
    new: { ts, cls, a throws(PyError) in
      var repeatCount = 1
      for (k, v) in a.keywords {
        guard k.string == "repeat" else {
          throw PyError.typeError("'\(k.string)' is an invalid keyword argument for product()")
        }
        repeatCount = try Protocols.indexAsInt(ts, v)
      }
      if repeatCount < 0 { throw PyError.valueError("repeat argument cannot be negative") }
      var pools: [[Value]] = []
      for v in a.positional { pools.append(try Protocols.toArray(ts, v)) }
      var all: [[Value]] = []
      for _ in 0..<repeatCount { all.append(contentsOf: pools) }
      return ProductIterator(type: cls, pools: all)
    })

  public static let itertoolsPermutations: PyType = PyType.itertoolsType(
    "permutations", doc: "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("permutations", ["iterable", "r"], minPos: 1).bind(a)
      let pool = try Protocols.toArray(ts, p[0]!)
      var r = pool.count
      if let rv = p[1], !rv.isNone {
        guard Protocols.typeOf(rv).isSubtype(of: BuiltinTypes.int) else {
          throw PyError.typeError("Expected int as r")
        }
        r = try Protocols.indexAsInt(ts, rv)
        if r < 0 { throw PyError.valueError("r must be non-negative") }
      }
      return PermutationsIterator(type: cls, pool: pool, r: r)
    })

  public static let itertoolsCombinations: PyType = PyType.itertoolsType(
    "combinations", doc: "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("combinations", ["iterable", "r"], minPos: 2).bind(a)
      let pool = try Protocols.toArray(ts, p[0]!)
      let r = try Protocols.indexAsInt(ts, p[1]!)
      if r < 0 { throw PyError.valueError("r must be non-negative") }
      return CombinationsIterator(type: cls, pool: pool, r: r, replacement: false)
    })

  public static let itertoolsCombinationsWithReplacement: PyType = PyType.itertoolsType(
    "combinations_with_replacement", doc: "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
    new: { ts, cls, a throws(PyError) in
      let p = try ClinicSignature("combinations_with_replacement", ["iterable", "r"], minPos: 2).bind(a)
      let pool = try Protocols.toArray(ts, p[0]!)
      let r = try Protocols.indexAsInt(ts, p[1]!)
      if r < 0 { throw PyError.valueError("r must be non-negative") }
      return CombinationsIterator(type: cls, pool: pool, r: r, replacement: true)
    })
}
