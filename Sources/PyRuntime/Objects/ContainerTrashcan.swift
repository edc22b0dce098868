/// Releasing the contents of containers the way CPython's deallocators do — lists and tuples
/// from the last item to the first, dicts entry by entry (key, then value), sets in table
/// order — without native recursion: when a released value was the last reference to a
/// builtin container, that container's contents are taken over into a work list (and released
/// depth-first, in CPython's order) instead of being released from inside its deinitialiser.
/// Freeing a list nested a million deep is a loop, not a million nested calls (CPython has its
/// "trashcan", Include/cpython/object.h, for the same reason).
enum ContainerTrashcan {
  /// Drops the reference held in `v` (leaving `.unbound`), releasing whatever dies with it
  /// depth-first without recursion.
  @inline(__always)
  static func release(_ v: inout Value) {
    guard case .object = v else { return }
    var work: [Value] = []
    releaseOne(&v, &work)
    while !work.isEmpty {
      var x = work.removeLast()
      releaseOne(&x, &work)
    }
  }

  /// Drops `v`'s reference. When it was the last reference to a builtin container, the
  /// container's contents move onto `work` (top of the stack = released first), so the
  /// container dies empty.
  private static func releaseOne(_ v: inout Value, _ work: inout [Value]) {
    guard case .object(var o) = v else { return }
    v = .unbound
    // Exact layout classes (all final): one metadata comparison instead of dynamic casts.
    let cls = ObjectIdentifier(type(of: o))
    if cls == ObjectIdentifier(PyList.self) {
      guard isKnownUniquelyReferenced(&o) else { return }
      unsafeDowncast(o, to: PyList.self).takeItems(reversedInto: &work)
    } else if cls == ObjectIdentifier(PyTuple.self) {
      guard isKnownUniquelyReferenced(&o) else { return }
      unsafeDowncast(o, to: PyTuple.self).takeItems(reversedInto: &work)
    } else if cls == ObjectIdentifier(PyDict.self) {
      guard isKnownUniquelyReferenced(&o) else { return }
      unsafeDowncast(o, to: PyDict.self).takeContents(reversedInto: &work)
    } else if cls == ObjectIdentifier(PySet.self) {
      guard isKnownUniquelyReferenced(&o) else { return }
      unsafeDowncast(o, to: PySet.self).takeKeys(reversedInto: &work)
    }
  }

  /// Releases the items of an array from the last to the first (list and tuple order).
  static func releaseReversed(_ items: inout [Value]) {
    var i = items.count - 1
    while i >= 0 {
      if case .object = items[i] { release(&items[i]) }
      i -= 1
    }
  }
}
