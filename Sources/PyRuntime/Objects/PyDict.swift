/// `dict`: an insertion-ordered hash table, laid out as CPython's compact dict
/// (Objects/dictobject.c, Objects/dictnotes.txt): a sparse index table pointing into a dense
/// array of (hash, key, value) entries appended in insertion order. Iteration walks the dense
/// array, so order is insertion order; deletions leave holes that a resize compacts.
///
/// Keys are compared by identity first, then — for exact `str` keys — by contents without
/// calling Python code, otherwise with `==` (which may run Python `__eq__`, may raise, and may
/// even mutate the dict: lookups restart when that happens, as CPython's do).
///
/// `keysVersion` changes whenever the set of keys changes (not when a value is replaced), so a
/// cache holding (dict, keysVersion, entry index) stays valid across value updates — what
/// LOAD_GLOBAL's inline cache needs.
public final class PyDict: PyObject {
  @usableFromInline var indices: UnsafeMutablePointer<Int32>
  @usableFromInline var entries: UnsafeMutablePointer<DictEntry>
  /// Index table size − 1 (size is a power of two).
  @usableFromInline var mask: Int
  /// Live entries.
  public private(set) var count: Int = 0
  /// Entries used in the dense array (live + deleted holes).
  @usableFromInline var entryCount: Int = 0
  /// Capacity of the dense array.
  @usableFromInline var entryCapacity: Int
  public private(set) var keysVersion: UInt64 = 0
  /// Version number inline caches key on (see VM/InlineCaches.swift): 0 until a cache asks
  /// for one, reset to 0 whenever the set of keys changes.
  public private(set) var cacheVersion: UInt32 = 0
  /// Changes on every mutation (for iteration checks).
  public private(set) var mutationCount: UInt64 = 0

  static let empty: Int32 = -1
  static let dummy: Int32 = -2
  static let minSize = 8

  public init(type: PyType, capacity: Int = 0) {
    var size = PyDict.minSize
    while size * 2 / 3 < capacity { size <<= 1 }
    mask = size - 1
    entryCapacity = PyDict.usable(size)
    indices = .allocate(capacity: size)
    indices.initialize(repeating: PyDict.empty, count: size)
    entries = .allocate(capacity: entryCapacity)
    super.init(type: type)
  }

  public convenience init(capacity: Int = 0) {
    self.init(type: BuiltinTypes.dict, capacity: capacity)
  }

  deinit {
    entries.deinitialize(count: entryCount)
    entries.deallocate()
    indices.deallocate()
  }

  @inline(__always) static func usable(_ size: Int) -> Int { (size << 1) / 3 }

  // MARK: Lookup

