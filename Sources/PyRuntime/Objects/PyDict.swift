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
///
/// Threads (docs/ARCHITECTURE.md, "Threads"): every operation is atomic. Writers, and readers
/// that need a counted reference, hold `lock` (free while the process runs one thread); the
/// lock is let go around a Python `__eq__` and the lookup restarts when the table changed
/// meanwhile, and values or keys a mutation drops are released after it is let go. Lookups by
/// an identical str key (attribute, global and class-member loads) and cached global loads
/// are lock-free: they read the table optimistically and validate against the lock's sequence
/// word, returning only values that need no reference count (immediates and deferred
/// objects). For that, once threads exist, a replaced index or entry array is kept (in
/// `retired`) until the dict dies instead of being freed, and each array carries its own size
/// in a header, so a reader that raced with a resize reads stale but allocated memory and
/// then fails validation.
public final class PyDict: PyObject {
  /// The index table, preceded by a 16-byte header holding its mask (`indexMask(of:)`).
  @usableFromInline var indices: UnsafeMutablePointer<Int32>
  /// The dense entry array, preceded by a 16-byte header holding its capacity.
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
  @usableFromInline let lock = ContainerLock()
  /// Index tables and entry arrays replaced while other threads may still be reading them
  /// (raw allocation starts), freed with the dict.
  var retired: [UnsafeMutableRawPointer] = []

  static let empty: Int32 = -1
  static let dummy: Int32 = -2
  static let minSize = 8

  /// An empty dict; `capacity` presizes as `_PyDict_NewPresized` does.
  public init(type: PyType, capacity: Int = 0) {
    let presize = capacity > PyDict.usableFraction(PyDict.minSize)
    let log2 = !presize ? 3 : capacity > PyDict.usableFraction(1 << 17) ? 17 : PyDict.estimateLog2Size(capacity)
    let size = 1 << log2
    mask = size - 1
    indices = PyDict.allocateIndices(size)
    entries = PyDict.allocateEntries(PyDict.usableFraction(size))
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
    PyDict.freeEntries(entries)
    PyDict.freeIndices(indices)
    for r in retired { r.deallocate() }
  }

  // MARK: Table memory

  /// A table of `size` empty index slots, after a header holding `size - 1`.
  static func allocateIndices(_ size: Int) -> UnsafeMutablePointer<Int32> {
    let raw = UnsafeMutableRawPointer.allocate(byteCount: 16 + size * 4, alignment: 16)
    raw.storeBytes(of: size - 1, as: Int.self)
    let p = (raw + 16).bindMemory(to: Int32.self, capacity: size)
    p.initialize(repeating: PyDict.empty, count: size)
    return p
  }

  /// Room for `capacity` entries, after a header holding `capacity`.
  static func allocateEntries(_ capacity: Int) -> UnsafeMutablePointer<DictEntry> {
    let raw = UnsafeMutableRawPointer.allocate(byteCount: 16 + max(capacity, 1) * MemoryLayout<DictEntry>.stride, alignment: 16)
    raw.storeBytes(of: capacity, as: Int.self)
    return (raw + 16).bindMemory(to: DictEntry.self, capacity: max(capacity, 1))
  }

  @inline(__always) static func indexMask(of p: UnsafePointer<Int32>) -> Int {
    UnsafeRawPointer(p).load(fromByteOffset: -16, as: Int.self)
  }

  @inline(__always) static func entryCapacity(of p: UnsafePointer<DictEntry>) -> Int {
    UnsafeRawPointer(p).load(fromByteOffset: -16, as: Int.self)
  }

  static func freeIndices(_ p: UnsafeMutablePointer<Int32>) { (UnsafeMutableRawPointer(p) - 16).deallocate() }
  static func freeEntries(_ p: UnsafeMutablePointer<DictEntry>) { (UnsafeMutableRawPointer(p) - 16).deallocate() }

