/// Entry hints for attribute inline caches (CPython 3.10's LOAD_ATTR_WITH_HINT): an attribute
/// cache remembers where in an instance dict's dense entry array it last found its name, and
/// the next access checks that one entry instead of probing the hash table. A hint is only ever
/// a guess — it is validated against the entry count and the key's identity on every use — so
/// a stale or torn hint costs a miss, never a wrong answer.
///
/// Threads (docs/ARCHITECTURE.md): once threads exist, the read is optimistic as
/// `PyDict.cachedValue` (validated against the lock word, uncounted values only, else under the
/// lock) and the replacement takes the dict's lock and releases the old value after it.
extension PyDict {
  /// Entry `hint` is live and its key is the very object `key` (callers hold the lock, or no
  /// other thread can reach the dict).
  @inline(__always)
  func entry(_ hint: Int, hasKey key: UnsafeMutableRawPointer) -> Bool {
    UInt(bitPattern: hint) < UInt(bitPattern: entryCount)
      && InlineCaches.rawObject(UnsafeRawPointer(entries + hint), offset: ValueLayout.dictEntryKeyOffset)
        == UnsafeRawPointer(key)
  }

  /// The value of entry `hint` when that entry is live and its key is the very object `key`.
  @inline(__always)
  func value(atHint hint: Int, key: UnsafeMutableRawPointer) -> Value? {
    if containersAreShared { return sharedValue(atHint: hint, key: key) }
    guard entry(hint, hasKey: key) else { return nil }
    return entries[hint].value
  }

  /// Replaces the value of entry `hint` when that entry is live and its key is the very object
  /// `key` (a value replacement: the set of keys, and so every cache version, stays the same).
  @inline(__always)
  func replaceValue(atHint hint: Int, key: UnsafeMutableRawPointer, _ value: Value) -> Bool {
    if containersAreShared { return sharedReplaceValue(atHint: hint, key: key, value) }
    guard entry(hint, hasKey: key) else { return false }
    entries[hint].value = value
    return true
  }

  /// `value(atHint:key:)` once threads exist.
  @inline(never)
  func sharedValue(atHint hint: Int, key: UnsafeMutableRawPointer) -> Value? {
    if let start = lock.readBegin() {
      let ent = entries
      if UInt(bitPattern: hint) < UInt(bitPattern: PyDict.entryCapacity(of: ent)) {
        let e = UnsafeRawPointer(ent + hint)
        let keyMatches = InlineCaches.rawObject(e, offset: ValueLayout.dictEntryKeyOffset) == UnsafeRawPointer(key)
        let payload = e.load(fromByteOffset: PyDict.valueOffset, as: UInt64.self)
        let tag = e.load(fromByteOffset: PyDict.valueOffset + 8, as: UInt8.self)
        if lock.readValid(start) {
          if !keyMatches { return nil }
          if let v = PyDict.uncountedValue(payload, tag) { return v }
        }
      }
    }
    let t = lock.acquire()
    defer { lock.release(t) }
    guard entry(hint, hasKey: key) else { return nil }
    return entries[hint].value
  }

  /// `replaceValue(atHint:key:_:)` once threads exist.
  @inline(never)
  func sharedReplaceValue(atHint hint: Int, key: UnsafeMutableRawPointer, _ value: Value) -> Bool {
    let t = lock.acquire()
    guard entry(hint, hasKey: key) else {
      lock.release(t)
      return false
    }
    let old = entries[hint].value
    entries[hint].value = value
    lock.release(t)
    withExtendedLifetime(old) {}
    return true
  }
}
