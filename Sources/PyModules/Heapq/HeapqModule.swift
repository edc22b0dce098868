import PyRuntime

/// The `_heapq` module (CPython Modules/_heapqmodule.c): binary min-heaps (and the max-heap
/// variants `heapq.merge`/`nlargest` use) kept in plain lists. The sift loops swap in place
/// and compare with `<` only, in CPython's order, so the heaps they leave are CPython's; a
/// list that changes size during a comparison raises RuntimeError.
public enum HeapqModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_heapq")
    m.dict.set("__doc__", .object(PyStr("Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n")))
    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "_heapq", doc: doc, body)
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }
    add("heappush", "Push item onto heap, maintaining the heap invariant.") { ts, a throws(PyError) in
      let heap = try twoArguments(a, "heappush")
      heap.append(a[1])
      try siftDown(ts, heap, 0, heap.count - 1, max: false)
      return .none
    }
    add("heappop", "Pop the smallest item off the heap, maintaining the heap invariant.") { ts, a throws(PyError) in
      try pop(ts, try oneArgument(a, "heappop"), max: false)
    }
    add("heapify", "Transform list into a heap, in-place, in O(len(heap)) time.") { ts, a throws(PyError) in
      try heapify(ts, try oneArgument(a, "heapify"), max: false)
      return .none
    }
    add("heapreplace", "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)") { ts, a throws(PyError) in
      try replace(ts, try twoArguments(a, "heapreplace"), a[1], max: false)
    }
    add("heappushpop", "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().") { ts, a throws(PyError) in
      let heap = try twoArguments(a, "heappushpop")
      let item = a[1]
      if heap.count == 0 { return item }
      let top = heap.items[0]
      if !(try Protocols.richCompareBool(ts, top, item, .lt)) { return item }
      if heap.count == 0 { throw PyError.indexError("index out of range") }
      let result = heap.items[0]
      heap.set(0, item)
      try siftUp(ts, heap, 0, max: false)
      return result
    }
    add("_heappop_max", "Maxheap variant of heappop.") { ts, a throws(PyError) in
      try pop(ts, try oneArgument(a, "_heappop_max"), max: true)
    }
    add("_heapify_max", "Maxheap variant of heapify.") { ts, a throws(PyError) in
      try heapify(ts, try oneArgument(a, "_heapify_max"), max: true)
      return .none
    }
    add("_heapreplace_max", "Maxheap variant of heapreplace.") { ts, a throws(PyError) in
      try replace(ts, try twoArguments(a, "_heapreplace_max"), a[1], max: true)
    }
    return m
  }

  // MARK: Arguments

  /// A one-argument (METH_O) function's heap.
  static func oneArgument(_ a: Args, _ name: String) throws(PyError) -> PyList {
    try ArgParser.positional(a, "_heapq." + name, min: 1, max: 1)
    guard let list = a[0].as(PyList.self) else {
      throw PyError.typeError("\(name)() argument must be list, not \(badArgumentName(a[0]))")
    }
    return list
  }

  /// A (heap, item) function's heap.
  static func twoArguments(_ a: Args, _ name: String) throws(PyError) -> PyList {
    try ArgParser.noKeywords(a, "_heapq." + name)
    try PositionalCheck.count(a.count, name, min: 2, max: 2)
    guard let list = a[0].as(PyList.self) else {
      throw PyError.typeError("\(name)() argument 1 must be list, not \(badArgumentName(a[0]))")
    }
    return list
  }

  /// How Argument Clinic names a wrong argument: "None", else its type's name.
  static func badArgumentName(_ v: Value) -> String { v.isNone ? "None" : Protocols.typeName(v) }

  // MARK: Heap operations

  static func pop(_ ts: ThreadState, _ heap: PyList, max: Bool) throws(PyError) -> Value {
    let n = heap.count
    if n == 0 { throw PyError.indexError("index out of range") }
    let last = heap.remove(at: n - 1)
    if n == 1 { return last }
    let result = heap.items[0]
    heap.set(0, last)
    try siftUp(ts, heap, 0, max: max)
    return result
  }

  static func replace(_ ts: ThreadState, _ heap: PyList, _ item: Value, max: Bool) throws(PyError) -> Value {
    if heap.count == 0 { throw PyError.indexError("index out of range") }
    let result = heap.items[0]
    heap.set(0, item)
    try siftUp(ts, heap, 0, max: max)
    return result
  }

  /// Sifts every parent, last first (each after both of its subtrees are heaps).
  static func heapify(_ ts: ThreadState, _ heap: PyList, max: Bool) throws(PyError) {
    var i = heap.count / 2 - 1
    while i >= 0 {
      try siftUp(ts, heap, i, max: max)
      i -= 1
    }
  }

  /// `a` before `b` in the heap order: `a < b` (min-heap) or `b < a` (max-heap).
  @inline(__always)
  static func before(_ ts: ThreadState, _ a: Value, _ b: Value, max: Bool) throws(PyError) -> Bool {
    if case .int(let x) = a, case .int(let y) = b { return max ? y < x : x < y }
    return max ? try Protocols.richCompareBool(ts, b, a, .lt) : try Protocols.richCompareBool(ts, a, b, .lt)
  }

  static func changedSize() -> PyError { PyError.runtimeError("list changed size during iteration") }

  /// Moves the item at `pos` up towards `start` while it comes before its parent.
  static func siftDown(_ ts: ThreadState, _ heap: PyList, _ start: Int, _ pos: Int, max: Bool) throws(PyError) {
    let size = heap.count
    if pos >= size { throw PyError.indexError("index out of range") }
    var pos = pos
    while pos > start {
      let parentPos = (pos - 1) >> 1
      let item = heap.items[pos]
      let parent = heap.items[parentPos]
      let earlier = try before(ts, item, parent, max: max)
      if size != heap.count { throw changedSize() }
      if !earlier { break }
      let movedItem = heap.items[pos]
      heap.set(pos, heap.items[parentPos])
      heap.set(parentPos, movedItem)
      pos = parentPos
    }
  }

  /// Moves the earlier child up until `pos` reaches a leaf, then sifts the item that was at
  /// `pos` back down to its place (fewer comparisons than stopping early).
  static func siftUp(_ ts: ThreadState, _ heap: PyList, _ pos: Int, max: Bool) throws(PyError) {
    let end = heap.count
    let start = pos
    if pos >= end { throw PyError.indexError("index out of range") }
    var pos = pos
    let limit = end >> 1
    while pos < limit {
      var child = 2 * pos + 1
      if child + 1 < end {
        let first = try before(ts, heap.items[child], heap.items[child + 1], max: max)
        if end != heap.count { throw changedSize() }
        if !first { child += 1 }
      }
      let moved = heap.items[child]
      heap.set(child, heap.items[pos])
      heap.set(pos, moved)
      pos = child
    }
    try siftDown(ts, heap, start, pos, max: max)
  }
}