  /// Gives up an index table and an entry array this dict no longer uses (their contents
  /// already moved out or released): freed now, or kept until the dict dies once other
  /// threads may be reading them optimistically.
  func dispose(indices oldIndices: UnsafeMutablePointer<Int32>, entries oldEntries: UnsafeMutablePointer<DictEntry>) {
    if containersAreShared {
      retired.append(UnsafeMutableRawPointer(oldIndices) - 16)
      retired.append(UnsafeMutableRawPointer(oldEntries) - 16)
    } else {
      PyDict.freeIndices(oldIndices)
      PyDict.freeEntries(oldEntries)
    }
  }

  /// Releases the keys and values of an entry array in order (key, then value: CPython's
  /// `free_keys_object`); the memory itself stays.
  static func releaseEntries(_ entries: UnsafeMutablePointer<DictEntry>, _ n: Int) {
    for i in 0..<n {
      var e = (entries + i).move()
      ContainerTrashcan.release(&e.key)
      ContainerTrashcan.release(&e.value)
    }
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
    let t = lock.acquire()
    defer { lock.release(t) }
    if isEmptyKeys { return 48 }
    let size = mask + 1
    let ixSize = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x8000_0000 ? 4 : 8
    return 48 + 32 + size * ixSize + PyDict.usableFraction(size) * (isUnicodeTable ? 16 : 24)
  }

  // MARK: Lookup

  /// Index into `entries` of `key`, or -1. May run Python `__eq__` (and raise).
  ///
  /// Called with the lock held (`token`) and returns with it held; around a Python
  /// comparison the lock is let go (a raising comparison propagates with it released and
  /// `token` 0).
  @inline(__always)
  func findEntry(_ ts: ThreadState, _ key: Value, hash: Int, _ token: inout UInt32) throws(PyError) -> Int {
    if let s = key.strIfExact {
      let ix = findStr(s, hash: hash)
      if ix != -2 { return ix }
    }
    return try findGeneric(ts, key, hash: hash, &token)
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
  func findGeneric(_ ts: ThreadState, _ key: Value, hash: Int, _ token: inout UInt32) throws(PyError) -> Int {
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
            lock.release(token)
            token = 0
            let eq = try Protocols.richCompareBool(ts, k, key, .eq)
            token = lock.acquire()
            if startIndices != indices || startVersion != keysVersion || ix >= entryCount || !entries[ix].key.isIdentical(to: k) {
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
    return try getItem(ts, key, hash: h)
  }

  /// Lookup with a precomputed hash.
  public func getItem(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Value? {
    var token = lock.acquire()
    defer { lock.release(token) }
    let ix = try findEntry(ts, key, hash: hash, &token)
    return ix >= 0 ? entries[ix].value : nil
  }

  /// Lookup by a str key (attribute dicts, globals): never raises (a user `__eq__` that
  /// raises while compared with the str counts as unequal here).
  @inline(__always)
  public func get(_ key: PyStr) -> Value? {
    if containersAreShared {
      switch optimisticGet(key) {
      case .found(let v): return v
      case .missing: return nil
      case .retry: break
      }
    }
    var token = lock.acquire()
    defer { lock.release(token) }
    var ix = findStr(key, hash: key.pyHash)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: key.pyHash, &token)) ?? -1 }
    return ix >= 0 ? entries[ix].value : nil
  }

  /// What a lock-free lookup found.
  @usableFromInline enum OptimisticResult {
    case found(Value), missing, retry
  }

