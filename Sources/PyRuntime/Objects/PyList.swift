/// `list`: a mutable sequence of values.
///
/// The items live in a Swift array; besides them the list keeps the capacity CPython 3.11 would
/// have allocated for the same history of operations (`allocated`, following `list_resize`'s
/// over-allocation and `list_preallocate_exact`), so `__sizeof__` reports what CPython reports.
/// It is bookkeeping only: Swift manages the real buffer.
///
/// Thread safety (docs/ARCHITECTURE.md, "Threads"): every operation here is atomic. The
/// storage is touched only under `lock` (free when the process runs one thread), reads
/// included; values a mutation drops are released after the lock is let go, and no Python
/// code runs while it is held. Code outside this file uses these methods only: `items` is a
/// snapshot (a copy of the array), never the live storage.
public final class PyList: PyObject {
  /// The live items: read and written only under `lock`.
  @exclusivity(unchecked) @usableFromInline var storage: [Value]
  /// CPython's `allocated` (slots of the item buffer); -1 while the list is being sorted.
  var allocated: Int
  /// CPython's `ob_item != NULL`: whether a buffer exists (decides between
  /// `list_preallocate_exact` and `list_resize` in `extend`).
  var hasBuffer: Bool
  @usableFromInline let lock = ContainerLock()

