/// Private name mangling, as CPython's `_Py_Mangle` (Python/compile.c): inside class `C`, a name
/// `__spam` (two leading underscores, not ending in two underscores, no dot) becomes `_C__spam`,
/// with the class name's leading underscores stripped. A class named only of underscores does
/// not mangle.
public enum NameMangling {
  /// The mangled form of `name` inside the class named `privateName` (nil outside classes).
  @inlinable
  public static func mangle(_ name: String, privateName: String?) -> String {
    guard let privateName else { return name }
    let u = name.utf8
    let underscore = UInt8(ascii: "_")
    var it = u.makeIterator()
    guard it.next() == underscore, it.next() == underscore else { return name }
    return mangleSlow(name, privateName: privateName)
  }

  @usableFromInline
  static func mangleSlow(_ name: String, privateName: String) -> String {
    let underscore = UInt8(ascii: "_")
    let bytes = Array(name.utf8)
    // Don't mangle __id__ or names with dots.
    if bytes[bytes.count - 1] == underscore && bytes[bytes.count - 2] == underscore {
      return name
    }
    if bytes.contains(UInt8(ascii: ".")) { return name }
    let cls = Array(privateName.utf8)
    var start = 0
    while start < cls.count && cls[start] == underscore { start += 1 }
    if start == cls.count { return name }
    var out: [UInt8] = [underscore]
    out.reserveCapacity(1 + cls.count - start + bytes.count)
    out.append(contentsOf: cls[start...])
    out.append(contentsOf: bytes)
    return String(decoding: out, as: UTF8.self)
  }
}
