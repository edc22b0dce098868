import PySyntax

/// `repr()` and `str()` of any value.
extension Protocols {
  /// `repr(v)` as a str object.
  public static func repr(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyStr {
    switch v {
    case .int, .float, .bool, .none: try ts.checkRecursionHeadroom(" while getting the repr of an object")
    default: break
    }
    return try reprNoCheck(ts, v)
  }

  /// `repr(v)` once the recursion limit is checked for immediate values.
  @inline(__always)
  static func reprNoCheck(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyStr {
    switch v {
    case .int(let i): return StrOps.decimal(i)
    case .float(let d): return FloatDigits.reprStr(d)
    case .bool(let b): return b ? StrOps.reprTrue : StrOps.reprFalse
    case .none: return StrOps.reprNone
    default: break
    }
    try ts.enterRecursiveCall(" while getting the repr of an object")
    defer { ts.leaveRecursiveCall() }
    unowned(unsafe) let t = typeRef(v)
    guard let f = t.slots.repr else {
      return PyStr(defaultRepr(v))
    }
    let r = try f(ts, v)
    guard let s = r.as(PyStr.self) else {
      throw PyError.typeError("__repr__ returned non-string (type \(typeName(r)))")
    }
    return s
  }

  /// `str(v)` as a str object.
  public static func str(_ ts: ThreadState, _ v: Value) throws(PyError) -> PyStr {
    if let s = v.strIfExact { return s }
    switch v {
    case .int, .float, .bool, .none:
      // PyObject_Str counts one level around the type's tp_str (no PyObject_Repr inside).
      try ts.checkRecursionHeadroom(" while getting the str of an object")
      return try reprNoCheck(ts, v)
    default: break
    }
    try ts.enterRecursiveCall(" while getting the str of an object")
    defer { ts.leaveRecursiveCall() }
    unowned(unsafe) let t = typeRef(v)
    guard let f = t.slots.str else { return try repr(ts, v) }
    let r = try f(ts, v)
    guard let s = r.as(PyStr.self) else {
      throw PyError.typeError("__str__ returned non-string (type \(typeName(r)))")
    }
    return s
  }

  /// `repr(v)` as a Swift string.
  public static func reprString(_ ts: ThreadState, _ v: Value) throws(PyError) -> String {
    return try repr(ts, v).string
  }

  /// `<T object at 0x…>`, as `object.__repr__`.
  public static func defaultRepr(_ v: Value) -> String {
    unowned(unsafe) let t = typeRef(v)
    // Builtin types show their full tp_name ("itertools.chain"); classes module.qualname.
    guard t.typeFlags.contains(.heapType) else { return "<\(t.name) object at \(hexAddress(v))>" }
    let module = t.dict.get("__module__")?.as(PyStr.self)?.string ?? ""
    let name = (module.isEmpty || module == "builtins") ? t.qualname : module + "." + t.qualname
    return "<\(name) object at \(hexAddress(v))>"
  }

  /// The address of `v` for reprs (`0x7f…`).
  public static func hexAddress(_ v: Value) -> String {
    return "0x" + String(identity(v), radix: 16).leftPadded(to: 12)
  }

  /// `id(v)`: the object's address; immediates get a stable synthetic number.
  public static func identity(_ v: Value) -> Int {
    if let u = v.unmanaged { return Int(bitPattern: u.toOpaque()) }
    switch v {
    case .int(let i): return i &* 32 &+ 0x1000
    case .float(let d): return Int(bitPattern: UInt(d.bitPattern)) & ~7
    case .bool(let b): return b ? 0x8f4a20 : 0x8f4a40
    case .none: return 0x8f3d80
    default: return 0
    }
  }
}

extension String {
  func leftPadded(to n: Int, with c: Character = "0") -> String {
    count >= n ? self : String(repeating: c, count: n - count) + self
  }
}
