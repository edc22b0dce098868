/// A fixed-size set of small integers (register numbers) for the assembler's dataflow passes.
struct BitSet: Equatable {
  private(set) var words: [UInt64]

  init(count: Int) {
    words = [UInt64](repeating: 0, count: (count + 63) >> 6)
  }

  @inline(__always) func contains(_ i: Int) -> Bool {
    let w = i >> 6
    return w < words.count && words[w] & (1 << UInt64(i & 63)) != 0
  }

  @inline(__always) mutating func insert(_ i: Int) {
    let w = i >> 6
    if w < words.count { words[w] |= 1 << UInt64(i & 63) }
  }

  @inline(__always) mutating func remove(_ i: Int) {
    let w = i >> 6
    if w < words.count { words[w] &= ~(1 << UInt64(i & 63)) }
  }

  /// Adds every member of `other`; returns true when this set grew.
  @discardableResult
  mutating func formUnion(_ other: BitSet) -> Bool {
    var changed = false
    for w in 0..<words.count {
      let merged = words[w] | other.words[w]
      if merged != words[w] {
        words[w] = merged
        changed = true
      }
    }
    return changed
  }
}
