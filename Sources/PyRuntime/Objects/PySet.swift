/// `set` and `frozenset`: an open-addressing hash table laid out and probed exactly as CPython
/// 3.11's (Objects/setobject.c) — same table sizes (8 minimum, powers of two), the same hybrid
/// probing (up to LINEAR_PROBES = 9 neighbours, then perturbation), the same fill/used
/// accounting, dummy entries and resize policy — so that, for equal hashes, iteration order
/// (and therefore every set repr) is CPython's.
///
/// An entry is empty (`key == .unbound`, `hash == 0`), a dummy left by a deletion
/// (`key == .unbound`, `hash == -1`) or active (a key and its hash; a real hash is never -1).
///
/// All reads and writes of the table go through this class's methods; the algorithms that
/// combine sets (union, intersection …) are in SetAlgebra.swift.
///
/// Threads (docs/ARCHITECTURE.md, "Threads"): a `set`'s table is read and written under
/// `lock` (free while the process runs one thread); a lookup that must call a Python `__eq__`
/// lets the lock go around the call and restarts when the table changed meanwhile, as
/// CPython's restarts when `__eq__` mutates the set. A `frozenset` is filled before any other
/// thread can see it and never changes afterwards, so it is read without locking.
public final class PySet: PyObject {
  @usableFromInline var table: UnsafeMutablePointer<SetEntry>
  /// Table size − 1.
  @usableFromInline var mask: Int
  /// Active + dummy entries.
  @usableFromInline var fill: Int = 0
  /// Active entries.
  public private(set) var used: Int = 0
  /// Where `pop` resumes its search.
  var finger: Int = 0
  /// Cached `hash(frozenset)`, -1 when not computed.
  var cachedHash: Int = -1
  /// True for frozensets: immutable once published, read without the lock.
  let immutable: Bool
  let lock = ContainerLock()

  static let minSize = 8
  static let linearProbes = 9

  public override init(type: PyType) {
    table = PySet.emptyTable(PySet.minSize)
    mask = PySet.minSize - 1
    immutable = type === BuiltinTypes.frozenset || type.isSubtype(of: BuiltinTypes.frozenset)
    super.init(type: type)
  }

  /// Takes the lock (no-op for a frozenset or a single-threaded process): a token for
  /// `unlock`.
  @inline(__always)
  func lockTable() -> UInt32 { immutable ? 0 : lock.acquire() }

  @inline(__always)
  func unlock(_ token: UInt32) { lock.release(token) }

