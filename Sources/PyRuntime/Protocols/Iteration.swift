/// The iterator protocol: `iter()` and `next()`, with the `__getitem__` fallback.
extension Protocols {
  /// `iter(v)`.
  public static func getIter(_ ts: ThreadState, _ v: Value) throws(PyError) -> Value {
    unowned(unsafe) let t = typeRef(v)
    if let f = t.slots.iter {
      let it = try f(ts, v)
      if typeRef(it).slots.next == nil {
        throw PyError.typeError("iter() returned non-iterator of type '\(typeName(it))'")
      }
      return it
    }
    if t.slots.getItem != nil, !t.typeFlags.contains(.mapping) || t.typeFlags.contains(.heapType) {
      return .object(SequenceIterator(v))
    }
    throw PyError.typeError("'\(t.name)' object is not iterable")
  }

  /// `next(it)`; nil when exhausted (StopIteration is absorbed).
  @inline(__always)
  public static func next(_ ts: ThreadState, _ it: Value) throws(PyError) -> Value? {
    guard let f = typeRef(it).slots.next else {
      throw PyError.typeError("'\(typeName(it))' object is not an iterator")
    }
    ts.pendingStopIteration = nil
    return try f(ts, it)
  }

  /// All items of an iterable as an array.
  public static func toArray(_ ts: ThreadState, _ v: Value) throws(PyError) -> [Value] {
    if let l = v.as(PyList.self), l.type === BuiltinTypes.list { return l.items }
    if let t = v.as(PyTuple.self), t.type === BuiltinTypes.tuple { return t.items }
    let it = try getIter(ts, v)
    var out: [Value] = []
    while let x = try next(ts, it) { out.append(x) }
    return out
  }
}

/// The iterator over an object that has `__getitem__` but no `__iter__`: calls
/// `obj[0]`, `obj[1]` … until IndexError or StopIteration.
public final class SequenceIterator: PyObject {
  var sequence: Value
  var index = 0

  init(_ sequence: Value) {
    self.sequence = sequence
    super.init(type: BuiltinTypes.sequenceIterator)
  }

  func next(_ ts: ThreadState) throws(PyError) -> Value? {
    if sequence.isUnbound { return nil }
    do throws(PyError) {
      let v = try Protocols.getItem(ts, sequence, .int(index))
      index += 1
      return v
    } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.indexError)
                     || e.type.isSubtype(of: BuiltinTypes.exceptions.stopIteration) {
      sequence = .unbound
      return nil
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(sequence)
  }
}

extension BuiltinTypes {
  public static let sequenceIterator: PyType = PyType.builtin("iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(SequenceIterator.self).next(ts) }
  }
}
