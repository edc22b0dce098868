/// Interned special-method names for hot paths: `PyStr.intern(String)` hashes the Swift string
/// and takes a lock, which is fine at set-up but too slow per operation.
public enum Dunder {
  public static let new = PyStr.intern("__new__")
  public static let `init` = PyStr.intern("__init__")
  public static let call = PyStr.intern("__call__")
  public static let getattr = PyStr.intern("__getattr__")
  public static let getattribute = PyStr.intern("__getattribute__")
  public static let format = PyStr.intern("__format__")
  public static let repr = PyStr.intern("__repr__")
  public static let str = PyStr.intern("__str__")
  public static let iter = PyStr.intern("__iter__")
  public static let next = PyStr.intern("__next__")
  public static let len = PyStr.intern("__len__")
  public static let enter = PyStr.intern("__enter__")
  public static let exit = PyStr.intern("__exit__")
  public static let classGetitem = PyStr.intern("__class_getitem__")
  public static let missing = PyStr.intern("__missing__")
  public static let keys = PyStr.intern("keys")
}

extension PyType {
  /// Whether `name` resolves, on this type, to something other than `object`'s own attribute
  /// (for `object.__new__`/`__init__`'s "excess arguments" rules).
  @inline(__always)
  func overridesObject(_ name: PyStr) -> Bool {
    guard let mine = lookup(name) else { return false }
    guard let base = BuiltinTypes.object.dict.get(name) else { return true }
    return !mine.isIdentical(to: base)
  }
}

extension ThreadState {
  /// Calls Python function `f` with `self` prepended to `args`, building the argument list on
  /// the register stack instead of the heap.
  public func callFunction(_ f: PyFunction, prepending selfValue: Value, _ args: Args) throws(PyError) -> Value {
    let n = args.count + 1
    let start = registerTop
    try prepareRegisters(start: start, count: n)
    let buf = registerBase + start
    buf[0] = selfValue
    for i in 0..<args.count { buf[i + 1] = args[i] }
    // The callee's window starts after this argument block.
    let saved = stackRegisterTop
    stackRegisterTop = start + n
    defer {
      for i in 0..<n { Ops.clear(buf + i) }
      stackRegisterTop = saved
    }
    return try callFunction(f, Args(base: buf, count: n, kwnames: args.kwnames))
  }
}
