import Synchronization

/// `str`: an immutable sequence of Unicode code points with O(1) indexing.
///
/// Storage follows CPython's PEP 393: each string uses the narrowest of three fixed widths that
/// holds its largest code point — 1 byte (Latin-1), 2 bytes (BMP) or 4 bytes — so equal strings
/// always have equal representations, and the hash (SipHash-1-3 over that representation, as
/// CPython's `_Py_HashBytes`) matches CPython's for the same PYTHONHASHSEED.
/// Lone surrogates are allowed, as in Python.
public final class PyStr: PyObject {
  /// Number of code points (`len(s)`).
  public let count: Int
  /// Bytes per code point: 1, 2 or 4.
  public let kind: Int
  /// All code points < 128.
  public let isASCII: Bool
  @usableFromInline let storage: UnsafeMutableRawPointer
  /// Cached hash; `Int.min` until computed. Racing threads compute the same value.
  private let hashCache = Atomic<Int>(Int.min)

  /// Takes ownership of `storage` (`count * kind` bytes, allocated with `allocate`).
  init(type: PyType, storage: UnsafeMutableRawPointer, count: Int, kind: Int, isASCII: Bool) {
    self.storage = storage
    self.count = count
    self.kind = kind
    self.isASCII = isASCII
    super.init(type: type)
  }

