/// Behaviour of the singletons' types: `NoneType`, `NotImplementedType`, `ellipsis`.
extension BuiltinTypes {
  static func installSingletonTypes() {
    noneType.slots.repr = { _, _ in .object(PyStr.intern("None")) }
    noneType.slots.bool = { _, _ in false }
    noneType.slots.hash = { _, _ in NoneHash.value }
    noneType.slots.new = { _, _, args throws(PyError) in
      if args.count > 0 { throw PyError.typeError("NoneType takes no arguments") }
      return .none
    }
    notImplementedType.slots.repr = { _, _ in .object(PyStr.intern("NotImplemented")) }
    ellipsisType.slots.repr = { _, _ in .object(PyStr.intern("Ellipsis")) }
  }
}
