/// `list.sort`: the adaptive, stable merge sort CPython 3.11 uses ("timsort" with the
/// powersort merge policy — Objects/listsort.txt, Objects/listobject.c). The same runs, the
/// same binary insertion, the same galloping and the same merge order as CPython mean the same
/// sequence of `<` comparisons, so even inconsistent orderings (NaNs, user `__lt__` with side
/// effects or errors) leave the list exactly as CPython leaves it.
///
/// During the sort the list is empty (its items are taken out); a list that was changed by
/// a key function or a comparison raises "list modified during sort" afterwards.
enum ListSort {
  static func sort(_ ts: ThreadState, _ list: PyList, key: Value?, reverse: Bool) throws(PyError) {
    // Threads: an all-native sort runs under the list's lock (atomic); otherwise Python code
    // runs during the sort and the list is empty meanwhile, as in CPython 3.11.
    if key == nil && list.sortNatively(ts, reverse: reverse) { return }
    let saved = list.beginSort()
    var items = saved.items
    let n = items.count
    var keys: [Value] = []
    var failure: PyError? = nil

    if let key {
      keys.reserveCapacity(n)
      for x in items {
        do throws(PyError) {
          keys.append(try Protocols.call(ts, key, [x]))
        } catch {
          // Key function failed: the list gets its items back unsorted, no modification check.
          _ = list.endSort(items, allocated: saved.allocated, hasBuffer: saved.hasBuffer)
          throw error
        }
      }
    }

    if n > 1 {
      if reverse {
        if key != nil { keys.reverse() }
        items.reverse()
      }
      let compare = key != nil ? Comparison.choose(keys) : Comparison.choose(items)
      do throws(PyError) {
        if key != nil {
          try keys.withUnsafeMutableBufferPointer { kb throws(PyError) in
            try items.withUnsafeMutableBufferPointer { vb throws(PyError) in
              var ms = MergeState(ts, compare, keys: kb.baseAddress!, values: vb.baseAddress!, count: n)
              defer { ms.freeTemp() }
              try ms.run()
            }
          }
        } else {
          try items.withUnsafeMutableBufferPointer { vb throws(PyError) in
            var ms = MergeState(ts, compare, keys: vb.baseAddress!, values: nil, count: n)
            defer { ms.freeTemp() }
            try ms.run()
          }
        }
      } catch {
        failure = error
      }
      if reverse { items.reverse() }
    }
    let modified = list.endSort(items, allocated: saved.allocated, hasBuffer: saved.hasBuffer)
    if let failure { throw failure }
    if modified { throw PyError.valueError("list modified during sort") }
  }

  /// The `<` used for a sort: specialised when all keys are exact ints, floats or strs (what
  /// CPython's pre-sort check selects `unsafe_*_compare` for), else `PyObject_RichCompareBool`.
  enum Comparison {
    case ints, floats, strs, generic

    static func choose(_ keys: [Value]) -> Comparison {
      guard let first = keys.first else { return .generic }
      switch first {
      case .int:
        for k in keys { if case .int = k { continue }; return .generic }
        return .ints
      case .float:
        for k in keys { if case .float = k { continue }; return .generic }
        return .floats
      default:
        if first.strIfExact != nil {
          for k in keys where k.strIfExact == nil { return .generic }
          return .strs
        }
        return .generic
      }
    }
  }

  static let minGallop = 7

  /// A run of keys (and, with a key function, the values that move with them).
  struct SortSlice {
    var keys: UnsafeMutablePointer<Value>
    var values: UnsafeMutablePointer<Value>?

    @inline(__always) mutating func advance(_ n: Int) {
      keys += n
      if values != nil { values! += n }
    }
  }

  /// A pending run on the merge stack.
  struct Run {
    var base: SortSlice
    var len: Int
    var power: Int
  }

  /// The state of one sort (`MergeState`). Values are moved bitwise, as CPython moves
  /// pointers: every value is in exactly one place of the arrays whenever control leaves a
  /// merge, so no reference is gained or lost.
  struct MergeState {
    let ts: ThreadState
    let comparison: Comparison
    let baseKeys: UnsafeMutablePointer<Value>
    let hasValues: Bool
    let listLength: Int
    var minGallop = ListSort.minGallop
    var pending: [Run] = []
    var tempKeys: UnsafeMutablePointer<Value>? = nil
    var tempValues: UnsafeMutablePointer<Value>? = nil
    var tempCapacity = 0
    let lo: SortSlice

