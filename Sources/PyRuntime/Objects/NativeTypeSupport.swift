/// Helpers for builtin types defined outside this target (the native modules of PyModules).
public enum NativeTypeSupport {
  /// Gives an instance of a Python subclass of a native type its `__dict__` and `__slots__`
  /// storage (what the runtime's own types do in their `__new__`).
  public static func prepareInstance(_ o: PyObject, _ cls: PyType) {
    ObjectSupport.prepareInstance(o, cls)
  }
}
