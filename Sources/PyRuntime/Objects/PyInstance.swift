/// An instance of a class defined in Python whose layout base is `object`.
///
/// Owns its attributes. Today they live in a `PyDict` (`__dict__`); the planned layout keeps
/// values inline with keys shared per class (as CPython 3.11's split dicts) — the accessors
/// below are the only way in, so the representation can change without touching callers.
///
/// When the last reference goes, a class's `__del__` runs on a stand-in that takes over the
/// instance's state (see `Finalization`), and the state is released through the thread's
/// trashcan so long chains of instances never exhaust the native stack.
public final class PyInstance: PyObject {
  public var dict: PyDict?
  /// `__slots__` values (unbound when unassigned).
  public var slotValues: [Value]
  /// When the instance was created, relative to others (see `ModuleFinalization`).
  public var serial: UInt64 = 0

  public override init(type: PyType) {
    self.dict = type.typeFlags.contains(.hasInstanceDict) ? PyDict() : nil
    self.slotValues = type.instanceSlotCount == 0 ? [] : Array(repeating: .unbound, count: type.instanceSlotCount)
    super.init(type: type)
  }

  /// A stand-in for a dying instance: the same class and state, already finalized.
  init(standInFor dying: PyInstance) {
    self.dict = dying.dict
    self.slotValues = dying.slotValues
    self.serial = dying.serial
    super.init(type: dying.type)
    flags.insert(.finalized)
  }

  deinit {
    if type.typeFlags.contains(.hasFinalizer) && !flags.contains(.finalized) {
      Finalization.finalizeInstance(self)
    }
    if dict != nil || !slotValues.isEmpty {
      Finalization.release(dict: &dict, slots: &slotValues)
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let dict { visit(.object(dict)) }
    for v in slotValues { visit(v) }
  }
}