  /// Lock-free lookup of a str key by identity (see the type's comment): `.retry` when a
  /// writer interfered, when only an equal (not identical) key could match, or when the
  /// value is a counted reference.
  @inline(__always)
  @usableFromInline func optimisticGet(_ key: PyStr) -> OptimisticResult {
    guard let start = lock.readBegin() else { return .retry }
    let hash = key.pyHash
    let ind = indices
    let ent = entries
    let m = PyDict.indexMask(of: ind)
    let cap = PyDict.entryCapacity(of: ent)
    let keyPointer = UInt(bitPattern: Unmanaged.passUnretained(key).toOpaque())
    var perturb = UInt(bitPattern: hash)
    var i = hash & m
    var probes = 0
    var found = -1
    while true {
      let ix = Int(ind[i])
      if ix == Int(PyDict.empty) { break }
      if ix >= 0 {
        if ix >= cap { return .retry }
        let raw = UnsafeRawPointer(ent + ix)
        if raw.load(as: Int.self) == hash {
          let tag = raw.load(fromByteOffset: PyDict.keyOffset + 8, as: UInt8.self)
          let payload = raw.load(fromByteOffset: PyDict.keyOffset, as: UInt.self)
          if tag &- ValueLayout.objectTag < 2 && payload == keyPointer {
            found = ix
            break
          }
          if tag != ValueLayout.emptyTag { return .retry }
        }
      }
      probes += 1
      if probes > m { return .retry }
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & m
    }
    if found < 0 { return lock.readValid(start) ? .missing : .retry }
    let raw = UnsafeRawPointer(ent + found)
    let payload = raw.load(fromByteOffset: PyDict.valueOffset, as: UInt64.self)
    let tag = raw.load(fromByteOffset: PyDict.valueOffset + 8, as: UInt8.self)
    guard lock.readValid(start) else { return .retry }
    return PyDict.uncountedValue(payload, tag).map { .found($0) } ?? .retry
  }

  static let keyOffset = MemoryLayout<DictEntry>.offset(of: \DictEntry.key)!
  static let valueOffset = MemoryLayout<DictEntry>.offset(of: \DictEntry.value)!

  /// The value with representation (`payload`, `tag`) when it holds no counted reference
  /// (an immediate or a deferred object), else nil.
  @inline(__always)
  static func uncountedValue(_ payload: UInt64, _ tag: UInt8) -> Value? {
    if tag == ValueLayout.objectTag { return nil }
    if tag == ValueLayout.emptyTag && payload != 0 { return nil }  // unbound: a deleted entry
    var v = Value.none
    withUnsafeMutableBytes(of: &v) { b in
      b.storeBytes(of: payload, as: UInt64.self)
      b.storeBytes(of: tag, toByteOffset: 8, as: UInt8.self)
    }
    return v
  }

  /// Lookup by a Swift string (slow path helpers, module set-up).
  public func get(_ key: String) -> Value? {
    return get(PyStr.intern(key))
  }

  /// Index of the entry for str `key`, or -1. Another thread may change the dict right
  /// after: use it as a yes/no answer (or through `cachedLookup`).
  @inline(__always)
  public func entryIndex(_ key: PyStr) -> Int {
    if containersAreShared {
      if case .missing = optimisticGet(key) { return -1 }
    }
    let t = lock.acquire()
    let ix = findStr(key, hash: key.pyHash)
    lock.release(t)
    return ix == -2 ? -1 : ix
  }

