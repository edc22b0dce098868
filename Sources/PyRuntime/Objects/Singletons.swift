/// The objects of which there is exactly one: `NotImplemented` and `Ellipsis` (None, True and
/// False are immediate `Value`s). Deferred, never freed.
public final class PySingleton: PyObject {
  public let name: String

  init(name: String, type: PyType) {
    self.name = name
    super.init(type: type)
    Deferral.retain(self)
  }
}

extension Value {
  /// The `NotImplemented` singleton.
  public static var notImplemented: Value { .deferred(Unmanaged.passUnretained(BuiltinTypes.core.notImplemented)) }
  /// The `Ellipsis` singleton.
  public static var ellipsis: Value { .deferred(Unmanaged.passUnretained(BuiltinTypes.core.ellipsis)) }

  @inline(__always)
  public var isNotImplemented: Bool {
    if case .deferred(let u) = self {
      return u.toOpaque() == Unmanaged.passUnretained(BuiltinTypes.core.notImplemented).toOpaque()
    }
    return false
  }
}
