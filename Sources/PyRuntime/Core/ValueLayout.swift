/// Raw access to a `Value`'s representation for the hottest paths: reading the object pointer or
/// the case without copying the enum (a copy of an object case is a retain/release pair that
/// the optimiser does not always remove).
///
/// Swift lays out the enum as an 8-byte payload followed by a 1-byte tag: payload cases are
/// numbered in declaration order (int 0, float 1, bool 2, object 3, deferred 4) and the empty
/// cases share tag 5, told apart by the payload (none 0, unbound 1). `ValueLayout.verify()` checks
/// this at start-up, so a compiler that lays it out differently fails loudly, not subtly.
public enum ValueLayout {
  public static let intTag: UInt8 = 0
  public static let floatTag: UInt8 = 1
  public static let boolTag: UInt8 = 2
  public static let objectTag: UInt8 = 3
  public static let deferredTag: UInt8 = 4
  public static let emptyTag: UInt8 = 5

  static func verify() {
    let o = PyPlainObject(type: BuiltinTypes.object)
    func check(_ v: Value, _ tag: UInt8, _ payload: UInt64?) {
      let (t, p) = withUnsafeBytes(of: v) { ($0.load(fromByteOffset: 8, as: UInt8.self), $0.load(as: UInt64.self)) }
      precondition(t == tag && (payload == nil || p == payload!), "swiftpy: unexpected Value layout")
    }
    let addr = UInt64(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()))
    check(.int(7), intTag, 7)
    check(.float(1), floatTag, nil)
    check(.bool(true), boolTag, 1)
    check(.object(o), objectTag, addr)
    check(.deferred(Unmanaged.passUnretained(o)), deferredTag, addr)
    check(.none, emptyTag, 0)
    check(.unbound, emptyTag, 1)
    precondition(MemoryLayout<Value>.size == 9 && MemoryLayout<Value>.stride == 16, "swiftpy: unexpected Value size")
    precondition(MemoryLayout<DictEntry>.offset(of: \DictEntry.key) == dictEntryKeyOffset,
                 "swiftpy: unexpected dict entry layout")
  }

  /// Byte offset of `DictEntry.key` (after the 8-byte hash), for the attribute caches' entry hints.
  static let dictEntryKeyOffset = 8
}

extension Value {
  /// The enum tag (see `ValueLayout`).
  @inline(__always)
  public var rawTag: UInt8 {
    withUnsafeBytes(of: self) { $0.load(fromByteOffset: 8, as: UInt8.self) }
  }

  /// The object pointer of an object or deferred case, without touching its count.
  @inline(__always)
  public var rawObject: UnsafeRawPointer? {
    withUnsafeBytes(of: self) { raw -> UnsafeRawPointer? in
      let tag = raw.load(fromByteOffset: 8, as: UInt8.self)
      return tag &- ValueLayout.objectTag < 2 ? raw.load(as: UnsafeRawPointer.self) : nil
    }
  }
}