  /// The entry index and value of str `key`, taken in one critical section; nil when the key
  /// is missing (or only an equal non-str key could match).
  @inline(__always)
  public func lookupEntry(_ key: PyStr) -> (index: Int, value: Value)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    let ix = findStr(key, hash: key.pyHash)
    if ix < 0 { return nil }
    return (ix, entries[ix].value)
  }

  /// For LOAD_GLOBAL's cache: the entry index, value and cache version of str `key`, taken
  /// in one critical section; nil when the key is missing (or only an equal non-str key
  /// could match).
  public func cachedLookup(_ key: PyStr) -> (index: Int, value: Value, version: UInt32)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    let ix = findStr(key, hash: key.pyHash)
    if ix < 0 { return nil }
    return (ix, entries[ix].value, assignCacheVersionLocked())
  }

  /// For LOAD_GLOBAL's cache: the value of entry `ix` when this dict's cache version is still
  /// `version`, else nil. Lock-free unless the value is a counted reference.
  @inline(__always)
  public func cachedValue(atEntry ix: Int, version: UInt32) -> Value? {
    if !containersAreShared {
      return cacheVersion == version ? entries[ix].value : nil
    }
    if let start = lock.readBegin() {
      // The entry array is read before the version: a resize resets the version before it
      // installs a new array, so a matching version proves `ent` is the array `ix` indexes.
      let ent = entries
      lock.orderLoads()
      if cacheVersion != version { return nil }
      if ix < PyDict.entryCapacity(of: ent) {
        let raw = UnsafeRawPointer(ent + ix)
        let payload = raw.load(fromByteOffset: PyDict.valueOffset, as: UInt64.self)
        let tag = raw.load(fromByteOffset: PyDict.valueOffset + 8, as: UInt8.self)
        if lock.readValid(start), let v = PyDict.uncountedValue(payload, tag) { return v }
      }
    }
    let t = lock.acquire()
    defer { lock.release(t) }
    guard cacheVersion == version, ix < entryCount else { return nil }
    let v = entries[ix].value
    return v.isUnbound ? nil : v
  }

  /// Value of entry `ix`, or `.none` when there is no live entry `ix` (any more).
  public func value(atEntry ix: Int) -> Value {
    let t = lock.acquire()
    defer { lock.release(t) }
    guard ix >= 0 && ix < entryCount else { return .none }
    let v = entries[ix].value
    return v.isUnbound ? .none : v
  }

  /// `d[key] = value`. May raise (unhashable key, `__eq__`).
  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value) throws(PyError) {
    let h = try Protocols.hash(ts, key)
    try setItem(ts, key, value, hash: h)
  }

  /// `insertdict`: replace the value of an existing key, or append a new entry.
  public func setItem(_ ts: ThreadState, _ key: Value, _ value: Value, hash: Int) throws(PyError) {
    var token = lock.acquire()
    var old = Value.unbound
    defer {
      lock.release(token)
      withExtendedLifetime(old) {}
    }
    if isEmptyKeys {
      insertIntoEmpty(key, value, hash: hash)
      return
    }
    if isUnicodeTable && key.strIfExact == nil {
      insertionResize(keepUnicode: false)
    }
    let ix = try findEntry(ts, key, hash: hash, &token)
    if ix >= 0 {
      old = replaceValue(ix, value)
      return
    }
    insertNew(key, value, hash: hash)
  }

  /// `d.setdefault(key, default)` (`PyDict_SetDefault`): one lookup, insertion on a miss, as
  /// one atomic step.
  public func setDefault(_ ts: ThreadState, _ key: Value, _ dflt: Value) throws(PyError) -> Value {
    let h = try Protocols.hash(ts, key)
    var token = lock.acquire()
    defer { lock.release(token) }
    if isEmptyKeys {
      insertIntoEmpty(key, dflt, hash: h)
      return dflt
    }
    if isUnicodeTable && key.strIfExact == nil {
      insertionResize(keepUnicode: false)
    }
    let ix = try findEntry(ts, key, hash: h, &token)
    if ix >= 0 { return entries[ix].value }
    insertNew(key, dflt, hash: h)
    return dflt
  }

  /// Stores `value` in live entry `ix`; returns the old value (to release after unlocking).
  @inline(__always)
  private func replaceValue(_ ix: Int, _ value: Value) -> Value {
    let old = entries[ix].value
    entries[ix].value = value
    mutationCount &+= 1
    return old
  }

  /// `d[key] = value` for a str key; never raises.
  public func set(_ key: PyStr, _ value: Value) {
    let h = key.pyHash
    var token = lock.acquire()
    var old = Value.unbound
    defer {
      lock.release(token)
      withExtendedLifetime(old) {}
    }
    if isEmptyKeys {
      insertIntoEmpty(.object(key), value, hash: h)
      return
    }
    var ix = findStr(key, hash: h)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: h, &token)) ?? -1 }
    if token == 0 { token = lock.acquire() }
    if ix >= 0 {
      old = replaceValue(ix, value)
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
  /// is left. Under the lock.
  func insertNew(_ key: Value, _ value: Value, hash: Int) {
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
    rebuild(log2: PyDict.log2Size(count * 3), unicode: keepUnicode && isUnicodeTable)
  }

  /// This dict's cache version, assigning a fresh process-unique one if it has none.
  public func assignCacheVersion() -> UInt32 {
    let t = lock.acquire()
    defer { lock.release(t) }
    return assignCacheVersionLocked()
  }

  private func assignCacheVersionLocked() -> UInt32 {
    if cacheVersion == 0 {
      // Every assignment gets a fresh number (`| 1` would give consecutive numbers the same
      // version, so a dict could get its old version back and stale caches would match).
      var v = UInt32(truncatingIfNeeded: PyDict.cacheVersions.next())
      if v == 0 { v = UInt32(truncatingIfNeeded: PyDict.cacheVersions.next()) }
      cacheVersion = v
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
    var token = lock.acquire()
    var oldKey = Value.unbound
    defer {
      lock.release(token)
      withExtendedLifetime(oldKey) {}
    }
    if count == 0 { return nil }
    let ix = try findEntry(ts, key, hash: hash, &token)
    if ix < 0 { return nil }
    let (k, v) = removeEntry(ix)
    oldKey = k
    return v
  }

  /// Removes str `key`; returns the removed value, nil when missing.
  @discardableResult
  public func remove(_ key: PyStr) -> Value? {
    var token = lock.acquire()
    var oldKey = Value.unbound
    defer {
      lock.release(token)
      withExtendedLifetime(oldKey) {}
    }
    if count == 0 { return nil }
    var ix = findStr(key, hash: key.pyHash)
    if ix == -2 { ix = (try? findGeneric(ThreadState.current, .object(key), hash: key.pyHash, &token)) ?? -1 }
    if token == 0 { token = lock.acquire() }
    if ix < 0 { return nil }
    let (k, v) = removeEntry(ix)
    oldKey = k
    return v
  }

  /// Deletes live entry `ix` (under the lock); returns its key and value for the caller to
  /// release after unlocking.
  private func removeEntry(_ ix: Int) -> (key: Value, value: Value) {
    let e = entries + ix
    let slot = slotOf(entry: ix, hash: e.pointee.hash)
    indices[slot] = PyDict.dummy
    let oldKey = e.pointee.key
    let old = e.pointee.value
    e.pointee.key = .unbound
    e.pointee.value = .unbound
    count -= 1
    keysVersion &+= 1
    cacheVersion = 0
    mutationCount &+= 1
    return (oldKey, old)
  }

  /// `d.popitem()`: removes the last entry and trims the dense array behind it; nil when
  /// empty.
  public func popLast() -> (key: Value, value: Value)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    if count == 0 { return nil }
    var i = entryCount - 1
    while i >= 0 && entries[i].key.isUnbound { i -= 1 }
    let (k, v) = removeEntry(i)
    // Entries from i on are all deleted now: the array ends at i (usable is not restored).
    for j in i..<entryCount { (entries + j).deinitialize(count: 1) }
    entryCount = i
    return (k, v)
  }

  /// `d.clear()`: back to no table at all.
  public func clear() {
    let t = lock.acquire()
    let oldEntries = entries, oldCount = entryCount, oldIndices = indices
    let size = PyDict.minSize
    cacheVersion = 0
    indices = PyDict.allocateIndices(size)
    entries = PyDict.allocateEntries(PyDict.usableFraction(size))
    mask = size - 1
    usable = PyDict.usableFraction(size)
    entryCount = 0
    count = 0
    isEmptyKeys = true
    isUnicodeTable = true
    keysVersion &+= 1
    mutationCount &+= 1
    lock.release(t)
    // Release the old contents last: their deinitialisers may run Python code.
    PyDict.releaseEntries(oldEntries, oldCount)
    let t2 = lock.acquire()
    dispose(indices: oldIndices, entries: oldEntries)
    lock.release(t2)
  }

  /// Rebuilds the table with 2^`log2` slots of the given kind, compacting out deleted
  /// entries (`dictresize`).
  func resize(log2: Int, unicode: Bool) {
    let t = lock.acquire()
    rebuild(log2: log2, unicode: unicode)
    lock.release(t)
  }

  /// `resize` under the lock.
  func rebuild(log2: Int, unicode: Bool) {
    let size = 1 << log2
    let cap = PyDict.usableFraction(size)
    // Invalidate cached entry indices before the arrays change (see `cachedValue`).
    cacheVersion = 0
    let newEntries = PyDict.allocateEntries(cap)
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
    let newIndices = PyDict.allocateIndices(size)
    for i in 0..<n {
      PyDict.insertSlot(newIndices, size - 1, newEntries[i].hash, Int32(i))
    }
    let oldIndices = indices, oldEntries = entries
    entries = newEntries
    indices = newIndices
    entryCount = n
    usable = cap - n
    mask = size - 1
    isUnicodeTable = unicode
    isEmptyKeys = false
    dispose(indices: oldIndices, entries: oldEntries)
    keysVersion &+= 1
  }

  /// Puts entry number `ix` with `hash` into the first free slot of an index table.
  private static func insertSlot(_ indices: UnsafeMutablePointer<Int32>, _ mask: Int, _ hash: Int, _ ix: Int32) {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while indices[i] >= 0 {
      perturb >>= 5
      i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    indices[i] = ix
  }

  /// Grows the table ahead of a merge of `incoming` entries when they would not fit
  /// (`dict_merge`'s presize).
  func presizeForMerge(_ incoming: Int, unicode: Bool) {
    let t = lock.acquire()
    defer { lock.release(t) }
    if isEmptyKeys {
      // The shared empty keys have room for nothing.
      rebuild(log2: PyDict.estimateLog2Size(count + incoming), unicode: unicode)
      return
    }
    if PyDict.usableFraction(mask + 1) < incoming {
      rebuild(log2: PyDict.estimateLog2Size(count + incoming), unicode: unicode && isUnicodeTable)
    }
  }

  /// Makes this dict's table a copy of `other`'s, holes included
  /// (`clone_combined_dict_keys`), when this dict is empty and `other` is clean enough for
  /// it (`isCleanForClone`); false (nothing done) otherwise. The copy is taken under
  /// `other`'s lock and installed under this dict's.
  func cloneTable(of other: PyDict, requireClean: Bool = true) -> Bool {
    let ot = other.lock.acquire()
    guard !requireClean || other.isCleanForClone else {
      other.lock.release(ot)
      return false
    }
    let size = other.mask + 1
    let cap = PyDict.usableFraction(size)
    let newEntries = PyDict.allocateEntries(cap)
    newEntries.initialize(from: other.entries, count: other.entryCount)
    let newIndices = PyDict.allocateIndices(size)
    newIndices.initialize(from: other.indices, count: size)
    let (oMask, oEntryCount, oUsable, oCount) = (other.mask, other.entryCount, other.usable, other.count)
    let (oUnicode, oEmpty) = (other.isUnicodeTable, other.isEmptyKeys)
    other.lock.release(ot)

    let t = lock.acquire()
    if count != 0 {
      lock.release(t)
      PyDict.releaseEntries(newEntries, oEntryCount)
      PyDict.freeEntries(newEntries)
      PyDict.freeIndices(newIndices)
      return false
    }
    cacheVersion = 0
    let oldIndices = indices, oldEntries = entries
    oldEntries.deinitialize(count: entryCount)
    entries = newEntries
    indices = newIndices
    mask = oMask
    entryCount = oEntryCount
    usable = oUsable
    count = oCount
    isUnicodeTable = oUnicode
    isEmptyKeys = oEmpty
    dispose(indices: oldIndices, entries: oldEntries)
    keysVersion &+= 1
    mutationCount &+= 1
    lock.release(t)
    return true
  }

  /// True when the table holds no deleted entries and could be cloned by `dict_merge` (read
  /// under the lock).
  var isCleanForClone: Bool {
    count == entryCount && (mask + 1 == PyDict.minSize || PyDict.usableFraction((mask + 1) / 2) < count)
  }

  // MARK: Iteration

  /// The live entry at or after dense position `pos`: (next position, key, value), or nil at
  /// the end. Iterators keep `pos` and check `count` themselves.
  @inline(__always)
  public func entry(from pos: Int) -> (next: Int, key: Value, value: Value)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    var i = max(pos, 0)
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
    let t = lock.acquire()
    defer { lock.release(t) }
    var i = max(pos, 0)
    while i < entryCount {
      let e = entries + i
      if !e.pointee.key.isUnbound {
        return (i + 1, e.pointee.key, e.pointee.hash)
      }
      i += 1
    }
    return nil
  }

  /// The live entry at or after `pos` with everything: (next position, key, value, hash).
  @inline(__always)
  public func fullEntry(from pos: Int) -> (next: Int, key: Value, value: Value, hash: Int)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    var i = max(pos, 0)
    while i < entryCount {
      let e = entries + i
      if !e.pointee.key.isUnbound {
        return (i + 1, e.pointee.key, e.pointee.value, e.pointee.hash)
      }
      i += 1
    }
    return nil
  }

  /// The live entry at or before dense position `pos`, walking backwards: (previous
  /// position, key, value), or nil (reverse iteration).
  @inline(__always)
  public func entry(backFrom pos: Int) -> (previous: Int, key: Value, value: Value)? {
    let t = lock.acquire()
    defer { lock.release(t) }
    var i = min(pos, entryCount - 1)
    while i >= 0 {
      let e = entries + i
      if !e.pointee.key.isUnbound { return (i - 1, e.pointee.key, e.pointee.value) }
      i -= 1
    }
    return nil
  }

  /// The dense array's length (`dk_nentries`), where reverse iteration starts.
  public var entryEnd: Int {
    let t = lock.acquire()
    defer { lock.release(t) }
    return entryCount
  }

  /// All live (key, value) pairs in order (copies), taken in one critical section.
  public var items: [(key: Value, value: Value)] {
    let t = lock.acquire()
    defer { lock.release(t) }
    var out: [(key: Value, value: Value)] = []
    out.reserveCapacity(count)
    for i in 0..<entryCount {
      let e = entries + i
      if !e.pointee.key.isUnbound { out.append((e.pointee.key, e.pointee.value)) }
    }
    return out
  }

  public var keys: [Value] { items.map { $0.key } }
  public var values: [Value] { items.map { $0.value } }

  /// A shallow copy of type `dict` (`PyDict_Copy`): a clone of the table when it is compact
  /// enough, else a compacted merge.
  public func copy() -> PyDict {
    let d = PyDict(capacity: 0)
    let t = lock.acquire()
    let (n, entryN, unicode) = (count, entryCount, isUnicodeTable)
    lock.release(t)
    if n == 0 { return d }
    if n >= (entryN * 2) / 3 && d.cloneTable(of: self, requireClean: false) { return d }
    d.presizeForMerge(n, unicode: unicode)
    var pos = 0
    while let (next, k, v, h) = fullEntry(from: pos) {
      // `d` is private to this thread until returned: no lock needed.
      d.insertNew(k, v, hash: h)
      pos = next
    }
    return d
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for (k, v) in items {
      visit(k)
      visit(v)
    }
  }
}

/// One slot of a dict's dense entry array. A deleted entry has `key == .unbound`.
public struct DictEntry {
  public var hash: Int
  public var key: Value
  public var value: Value
}
