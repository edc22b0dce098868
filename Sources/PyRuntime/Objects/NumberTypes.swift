/// Installs the number types — `int`, `bool`, `float`, `complex` — whose slots and methods live
/// in their own files (IntType.swift, BoolType.swift, FloatType.swift, ComplexType.swift).
extension BuiltinTypes {
  static func installNumbers() {
    installIntType()
    installBoolType()
    installFloatType()
    installComplexType()
  }
}

/// Interned special-method names the number types look up (immutable, shared).
enum Names {
  static let trunc = PyStr.intern("__trunc__")
  static let complex = PyStr.intern("__complex__")
  static let bytes = PyStr.intern("__bytes__")
}
