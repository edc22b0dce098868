import CSupport

/// Finalizers (`__del__`) and the deallocation trashcan.
///
/// Instances are Swift objects freed by ARC, so `__del__` runs from `deinit`, exactly when the
/// last reference goes, as in CPython. A `deinit` cannot resurrect its object: the instance's
/// state (dict, slot values) moves into a fresh instance of the same class marked finalized
/// (PEP 442: `__del__` runs at most once), `__del__` runs on that stand-in, and the stand-in
/// survives if `__del__` stored it somewhere. Exceptions from `__del__` are reported as
/// "Exception ignored in: …" (`ExceptionSupport.writeUnraisable`).
///
/// Releasing an instance releases what it references, which may be the last reference to
/// another instance: a long linked list would recurse once per node in native code. As
/// CPython's trashcan, the release of an instance's state is deferred past a nesting depth
/// and done iteratively by the outermost deallocation.
enum Finalization {
  /// Nesting depth of instance deallocations beyond which releases are deferred.
  static let trashcanDepth = 64

  /// Runs `__del__` for a dying instance on a stand-in that takes over its state.
  static func finalizeInstance(_ dying: PyInstance) {
    guard let ts = ThreadState.currentIfAny, let finalize = dying.type.slots.finalize else { return }
    let standIn = PyInstance(standInFor: dying)
    dying.dict = nil
    dying.slotValues = []
    finalize(ts, standIn)
  }

  /// Runs `__del__` for a dying instance of a class derived from a builtin type (a list or
  /// dict subclass …): `makeStandIn` builds an object of the same layout and class with the
  /// dying one's contents, which also takes over its `__dict__` and slot values.
  static func finalizeBuiltinSubclass(_ dying: PyObject, _ makeStandIn: () -> PyObject) {
    guard !dying.flags.contains(.finalized), let ts = ThreadState.currentIfAny,
          let finalize = dying.type.slots.finalize else { return }
    let standIn = makeStandIn()
    standIn.type = dying.type
    standIn.extra = dying.extra
    dying.extra = nil
    standIn.flags.insert(.finalized)
    finalize(ts, standIn)
  }

  /// The `tp_finalize` of classes with `__del__` (CPython's `slot_tp_finalize`): calls
  /// `type(o).__del__(o)`, reporting an exception as unraisable; the exception being handled
  /// (`sys.exc_info()`) is preserved.
  static func callDel(_ ts: ThreadState, _ o: PyObject) {
    let v = Value(o)
    unowned(unsafe) let t = o.type
    guard let del = t.lookup(PyStr.intern("__del__")) else { return }
    let handled = ts.handledException
    do throws(PyError) {
      _ = try PythonSlots.invoke0(ts, del, v, t)
    } catch {
      ExceptionSupport.writeUnraisable(ts, error.exception, object: del)
    }
    ts.handledException = handled
  }

  /// Releases a dying instance's state, deferring it when deallocations nest too deeply.
  @inline(__always)
  static func release(dict: inout PyDict?, slots: inout [Value]) {
    guard let p = swiftpy_tls_thread_state() else {
      dict = nil
      slots = []
      return
    }
    Unmanaged<ThreadState>.fromOpaque(p)._withUnsafeGuaranteedRef { ts in
      ts.deallocDepth += 1
      if ts.deallocDepth > trashcanDepth {
        if let d = dict { ts.deferredReleases.append(d) }
        for v in slots {
          if case .object(let o) = v { ts.deferredReleases.append(o) }
        }
      }
      dict = nil
      slots = []
      ts.deallocDepth -= 1
      if ts.deallocDepth == 0 && !ts.deferredReleases.isEmpty && !ts.releasingDeferred {
        releaseDeferred(ts)
      }
    }
  }

  /// Releases deferred objects one at a time (each release may defer more).
  static func releaseDeferred(_ ts: ThreadState) {
    ts.releasingDeferred = true
    while let o = ts.deferredReleases.popLast() {
      _ = o
    }
    ts.releasingDeferred = false
  }
}
