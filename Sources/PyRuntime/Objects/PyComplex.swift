/// `complex`: a pair of doubles.
public final class PyComplex: PyObject {
  public let real: Double
  public let imag: Double

  public init(real: Double, imag: Double, type: PyType = BuiltinTypes.complex) {
    self.real = real
    self.imag = imag
    super.init(type: type)
  }

  deinit {
    // `__del__` of a complex subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyComplex(real: real, imag: imag, type: type) }
    }
  }
}

/// A boxed float: only instances of `float` subclasses (exact floats are immediate).
public final class PyFloatBox: PyObject {
  public let value: Double

  public init(_ value: Double, type: PyType) {
    self.value = value
    super.init(type: type)
  }

  deinit {
    // `__del__` of a float subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyFloatBox(value, type: type) }
    }
  }
}