    init(_ ts: ThreadState, _ comparison: Comparison, keys: UnsafeMutablePointer<Value>,
         values: UnsafeMutablePointer<Value>?, count: Int) {
      self.ts = ts
      self.comparison = comparison
      self.baseKeys = keys
      self.hasValues = values != nil
      self.listLength = count
      self.lo = SortSlice(keys: keys, values: values)
    }

    mutating func freeTemp() {
      tempKeys?.deallocate()
      tempValues?.deallocate()
      tempKeys = nil
      tempValues = nil
      tempCapacity = 0
    }

    // MARK: Comparison

    @inline(__always)
    func lt(_ a: Value, _ b: Value) throws(PyError) -> Bool {
      switch comparison {
      case .ints:
        if case .int(let x) = a, case .int(let y) = b { return x < y }
      case .floats:
        if case .float(let x) = a, case .float(let y) = b { return x < y }
      case .strs:
        if let x = a.strIfExact, let y = b.strIfExact { return StrCompare.compare(x, y, .lt) }
      case .generic:
        break
      }
      return try Protocols.richCompareBool(ts, a, b, .lt)
    }

    // MARK: Moving values

    @inline(__always)
    static func copy(_ dst: UnsafeMutablePointer<Value>, _ src: UnsafeMutablePointer<Value>, _ n: Int) {
      if n > 0 { UnsafeMutableRawPointer(dst).copyMemory(from: src, byteCount: n * MemoryLayout<Value>.stride) }
    }

    /// Moves `n` entries (keys and values) from `src+so` to `dst+do` (overlap allowed).
    @inline(__always)
    func move(_ dst: SortSlice, _ dOff: Int, _ src: SortSlice, _ sOff: Int, _ n: Int) {
      MergeState.copy(dst.keys + dOff, src.keys + sOff, n)
      if hasValues { MergeState.copy(dst.values! + dOff, src.values! + sOff, n) }
    }

    @inline(__always)
    func swapEntries(_ s: SortSlice, _ i: Int, _ j: Int) {
      swapRaw(s.keys + i, s.keys + j)
      if hasValues { swapRaw(s.values! + i, s.values! + j) }
    }

    @inline(__always)
    func swapRaw(_ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) {
      withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { t in
        MergeState.copy(t.baseAddress!, a, 1)
        MergeState.copy(a, b, 1)
        MergeState.copy(b, t.baseAddress!, 1)
      }
    }

    /// Reverses `n` entries starting at `s` (`reverse_sortslice`).
    func reverseSlice(_ s: SortSlice, _ n: Int) {
      var i = 0, j = n - 1
      while i < j {
        swapEntries(s, i, j)
        i += 1
        j -= 1
      }
    }

    mutating func ensureTemp(_ need: Int) {
      if need <= tempCapacity { return }
      freeTemp()
      tempKeys = .allocate(capacity: need)
      if hasValues { tempValues = .allocate(capacity: need) }
      tempCapacity = need
    }

    // MARK: The sort

    mutating func run() throws(PyError) {
      var nremaining = listLength
      var cur = lo
      let minrun = ListSort.minRun(nremaining)
      repeat {
        var (n, descending) = try countRun(cur.keys, nremaining)
        if descending { reverseSlice(cur, n) }
        if n < minrun {
          let force = nremaining <= minrun ? nremaining : minrun
          try binarySort(cur, force, n)
          n = force
        }
        try foundNewRun(n)
        pending.append(Run(base: cur, len: n, power: 0))
        cur.advance(n)
        nremaining -= n
      } while nremaining > 0
      try mergeForceCollapse()
    }

    /// Length of the run starting at `keys` (at most `n`), and whether it is strictly
    /// descending (`count_run`).
    func countRun(_ keys: UnsafeMutablePointer<Value>, _ n: Int) throws(PyError) -> (Int, Bool) {
      if n == 1 { return (1, false) }
      var count = 2
      var i = 2
      if try lt(keys[1], keys[0]) {
        while i < n {
          if try lt(keys[i], keys[i - 1]) { i += 1; count += 1 } else { break }
        }
        return (count, true)
      }
      while i < n {
        if try lt(keys[i], keys[i - 1]) { break }
        i += 1
        count += 1
      }
      return (count, false)
    }

