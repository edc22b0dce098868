import PyRuntime

/// `collections.deque` storage (CPython Modules/_collectionsmodule.c): a ring buffer of
/// values with an optional maximum length (appending to a full deque drops from the other
/// end) and a mutation counter that iterators check.
public final class PyDeque: PyObject {
  /// Ring storage; its count is the capacity (a power of two, or 0).
  var ring: ContiguousArray<Value> = []
  /// Index of the first item in `ring`.
  var head = 0
  var count = 0
  /// nil when unbounded.
  var maxlen: Int?
  /// Bumped by every change that can move items (iterators compare it).
  var state = 0

  override init(type: PyType) {
    super.init(type: type)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    for i in 0..<count { visit(self[i]) }
  }

  @inline(__always)
  subscript(i: Int) -> Value {
    get { ring[(head + i) & (ring.count - 1)] }
    set { ring[(head + i) & (ring.count - 1)] = newValue }
  }

  private func grow() {
    let newCapacity = Swift.max(8, ring.count * 2)
    var fresh = ContiguousArray<Value>(repeating: .none, count: newCapacity)
    for i in 0..<count { fresh[i] = self[i] }
    ring = fresh
    head = 0
  }

  var items: [Value] {
    var out: [Value] = []
    out.reserveCapacity(count)
    for i in 0..<count { out.append(self[i]) }
    return out
  }

  func pushRight(_ v: Value) {
    if count == ring.count { grow() }
    self[count] = v
    count += 1
  }

  func pushLeft(_ v: Value) {
    if count == ring.count { grow() }
    head = (head - 1) & (ring.count - 1)
    ring[head] = v
    count += 1
  }

  func takeRight() -> Value {
    count -= 1
    let v = self[count]
    self[count] = .none
    return v
  }

  func takeLeft() -> Value {
    let v = ring[head]
    ring[head] = .none
    head = (head + 1) & (ring.count - 1)
    count -= 1
    return v
  }

  /// `append`: a full bounded deque loses its leftmost item.
  func append(_ v: Value) {
    state &+= 1
    if maxlen == 0 { return }
    pushRight(v)
    if let m = maxlen, count > m { _ = takeLeft() }
  }

  func appendLeft(_ v: Value) {
    state &+= 1
    if maxlen == 0 { return }
    pushLeft(v)
    if let m = maxlen, count > m { _ = takeRight() }
  }

  func clear() {
    state &+= 1
    ring = []
    head = 0
    count = 0
  }

  func replaceAll(_ values: [Value]) {
    clear()
    for v in values { append(v) }
  }

  /// Rotates `n` steps to the right (left when negative).
  func rotate(_ n: Int) {
    state &+= 1
    if count <= 1 { return }
    var k = n % count
    if k < 0 { k += count }
    if k == 0 { return }
    for _ in 0..<k { pushLeft(takeRight()) }
  }

  func removeAt(_ i: Int) -> Value {
    state &+= 1
    var rest: [Value] = []
    let v = self[i]
    for j in (i + 1)..<count { rest.append(self[j]) }
    while count > i { _ = takeRight() }
    for x in rest { pushRight(x) }
    return v
  }

  func insert(_ v: Value, at i: Int) {
    state &+= 1
    var rest: [Value] = []
    for j in i..<count { rest.append(self[j]) }
    while count > i { _ = takeRight() }
    pushRight(v)
    for x in rest { pushRight(x) }
  }

  func reverse() {
    state &+= 1
    var i = 0, j = count - 1
    while i < j {
      let t = self[i]
      self[i] = self[j]
      self[j] = t
      i += 1
      j -= 1
    }
  }
}

/// Iterators over a deque, forwards or backwards; "deque mutated during iteration" once the
/// deque changes under them.
public final class PyDequeIterator: PyObject {
  let deque: PyDeque
  var index: Int
  let state: Int
  let reversed: Bool
  var remaining: Int

  init(_ d: PyDeque, reversed: Bool) {
    self.deque = d
    self.index = reversed ? d.count - 1 : 0
    self.state = d.state
    self.reversed = reversed
    self.remaining = d.count
    super.init(type: reversed ? BuiltinTypes.dequeReverseIterator : BuiltinTypes.dequeIterator)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(deque))
  }

  func next() throws(PyError) -> Value? {
    if deque.state != state {
      remaining = 0
      throw PyError.runtimeError("deque mutated during iteration")
    }
    if remaining <= 0 { return nil }
    let v = deque[index]
    index += reversed ? -1 : 1
    remaining -= 1
    return v
  }
}
