import Synchronization

/// Making objects deferred (see `Value`): the flag tells every reference to skip reference
/// counting, and this registry holds the one counted reference that keeps the object alive.
/// Deferred objects are never freed today; reclaiming unreachable ones is the cycle
/// collector's job (docs/ARCHITECTURE.md, "Memory").
public enum Deferral {
  private static let registry = Mutex<[PyObject]>([])

  /// Marks `object` deferred and keeps it alive. Idempotent.
  public static func retain(_ object: PyObject) {
    if object.isDeferred { return }
    object.flags.insert(.deferred)
    registry.withLock { $0.append(object) }
  }
}
