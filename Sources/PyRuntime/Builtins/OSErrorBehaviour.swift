#if canImport(Glibc)
import Glibc
#endif

/// `OSError`'s construction and attributes (CPython's Objects/exceptions.c, `oserror_new`/
/// `oserror_init`/`OSError_str`): `errno`, `strerror`, `filename`, `filename2`, the subclass
/// chosen by errno when `OSError` itself is called (`OSError(2, 'x')` is a
/// FileNotFoundError), and the `[Errno 2] No such file or directory: 'x'` text.
public enum OSErrors {
  /// The OSError subclass CPython uses for an errno value (`errnomap`).
  public static func type(forErrno e: Int) -> PyType {
    let x = BuiltinTypes.exceptions
    switch Int32(truncatingIfNeeded: e) {
    case EAGAIN, EALREADY, EINPROGRESS: return x.blockingIOError
    case ECHILD: return x.childProcessError
    case EPIPE, ESHUTDOWN: return x.brokenPipeError
    case ECONNABORTED: return x.connectionAbortedError
    case ECONNREFUSED: return x.connectionRefusedError
    case ECONNRESET: return x.connectionResetError
    case EEXIST: return x.fileExistsError
    case ENOENT: return x.fileNotFoundError
    case EISDIR: return x.isADirectoryError
    case ENOTDIR: return x.notADirectoryError
    case EINTR: return x.interruptedError
    case EACCES, EPERM: return x.permissionError
    case ESRCH: return x.processLookupError
    case ETIMEDOUT: return x.timeoutError
    default: return x.osError
    }
  }

  /// The exception for a failed system call (`PyErr_SetFromErrnoWithFilenameObject`).
  public static func fromErrno(_ e: Int32, filename: Value? = nil, filename2: Value? = nil) -> PyError {
    let message = String(cString: strerror(e))
    let exc = PyBaseException(type: type(forErrno: Int(e)), args: PyTuple([.int(Int(e)), .object(PyStr(message))]))
    let d = exc.attributes
    d.set("__field_errno", .int(Int(e)))
    d.set("__field_strerror", .object(PyStr(message)))
    d.set("__field_filename", filename ?? .none)
    d.set("__field_filename2", filename2 ?? .none)
    return PyError(exc)
  }

  /// Fills the attributes from constructor arguments; returns the `args` to keep
  /// (`oserror_init`: a BlockingIOError's numeric third argument is `characters_written`).
  static func initialize(_ ts: ThreadState, _ e: PyBaseException, _ args: [Value]) throws(PyError) -> PyTuple {
    let d = e.attributes
    guard args.count >= 2 && args.count <= 5 else {
      return PyTuple(args)
    }
    d.set("__field_errno", args[0])
    d.set("__field_strerror", args[1])
    if args.count >= 3 && !args[2].isNone {
      if e.type === BuiltinTypes.exceptions.blockingIOError, isNumber(args[2]) {
        d.set("__field_characters_written", .int(try writtenCount(ts, args[2])))
        return PyTuple(args)
      }
      d.set("__field_filename", args[2])
      if args.count >= 5 && !args[4].isNone { d.set("__field_filename2", args[4]) }
      return PyTuple(Array(args[0..<2]))
    }
    return PyTuple(args)
  }

