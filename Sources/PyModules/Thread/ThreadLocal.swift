import Synchronization
import PyRuntime

/// `_thread._local` (`threading.local`, CPython's `localobject` in Modules/_threadmodule.c):
/// an object whose attributes are per thread. Each thread that touches it gets its own
/// `__dict__` (keyed by the thread's `ThreadRecord` serial); a subclass's `__init__` runs
/// again, with the arguments the object was created with, the first time another thread
/// uses it. A thread's dicts are dropped when the thread ends.
public final class PyThreadLocal: PyObject {
  /// The per-thread dicts, by thread serial. Locked: other threads add and drop theirs.
  let dicts = Mutex<[Int: PyDict]>([:])
  /// The arguments of the constructor call, replayed to `__init__` in each new thread.
  let initArgs: [Value]
  let initKeywords: [(String, Value)]

  init(type: PyType, args: [Value], keywords: [(String, Value)]) {
    initArgs = args
    initKeywords = keywords
    super.init(type: type)
  }

  /// The calling thread's dict, made (and the subclass's `__init__` run) on first use.
  func dict(_ ts: ThreadState, _ selfValue: Value) throws(PyError) -> PyDict {
    let record = ThreadRecord.current()
    let serial = record.serial
    if let d = dicts.withLock({ $0[serial] }) { return d }
    let d = try createDict(record)
    if let initializer = ThreadLocal.customInit(type) {
      do throws(PyError) {
        let bound = try Protocols.bindDescriptor(ts, initializer, instance: selfValue, owner: Value(type))
        _ = try Protocols.call(ts, bound, initArgs, keywords: initKeywords)
      } catch {
        dropDict(serial: serial)
        throw error
      }
    }
    return d
  }

  /// Makes the calling thread's dict (no `__init__` call: the creating thread's comes from
  /// the constructor call itself).
  @discardableResult
  func createDict(_ record: ThreadRecord) throws(PyError) -> PyDict {
    let d = PyDict()
    dicts.withLock { $0[record.serial] = d }
    if record.locals.count >= 16 && record.locals.count.nonzeroBitCount == 1 {
      // Forget locals that no longer exist (a long-lived thread making many of them).
      record.locals.removeAll { $0.local == nil }
    }
    record.locals.append(WeakThreadLocal(local: self))
    return d
  }

  /// Forgets the dict of the thread with this serial (its values are released by the caller).
  func dropDict(serial: Int) {
    let dropped = dicts.withLock { $0.removeValue(forKey: serial) }
    _ = dropped
  }
}

/// The behaviour of `_thread._local`: construction, per-thread attribute lookup and storage.
enum ThreadLocal {
  static let dictName = PyStr.intern("__dict__")
  static let initName = PyStr.intern("__init__")

  /// The class's `__init__` when it is not `object.__init__` (then it runs per thread).
  static func customInit(_ cls: PyType) -> Value? {
    guard let found = cls.lookup(initName) else { return nil }
    if let base = BuiltinTypes.object.lookup(initName), base.isIdentical(to: found) { return nil }
    return found
  }

  static func isDictName(_ name: PyStr) -> Bool {
    name === dictName || name.equals(dictName)
  }

  static func install(_ t: PyType) {
    t.slots.new = { ts, cls, a throws(PyError) in
      if a.count > 0 && customInit(cls) == nil {
        throw PyError.typeError("Initialization arguments are not supported")
      }
      let keywords = a.keywords.map { ($0.0.string, $0.1) }
      let local = PyThreadLocal(type: cls, args: a.positional, keywords: keywords)
      if cls !== BuiltinTypes.threadLocal { NativeTypeSupport.prepareInstance(local, cls) }
      try local.createDict(ThreadRecord.current())
      return .object(local)
    }
    t.slots.getAttribute = { ts, v, name throws(PyError) in
      let d = try v.unsafeAs(PyThreadLocal.self).dict(ts, v)
      if isDictName(name) { return .object(d) }
      // `object.__getattribute__` with the thread's dict as the instance dict.
      let type = Protocols.typeOf(v)
      let descr = type.lookup(name)
      var getter: TypeSlots.DescrGet? = nil
      if let descr {
        let dt = Protocols.typeOf(descr)
        getter = dt.slots.descrGet
        if let g = getter, dt.slots.descrSet != nil { return try g(ts, descr, v, Value(type)) }
      }
      if let found = d.get(name) { return found }
      if let descr {
        if let g = getter { return try g(ts, descr, v, Value(type)) }
        return descr
      }
      throw Protocols.noAttribute(v, name)
    }
    t.slots.setAttribute = { ts, v, name, value throws(PyError) in
      let type = Protocols.typeOf(v)
      if isDictName(name) {
        throw PyError.attributeError("'\(type.name)' object attribute '__dict__' is read-only")
      }
      let d = try v.unsafeAs(PyThreadLocal.self).dict(ts, v)
      if let descr = type.lookup(name), let set = Protocols.typeOf(descr).slots.descrSet {
        return try set(ts, descr, v, value)
      }
      if let value {
        d.set(name, value)
      } else if d.remove(name) == nil {
        throw Protocols.noAttribute(v, name)
      }
    }
  }
}

extension BuiltinTypes {
  public static let threadLocal: PyType = PyType.builtin("_thread._local", flags: [.baseType]) { t in
    t.qualname = String(t.shortName)
    t.dict.set("__doc__", .object(PyStr("Thread-local data")))
    ThreadLocal.install(t)
  }
}
