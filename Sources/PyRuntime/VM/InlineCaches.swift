import Synchronization

/// Inline caches of attribute and global loads (the cache words that follow `loadAttr`,
/// `storeAttr`, `loadMethod` and `loadGlobal` in the code array).
///
/// Attribute caches: word 0 = (type version << 8) | kind, word 1 = a payload (an uncounted
/// object pointer). A type's version changes whenever the type or a base changes in a way a
/// cache could have observed (`PyType.modified`), so a matching version proves the cached
/// decision still holds. Global caches: word 0 = the globals dict's cache version (low 32 bits)
/// and the builtins dict's (high 32 bits, 0 when the name was found in globals), word 1 = the
/// entry index; a dict's cache version is reset whenever its set of keys changes.
///
/// Threads may fill the same cache concurrently: word 1 is written before word 0 and read after
/// it, and every fast path re-checks what it relies on, so a torn pair only costs a miss.
/// Everything here avoids reference counting: objects are borrowed through raw pointers.
enum InlineCaches {
  static let instanceDict: UInt8 = 1
  static let methodOnType: UInt8 = 2
  static let moduleDict: UInt8 = 3
  /// `methodOnType` for a type whose instances are `PyInstance`s.
  static let methodOnInstanceType: UInt8 = 4

  /// The object pointer held by register `reg`, read straight from its memory (no copy).
  @inline(__always)
  static func rawObject(_ reg: UnsafeMutablePointer<Value>) -> UnsafeRawPointer? {
    rawObject(UnsafeRawPointer(reg), offset: 0)
  }

  /// The object pointer of the `Value` stored `offset` bytes into `base` (nil for immediates).
  @inline(__always)
  static func rawObject(_ base: UnsafeRawPointer, offset: Int) -> UnsafeRawPointer? {
    let tag = base.load(fromByteOffset: offset + 8, as: UInt8.self)
    return tag &- ValueLayout.objectTag < 2 ? base.load(fromByteOffset: offset, as: UnsafeRawPointer.self) : nil
  }

  @inline(__always)
  static func key(_ version: UInt32, _ kind: UInt8) -> UInt64 { UInt64(version) << 8 | UInt64(kind) }

  // MARK: LOAD_ATTR

  @inline(__always)
  static func loadAttr(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                       _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) -> Value {
    let c0 = cache[0]
    if c0 != 0, let p = rawObject(reg) {
      let hit: Value? = Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { obj -> Value? in
        let version = Unmanaged.passUnretained(obj.type)._withUnsafeGuaranteedRef { $0.version }
        guard key(version, UInt8(truncatingIfNeeded: c0)) == c0 else { return nil }
        switch UInt8(truncatingIfNeeded: c0) {
        case instanceDict:
          // A matching version means the cache was filled for this very type, whose instances
          // are all PyInstance (a type's instances share one layout; see loadAttrMiss).
          guard let dp = dictPointer(unsafeDowncast(obj, to: PyInstance.self)) else { return nil }
          return Unmanaged<PyDict>.fromOpaque(dp)._withUnsafeGuaranteedRef { dict -> Value? in
            if let v = dict.value(atHint: Int(truncatingIfNeeded: cache[1]), key: name.toOpaque()) { return v }
            return name._withUnsafeGuaranteedRef { n -> Value? in
              // Index and value from one critical section (threads).
              guard let (ix, v) = dict.lookupEntry(n) else { return nil }
              cache[1] = UInt64(ix)
              return v
            }
          }
        case moduleDict:
          return Unmanaged.passUnretained(unsafeDowncast(obj, to: PyModule.self).dict)._withUnsafeGuaranteedRef { dict in
            name._withUnsafeGuaranteedRef { dict.get($0) }
          }
        default:
          return nil
        }
      }
      if let v = hit { return v }
    }
    return try loadAttrMiss(ts, reg, name, cache)
  }

  /// The instance dict of `inst` as a raw pointer, read without retaining it (the instance,
  /// borrowed by the caller, keeps it alive).
  @inline(__always)
  static func dictPointer(_ inst: PyInstance) -> UnsafeMutableRawPointer? {
    withUnsafeMutablePointer(to: &inst.dict) { UnsafeRawPointer($0).load(as: UnsafeMutableRawPointer?.self) }
  }

