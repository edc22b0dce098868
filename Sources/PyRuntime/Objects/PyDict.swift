/// `dict`: an insertion-ordered hash table laid out as CPython 3.11's compact dict
/// (Objects/dictobject.c, Objects/dictnotes.txt): a sparse index table pointing into a dense
/// array of (hash, key, value) entries appended in insertion order. Iteration walks the dense
/// array, so order is insertion order; deletions leave holes that a resize compacts.
///
/// The layout follows CPython's policies exactly — table sizes (`calculate_log2_keysize`,
/// including its rounding), the usable fraction, growth by `used * 3`, presizing, the
/// "unicode keys" table kind that a non-str key converts with a resize, `popitem` trimming the
/// entry array, copies that clone the table — because the layout is observable: whether an
/// iterator over a mutated dict raises "dictionary keys changed during iteration" or simply
/// ends, and what `__sizeof__` reports.
///
/// Keys are compared by identity first, then — for exact `str` keys — by contents without
/// calling Python code, otherwise with `==` (which may run Python `__eq__`, may raise, and may
/// even mutate the dict: lookups restart when that happens, as CPython's do).
///
/// `keysVersion` changes whenever the set of keys or their positions change (not when a value
/// is replaced), so a cache holding (dict, keysVersion, entry index) stays valid across value
/// updates — what LOAD_GLOBAL's inline cache needs.
public final class PyDict: PyObject {
  @usableFromInline var indices: UnsafeMutablePointer<Int32>
  @usableFromInline var entries: UnsafeMutablePointer<DictEntry>
  /// Index table size − 1 (size is a power of two).
  @usableFromInline var mask: Int
  /// Live entries (`ma_used`).
  public private(set) var count: Int = 0
  /// Entries used in the dense array, live and deleted (`dk_nentries`).
  @usableFromInline var entryCount: Int = 0
  /// Entries that can still be appended before a resize (`dk_usable`).
  var usable: Int
  /// CPython's DICT_KEYS_UNICODE table kind: every key so far is an exact str.
  var isUnicodeTable: Bool
  /// CPython's shared empty keys (`Py_EMPTY_KEYS`): no table allocated yet.
  var isEmptyKeys: Bool
  public private(set) var keysVersion: UInt64 = 0
  /// Version number inline caches key on (see VM/InlineCaches.swift): 0 until a cache asks
  /// for one, reset to 0 whenever the set of keys (or their positions) changes.
  public private(set) var cacheVersion: UInt32 = 0
  /// Changes on every mutation (for iteration checks).
  public private(set) var mutationCount: UInt64 = 0

  static let empty: Int32 = -1
  static let dummy: Int32 = -2
  static let minSize = 8

  /// An empty dict; `capacity` presizes as `_PyDict_NewPresized` does.
  public init(type: PyType, capacity: Int = 0) {
    let presize = capacity > PyDict.usableFraction(PyDict.minSize)
    let log2 = !presize ? 3 : capacity > PyDict.usableFraction(1 << 17) ? 17 : PyDict.estimateLog2Size(capacity)
    let size = 1 << log2
    mask = size - 1
    indices = .allocate(capacity: size)
    indices.initialize(repeating: PyDict.empty, count: size)
    entries = .allocate(capacity: PyDict.usableFraction(size))
    usable = PyDict.usableFraction(size)
    isUnicodeTable = true
    isEmptyKeys = !presize
    super.init(type: type)
  }

  public convenience init(capacity: Int = 0) {
    self.init(type: BuiltinTypes.dict, capacity: capacity)
  }

  /// `dict_new_presized(n, unicode)`: for BUILD_MAP, whose keys are known to be all exact
  /// strs (`unicodeKeys`) or not.
  public convenience init(presized n: Int, unicodeKeys: Bool) {
    self.init(type: BuiltinTypes.dict, capacity: n)
    if !isEmptyKeys { isUnicodeTable = unicodeKeys }
  }