  /// `PyNumber_Check`.
  static func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .float, .bool: return true
    default: break
    }
    let s = Protocols.typeOf(v).slots
    return s.index != nil || s.int != nil || s.float != nil || v.as(PyComplex.self) != nil
  }

  /// `PyNumber_AsSsize_t(v, ValueError)`.
  static func writtenCount(_ ts: ThreadState, _ v: Value) throws(PyError) -> Int {
    let n = try Protocols.index(ts, v)
    if case .int(let i) = n { return i }
    throw PyError.valueError("cannot fit '\(Protocols.typeName(n))' into an index-sized integer")
  }

  /// `oserror_use_init`: a subclass that overrides `__init__` but not `__new__` has its
  /// arguments parsed by `__init__`, else `__new__` parses them (and refuses keywords).
  static func usesInit(_ t: PyType) -> Bool {
    func definer(_ name: String) -> PyType? { t.mro.first { $0.dict.get(name) != nil } }
    guard let i = definer("__init__"), i.typeFlags.contains(.heapType) else { return false }
    if let n = definer("__new__"), n.typeFlags.contains(.heapType) { return false }
    return true
  }

  static func install() {
    let os = BuiltinTypes.exceptions.osError
    func exc(_ v: Value) -> PyBaseException { v.unsafeAs(PyBaseException.self) }
    os.slots.new = { ts, cls, args throws(PyError) in
      var cls = cls
      let positional = args.positional
      if cls === BuiltinTypes.exceptions.osError, positional.count >= 2, positional.count <= 5,
         case .int(let n) = positional[0] {
        cls = OSErrors.type(forErrno: n)
      }
      let e = ExceptionSupport.newInstance(cls, args: PyTuple(positional))
      if !OSErrors.usesInit(cls) {
        if let k = args.kwnames, !k.items.isEmpty {
          throw PyError.typeError("\(cls.name)() takes no keyword arguments")
        }
        e.args = try OSErrors.initialize(ts, e, positional)
      }
      return .object(e)
    }
    os.slots.initialize = { ts, v, args throws(PyError) in
      let t = Protocols.typeOf(v)
      // `__new__` parsed the arguments unless the class has its own `__init__`.
      guard OSErrors.usesInit(t) else { return }
      if let k = args.kwnames, !k.items.isEmpty {
        throw PyError.typeError("\(t.name)() takes no keyword arguments")
      }
      let e = exc(v)
      e.args = try OSErrors.initialize(ts, e, args.positional)
    }
    os.slots.str = { ts, v throws(PyError) in
      let e = exc(v)
      let d = e.dict
      let errno = d?.get("__field_errno") ?? .none
      let strerror = d?.get("__field_strerror") ?? .none
      let filename = d?.get("__field_filename") ?? .none
      let filename2 = d?.get("__field_filename2") ?? .none
      if !filename.isNone {
        var s = "[Errno \(try Protocols.str(ts, errno).string)] \(try Protocols.str(ts, strerror).string): \(try Protocols.reprString(ts, filename))"
        if !filename2.isNone { s += " -> " + (try Protocols.reprString(ts, filename2)) }
        return .object(PyStr(s))
      }
      if !errno.isNone && !strerror.isNone {
        return .object(PyStr("[Errno \(try Protocols.str(ts, errno).string)] \(try Protocols.str(ts, strerror).string)"))
      }
      return try BuiltinTypes.exceptions.baseException.slots.str!(ts, v)
    }
    // OSError_reduce: the filenames go back into the arguments they were taken from.
    os.addMethod("__reduce__") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "OSError.__reduce__", min: 0, max: 0)
      let e = exc(v)
      var args = e.args
      if args.count == 2, let filename = ExceptionSupport.field(e, "filename"), !filename.isNone {
        var items = [args.items[0], args.items[1], filename]
        if let filename2 = ExceptionSupport.field(e, "filename2"), !filename2.isNone {
          items += [.none, filename2]
        }
        args = PyTuple(items)
      }
      if let d = e.instanceDict, d.count > 0 { return .object(PyTuple([Value(e.type), .object(args), .object(d)])) }
      return .object(PyTuple([Value(e.type), .object(args)]))
    }
    for name in ["errno", "strerror", "filename", "filename2"] {
      os.addProperty(name, get: { _, v in exc(v).dict?.get("__field_" + name) ?? .none },
                     set: { _, v, nv in exc(v).attributes.set("__field_" + name, nv ?? .none) })
    }
    os.addProperty("characters_written", get: { _, v throws(PyError) in
      guard let n = exc(v).dict?.get("__field_characters_written") else {
        throw PyError.attributeError("characters_written")
      }
      return n
    }, set: { ts, v, nv throws(PyError) in
      guard let nv else {
        if exc(v).attributes.remove(PyStr.intern("__field_characters_written")) == nil {
          throw PyError.attributeError("characters_written")
        }
        return
      }
      exc(v).attributes.set("__field_characters_written", .int(try OSErrors.writtenCount(ts, nv)))
    })
  }
}