  @inline(never)
  static func loadAttrMiss(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                           _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) -> Value {
    let obj = reg.pointee
    let n = name.takeUnretainedValue()
    let t = Protocols.typeOf(obj)
    if let o = obj.object {
      if o is PyModule && t === BuiltinTypes.module {
        cache[0] = key(t.version, moduleDict)
      } else if o is PyInstance && t.slots.getAttribute == nil && t.slots.getAttrFallback == nil && t.lookup(n) == nil {
        cache[0] = key(t.version, instanceDict)
      }
    }
    return try Protocols.getAttr(ts, obj, n)
  }

  // MARK: STORE_ATTR

  @inline(__always)
  static func storeAttr(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                        _ value: Value, _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) {
    let c0 = cache[0]
    if c0 != 0, let p = rawObject(reg) {
      let done: Bool = Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { obj -> Bool in
        let version = Unmanaged.passUnretained(obj.type)._withUnsafeGuaranteedRef { $0.version }
        guard key(version, instanceDict) == c0,
              let dp = dictPointer(unsafeDowncast(obj, to: PyInstance.self)) else { return false }
        Unmanaged<PyDict>.fromOpaque(dp)._withUnsafeGuaranteedRef { dict in
          if dict.replaceValue(atHint: Int(truncatingIfNeeded: cache[1]), key: name.toOpaque(), value) { return }
          name._withUnsafeGuaranteedRef { n in
            dict.set(n, value)
            let ix = dict.entryIndex(n)
            if ix >= 0 { cache[1] = UInt64(ix) }
          }
        }
        return true
      }
      if done { return }
    }
    try storeAttrMiss(ts, reg, name, value, cache)
  }

  @inline(never)
  static func storeAttrMiss(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                            _ value: Value, _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) {
    let obj = reg.pointee
    let n = name.takeUnretainedValue()
    let t = Protocols.typeOf(obj)
    if let o = obj.object, o is PyInstance, (o as! PyInstance).dict != nil, t.slots.setAttribute == nil {
      let descr = t.lookup(n)
      if descr == nil || Protocols.typeOf(descr!).slots.descrSet == nil {
        cache[0] = key(t.version, instanceDict)
      }
    }
    try Protocols.setAttr(ts, obj, n, value)
  }

  // MARK: LOAD_METHOD

