/// Installation of the core containers, whose slots live in ListType.swift, TupleType.swift,
/// DictType.swift, SingletonTypes.swift and the set files (str: StrType.swift).
extension BuiltinTypes {
  static func installCoreContainers() {
    installTuple()
    installList()
    installDict()
    installSingletonTypes()
    installSetTypes()
  }
}
