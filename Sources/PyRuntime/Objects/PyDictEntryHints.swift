/// Entry hints for attribute inline caches (CPython 3.10's LOAD_ATTR_WITH_HINT): an attribute
/// cache remembers where in an instance dict's dense entry array it last found its name, and
/// the next access checks that one entry instead of probing the hash table. A hint is only ever
/// a guess — it is validated against the entry count and the key's identity on every use — so
/// a stale or torn hint costs a miss, never a wrong answer.
extension PyDict {
  /// The value of entry `hint` when that entry is live and its key is the very object `key`.
  @inline(__always)
  func value(atHint hint: Int, key: UnsafeMutableRawPointer) -> Value? {
    guard UInt(bitPattern: hint) < UInt(bitPattern: entryCount) else { return nil }
    let e = UnsafeRawPointer(entries + hint)
    guard InlineCaches.rawObject(e, offset: ValueLayout.dictEntryKeyOffset) == UnsafeRawPointer(key)
    else { return nil }
    return entries[hint].value
  }

  /// Replaces the value of entry `hint` when that entry is live and its key is the very object
  /// `key` (a value replacement: the set of keys, and so every cache version, stays the same).
  @inline(__always)
  func replaceValue(atHint hint: Int, key: UnsafeMutableRawPointer, _ value: Value) -> Bool {
    guard UInt(bitPattern: hint) < UInt(bitPattern: entryCount) else { return false }
    let e = UnsafeRawPointer(entries + hint)
    guard InlineCaches.rawObject(e, offset: ValueLayout.dictEntryKeyOffset) == UnsafeRawPointer(key)
    else { return false }
    entries[hint].value = value
    return true
  }
}