  deinit {
    // `__del__` of a str subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) {
        let n = max(count * kind, 1)
        let p = UnsafeMutableRawPointer.allocate(byteCount: n, alignment: 4)
        p.copyMemory(from: storage, byteCount: n)
        return PyStr(type: type, storage: p, count: count, kind: kind, isASCII: isASCII)
      }
    }
    storage.deallocate()
  }

  // MARK: Creation

  /// A new str from a Swift string.
  public convenience init(_ s: String, type: PyType = BuiltinTypes.str) {
    var maxCP: UInt32 = 0
    var n = 0
    for u in s.unicodeScalars {
      if u.value > maxCP { maxCP = u.value }
      n += 1
    }
    let kind = maxCP < 0x100 ? 1 : maxCP < 0x10000 ? 2 : 4
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n * kind, 1), alignment: 4)
    var i = 0
    switch kind {
    case 1:
      let b = p.assumingMemoryBound(to: UInt8.self)
      if maxCP < 0x80 {
        for u in s.utf8 { b[i] = u; i += 1 }
      } else {
        for u in s.unicodeScalars { b[i] = UInt8(u.value); i += 1 }
      }
    case 2:
      let b = p.assumingMemoryBound(to: UInt16.self)
      for u in s.unicodeScalars { b[i] = UInt16(u.value); i += 1 }
    default:
      let b = p.assumingMemoryBound(to: UInt32.self)
      for u in s.unicodeScalars { b[i] = u.value; i += 1 }
    }
    self.init(type: type, storage: p, count: n, kind: kind, isASCII: maxCP < 0x80)
  }

  /// A new str from code points (which may include lone surrogates).
  public convenience init<C: Collection>(codePoints: C, type: PyType = BuiltinTypes.str) where C.Element == UInt32 {
    var maxCP: UInt32 = 0
    for cp in codePoints where cp > maxCP { maxCP = cp }
    let n = codePoints.count
    let kind = maxCP < 0x100 ? 1 : maxCP < 0x10000 ? 2 : 4
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n * kind, 1), alignment: 4)
    var i = 0
    switch kind {
    case 1:
      let b = p.assumingMemoryBound(to: UInt8.self)
      for cp in codePoints { b[i] = UInt8(cp); i += 1 }
    case 2:
      let b = p.assumingMemoryBound(to: UInt16.self)
      for cp in codePoints { b[i] = UInt16(cp); i += 1 }
    default:
      let b = p.assumingMemoryBound(to: UInt32.self)
      for cp in codePoints { b[i] = cp; i += 1 }
    }
    self.init(type: type, storage: p, count: n, kind: kind, isASCII: maxCP < 0x80)
  }

  /// A new str from ASCII/Latin-1 bytes (each byte one code point).
  public convenience init<C: Collection>(latin1 bytes: C, type: PyType = BuiltinTypes.str) where C.Element == UInt8 {
    let n = bytes.count
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(n, 1), alignment: 4)
    let b = p.assumingMemoryBound(to: UInt8.self)
    var ascii = true
    var i = 0
    for c in bytes {
      b[i] = c
      if c >= 0x80 { ascii = false }
      i += 1
    }
    self.init(type: type, storage: p, count: n, kind: 1, isASCII: ascii)
  }

  // MARK: Access

  /// Code point at `i` (0 ≤ i < count).
  @inline(__always)
  public subscript(i: Int) -> UInt32 {
    switch kind {
    case 1: return UInt32(storage.assumingMemoryBound(to: UInt8.self)[i])
    case 2: return UInt32(storage.assumingMemoryBound(to: UInt16.self)[i])
    default: return storage.assumingMemoryBound(to: UInt32.self)[i]
    }
  }

  /// The code units (`kind` bytes each: UInt8, UInt16 or UInt32) for native code that scans
  /// text in place (e.g. the `_json` scanner). Read-only; valid while the str is alive.
  @inlinable
  public var unsafeCodeUnits: UnsafeRawPointer { UnsafeRawPointer(storage) }

  /// All code points (copies).
  public var codePoints: [UInt32] { (0..<count).map { self[$0] } }

  /// True when the object is exactly a `str` (not a subclass instance).
  @inline(__always)
  public var isExactStr: Bool { type.kind == .str }

  /// The contents as a Swift string (lone surrogates become U+FFFD).
  public var string: String {
    if kind == 1 && isASCII {
      return String(decoding: UnsafeRawBufferPointer(start: storage, count: count), as: UTF8.self)
    }
    var s = String.UnicodeScalarView()
    for i in 0..<count { s.append(Unicode.Scalar(self[i]) ?? "\u{FFFD}") }
    return String(s)
  }

  /// Contents equality (code point by code point).
  @inline(__always)
  public func equals(_ other: PyStr) -> Bool {
    if self === other { return true }
    if count != other.count || kind != other.kind { return false }
    return memcmp(storage, other.storage, count * kind) == 0
  }

  /// `hash(s)`: SipHash-1-3 of the PEP 393 representation, as CPython.
  public var pyHash: Int {
    let cached = hashCache.load(ordering: .relaxed)
    if cached != Int.min { return cached }
    var h = count == 0 ? 0 : HashSecret.hashBytes(UnsafeRawBufferPointer(start: storage, count: count * kind))
    if h == -1 { h = -2 }
    hashCache.store(h, ordering: .relaxed)
    return h
  }

  // MARK: Interning

  /// The unique, deferred (never freed) str with these contents. Identifiers, attribute names
  /// and constant strings of code are interned, so lookups can compare by identity.
  public static func intern(_ s: String) -> PyStr { InternTable.shared.intern(s) }

  /// The interned str equal to `s` (s itself when it becomes the interned one).
  public static func intern(_ s: PyStr) -> PyStr { InternTable.shared.intern(s) }
}

@_silgen_name("memcmp")
func memcmp(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Int32

/// The process-wide table of interned strings. Interned strs are immutable and never freed, so
/// sharing them between interpreters is safe; the table itself is guarded by a mutex and only
/// touched when interning (compilation, module set-up), never on hot paths.
final class InternTable: Sendable {
  static let shared = InternTable()
  private let table = Mutex<[String: PyStr]>([:])

  func intern(_ s: String) -> PyStr {
    return table.withLock { t in
      if let found = t[s] { return found }
      let str = PyStr(s)
      str.flags.insert([.deferred, .interned])
      t[s] = str
      return str
    }
  }

  func intern(_ s: PyStr) -> PyStr {
    if s.flags.contains(.interned) { return s }
    let key = s.string
    return table.withLock { t in
      if let found = t[key], found.equals(s) { return found }
      guard s.isExactStr, !key.unicodeScalars.contains(where: { $0 == "\u{FFFD}" }) else { return s }
      s.flags.insert([.deferred, .interned])
      t[key] = s
      return s
    }
  }
}