  /// A list of exactly `items` (`PyList_New(n)` + fill: no over-allocation).
  public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
    self.storage = items
    self.allocated = items.count
    self.hasBuffer = !items.isEmpty
    super.init(type: type)
  }

  /// A snapshot of the items (setting it replaces them all, leaving the allocation
  /// bookkeeping as it was).
  public var items: [Value] {
    get {
      let t = lock.acquire()
      let copy = storage
      lock.release(t)
      return copy
    }
    set {
      let t = lock.acquire()
      var old = storage
      storage = newValue
      lock.release(t)
      ContainerTrashcan.releaseReversed(&old)
    }
  }

  @inline(__always)
  public var count: Int {
    let t = lock.acquire()
    let n = storage.count
    lock.release(t)
    return n
  }

  public var isEmpty: Bool { count == 0 }

  deinit {
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyList(storage, type: type) }
    }
    ContainerTrashcan.releaseReversed(&storage)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }

  /// Hands the items to a dying-container work list (see ContainerTrashcan).
  func takeItems(reversedInto work: inout [Value]) {
    work.append(contentsOf: storage)
    storage = []
  }

  // MARK: Reads

  /// The item at `i` when `0 <= i < count`, else nil.
  @inline(__always)
  public func get(_ i: Int) -> Value? {
    let t = lock.acquire()
    let v: Value? = i >= 0 && i < storage.count ? storage[i] : nil
    lock.release(t)
    return v
  }

  /// `l[i]` with a Python index (negative counts from the end); nil when out of range.
  @inline(__always)
  public func get(pythonIndex i: Int) -> Value? {
    let t = lock.acquire()
    let n = storage.count
    let j = i < 0 ? i &+ n : i
    let v: Value? = j >= 0 && j < n ? storage[j] : nil
    lock.release(t)
    return v
  }

  /// Copy of `storage[lo..<lo+count]` stepping by `step`, clipped to the current length.
  func slice(start: Int, count: Int, step: Int) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(count)
    let t = lock.acquire()
    var i = start
    for _ in 0..<count {
      if i < 0 || i >= storage.count { break }
      out.append(storage[i])
      i += step
    }
    lock.release(t)
    return out
  }

  // MARK: Allocation bookkeeping (listobject.c list_resize, list_preallocate_exact)
  // Called under the lock.

  /// Records a resize to `newSize` items as `list_resize` would.
  @inline(__always)
  func noteResize(_ newSize: Int) {
    if allocated >= newSize && newSize >= (allocated >> 1) { return }
    noteRealloc(newSize)
  }

  @inline(never)
  func noteRealloc(_ newSize: Int) {
    var newAllocated = (newSize + (newSize >> 3) + 6) & ~3
    if newSize - storage.count > newAllocated - newSize {
      newAllocated = (newSize + 3) & ~3
    }
    if newSize == 0 { newAllocated = 0 }
    allocated = newAllocated
    hasBuffer = true
  }

  /// `list_preallocate_exact(n)`: an exact (even-rounded) buffer for a list without one.
  func notePreallocateExact(_ n: Int) {
    allocated = (n + 1) & ~1
    hasBuffer = true
  }

  /// `list.__init__`'s presize for an argument of length `n`.
  func presizeForInit(_ n: Int) {
    let t = lock.acquire()
    if n > 0 && !hasBuffer { notePreallocateExact(n) }
    lock.release(t)
  }

  /// `list.__sizeof__()`: the object plus the item buffer.
  public var sizeInBytes: Int {
    let t = lock.acquire()
    let a = allocated
    lock.release(t)
    return 40 + max(a, 0) * 8
  }

  // MARK: Mutation

  /// `list.append(v)` (`app1`).
  @inline(__always)
  public func append(_ v: Value) {
    let t = lock.acquire()
    let n = storage.count
    if allocated < n + 1 || (n + 1) < (allocated >> 1) { noteRealloc(n + 1) }
    storage.append(v)
    lock.release(t)
  }

  /// `list.insert(i, v)` with a Python index (clamped as `ins1` does).
  public func insert(_ v: Value, pythonIndex index: Int) {
    let t = lock.acquire()
    let n = storage.count
    var i = index
    if i < 0 { i += n; if i < 0 { i = 0 } }
    if i > n { i = n }
    noteResize(n + 1)
    storage.insert(v, at: i)
    lock.release(t)
  }

  /// `list.insert(i, v)` with `i` already clamped to 0...count (`ins1`).
  public func insert(_ v: Value, at i: Int) { insert(v, pythonIndex: max(i, 0)) }

  /// Appends all of `values`, as `list_extend` does for a list or tuple argument.
  public func extend(contentsOf values: [Value]) {
    if values.isEmpty { return }
    let t = lock.acquire()
    if !hasBuffer {
      notePreallocateExact(values.count)
    } else {
      noteResize(storage.count + values.count)
    }
    storage.append(contentsOf: values)
    lock.release(t)
  }

  /// `list.extend(iterable)` (`list_extend`): lists and tuples are copied at once, other
  /// iterables consumed with a length-hint presize and trimmed afterwards. Each appended item
  /// is its own atomic step (the iterator runs Python code between them).
  public func extend(_ ts: ThreadState, _ iterable: Value) throws(PyError) {
    if let l = iterable.as(PyList.self), l.type === BuiltinTypes.list {
      extend(contentsOf: l.items)
      return
    }
    if let t = iterable.as(PyTuple.self), t.type === BuiltinTypes.tuple {
      extend(contentsOf: t.items)
      return
    }
    // Exact dicts and sets are read in one critical section (free-threaded CPython's
    // `list(d)` is atomic too); the result and the bookkeeping are those of the iterator path.
    if let d = iterable.as(PyDict.self), d.type === BuiltinTypes.dict {
      extend(contentsOf: d.keys)
      return
    }
    if let s = iterable.as(PySet.self), s.type === BuiltinTypes.set || s.type === BuiltinTypes.frozenset {
      extend(contentsOf: s.elements)
      return
    }
    if let v = iterable.as(DictView.self), v.dict.type === BuiltinTypes.dict {
      switch v.kind {
      case .keys: extend(contentsOf: v.dict.keys)
      case .values: extend(contentsOf: v.dict.values)
      case .items: extend(contentsOf: v.dict.items.map { .object(PyTuple([$0.key, $0.value])) })
      }
      return
    }
    let it = try Protocols.getIter(ts, iterable)
    let hint = try IteratorSupport.lengthHint(ts, iterable, default: 8)
    var t = lock.acquire()
    if !hasBuffer {
      if hint > 0 { notePreallocateExact(hint) }
    } else {
      noteResize(storage.count + hint)
    }
    lock.release(t)
    if let r = it.as(RangeIterator.self), it.unsafeAs(PyObject.self).type === BuiltinTypes.rangeIterator {
      while let x = r.advance() { appendWithinAllocation(.int(x)) }
    } else {
      while let x = try Protocols.next(ts, it) { appendWithinAllocation(x) }
    }
    t = lock.acquire()
    if storage.count < allocated { noteResize(storage.count) }
    lock.release(t)
  }

  /// Appends during `extend`: into the presized space when there is room, else as `app1`.
  @inline(__always)
  private func appendWithinAllocation(_ v: Value) {
    let t = lock.acquire()
    let n = storage.count
    if n >= allocated && (allocated < n + 1 || (n + 1) < (allocated >> 1)) { noteRealloc(n + 1) }
    storage.append(v)
    lock.release(t)
  }

  /// Replaces all items (`list.__init__`, `list[:] = …` of a whole list).
  func replaceAll(_ values: [Value]) {
    let t = lock.acquire()
    var old = storage
    storage = values
    allocated = values.count
    hasBuffer = !values.isEmpty
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
  }

  /// `list.clear()` / `del l[:]` (`_list_clear`): frees the buffer.
  public func clear() {
    let t = lock.acquire()
    if !hasBuffer {
      lock.release(t)
      return
    }
    var old = storage
    storage = []
    allocated = 0
    hasBuffer = false
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
  }

  /// What `pop` found.
  public enum PopResult {
    case empty, outOfRange, value(Value)
  }

  /// `list.pop(i)` with a Python index (`list_pop_impl`).
  public func pop(pythonIndex index: Int) -> PopResult {
    let t = lock.acquire()
    let n = storage.count
    if n == 0 {
      lock.release(t)
      return .empty
    }
    let i = index < 0 ? index &+ n : index
    if i < 0 || i >= n {
      lock.release(t)
      return .outOfRange
    }
    noteResize(n - 1)
    let v = i == n - 1 ? storage.removeLast() : storage.remove(at: i)
    lock.release(t)
    return .value(v)
  }

  /// Removes and returns the item at `i` (in range) (`list.pop`).
  public func remove(at i: Int) -> Value {
    if case .value(let v) = pop(pythonIndex: i) { return v }
    return .none
  }

  /// Replaces `items[lo..<hi]` by `values` (`list_ass_slice` for a step of 1); the bounds are
  /// clipped to the current length.
  public func replaceSubrange(_ low: Int, _ high: Int, with values: [Value]) {
    let t = lock.acquire()
    let n = storage.count
    let lo = min(max(low, 0), n)
    let hi = min(max(high, lo), n)
    let d = values.count - (hi - lo)
    var old = Array(storage[lo..<hi])
    if n + d == 0 {
      storage = []
      allocated = 0
      hasBuffer = false
    } else if d < 0 {
      storage.replaceSubrange(lo..<hi, with: values)
      noteResize(storage.count)
    } else if d > 0 {
      noteResize(storage.count + d)
      storage.replaceSubrange(lo..<hi, with: values)
    } else {
      storage.replaceSubrange(lo..<hi, with: values)
    }
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
  }

  /// Deletes the items at `start, start+step, …` (`count` of them; an extended-slice `del`).
  func deleteExtended(start: Int, step: Int, count: Int) {
    if count <= 0 { return }
    let t = lock.acquire()
    var remove = Set<Int>()
    var i = start
    for _ in 0..<count { remove.insert(i); i += step }
    var kept: [Value] = []
    kept.reserveCapacity(max(storage.count - count, 0))
    var old: [Value] = []
    old.reserveCapacity(count)
    for (j, x) in storage.enumerated() {
      if remove.contains(j) { old.append(x) } else { kept.append(x) }
    }
    storage = kept
    noteResize(kept.count)
    if kept.isEmpty {
      allocated = 0
      hasBuffer = false
    }
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
  }

  /// Assigns `values` to the items at `start, start+step, …` (an extended-slice assignment;
  /// positions past the current end are skipped).
  func assignExtended(start: Int, step: Int, values: [Value]) {
    var old: [Value] = []
    old.reserveCapacity(values.count)
    let t = lock.acquire()
    var i = start
    for x in values {
      if i >= 0 && i < storage.count {
        old.append(storage[i])
        storage[i] = x
      }
      i += step
    }
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
  }

  /// `list *= n` (`list_inplace_repeat`); `n` is at least 2 here.
  public func repeatInPlace(_ n: Int) {
    if n < 1 {
      clear()
      return
    }
    if n == 1 { return }
    let t = lock.acquire()
    if storage.isEmpty {
      lock.release(t)
      clear()
      return
    }
    let original = storage
    noteResize(storage.count * n)
    storage.reserveCapacity(storage.count * n)
    for _ in 1..<n { storage.append(contentsOf: original) }
    lock.release(t)
  }

  /// `list.reverse()`.
  public func reverse() {
    let t = lock.acquire()
    storage.reverse()
    lock.release(t)
  }

  /// Sets the item at `i`; false (and nothing stored) when `i` is not a valid index.
  @inline(__always)
  @discardableResult
  public func set(_ i: Int, _ v: Value) -> Bool {
    let t = lock.acquire()
    guard i >= 0 && i < storage.count else {
      lock.release(t)
      return false
    }
    let old = storage[i]
    storage[i] = v
    lock.release(t)
    withExtendedLifetime(old) {}
    return true
  }

  /// `l[i] = v` with a Python index; false when out of range.
  @inline(__always)
  public func set(pythonIndex i: Int, _ v: Value) -> Bool {
    let t = lock.acquire()
    let n = storage.count
    let j = i < 0 ? i &+ n : i
    guard j >= 0 && j < n else {
      lock.release(t)
      return false
    }
    let old = storage[j]
    storage[j] = v
    lock.release(t)
    withExtendedLifetime(old) {}
    return true
  }

  /// `del l[i]` with a Python index; false when out of range.
  func delete(pythonIndex i: Int) -> Bool {
    let t = lock.acquire()
    let n = storage.count
    let j = i < 0 ? i &+ n : i
    guard j >= 0 && j < n else {
      lock.release(t)
      return false
    }
    let old = storage.remove(at: j)
    if storage.isEmpty {
      allocated = 0
      hasBuffer = false
    } else {
      noteResize(storage.count)
    }
    lock.release(t)
    withExtendedLifetime(old) {}
    return true
  }

  /// Removes the item at `i` if `i` is still a valid index (`list.remove` after its match).
  func delete(at i: Int) {
    replaceSubrange(i, i + 1, with: [])
  }

  // MARK: Sorting support

  /// Sorts in place inside one critical section when no key function is given and every
  /// item compares natively (exact ints, floats or strs: no Python code can run), so the
  /// sort is atomic for other threads; false (nothing done) otherwise.
  func sortNatively(_ ts: ThreadState, reverse: Bool) -> Bool {
    let t = lock.acquire()
    defer { lock.release(t) }
    let n = storage.count
    if n < 2 { return true }
    let compare = ListSort.Comparison.choose(storage)
    if compare == .generic { return false }
    if reverse { storage.reverse() }
    let ok: Bool = storage.withUnsafeMutableBufferPointer { vb in
      var ms = ListSort.MergeState(ts, compare, keys: vb.baseAddress!, values: nil, count: n)
      defer { ms.freeTemp() }
      do throws(PyError) {
        try ms.run()
        return true
      } catch {
        return false
      }
    }
    if reverse { storage.reverse() }
    return ok
  }

  /// Takes the items out for `list.sort` and leaves the list empty with `allocated == -1`,
  /// as CPython does, so changes made while sorting can be detected.
  func beginSort() -> (items: [Value], allocated: Int, hasBuffer: Bool) {
    let t = lock.acquire()
    let saved = (storage, allocated, hasBuffer)
    storage = []
    allocated = -1
    hasBuffer = false
    lock.release(t)
    return saved
  }

  /// Puts the sorted items back; returns true when the list was changed during the sort.
  func endSort(_ sorted: [Value], allocated savedAllocated: Int, hasBuffer savedHasBuffer: Bool) -> Bool {
    let t = lock.acquire()
    let modified = allocated != -1
    var old = storage
    storage = sorted
    allocated = savedAllocated
    hasBuffer = savedHasBuffer
    lock.release(t)
    ContainerTrashcan.releaseReversed(&old)
    return modified
  }
}