  deinit {
    // `__del__` of a set or frozenset subclass: a stand-in takes the table (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) {
        let s = PySet(type: type)
        swap(&s.table, &table)
        swap(&s.mask, &mask)
        swap(&s.fill, &fill)
        swap(&s.used, &used)
        s.cachedHash = cachedHash
        return s
      }
    }
    PySet.releaseTable(table, mask: mask)
  }

  /// Releases the keys of a table and frees it. Only counted references need releasing;
  /// immediates, deferred objects, empty and dummy slots need nothing.
  @inline(__always)
  static func releaseTable(_ t: UnsafeMutablePointer<SetEntry>, mask: Int) {
    for i in 0...mask {
      if case .object = t[i].key { ContainerTrashcan.release(&t[i].key) }
    }
    t.deallocate()
  }

  /// Hands the keys of a dying set to a work list (see ContainerTrashcan).
  func takeKeys(reversedInto work: inout [Value]) {
    var i = mask
    while i >= 0 {
      if !table[i].key.isUnbound {
        work.append((table + i).move().key)
        (table + i).initialize(to: SetEntry(hash: -1, key: .unbound))
      }
      i -= 1
    }
    used = 0
    fill = 0
  }

  /// A fresh table of `size` empty slots.
  @inline(__always)
  static func emptyTable(_ size: Int) -> UnsafeMutablePointer<SetEntry> {
    let t = UnsafeMutablePointer<SetEntry>.allocate(capacity: size)
    t.initialize(repeating: SetEntry(hash: 0, key: .unbound), count: size)
    return t
  }

  /// A new set (or frozenset) of `values`, added in order (BUILD_SET, frozenset constants).
  public static func make(_ ts: ThreadState, _ values: [Value], frozen: Bool) throws(PyError) -> PySet {
    let s = PySet(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    for v in values { try s.add(ts, v) }
    return s
  }

  /// A frozenset constant of a code object, built as CPython 3.11's compiler leaves it:
  /// `PyFrozenSet_New(items)`, rebuilt once from its own iteration order by the constant
  /// merging (compile.c `merge_consts_recursive`), and once more when interning replaced one
  /// of its strings by an already interned equal string (codeobject.c
  /// `intern_string_constants`). Which strings CPython has interned at that point depends on
  /// its start-up; one-character identifier strings always are (approximation: only those
  /// count). Rebuilding changes the table layout — and so the iteration order — when
  /// elements collide.
  public static func makeConstant(_ ts: ThreadState, _ values: [Value]) throws(PyError) -> PySet {
    var s = try make(ts, values, frozen: true)
    s = try make(ts, s.elements, frozen: true)
    let internReplaced = values.contains { v in
      guard let str = v.strIfExact, str.count == 1 else { return false }
      let c = str[0]
      return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }
    if internReplaced { s = try make(ts, s.elements, frozen: true) }
    return s
  }

  /// `len(s)`.
  @inline(__always) public var count: Int { used }

  /// True for `frozenset` and its subclasses.
  public var isFrozen: Bool { type.isSubtype(of: BuiltinTypes.frozenset) }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for k in elements { visit(k) }
  }

  // MARK: Probing (set_lookkey, set_add_entry, set_insert_clean)

  /// Index of the active entry equal to `key`, or -1. May run Python `__eq__`; a comparison
  /// that mutates the set restarts the search, as CPython's does.
  ///
  /// Called with the lock held (`token`); returns with it held. Around a Python comparison
  /// the lock is let go; when the comparison raises, the error propagates with the lock
  /// released and `token` set to 0.
  func find(_ ts: ThreadState, _ key: Value, hash: Int, _ token: inout UInt32) throws(PyError) -> Int {
    let keyStr = key.strIfExact
    restart: while true {
      var m = UInt(mask)
      var perturb = UInt(bitPattern: hash)
      var i = UInt(bitPattern: hash) & m
      while true {
        var j = Int(i)
        var probes = Int(i) + PySet.linearProbes <= Int(m) ? PySet.linearProbes : 0
        while true {
          let e = table + j
          if e.pointee.hash == 0 && e.pointee.key.isUnbound { return -1 }
          if e.pointee.hash == hash {
            let startKey = e.pointee.key
            if startKey.isIdentical(to: key) { return j }
            if let ks = keyStr, let ss = startKey.strIfExact {
              if ss.equals(ks) { return j }
            } else {
              let t = table
              let eq = try compareUnlocked(ts, startKey, key, &token)
              if t != table || !table[j].key.isIdentical(to: startKey) { continue restart }
              if eq { return j }
              m = UInt(mask)
            }
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= 5
        i = (i &* 5 &+ 1 &+ perturb) & m
      }
    }
  }

  /// `==` of a stored key and a probe key, with the lock let go around it.
  @inline(never)
  func compareUnlocked(_ ts: ThreadState, _ stored: Value, _ key: Value, _ token: inout UInt32) throws(PyError) -> Bool {
    unlock(token)
    token = 0
    let eq = try Protocols.richCompareBool(ts, stored, key, .eq)
    token = lockTable()
    return eq
  }

  /// Adds `key` with its precomputed `hash` (no-op when an equal key is present).
  func addEntry(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) {
    var token = lockTable()
    defer { unlock(token) }
    try addEntry(ts, key, hash: hash, &token)
  }

  /// `addEntry` with the lock held (see `find` for the lock protocol).
  func addEntry(_ ts: ThreadState, _ key: Value, hash: Int, _ token: inout UInt32) throws(PyError) {
    let keyStr = key.strIfExact
    restart: while true {
      var m = UInt(mask)
      var perturb = UInt(bitPattern: hash)
      var i = UInt(bitPattern: hash) & m
      var freeSlot = -1
      while true {
        var j = Int(i)
        var probes = Int(i) + PySet.linearProbes <= Int(m) ? PySet.linearProbes : 0
        while true {
          let e = table + j
          if e.pointee.hash == 0 && e.pointee.key.isUnbound {
            if freeSlot >= 0 {
              table[freeSlot] = SetEntry(hash: hash, key: key)
              used += 1
              return
            }
            e.pointee = SetEntry(hash: hash, key: key)
            fill += 1
            used += 1
            if fill * 5 < Int(m) * 3 { return }
            resize(minUsed: used > 50000 ? used * 2 : used * 4)
            return
          }
          if e.pointee.hash == hash {
            let startKey = e.pointee.key
            if startKey.isIdentical(to: key) { return }
            if let ks = keyStr, let ss = startKey.strIfExact {
              if ss.equals(ks) { return }
            } else {
              let t = table
              let eq = try compareUnlocked(ts, startKey, key, &token)
              if eq { return }
              if t != table || !table[j].key.isIdentical(to: startKey) { continue restart }
              m = UInt(mask)
            }
          } else if e.pointee.hash == -1 {
            freeSlot = j
          }
          if probes == 0 { break }
          probes -= 1
          j += 1
        }
        perturb >>= 5
        i = (i &* 5 &+ 1 &+ perturb) & m
      }
    }
  }

  /// Puts a key known to be absent into a table without dummies (used by resizes and merges).
  @inline(__always)
  static func insertClean(_ table: UnsafeMutablePointer<SetEntry>, mask: Int, _ key: Value, hash: Int) {
    let m = UInt(mask)
    var perturb = UInt(bitPattern: hash)
    var i = UInt(bitPattern: hash) & m
    while true {
      let base = Int(i)
      if table[base].key.isUnbound { table[base] = SetEntry(hash: hash, key: key); return }
      if base + linearProbes <= mask {
        for j in (base + 1)...(base + linearProbes) where table[j].key.isUnbound {
          table[j] = SetEntry(hash: hash, key: key)
          return
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ perturb) & m
    }
  }

  /// Rebuilds the table with the smallest size greater than `minUsed` (set_table_resize).
  /// Entries move bitwise (no reference counting): each key leaves the old table, whose
  /// remaining slots are empty or dummies, so the old table is freed without releasing.
  func resize(minUsed: Int) {
    var newSize = PySet.minSize
    while newSize <= minUsed { newSize <<= 1 }
    if newSize == PySet.minSize && mask == PySet.minSize - 1 && fill == used { return }
    let old = table
    let oldMask = mask
    let newTable = PySet.emptyTable(newSize)
    for k in 0...oldMask where !old[k].key.isUnbound {
      let slot = PySet.cleanSlot(newTable, mask: newSize - 1, hash: old[k].hash)
      UnsafeMutableRawPointer(newTable + slot).copyMemory(from: old + k, byteCount: MemoryLayout<SetEntry>.size)
    }
    table = newTable
    mask = newSize - 1
    fill = used
    old.deallocate()
  }

  /// The empty slot `insertClean` would use for `hash` in a table without dummies.
  @inline(__always)
  static func cleanSlot(_ table: UnsafeMutablePointer<SetEntry>, mask: Int, hash: Int) -> Int {
    let m = UInt(mask)
    var perturb = UInt(bitPattern: hash)
    var i = UInt(bitPattern: hash) & m
    while true {
      let base = Int(i)
      if table[base].key.isUnbound { return base }
      if base + linearProbes <= mask {
        for j in (base + 1)...(base + linearProbes) where table[j].key.isUnbound { return j }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ perturb) & m
    }
  }

  // MARK: Element operations

  /// The hash of a set element: CPython's `PyObject_Hash` (TypeError for unhashable values).
  @inline(__always)
  static func elementHash(_ ts: ThreadState, _ key: Value) throws(PyError) -> Int {
    try Protocols.hash(ts, key)
  }

  /// `s.add(item)`.
  public func add(_ ts: ThreadState, _ item: Value) throws(PyError) {
    try addEntry(ts, item, hash: try PySet.elementHash(ts, item))
  }

  /// `item in s`.
  public func contains(_ ts: ThreadState, _ item: Value) throws(PyError) -> Bool {
    try contains(ts, item, hash: try PySet.elementHash(ts, item))
  }

  /// `item in s` with a precomputed hash.
  func contains(_ ts: ThreadState, _ item: Value, hash: Int) throws(PyError) -> Bool {
    var token = lockTable()
    defer { unlock(token) }
    return try find(ts, item, hash: hash, &token) >= 0
  }

  /// Removes `key` when present; true when it was (set_discard_entry).
  @discardableResult
  func discardEntry(_ ts: ThreadState, _ key: Value, hash: Int) throws(PyError) -> Bool {
    var token = lockTable()
    let j: Int
    do throws(PyError) {
      j = try find(ts, key, hash: hash, &token)
    } catch {
      unlock(token)
      throw error
    }
    if j < 0 {
      unlock(token)
      return false
    }
    let old = table[j].key
    table[j] = SetEntry(hash: -1, key: .unbound)
    used -= 1
    unlock(token)
    withExtendedLifetime(old) {}
    return true
  }

  /// `s.discard(item)`; true when the item was present.
  @discardableResult
  public func discard(_ ts: ThreadState, _ item: Value) throws(PyError) -> Bool {
    try discardEntry(ts, item, hash: try PySet.elementHash(ts, item))
  }

  /// `s.clear()`: back to an empty minimum-size table.
  public func clear() {
    let token = lockTable()
    let old = table
    let oldMask = mask
    table = PySet.emptyTable(PySet.minSize)
    mask = PySet.minSize - 1
    fill = 0
    used = 0
    cachedHash = -1
    unlock(token)
    PySet.releaseTable(old, mask: oldMask)
  }

  /// `s.pop()`: the first active entry from the search finger on; nil when empty.
  public func pop() -> Value? {
    let token = lockTable()
    defer { unlock(token) }
    if used == 0 { return nil }
    var i = finger & mask
    while table[i].key.isUnbound {
      i += 1
      if i > mask { i = 0 }
    }
    let key = table[i].key
    table[i] = SetEntry(hash: -1, key: .unbound)
    used -= 1
    finger = i + 1
    return key
  }

  // MARK: Iteration

  /// The active entry at or after table position `pos`: (next position, key, hash), or nil.
  @inline(__always)
  public func entry(from pos: Int) -> (next: Int, key: Value, hash: Int)? {
    let token = lockTable()
    defer { unlock(token) }
    var i = max(pos, 0)
    while i <= mask {
      let e = table + i
      if !e.pointee.key.isUnbound { return (i + 1, e.pointee.key, e.pointee.hash) }
      i += 1
    }
    return nil
  }

  /// The elements in iteration order (copies).
  public var elements: [Value] {
    let token = lockTable()
    defer { unlock(token) }
    var out: [Value] = []
    out.reserveCapacity(used)
    for i in 0...mask where !table[i].key.isUnbound { out.append(table[i].key) }
    return out
  }

  // MARK: Bulk operations

  /// Adds every element of the set `other` (set_merge), presizing once and copying the table
  /// outright when this set is empty and the tables have the same size.
  func merge(_ ts: ThreadState, _ other: PySet) throws(PyError) {
    if other === self { return }
    // A copy of the other table (taken under its lock) is merged under this set's lock.
    let otherToken = other.lockTable()
    let otherMask = other.mask, otherUsed = other.used, otherFill = other.fill
    if otherUsed == 0 {
      other.unlock(otherToken)
      return
    }
    let source = UnsafeMutablePointer<SetEntry>.allocate(capacity: otherMask + 1)
    source.initialize(from: other.table, count: otherMask + 1)
    other.unlock(otherToken)
    defer {
      source.deinitialize(count: otherMask + 1)
      source.deallocate()
    }
    var token = lockTable()
    defer { unlock(token) }
    if (fill + otherUsed) * 5 >= mask * 3 {
      resize(minUsed: (used + otherUsed) * 2)
    }
    if fill == 0 && mask == otherMask && otherFill == otherUsed {
      for i in 0...otherMask where !source[i].key.isUnbound {
        table[i] = source[i]
      }
      fill = otherFill
      used = otherUsed
      return
    }
    if fill == 0 {
      fill = otherUsed
      used = otherUsed
      for i in 0...otherMask where !source[i].key.isUnbound {
        PySet.insertClean(table, mask: mask, source[i].key, hash: source[i].hash)
      }
      return
    }
    var i = 0
    while i <= otherMask {
      let e = source[i]
      if !e.key.isUnbound { try addEntry(ts, e.key, hash: e.hash, &token) }
      i += 1
    }
  }

  /// Adds every key of `dict`, using the dict's stored hashes (set_update_internal's dict case).
  func mergeKeys(_ ts: ThreadState, of dict: PyDict) throws(PyError) {
    let n = dict.count
    let token = lockTable()
    if (fill + n) * 5 >= mask * 3 {
      resize(minUsed: (used + n) * 2)
    }
    unlock(token)
    var pos = 0
    while let (next, k, h) = dict.keyAndHash(from: pos) {
      try addEntry(ts, k, hash: h)
      pos = next
    }
  }

  /// `s.update(iterable)` for one iterable (set_update_internal).
  public func update(_ ts: ThreadState, _ other: Value) throws(PyError) {
    if let o = other.as(PySet.self) {
      try merge(ts, o)
      return
    }
    if let d = other.as(PyDict.self), d.type === BuiltinTypes.dict {
      try mergeKeys(ts, of: d)
      return
    }
    let it = try Protocols.getIter(ts, other)
    while let x = try Protocols.next(ts, it) { try add(ts, x) }
  }

  /// Exchanges the tables of two sets (set_swap_bodies), for in-place updates computed into a
  /// temporary.
  func swapBodies(with other: PySet) {
    // Both locks, the lower address first (the only place that holds two).
    let selfFirst = ObjectIdentifier(self) < ObjectIdentifier(other)
    let t1 = selfFirst ? lockTable() : other.lockTable()
    let t2 = selfFirst ? other.lockTable() : lockTable()
    defer {
      if selfFirst { other.unlock(t2); unlock(t1) } else { unlock(t2); other.unlock(t1) }
    }
    swap(&table, &other.table)
    swap(&mask, &other.mask)
    swap(&fill, &other.fill)
    swap(&used, &other.used)
    if isFrozen && other.isFrozen {
      swap(&cachedHash, &other.cachedHash)
    } else {
      cachedHash = -1
      other.cachedHash = -1
    }
  }

  /// If more than a quarter of the table is dummies, resizes them away (after bulk removals).
  func compactAfterRemovals() {
    let token = lockTable()
    defer { unlock(token) }
    if fill - used <= mask / 4 { return }
    resize(minUsed: used > 50000 ? used * 2 : used * 4)
  }

  /// `hash(frozenset)`: CPython's order-independent xor of shuffled entry hashes (cached for
  /// frozensets; a mutable set's is recomputed each time).
  public func frozensetHash() -> Int {
    if cachedHash != -1 { return cachedHash }
    let token = lockTable()
    defer { unlock(token) }
    let frozen = isFrozen
    @inline(__always) func shuffle(_ h: UInt) -> UInt {
      ((h ^ 89869747) ^ (h << 16)) &* 3644798167
    }
    var h: UInt = 0
    for i in 0...mask {
      h ^= shuffle(UInt(bitPattern: table[i].hash))
    }
    if (mask + 1 - fill) & 1 != 0 { h ^= shuffle(0) }
    if (fill - used) & 1 != 0 { h ^= shuffle(UInt(bitPattern: -1)) }
    h ^= (UInt(used) &+ 1) &* 1927868237
    h ^= (h >> 11) ^ (h >> 25)
    h = h &* 69069 &+ 907133923
    if h == UInt.max { h = 590923713 }
    let r = Int(bitPattern: h)
    if frozen { cachedHash = r }
    return r
  }

  /// `s.__sizeof__()` as CPython 3.11 reports it (the object plus an out-of-line table).
  public var sizeInBytes: Int {
    let token = lockTable()
    defer { unlock(token) }
    return 200 + (mask + 1 > PySet.minSize ? (mask + 1) * 16 : 0)
  }
}

/// One slot of a set's table.
public struct SetEntry {
  public var hash: Int
  public var key: Value
}