  /// Fills `out[0]` (method) and `out[1]` (self or unbound).
  @inline(__always)
  static func loadMethod(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                         _ cache: UnsafeMutablePointer<UInt64>, _ out: UnsafeMutablePointer<Value>) throws(PyError) {
    let c0 = cache[0]
    if c0 != 0, let p = rawObject(reg) {
      let method: UInt64 = Unmanaged<PyObject>.fromOpaque(p)._withUnsafeGuaranteedRef { obj -> UInt64 in
        let version = Unmanaged.passUnretained(obj.type)._withUnsafeGuaranteedRef { $0.version }
        guard key(version, UInt8(truncatingIfNeeded: c0)) == c0 else { return 0 }
        // The instance dict must not shadow the method.
        if UInt8(truncatingIfNeeded: c0) == methodOnInstanceType {
          if let dp = dictPointer(unsafeDowncast(obj, to: PyInstance.self)) {
            let shadowed = Unmanaged<PyDict>.fromOpaque(dp)._withUnsafeGuaranteedRef { dict in
              dict.count != 0 && name._withUnsafeGuaranteedRef { dict.entryIndex($0) >= 0 }
            }
            if shadowed { return 0 }
          }
        } else if obj.extra?.dict != nil {
          return 0
        }
        // Word 1 is trusted only if word 0 did not change while it was read (a filler marks
        // word 0 busy before it rewrites word 1: see fillMethodCache).
        let method = word(cache, 1).pointee.load(ordering: .acquiring)
        return word(cache, 0).pointee.load(ordering: .acquiring) == c0 ? method : 0
      }
      if method != 0 {
        let selfValue = reg.pointee
        Ops.store(out, .deferred(Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: UInt(method))!)))
        Ops.store(out + 1, selfValue)
        return
      }
    }
    try loadMethodMiss(ts, reg, name, cache, out)
  }

  @inline(never)
  static func loadMethodMiss(_ ts: ThreadState, _ reg: UnsafeMutablePointer<Value>, _ name: Unmanaged<PyStr>,
                             _ cache: UnsafeMutablePointer<UInt64>, _ out: UnsafeMutablePointer<Value>) throws(PyError) {
    let obj = reg.pointee
    let n = name.takeUnretainedValue()
    if let m = try Ops.lookupMethod(ts, obj, n) {
      if m.rawTag == ValueLayout.deferredTag, let mp = m.rawObject {
        let t = Protocols.typeOf(obj)
        fillMethodCache(cache, method: UInt64(UInt(bitPattern: mp)),
                        key: key(t.version, obj.object is PyInstance ? methodOnInstanceType : methodOnType))
      }
      out[0] = m
      out[1] = obj
    } else {
      out[0] = try Protocols.getAttr(ts, obj, n)
      out[1] = .unbound
    }
  }

  /// Word 0 while a thread rewrites word 1 (version 0 is never a type's version, so it never hits).
  static let busy: UInt64 = 0xFF

  /// Cache word `i` as an atomic.
  @inline(__always)
  static func word(_ cache: UnsafeMutablePointer<UInt64>, _ i: Int) -> UnsafePointer<Atomic<UInt64>> {
    UnsafeRawPointer(cache + i).assumingMemoryBound(to: Atomic<UInt64>.self)
  }

  /// Fills a method cache as a tiny seqlock: claim word 0 (busy), write word 1, publish word 0.
  /// A thread that loses the claim leaves the cache to the winner; readers re-check word 0 after
  /// reading word 1, so they never pair one fill's version with another fill's method.
  static func fillMethodCache(_ cache: UnsafeMutablePointer<UInt64>, method: UInt64, key: UInt64) {
    let w0 = word(cache, 0)
    let old = w0.pointee.load(ordering: .acquiring)
    guard old != busy,
          w0.pointee.compareExchange(expected: old, desired: busy, ordering: .acquiringAndReleasing).exchanged
    else { return }
    word(cache, 1).pointee.store(method, ordering: .releasing)
    w0.pointee.store(key, ordering: .releasing)
  }

  // MARK: LOAD_GLOBAL

  @inline(__always)
  static func loadGlobal(_ f: UnsafeMutablePointer<Frame>, _ name: Unmanaged<PyStr>,
                         _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) -> Value {
    let c0 = cache[0]
    if c0 != 0 {
      let hit: Value? = f.pointee.globalsRef._withUnsafeGuaranteedRef { g -> Value? in
        let builtinsVersion = UInt32(truncatingIfNeeded: c0 >> 32)
        let index = Int(truncatingIfNeeded: cache[1])
        guard UInt32(truncatingIfNeeded: c0) == g.cacheVersion else { return nil }
        // The entry's key is checked by identity: with several threads filling the cache, the
        // index word may come from another fill than the version word (a torn pair misses).
        // Once threads exist `value(atHint:key:)` reads optimistically (PyDictEntryHints).
        if builtinsVersion == 0 { return g.value(atHint: index, key: name.toOpaque()) }
        return f.pointee.builtinsRef._withUnsafeGuaranteedRef { b -> Value? in
          guard b.cacheVersion == builtinsVersion else { return nil }
          return b.value(atHint: index, key: name.toOpaque())
        }
      }
      if let v = hit { return v }
    }
    return try loadGlobalMiss(f, name, cache)
  }

  @inline(never)
  static func loadGlobalMiss(_ f: UnsafeMutablePointer<Frame>, _ name: Unmanaged<PyStr>,
                             _ cache: UnsafeMutablePointer<UInt64>) throws(PyError) -> Value {
    let n = name.takeUnretainedValue()
    // Index, value and version come from one critical section of the dict (threads).
    let g = f.pointee.globals
    if let (gi, v, version) = g.cachedLookup(n) {
      cache[1] = UInt64(gi)
      cache[0] = UInt64(version)
      return v
    }
    let b = f.pointee.builtins
    if let (bi, v, version) = b.cachedLookup(n) {
      cache[1] = UInt64(bi)
      cache[0] = UInt64(g.assignCacheVersion()) | UInt64(version) << 32
      return v
    }
    throw Ops.nameError(n)
  }
}
