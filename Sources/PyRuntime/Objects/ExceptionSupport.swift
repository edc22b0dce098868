/// Helpers for exception objects used across the runtime.
public enum ExceptionSupport {
  /// `exc.add_note(note)`.
  public static func addNote(_ e: PyBaseException, _ note: String) {
    let d = e.attributes
    if let notes = d.get("__notes__")?.as(PyList.self) {
      notes.append(.object(PyStr(note)))
    } else {
      d.set("__notes__", .object(PyList([.object(PyStr(note))])))
    }
  }

  /// Sets `__context__` of a newly raised exception to the exception being handled, avoiding
  /// cycles, as CPython's `_PyErr_SetObject`.
  public static func chainContext(_ ts: ThreadState, _ e: PyBaseException) {
    guard let handled = ts.handledException, handled !== e else { return }
    // Break a cycle if `e` is already in handled's context chain.
    var o: PyBaseException? = handled
    while let cur = o {
      guard let next = cur.context.as(PyBaseException.self) else { break }
      if next === e {
        cur.context = .none
        break
      }
      o = next
    }
    e.context = .object(handled)
  }
}

/// `types.UnionType` (`int | str`).
public final class UnionType: PyObject {
  public let args: [Value]

  init(_ args: [Value]) {
    self.args = args
    super.init(type: BuiltinTypes.unionType)
  }

  static func make(_ ts: ThreadState, _ a: Value, _ b: Value) throws(PyError) -> Value {
    func ok(_ v: Value) -> Bool { v.isNone || v.as(PyType.self) != nil || v.as(UnionType.self) != nil }
    guard ok(a), ok(b) else { return .notImplemented }
    var items: [Value] = []
    for v in [a, b] {
      let parts = v.as(UnionType.self)?.args ?? [v.isNone ? Value(BuiltinTypes.noneType) : v]
      for p in parts where !items.contains(where: { $0.isIdentical(to: p) }) { items.append(p) }
    }
    if items.count == 1 { return items[0] }
    return .object(UnionType(items))
  }
}

extension BuiltinTypes {
  public static let unionType: PyType = PyType.builtin("types.UnionType") { t in
    t.slots.repr = { ts, v throws(PyError) in
      var parts: [String] = []
      for a in v.unsafeAs(UnionType.self).args {
        if let c = a.as(PyType.self) {
          parts.append(c === BuiltinTypes.noneType ? "None" : TypeSupport.qualifiedName(c))
        } else {
          parts.append(try Protocols.reprString(ts, a))
        }
      }
      return .object(PyStr(parts.joined(separator: " | ")))
    }
    t.slots.binary[BinaryOp.or.rawValue] = BinarySlot(id: PyType.nextSlotId()) { ts, a, b throws(PyError) in
      try UnionType.make(ts, a, b)
    }
    t.addProperty("__args__") { _, v in .object(PyTuple(v.unsafeAs(UnionType.self).args)) }
  }
}