  /// Index into `entries` of `key`, or -1. May run Python `__eq__`.
  @inline(__always)
  func findEntry(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Int {
    if let s = key.strIfExact { return findStr(s, hash: hash) }
    return try findGeneric(ts, key, hash: hash)
  }

  /// Lookup of an exact `str` key: identity, then contents; never calls Python code.
  @inline(__always)
  func findStr(_ key: PyStr, hash: Int) -> Int {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    let keyPointer = Unmanaged.passUnretained(key).toOpaque()
    while true {
      let ix = Int(indices[i])
      if ix == Int(PyDict.empty) { return -1 }
      if ix >= 0 {
        let e = entries + ix
        if e.pointee.hash == hash, let other = e.pointee.key.unmanaged {
          if other.toOpaque() == keyPointer { return ix }
          let verdict: Int = other._withUnsafeGuaranteedRef { o in
            if o.type.kind == .str { return unsafeDowncast(o, to: PyStr.self).equals(key) ? 1 : 0 }
            return -1
          }
          if verdict == 1 { return ix }
          if verdict < 0 { return findGenericSlow(key, hash: hash) }
        } else if e.pointee.hash == hash, !e.pointee.key.isUnbound {
          return findGenericSlow(key, hash: hash)
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
  }

  /// A str key met a non-str key with an equal hash: compare with Python semantics, but
  /// without raising (str equality never raises; a user `__eq__` that raises counts as unequal
  /// here, which only matters for pathological keys).
  private func findGenericSlow(_ key: PyStr, hash: Int) -> Int {
    let ts = ThreadState.current
    return (try? findGeneric(ts, .object(key), hash: hash)) ?? -1
  }

  func findGeneric(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Int {
    while true {
      var perturb = UInt(bitPattern: hash)
      var i = hash & mask
      let startIndices = indices
      let startVersion = keysVersion
      while true {
        let ix = Int(indices[i])
        if ix == Int(PyDict.empty) { return -1 }
        if ix >= 0 {
          let e = entries + ix
          if e.pointee.hash == hash {
            let k = e.pointee.key
            if k.isIdentical(to: key) { return ix }
            if !k.isUnbound {
              let eq = try Protocols.richCompareBool(ts, k, key, .eq)
              if startIndices != indices || startVersion != keysVersion {
                break  // mutated by __eq__: restart
              }
              if eq { return ix }
            }
          }
        }
        perturb >>= 5
        i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
      }
    }
  }

  /// Slot in `indices` where a new entry for `hash` goes.
  @inline(__always)
  private func freeSlot(hash: Int) -> Int {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while indices[i] >= 0 {
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    return i
  }

  /// Slot in `indices` that points at entry `ix`.
  private func slotOf(entry ix: Int, hash: Int) -> Int {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while Int(indices[i]) != ix {
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    return i
  }

  // MARK: Public API

  /// `d[key]` or nil when missing (no `__missing__`). May raise (unhashable key, `__eq__`).
  public func getItem(_ ts: ThreadState, _ key: Value) throws(PyError) -> Value? {
    let h = try Protocols.hash(ts, key)
    let ix = try findEntry(ts, key, hash: h)
    return ix >= 0 ? entries[ix].value : nil
  }

  /// Lookup with a precomputed hash.
  public func getItem(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Value? {
    let ix = try findEntry(ts, key, hash: hash)
    return ix >= 0 ? entries[ix].value : nil
  }

  /// Lookup by a str key (attribute dicts, globals): never raises.
  @inline(__always)
  public func get(_ key: PyStr) -> Value? {
    let ix = findStr(key, hash: key.pyHash)
    return ix >= 0 ? entries[ix].value : nil
  }

  /// Lookup by a Swift string (slow path helpers, module set-up).
  public func get(_ key: String) -> Value? {
    return get(PyStr.intern(key))
  }

  /// Index of the entry for str `key`, or -1 (for inline caches).
  @inline(__always)
  public func entryIndex(_ key: PyStr) -> Int { findStr(key, hash: key.pyHash) }

  /// Value of entry `ix` (must be live).
  @inline(__always)
  public func value(atEntry ix: Int) -> Value { entries[ix].value }

  /// `d[key] = value`. May raise (unhashable key, `__eq__`).
  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value) throws(PyError) {
    let h = try Protocols.hash(ts, key)
    try setItem(ts, key, value, hash: h)
  }

  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value, hash: Int) throws(PyError) {
    let ix = try findEntry(ts, key, hash: hash)
    if ix >= 0 {
      entries[ix].value = value
      mutationCount &+= 1
      return
    }
    insertNew(key, value, hash: hash)
  }

  /// `d[key] = value` for a str key; never raises.
  public func set(_ key: PyStr, _ value: Value) {
    let h = key.pyHash
    let ix = findStr(key, hash: h)
    if ix >= 0 {
      entries[ix].value = value
      mutationCount &+= 1
      return
    }
    insertNew(.object(key), value, hash: h)
  }

  public func set(_ key: String, _ value: Value) {
    set(PyStr.intern(key), value)
  }

  private func insertNew(_ key: Value, _ value: Value, hash: Int) {
    if entryCount >= entryCapacity {
      resize(minUsed: count + 1)
    }
    let slot = freeSlot(hash: hash)
    (entries + entryCount).initialize(to: DictEntry(hash: hash, key: key, value: value))
    indices[slot] = Int32(entryCount)
    entryCount += 1
    count += 1
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
  }

  /// This dict's cache version, assigning a fresh process-unique one if it has none.
  public func assignCacheVersion() -> UInt32 {
    if cacheVersion == 0 {
      cacheVersion = UInt32(truncatingIfNeeded: PyDict.cacheVersions.next()) | 1
    }
    return cacheVersion
  }

  /// Fresh cache versions (only taken when an inline cache is filled, never per mutation).
  private static let cacheVersions = AtomicCounter(0)

  /// `del d[key]`; returns the removed value, nil when missing.
  @discardableResult
  public func delItem(_ ts: ThreadState, _ key: Value) throws(PyError) -> Value? {
    let h = try Protocols.hash(ts, key)
    let ix = try findEntry(ts, key, hash: h)
    if ix < 0 { return nil }
    return removeEntry(ix)
  }

  /// Removes str `key`; returns the removed value, nil when missing.
  @discardableResult
  public func remove(_ key: PyStr) -> Value? {
    let ix = findStr(key, hash: key.pyHash)
    if ix < 0 { return nil }
    return removeEntry(ix)
  }

  private func removeEntry(_ ix: Int) -> Value {
    let e = entries + ix
    let slot = slotOf(entry: ix, hash: e.pointee.hash)
    indices[slot] = PyDict.dummy
    let old = e.pointee.value
    e.pointee.key = .unbound
    e.pointee.value = .unbound
    count -= 1
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
    return old
  }

  public func clear() {
    entries.deinitialize(count: entryCount)
    entryCount = 0
    count = 0
    indices.initialize(repeating: PyDict.empty, count: mask + 1)
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
  }

  /// Rebuilds the table for at least `minUsed` live entries, compacting out deleted entries.
  private func resize(minUsed: Int) {
    var size = PyDict.minSize
    // CPython's growth: room for used*3 (GROWTH_RATE).
    let want = max(minUsed, count * 3)
    while PyDict.usable(size) < want { size <<= 1 }
    let newEntries = UnsafeMutablePointer<DictEntry>.allocate(capacity: PyDict.usable(size))
    var n = 0
    for i in 0..<entryCount {
      let e = entries + i
      if e.pointee.key.isUnbound {
        e.deinitialize(count: 1)
      } else {
        (newEntries + n).moveInitialize(from: e, count: 1)
        n += 1
      }
    }
    entries.deallocate()
    indices.deallocate()
    entries = newEntries
    entryCapacity = PyDict.usable(size)
    entryCount = n
    mask = size - 1
    indices = .allocate(capacity: size)
    indices.initialize(repeating: PyDict.empty, count: size)
    for i in 0..<n {
      indices[freeSlot(hash: entries[i].hash)] = Int32(i)
    }
    cacheVersion = 0
  }

  // MARK: Iteration

  /// The live entry at or after dense position `pos`: (next position, key, value), or nil at
  /// the end. Iterators keep `pos` and check `mutationCount`/`count` themselves.
  @inline(__always)
  public func entry(from pos: Int) -> (next: Int, key: Value, value: Value)? {
    var i = pos
    while i < entryCount {
      let e = entries + i
      if !e.pointee.key.isUnbound {
        return (i + 1, e.pointee.key, e.pointee.value)
      }
      i += 1
    }
    return nil
  }

  /// The live entry at or after dense position `pos` with its stored hash: (next position,
  /// key, hash), or nil at the end (`_PyDict_Next` with the hash, for sets built from dicts).
  @inline(__always)
  public func keyAndHash(from pos: Int) -> (next: Int, key: Value, hash: Int)? {
    var i = pos
    while i < entryCount {
      let e = entries + i
      if !e.pointee.key.isUnbound {
        return (i + 1, e.pointee.key, e.pointee.hash)
      }
      i += 1
    }
    return nil
  }

  /// All live (key, value) pairs in order (copies).
  public var items: [(key: Value, value: Value)] {
    var out: [(key: Value, value: Value)] = []
    out.reserveCapacity(count)
    var pos = 0
    while let (next, k, v) = entry(from: pos) {
      out.append((k, v))
      pos = next
    }
    return out
  }

  public var keys: [Value] { items.map { $0.key } }
  public var values: [Value] { items.map { $0.value } }

  /// A shallow copy (same type `dict`).
  public func copy() -> PyDict {
    let d = PyDict(capacity: count)
    var pos = 0
    while let (next, k, v) = entry(from: pos) {
      let e = entries[next - 1]
      d.insertNew(k, v, hash: e.hash)
      pos = next
    }
    return d
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for i in 0..<entryCount {
      let e = entries[i]
      if !e.key.isUnbound {
        visit(e.key)
        visit(e.value)
      }
    }
  }
}

/// One slot of a dict's dense entry array. A deleted entry has `key == .unbound`.
public struct DictEntry {
  public var hash: Int
  public var key: Value
  public var value: Value
}
