/// An instance of a class defined in Python whose layout base is `object`.
///
/// Owns its attributes. Today they live in a `PyDict` (`__dict__`); the planned layout keeps
/// values inline with keys shared per class (as CPython 3.11's split dicts) — the accessors
/// below are the only way in, so the representation can change without touching callers.
public final class PyInstance: PyObject {
  public var dict: PyDict?
  /// `__slots__` values (unbound when unassigned).
  public var slotValues: [Value]

  public override init(type: PyType) {
    self.dict = type.typeFlags.contains(.hasInstanceDict) ? PyDict() : nil
    self.slotValues = type.instanceSlotCount == 0 ? [] : Array(repeating: .unbound, count: type.instanceSlotCount)
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let dict { visit(.object(dict)) }
    for v in slotValues { visit(v) }
  }
}
