#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// `_queue.SimpleQueue` (CPython's Modules/_queuemodule.c): an unbounded FIFO queue for
/// threads. `put` never blocks; `get` waits (optionally with a timeout) for an item. The
/// items live in a growable buffer consumed from the front, guarded by a mutex with a
/// condition variable that getters wait on.
public final class PySimpleQueue: PyObject {
  let mutex: UnsafeMutablePointer<pthread_mutex_t>
  let nonEmpty: UnsafeMutablePointer<pthread_cond_t>
  /// Items `head..<items.count` are queued; the consumed prefix is dropped now and then.
  var items: [Value] = []
  var head = 0

  public override init(type: PyType) {
    mutex = .allocate(capacity: 1)
    nonEmpty = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    var attr = pthread_condattr_t()
    pthread_condattr_init(&attr)
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
    pthread_cond_init(nonEmpty, &attr)
    pthread_condattr_destroy(&attr)
    super.init(type: type)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    pthread_cond_destroy(nonEmpty)
    mutex.deallocate()
    nonEmpty.deallocate()
  }

  func put(_ v: Value) {
    pthread_mutex_lock(mutex)
    items.append(v)
    pthread_mutex_unlock(mutex)
    pthread_cond_signal(nonEmpty)
  }

  /// The first item; nil when none came within `timeout` seconds (nil timeout: wait forever).
  func get(timeout: Double?) -> Value? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if head == items.count, let timeout {
      if timeout <= 0 { return nil }
      var deadline = SimpleQueueTimeout.deadline(after: timeout)
      while head == items.count {
        if pthread_cond_timedwait(nonEmpty, mutex, &deadline) == ETIMEDOUT && head == items.count { return nil }
      }
    }
    while head == items.count { pthread_cond_wait(nonEmpty, mutex) }
    let v = items[head]
    items[head] = .none
    head += 1
    if head == items.count {
      items.removeAll(keepingCapacity: true)
      head = 0
    } else if head >= 1024 && head * 2 >= items.count {
      items.removeFirst(head)
      head = 0
    }
    return v
  }

  var count: Int {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return items.count - head
  }
}

/// Timeout arguments of `SimpleQueue.get` (CPython's `_PyTime_FromSecondsObject`).
enum SimpleQueueTimeout {
  static func parse(_ ts: ThreadState, _ v: Value?) throws(PyError) -> Double? {
    guard let v, !v.isNone else { return nil }
    let seconds: Double
    switch v {
    case .float(let d):
      if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
      seconds = d
    case .int(let i): seconds = Double(i)
    case .bool(let b): seconds = b ? 1 : 0
    default:
      if let f = v.as(PyFloatBox.self) { seconds = f.value } else { seconds = Double(try Protocols.indexAsInt(ts, v)) }
    }
    if seconds < 0 { throw PyError.valueError("'timeout' must be a non-negative number") }
    return seconds
  }

  static func deadline(after seconds: Double) -> timespec {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let capped = min(seconds, 1e9)
    let whole = capped.rounded(.down)
    var sec = now.tv_sec + Int(whole)
    var nsec = now.tv_nsec + Int((capped - whole) * 1e9)
    if nsec >= 1_000_000_000 { sec += 1; nsec -= 1_000_000_000 }
    return timespec(tv_sec: sec, tv_nsec: nsec)
  }
}

extension BuiltinTypes {
  public static let simpleQueue: PyType = PyType.builtin("_queue.SimpleQueue", flags: [.baseType]) { t in
    t.qualname = String(t.shortName)
    t.dict.set("__doc__", .object(PyStr("Simple, unbounded, reentrant FIFO queue.")))
    func queue(_ v: Value) -> PySimpleQueue { v.unsafeAs(PySimpleQueue.self) }
    t.slots.new = { _, cls, a throws(PyError) in
      if a.positionalCount > 0 { throw PyError.typeError("SimpleQueue() takes no positional arguments") }
      if a.count > 0 { throw PyError.typeError("SimpleQueue() takes no keyword arguments") }
      let q = PySimpleQueue(type: cls)
      if cls !== BuiltinTypes.simpleQueue { NativeTypeSupport.prepareInstance(q, cls) }
      return .object(q)
    }
    t.addMethod("put", doc: "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class.") { _, v, a throws(PyError) in
      let p = try ClinicSignature("put", ["item", "block", "timeout"], minPos: 1).bind(a)
      queue(v).put(p[0]!)
      return .none
    }
    t.addMethod("put_nowait", doc: "Put an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item, block=False)` and is only provided\nfor compatibility with the Queue class.") { _, v, a throws(PyError) in
      let p = try ClinicSignature("put_nowait", ["item"], minPos: 1).bind(a)
      queue(v).put(p[0]!)
      return .none
    }
    t.addMethod("get", doc: "Remove and return an item from the queue.") { ts, v, a throws(PyError) in
      let p = try ClinicSignature("get", ["block", "timeout"], minPos: 0).bind(a)
      let block = try p[0].map { b throws(PyError) in try Protocols.isTrue(ts, b) } ?? true
      let timeout: Double? = block ? try SimpleQueueTimeout.parse(ts, p[1]) : 0
      if let item = queue(v).get(timeout: timeout) { return item }
      throw PyError(PyBaseException(type: try QueueModule.emptyType(ts), args: PyTuple.empty))
    }
    t.addMethod("get_nowait", doc: "Remove and return an item from the queue without blocking.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "get_nowait", min: 0, max: 0)
      if let item = queue(v).get(timeout: 0) { return item }
      throw PyError(PyBaseException(type: try QueueModule.emptyType(ts), args: PyTuple.empty))
    }
    t.addMethod("empty", doc: "Return True if the queue is empty, False otherwise (not reliable!).") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "empty", min: 0, max: 0)
      return .bool(queue(v).count == 0)
    }
    t.addMethod("qsize", doc: "Return the approximate size of the queue (not reliable!).") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "qsize", min: 0, max: 0)
      return .int(queue(v).count)
    }
    t.addClassMethod("__class_getitem__", doc: "See PEP 585") { _, cls, a throws(PyError) in
      try ArgParser.positional(a, "__class_getitem__", min: 1, max: 1)
      return .object(PyGenericAlias(origin: cls, argument: a[0]))
    }
  }
}