    /// Binary insertion sort of `s[0..<hi]`, whose first `start` entries are sorted.
    func binarySort(_ s: SortSlice, _ hi: Int, _ startIn: Int) throws(PyError) {
      var start = startIn
      if start == 0 { start = 1 }
      while start < hi {
        var l = 0, r = start
        let pivot = s.keys[start]
        repeat {
          let p = l + ((r - l) >> 1)
          if try lt(pivot, s.keys[p]) { r = p } else { l = p + 1 }
        } while l < r
        // Rotate s[l...start] right by one.
        if l < start {
          withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { t in
            MergeState.copy(t.baseAddress!, s.keys + start, 1)
            MergeState.copy(s.keys + l + 1, s.keys + l, start - l)
            MergeState.copy(s.keys + l, t.baseAddress!, 1)
            if let v = s.values {
              MergeState.copy(t.baseAddress! + 1, v + start, 1)
              MergeState.copy(v + l + 1, v + l, start - l)
              MergeState.copy(v + l, t.baseAddress! + 1, 1)
            }
          }
        }
        start += 1
      }
    }

    /// The powersort merge policy: merge runs whose power exceeds the new run's.
    mutating func foundNewRun(_ n2: Int) throws(PyError) {
      guard let last = pending.last else { return }
      let s1 = last.base.keys - baseKeys
      let power = ListSort.powerLoop(s1, last.len, n2, listLength)
      while pending.count > 1 && pending[pending.count - 2].power > power {
        try mergeAt(pending.count - 2)
      }
      pending[pending.count - 1].power = power
    }

    mutating func mergeForceCollapse() throws(PyError) {
      while pending.count > 1 {
        var n = pending.count - 2
        if n > 0 && pending[n - 1].len < pending[n + 1].len { n -= 1 }
        try mergeAt(n)
      }
    }

    /// Merges the runs at stack indices `i` and `i + 1`.
    mutating func mergeAt(_ i: Int) throws(PyError) {
      var ssa = pending[i].base
      var na = pending[i].len
      let ssb = pending[i + 1].base
      var nb = pending[i + 1].len
      pending[i].len = na + nb
      if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
      pending.removeLast()

      let k = try gallopRight(ssb.keys[0], ssa.keys, na, 0)
      ssa.advance(k)
      na -= k
      if na == 0 { return }
      nb = try gallopLeft(ssa.keys[na - 1], ssb.keys, nb, nb - 1)
      if nb <= 0 { return }
      if na <= nb {
        try mergeLo(ssa, na, ssb, nb)
      } else {
        try mergeHi(ssa, na, ssb, nb)
      }
    }