  deinit {
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { copy() }
    }
    PyDict.releaseEntries(entries, entryCount)
    indices.deallocate()
  }

  /// Releases the keys and values of an entry array in order (key, then value: CPython's
  /// `free_keys_object`) and frees it.
  static func releaseEntries(_ entries: UnsafeMutablePointer<DictEntry>, _ n: Int) {
    for i in 0..<n {
      var e = (entries + i).move()
      ContainerTrashcan.release(&e.key)
      ContainerTrashcan.release(&e.value)
    }
    entries.deallocate()
  }

  /// Hands the entries of a dying dict to a work list (see ContainerTrashcan).
  func takeContents(reversedInto work: inout [Value]) {
    var i = entryCount - 1
    while i >= 0 {
      let e = (entries + i).move()
      if !e.key.isUnbound {
        work.append(e.value)
        work.append(e.key)
      }
      i -= 1
    }
    entryCount = 0
    count = 0
  }

  // MARK: Sizing policy

  /// `USABLE_FRACTION`: entries a table of `size` slots holds.
  @inline(__always) static func usableFraction(_ size: Int) -> Int { (size << 1) / 3 }

  /// `calculate_log2_keysize` (64-bit branch, rounding included).
  static func log2Size(_ minSize: Int) -> Int {
    let m = ((minSize | PyDict.minSize) - 1) | (PyDict.minSize - 1)
    return Int.bitWidth - m.leadingZeroBitCount
  }

  /// `estimate_log2_keysize`: a table that holds `n` entries.
  static func estimateLog2Size(_ n: Int) -> Int { log2Size((n * 3 + 1) / 2) }

  /// The size in bytes CPython reports for `d.__sizeof__()` (without subclass extras).
  public var sizeInBytes: Int {
    if isEmptyKeys { return 48 }
    let size = mask + 1
    let ixSize = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x8000_0000 ? 4 : 8
    return 48 + 32 + size * ixSize + PyDict.usableFraction(size) * (isUnicodeTable ? 16 : 24)
  }

  // MARK: Lookup

  /// Index into `entries` of `key`, or -1. May run Python `__eq__` (and raise).
  @inline(__always)
  func findEntry(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Int {
    if let s = key.strIfExact {
      let ix = findStr(s, hash: hash)
      if ix != -2 { return ix }
    }
    return try findGeneric(ts, key, hash: hash)
  }

  /// Lookup of an exact `str` key: identity, then contents; never calls Python code.
  /// Returns -2 when it met a non-str key with the same hash (the caller must compare with
  /// Python semantics).
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
          if verdict < 0 { return -2 }
        } else if e.pointee.hash == hash, !e.pointee.key.isUnbound {
          return -2
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
  }

  /// Lookup comparing with `==` (`dictkeys_generic_lookup`), restarting when a comparison
  /// changed the dict.
  func findGeneric(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Int {
    restart: while true {
      var perturb = UInt(bitPattern: hash)
      var i = hash & mask
      let startIndices = indices
      let startVersion = keysVersion
      while true {
        let ix = Int(indices[i])
        if ix == Int(PyDict.empty) { return -1 }
        if ix >= 0 {
          let e = entries + ix
          let k = e.pointee.key
          if k.isIdentical(to: key) { return ix }
          if e.pointee.hash == hash && !k.isUnbound {
            let eq = try Protocols.richCompareBool(ts, k, key, .eq)
            if startIndices != indices || startVersion != keysVersion || !entries[ix].key.isIdentical(to: k) {
              continue restart
            }
            if eq { return ix }
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

  /// Lookup by a str key (attribute dicts, globals): never raises (a user `__eq__` that
  /// raises while compared with the str counts as unequal here).
  @inline(__always)
  public func get(_ key: PyStr) -> Value? {
    var ix = findStr(key, hash: key.pyHash)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: key.pyHash)) ?? -1 }
    return ix >= 0 ? entries[ix].value : nil
  }

  /// Lookup by a Swift string (slow path helpers, module set-up).
  public func get(_ key: String) -> Value? {
    return get(PyStr.intern(key))
  }

  /// Index of the entry for str `key`, or -1 (for inline caches).
  @inline(__always)
  public func entryIndex(_ key: PyStr) -> Int {
    let ix = findStr(key, hash: key.pyHash)
    return ix == -2 ? -1 : ix
  }

  /// Value of entry `ix` (must be live).
  @inline(__always)
  public func value(atEntry ix: Int) -> Value { entries[ix].value }

  /// `d[key] = value`. May raise (unhashable key, `__eq__`).
  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value) throws(PyError) {
    let h = try Protocols.hash(ts, key)
    try setItem(ts, key, value, hash: h)
  }

  /// `insertdict`: replace the value of an existing key, or append a new entry.
  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value, hash: Int) throws(PyError) {
    if isEmptyKeys {
      insertIntoEmpty(key, value, hash: hash)
      return
    }
    if isUnicodeTable && key.strIfExact == nil {
      insertionResize(keepUnicode: false)
    }
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
    if isEmptyKeys {
      insertIntoEmpty(.object(key), value, hash: h)
      return
    }
    var ix = findStr(key, hash: h)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: h)) ?? -1 }
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

  /// The first insertion into a dict without a table (`insert_to_emptydict`): a minimum-size
  /// table whose kind follows the key.
  private func insertIntoEmpty(_ key: Value, _ value: Value, hash: Int) {
    isEmptyKeys = false
    isUnicodeTable = key.strIfExact != nil
    insertNew(key, value, hash: hash)
  }

  /// Appends a new entry (the key is known to be absent), growing the table when no entry
  /// is left.
  private func insertNew(_ key: Value, _ value: Value, hash: Int) {
    if isEmptyKeys {
      isEmptyKeys = false
      isUnicodeTable = key.strIfExact != nil
    }
    if usable <= 0 {
      insertionResize(keepUnicode: true)
    }
    let slot = freeSlot(hash: hash)
    (entries + entryCount).initialize(to: DictEntry(hash: hash, key: key, value: value))
    indices[slot] = Int32(entryCount)
    entryCount += 1
    usable -= 1
    count += 1
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
  }

  /// `insertion_resize`: a table for `used * 3`.
  private func insertionResize(keepUnicode: Bool) {
    resize(log2: PyDict.log2Size(count * 3), unicode: keepUnicode && isUnicodeTable)
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
    return try delItem(ts, key, hash: h)
  }

  /// `del d[key]` with a precomputed hash.
  @discardableResult
  public func delItem(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Value? {
    if count == 0 { return nil }
    let ix = try findEntry(ts, key, hash: hash)
    if ix < 0 { return nil }
    return removeEntry(ix)
  }

  /// Removes str `key`; returns the removed value, nil when missing.
  @discardableResult
  public func remove(_ key: PyStr) -> Value? {
    if count == 0 { return nil }
    var ix = findStr(key, hash: key.pyHash)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: key.pyHash)) ?? -1 }
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

  /// `d.popitem()`: removes the last entry and trims the dense array behind it; nil when
  /// empty.
  public func popLast() -> (key: Value, value: Value)? {
    if count == 0 { return nil }
    var i = entryCount - 1
    while i >= 0 && entries[i].key.isUnbound { i -= 1 }
    let e = entries + i
    let k = e.pointee.key
    let v = removeEntry(i)
    _ = e
    // Entries from i on are all deleted now: the array ends at i (usable is not restored).
    for j in i..<entryCount { (entries + j).deinitialize(count: 1) }
    entryCount = i
    return (k, v)
  }

  /// `d.clear()`: back to no table at all.
  public func clear() {
    let oldEntries = entries, oldCount = entryCount, oldIndices = indices
    let size = PyDict.minSize
    indices = .allocate(capacity: size)
    indices.initialize(repeating: PyDict.empty, count: size)
    entries = .allocate(capacity: PyDict.usableFraction(size))
    mask = size - 1
    usable = PyDict.usableFraction(size)
    entryCount = 0
    count = 0
    isEmptyKeys = true
    isUnicodeTable = true
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
    // Release the old contents last: their deinitialisers may run Python code.
    PyDict.releaseEntries(oldEntries, oldCount)
    oldIndices.deallocate()
  }

  /// Rebuilds the table with 2^`log2` slots of the given kind, compacting out deleted
  /// entries (`dictresize`).
  func resize(log2: Int, unicode: Bool) {
    let size = 1 << log2
    let cap = PyDict.usableFraction(size)
    let newEntries = UnsafeMutablePointer<DictEntry>.allocate(capacity: cap)
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
    entryCount = n
    usable = cap - n
    mask = size - 1
    isUnicodeTable = unicode
    isEmptyKeys = false
    indices = .allocate(capacity: size)
    indices.initialize(repeating: PyDict.empty, count: size)
    for i in 0..<n {
      indices[freeSlot(hash: entries[i].hash)] = Int32(i)
    }
    keysVersion &+= 1
    cacheVersion = 0
  }

  /// Grows the table ahead of a merge of `incoming` entries when they would not fit
  /// (`dict_merge`'s presize).
  func presizeForMerge(_ incoming: Int, unicode: Bool) {
    if isEmptyKeys {
      // The shared empty keys have room for nothing.
      resize(log2: PyDict.estimateLog2Size(count + incoming), unicode: unicode)
      return
    }
    if PyDict.usableFraction(mask + 1) < incoming {
      resize(log2: PyDict.estimateLog2Size(count + incoming), unicode: unicode && isUnicodeTable)
    }
  }

  /// Makes this (empty) dict's table a copy of `other`'s, holes included
  /// (`clone_combined_dict_keys`).
  func cloneTable(of other: PyDict) {
    precondition(count == 0)
    let size = other.mask + 1
    let cap = PyDict.usableFraction(size)
    entries.deinitialize(count: entryCount)
    entries.deallocate()
    indices.deallocate()
    entries = .allocate(capacity: cap)
    entries.initialize(from: other.entries, count: other.entryCount)
    indices = .allocate(capacity: size)
    indices.initialize(from: other.indices, count: size)
    mask = other.mask
    entryCount = other.entryCount
    usable = other.usable
    count = other.count
    isUnicodeTable = other.isUnicodeTable
    isEmptyKeys = other.isEmptyKeys
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
  }

  /// True when the table holds no deleted entries and could be cloned by `dict_merge`.
  var isCleanForClone: Bool {
    count == entryCount && (mask + 1 == PyDict.minSize || PyDict.usableFraction((mask + 1) / 2) < count)
  }

  // MARK: Iteration

  /// The live entry at or after dense position `pos`: (next position, key, value), or nil at
  /// the end. Iterators keep `pos` and check `count` themselves.
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

  /// The live entry at or before dense position `pos`, walking backwards: (previous
  /// position, key, value), or nil (reverse iteration).
  @inline(__always)
  public func entry(backFrom pos: Int) -> (previous: Int, key: Value, value: Value)? {
    var i = min(pos, entryCount - 1)
    while i >= 0 {
      let e = entries + i
      if !e.pointee.key.isUnbound { return (i - 1, e.pointee.key, e.pointee.value) }
      i -= 1
    }
    return nil
  }

  /// Index of the first live entry at or after `pos`, or -1 (iteration without copying).
  @inline(__always)
  public func nextLive(from pos: Int) -> Int {
    var i = pos
    while i < entryCount {
      if !entries[i].key.isUnbound { return i }
      i += 1
    }
    return -1
  }

  /// Index of the last live entry at or before `pos`, or -1.
  @inline(__always)
  public func previousLive(from pos: Int) -> Int {
    var i = min(pos, entryCount - 1)
    while i >= 0 {
      if !entries[i].key.isUnbound { return i }
      i -= 1
    }
    return -1
  }

  /// Key of entry `ix` (must be live).
  @inline(__always)
  public func key(atEntry ix: Int) -> Value { entries[ix].key }

  /// The dense array's length (`dk_nentries`), where reverse iteration starts.
  public var entryEnd: Int { entryCount }

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

  /// A shallow copy of type `dict` (`PyDict_Copy`): a clone of the table when it is compact
  /// enough, else a compacted merge.
  public func copy() -> PyDict {
    let d = PyDict(capacity: 0)
    if count == 0 { return d }
    if count >= (entryCount * 2) / 3 {
      d.cloneTable(of: self)
      return d
    }
    d.presizeForMerge(count, unicode: isUnicodeTable)
    var pos = 0
    while let (next, k, h) = keyAndHash(from: pos) {
      d.insertNew(k, entries[next - 1].value, hash: h)
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
