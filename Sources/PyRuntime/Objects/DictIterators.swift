/// The iterators over a dict's keys, values and items, forwards and reversed
/// (`dict_keyiterator` … `dict_reverseitemiterator`, CPython Objects/dictobject.c).
///
/// A forward iterator remembers the dict's size and how many items are left: a size change
/// raises "dictionary changed size during iteration" (sticky), and finding another item
/// after the expected number raises "dictionary keys changed during iteration" — which of the
/// two happens, or whether iteration simply ends, depends on the dict's entry layout, which
/// PyDict keeps as CPython's.
public final class DictIterator: PyObject {
  /// What the iterator yields.
  public enum Kind { case keys, values, items }

  var dict: PyDict?
  let kind: Kind
  let reversed: Bool
  var expectedCount: Int
  var position: Int
  var remaining: Int

  init(_ dict: PyDict, kind: Kind, reversed: Bool) {
    self.dict = dict
    self.kind = kind
    self.reversed = reversed
    expectedCount = dict.count
    remaining = dict.count
    position = reversed ? dict.entryEnd - 1 : 0
    super.init(type: DictIterator.type(kind, reversed))
  }

  static func type(_ kind: Kind, _ reversed: Bool) -> PyType {
    switch (kind, reversed) {
    case (.keys, false): return BuiltinTypes.dictKeyIterator
    case (.values, false): return BuiltinTypes.dictValueIterator
    case (.items, false): return BuiltinTypes.dictItemIterator
    case (.keys, true): return BuiltinTypes.dictReverseKeyIterator
    case (.values, true): return BuiltinTypes.dictReverseValueIterator
    case (.items, true): return BuiltinTypes.dictReverseItemIterator
    }
  }

  /// Threads: each step reads one entry in one critical section of the dict. Once threads
  /// exist an exhausted iterator keeps its dict (another thread may be reading `dict`).
  func next() throws(PyError) -> Value? {
    guard let d = dict, !exhausted else { return nil }
    if expectedCount != d.count {
      expectedCount = -1
      throw PyError.runtimeError("dictionary changed size during iteration")
    }
    let key: Value, value: Value
    if reversed {
      guard position >= 0, let (previous, k, v) = d.entry(backFrom: position) else {
        finish()
        return nil
      }
      position = previous
      (key, value) = (k, v)
    } else {
      guard let (next, k, v) = d.entry(from: position) else {
        finish()
        return nil
      }
      if remaining == 0 {
        finish()
        throw PyError.runtimeError("dictionary keys changed during iteration")
      }
      position = next
      (key, value) = (k, v)
    }
    remaining -= 1
    switch kind {
    case .keys: return key
    case .values: return value
    case .items: return .object(PyTuple([key, value]))
    }
  }

  /// Set once the iterator has ended (with threads the dict is kept, not dropped).
  var exhausted = false

  private func finish() {
    if containersAreShared { exhausted = true } else { dict = nil }
  }

  /// `__length_hint__`: the items left while the dict keeps its size.
  var lengthHint: Int {
    if let d = dict, !exhausted, expectedCount == d.count { return remaining }
    return 0
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let dict { visit(.object(dict)) }
  }
}

extension BuiltinTypes {
  static func dictIteratorType(_ name: String) -> PyType {
    PyType.builtin(name) { t in
      t.slots.iter = { _, v in v }
      t.slots.next = { _, v throws(PyError) in try v.unsafeAs(DictIterator.self).next() }
      t.addMethod("__length_hint__") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(name).__length_hint__", min: 0, max: 0)
        return .int(v.unsafeAs(DictIterator.self).lengthHint)
      }
    }
  }

  public static let dictKeyIterator = dictIteratorType("dict_keyiterator")
  public static let dictValueIterator = dictIteratorType("dict_valueiterator")
  public static let dictItemIterator = dictIteratorType("dict_itemiterator")
  public static let dictReverseKeyIterator = dictIteratorType("dict_reversekeyiterator")
  public static let dictReverseValueIterator = dictIteratorType("dict_reversevalueiterator")
  public static let dictReverseItemIterator = dictIteratorType("dict_reverseitemiterator")
}