    /// Where `key` goes in the sorted `a[0..<n]`, leftmost among equals (`gallop_left`).
    func gallopLeft(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) throws(PyError) -> Int {
      var lastofs = 0
      var ofs = 1
      if try lt(a[hint], key) {
        let maxofs = n - hint
        while ofs < maxofs {
          if try lt(a[hint + ofs], key) {
            lastofs = ofs
            ofs = (ofs << 1) + 1
          } else {
            break
          }
        }
        if ofs > maxofs { ofs = maxofs }
        lastofs += hint
        ofs += hint
      } else {
        let maxofs = hint + 1
        while ofs < maxofs {
          if try lt(a[hint - ofs], key) { break }
          lastofs = ofs
          ofs = (ofs << 1) + 1
        }
        if ofs > maxofs { ofs = maxofs }
        let k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
      }
      lastofs += 1
      while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1)
        if try lt(a[m], key) { lastofs = m + 1 } else { ofs = m }
      }
      return ofs
    }

    /// Where `key` goes in the sorted `a[0..<n]`, rightmost among equals (`gallop_right`).
    func gallopRight(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, _ hint: Int) throws(PyError) -> Int {
      var lastofs = 0
      var ofs = 1
      if try lt(key, a[hint]) {
        let maxofs = hint + 1
        while ofs < maxofs {
          if try lt(key, a[hint - ofs]) {
            lastofs = ofs
            ofs = (ofs << 1) + 1
          } else {
            break
          }
        }
        if ofs > maxofs { ofs = maxofs }
        let k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
      } else {
        let maxofs = n - hint
        while ofs < maxofs {
          if try lt(key, a[hint + ofs]) { break }
          lastofs = ofs
          ofs = (ofs << 1) + 1
        }
        if ofs > maxofs { ofs = maxofs }
        lastofs += hint
        ofs += hint
      }
      lastofs += 1
      while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1)
        if try lt(key, a[m]) { ofs = m } else { lastofs = m + 1 }
      }
      return ofs
    }

    /// Merges `na` entries at `ssaIn` with the following `nb` at `ssbIn`, `na <= nb`, copying
    /// run A to temporary space (`merge_lo`).
    mutating func mergeLo(_ ssaIn: SortSlice, _ naIn: Int, _ ssbIn: SortSlice, _ nbIn: Int) throws(PyError) {
      var na = naIn, nb = nbIn
      ensureTemp(na)
      let temp = SortSlice(keys: tempKeys!, values: tempValues)
      move(temp, 0, ssaIn, 0, na)
      var dest = ssaIn
      var ssa = temp
      var ssb = ssbIn
      var failure: PyError? = nil

      move(dest, 0, ssb, 0, 1); dest.advance(1); ssb.advance(1)
      nb -= 1
      outer: do {
        if nb == 0 { break outer }
        if na == 1 {
          copyB(&dest, ssa, ssb, nb)
          return
        }
        var mg = minGallop
        do throws(PyError) {
          while true {
            var acount = 0
            var bcount = 0
            while true {
              if try lt(ssb.keys[0], ssa.keys[0]) {
                move(dest, 0, ssb, 0, 1); dest.advance(1); ssb.advance(1)
                bcount += 1
                acount = 0
                nb -= 1
                if nb == 0 { break outer }
                if bcount >= mg { break }
              } else {
                move(dest, 0, ssa, 0, 1); dest.advance(1); ssa.advance(1)
                acount += 1
                bcount = 0
                na -= 1
                if na == 1 {
                  copyB(&dest, ssa, ssb, nb)
                  return
                }
                if acount >= mg { break }
              }
            }
            mg += 1
            repeat {
              mg -= mg > 1 ? 1 : 0
              minGallop = mg
              var k = try gallopRight(ssb.keys[0], ssa.keys, na, 0)
              acount = k
              if k > 0 {
                move(dest, 0, ssa, 0, k)
                dest.advance(k)
                ssa.advance(k)
                na -= k
                if na == 1 {
                  copyB(&dest, ssa, ssb, nb)
                  return
                }
                if na == 0 { break outer }
              }
              move(dest, 0, ssb, 0, 1); dest.advance(1); ssb.advance(1)
              nb -= 1
              if nb == 0 { break outer }

              k = try gallopLeft(ssa.keys[0], ssb.keys, nb, 0)
              bcount = k
              if k > 0 {
                move(dest, 0, ssb, 0, k)
                dest.advance(k)
                ssb.advance(k)
                nb -= k
                if nb == 0 { break outer }
              }
              move(dest, 0, ssa, 0, 1); dest.advance(1); ssa.advance(1)
              na -= 1
              if na == 1 {
                copyB(&dest, ssa, ssb, nb)
                return
              }
            } while acount >= ListSort.minGallop || bcount >= ListSort.minGallop
            mg += 1
            minGallop = mg
          }
        } catch {
          failure = error
        }
      }
      // Succeed / Fail: whatever remains of A goes back.
      if na > 0 { move(dest, 0, ssa, 0, na) }
      if let failure { throw failure }
    }

    /// `merge_lo`'s CopyB: the rest of B, then the last entry of A.
    func copyB(_ dest: inout SortSlice, _ ssa: SortSlice, _ ssb: SortSlice, _ nb: Int) {
      move(dest, 0, ssb, 0, nb)
      move(dest, nb, ssa, 0, 1)
    }

    /// Merges `na` entries at `ssaIn` with the following `nb` at `ssbIn`, `na >= nb`, copying
    /// run B to temporary space and merging from the right (`merge_hi`).
    mutating func mergeHi(_ ssaIn: SortSlice, _ naIn: Int, _ ssbIn: SortSlice, _ nbIn: Int) throws(PyError) {
      var na = naIn, nb = nbIn
      ensureTemp(nb)
      let baseb = SortSlice(keys: tempKeys!, values: tempValues)
      var dest = ssbIn
      dest.advance(nb - 1)
      move(baseb, 0, ssbIn, 0, nb)
      let basea = ssaIn
      var ssb = baseb
      ssb.advance(nb - 1)
      var ssa = ssaIn
      ssa.advance(na - 1)
      var failure: PyError? = nil

      move(dest, 0, ssa, 0, 1); dest.advance(-1); ssa.advance(-1)
      na -= 1
      outer: do {
        if na == 0 { break outer }
        if nb == 1 {
          copyA(&dest, &ssa, ssb, na)
          return
        }
        var mg = minGallop
        do throws(PyError) {
          while true {
            var acount = 0
            var bcount = 0
            while true {
              if try lt(ssb.keys[0], ssa.keys[0]) {
                move(dest, 0, ssa, 0, 1); dest.advance(-1); ssa.advance(-1)
                acount += 1
                bcount = 0
                na -= 1
                if na == 0 { break outer }
                if acount >= mg { break }
              } else {
                move(dest, 0, ssb, 0, 1); dest.advance(-1); ssb.advance(-1)
                bcount += 1
                acount = 0
                nb -= 1
                if nb == 1 {
                  copyA(&dest, &ssa, ssb, na)
                  return
                }
                if bcount >= mg { break }
              }
            }
            mg += 1
            repeat {
              mg -= mg > 1 ? 1 : 0
              minGallop = mg
              var k = try gallopRight(ssb.keys[0], basea.keys, na, na - 1)
              k = na - k
              acount = k
              if k > 0 {
                dest.advance(-k)
                ssa.advance(-k)
                move(dest, 1, ssa, 1, k)
                na -= k
                if na == 0 { break outer }
              }
              move(dest, 0, ssb, 0, 1); dest.advance(-1); ssb.advance(-1)
              nb -= 1
              if nb == 1 {
                copyA(&dest, &ssa, ssb, na)
                return
              }

              k = try gallopLeft(ssa.keys[0], baseb.keys, nb, nb - 1)
              k = nb - k
              bcount = k
              if k > 0 {
                dest.advance(-k)
                ssb.advance(-k)
                move(dest, 1, ssb, 1, k)
                nb -= k
                if nb == 1 {
                  copyA(&dest, &ssa, ssb, na)
                  return
                }
                if nb == 0 { break outer }
              }
              move(dest, 0, ssa, 0, 1); dest.advance(-1); ssa.advance(-1)
              na -= 1
              if na == 0 { break outer }
            } while acount >= ListSort.minGallop || bcount >= ListSort.minGallop
            mg += 1
            minGallop = mg
          }
        } catch {
          failure = error
        }
      }
      // Succeed / Fail: whatever remains of B goes back.
      if nb > 0 { move(dest, -(nb - 1), baseb, 0, nb) }
      if let failure { throw failure }
    }

    /// `merge_hi`'s CopyA: the rest of A moves up, then the first entry of B goes in front.
    func copyA(_ dest: inout SortSlice, _ ssa: inout SortSlice, _ ssb: SortSlice, _ na: Int) {
      move(dest, 1 - na, ssa, 1 - na, na)
      dest.advance(-na)
      ssa.advance(-na)
      move(dest, 0, ssb, 0, 1)
    }
  }

  /// CPython's `merge_compute_minrun`.
  static func minRun(_ nIn: Int) -> Int {
    var n = nIn
    var r = 0
    while n >= 64 {
      r |= n & 1
      n >>= 1
    }
    return n + r
  }

  /// The "power" of the run boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) of a list
  /// of `n` (`powerloop`).
  static func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
    var result = 0
    var a = 2 * s1 + n1
    var b = a + n1 + n2
    while true {
      result += 1
      if a >= n {
        a -= n
        b -= n
      } else if b >= n {
        break
      }
      a <<= 1
      b <<= 1
    }
    return result
  }
}
