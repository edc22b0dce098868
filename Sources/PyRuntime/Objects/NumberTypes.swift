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
