/// `list`: a mutable sequence of values.
///
/// The items live in a Swift array; besides them the list keeps the capacity CPython 3.11 would
/// have allocated for the same history of operations (`allocated`, following `list_resize`'s
/// over-allocation and `list_preallocate_exact`), so `__sizeof__` reports what CPython reports.
/// It is bookkeeping only: Swift manages the real buffer.
///
/// All mutation goes through this class's methods so that the locking rules of free threading
/// (docs/ARCHITECTURE.md, "Threads") can be enforced in one place. (The VM's store fast path
/// replaces an item in place — `items[i] = v` never changes the allocation.)
public final class PyList: PyObject {
  @exclusivity(unchecked) public var items: [Value]
  /// CPython's `allocated` (slots of the item buffer); -1 while the list is being sorted.
  var allocated: Int
  /// CPython's `ob_item != NULL`: whether a buffer exists (decides between
  /// `list_preallocate_exact` and `list_resize` in `extend`).
  var hasBuffer: Bool

  /// A list of exactly `items` (`PyList_New(n)` + fill: no over-allocation).
  public init(_ items: [Value] = [], type: PyType = BuiltinTypes.list) {
    self.items = items
    self.allocated = items.count
    self.hasBuffer = !items.isEmpty
    super.init(type: type)
  }

  public var count: Int { items.count }

  deinit {
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyList(items, type: type) }
    }
    ContainerTrashcan.releaseReversed(&items)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for v in items { visit(v) }
  }

  /// Hands the items to a dying-container work list (see ContainerTrashcan).
  func takeItems(reversedInto work: inout [Value]) {
    work.append(contentsOf: items)
    items = []
  }

  // MARK: Allocation bookkeeping (listobject.c list_resize, list_preallocate_exact)

  /// Records a resize to `newSize` items as `list_resize` would.
  @inline(__always)
  func noteResize(_ newSize: Int) {
    if allocated >= newSize && newSize >= (allocated >> 1) { return }
    noteRealloc(newSize)
  }

  @inline(never)
  func noteRealloc(_ newSize: Int) {
    var newAllocated = (newSize + (newSize >> 3) + 6) & ~3
    if newSize - items.count > newAllocated - newSize {
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

  /// `list.__sizeof__()`: the object plus the item buffer.
  public var sizeInBytes: Int { 40 + max(allocated, 0) * 8 }

  // MARK: Mutation

  /// `list.append(v)` (`app1`).
  @inline(__always)
  public func append(_ v: Value) {
    let n = items.count
    if allocated < n + 1 || (n + 1) < (allocated >> 1) { noteRealloc(n + 1) }
    items.append(v)
  }

  /// `list.insert(i, v)` with `i` already clamped to 0...count (`ins1`).
  public func insert(_ v: Value, at i: Int) {
    noteResize(items.count + 1)
    items.insert(v, at: i)
  }

  /// Appends all of `values`, as `list_extend` does for a list or tuple argument.
  public func extend(contentsOf values: [Value]) {
    if values.isEmpty { return }
    if !hasBuffer {
      notePreallocateExact(values.count)
    } else {
      noteResize(items.count + values.count)
    }
    items.append(contentsOf: values)
  }

  /// `list.extend(iterable)` (`list_extend`): lists and tuples are copied at once, other
  /// iterables consumed with a length-hint presize and trimmed afterwards.
  public func extend(_ ts: ThreadState, _ iterable: Value) throws(PyError) {
    if let l = iterable.as(PyList.self), l.type === BuiltinTypes.list {
      extend(contentsOf: l.items)
      return
    }
    if let t = iterable.as(PyTuple.self), t.type === BuiltinTypes.tuple {
      extend(contentsOf: t.items)
      return
    }
    let it = try Protocols.getIter(ts, iterable)
    let hint = try IteratorSupport.lengthHint(ts, iterable, default: 8)
    if !hasBuffer {
      if hint > 0 { notePreallocateExact(hint) }
    } else {
      noteResize(items.count + hint)
    }
    if let r = it.as(RangeIterator.self), it.unsafeAs(PyObject.self).type === BuiltinTypes.rangeIterator {
      while let x = r.advance() { appendWithinAllocation(.int(x)) }
    } else {
      while let x = try Protocols.next(ts, it) { appendWithinAllocation(x) }
    }
    if items.count < allocated { noteResize(items.count) }
  }

  /// Appends during `extend`: into the presized space when there is room, else as `app1`.
  @inline(__always)
  private func appendWithinAllocation(_ v: Value) {
    if items.count < allocated {
      items.append(v)
    } else {
      append(v)
    }
  }

  /// Replaces all items (`list.__init__`, `list[:] = …` of a whole list).
  func replaceAll(_ values: [Value]) {
    items = values
    allocated = values.count
    hasBuffer = !values.isEmpty
  }

  /// `list.clear()` / `del l[:]` (`_list_clear`): frees the buffer.
  public func clear() {
    if !hasBuffer { return }
    var old = items
    items = []
    allocated = 0
    hasBuffer = false
    ContainerTrashcan.releaseReversed(&old)
  }

  /// Removes and returns the item at `i` (in range) (`list.pop`).
  public func remove(at i: Int) -> Value {
    let v = items[i]
    if i == items.count - 1 {
      noteResize(items.count - 1)
      items.removeLast()
    } else {
      noteResize(items.count - 1)
      items.remove(at: i)
    }
    return v
  }

  /// Replaces `items[lo..<hi]` by `values` (`list_ass_slice` for a step of 1).
  public func replaceSubrange(_ lo: Int, _ hi: Int, with values: [Value]) {
    let d = values.count - (hi - lo)
    if items.count + d == 0 {
      clear()
      return
    }
    if d < 0 {
      items.replaceSubrange(lo..<hi, with: values)
      noteResize(items.count)
    } else if d > 0 {
      noteResize(items.count + d)
      items.replaceSubrange(lo..<hi, with: values)
    } else {
      items.replaceSubrange(lo..<hi, with: values)
    }
  }

  /// `list *= n` (`list_inplace_repeat`).
  public func repeatInPlace(_ n: Int) {
    if n < 1 || items.isEmpty {
      clear()
      return
    }
    if n == 1 { return }
    let original = items
    noteResize(items.count * n)
    items.reserveCapacity(items.count * n)
    for _ in 1..<n { items.append(contentsOf: original) }
  }

  /// `list.reverse()`.
  public func reverse() { items.reverse() }

  /// Sets the item at a valid index `i`.
  @inline(__always)
  public func set(_ i: Int, _ v: Value) { items[i] = v }

  // MARK: Sorting support

  /// Takes the items out for `list.sort` and leaves the list empty with `allocated == -1`,
  /// as CPython does, so changes made while sorting can be detected.
  func beginSort() -> (items: [Value], allocated: Int, hasBuffer: Bool) {
    let saved = (items, allocated, hasBuffer)
    items = []
    allocated = -1
    hasBuffer = false
    return saved
  }

  /// Puts the sorted items back; returns true when the list was changed during the sort.
  func endSort(_ sorted: [Value], allocated savedAllocated: Int, hasBuffer savedHasBuffer: Bool) -> Bool {
    let modified = allocated != -1
    items = sorted
    allocated = savedAllocated
    hasBuffer = savedHasBuffer
    return modified
  }
}
