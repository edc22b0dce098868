import Synchronization

/// The subclass lists of types (`tp_subclasses`), safe when several threads create classes at
/// once: every class statement appends to its bases' lists, and `object`'s list is shared by
/// all of them (and, builtin types being shared, by every interpreter). Mutations and reads go
/// through one lock; walks over a hierarchy take a snapshot and recurse without holding it.
extension PyType {
  private static let subclassLock = Mutex<Void>(())

  /// Registers `sub` as a direct subclass.
  func addSubclass(_ sub: PyType) {
    PyType.subclassLock.withLock { _ in subclassRefs.append(WeakType(type: sub)) }
  }

  /// Forgets `sub` as a direct subclass (`__bases__` assignment).
  func removeSubclass(_ sub: PyType) {
    let target = Unmanaged.passUnretained(sub).toOpaque()
    PyType.subclassLock.withLock { _ in subclassRefs.removeAll { $0.pointer.toOpaque() == target } }
  }

  /// The direct subclasses, in registration order.
  var directSubclasses: [PyType] {
    PyType.subclassLock.withLock { _ in subclassRefs.compactMap { $0.type } }
  }
}
