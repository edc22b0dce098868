/// The `bool` type (CPython's Objects/boolobject.c): `True`/`False` reprs, `&`, `|`, `^`
/// staying bool for two bools, everything else inherited from `int`.
extension BuiltinTypes {
  static func installBoolType() {
    let b = bool
    b.slots.repr = { _, v in
      if case .bool(let x) = v { return .object(PyStr.intern(x ? "True" : "False")) }
      return .object(PyStr(IntOps.repr(v)))
    }
    for op in [BinaryOp.and, .or, .xor] {
      b.setBinary(op) { ts, x, y throws(PyError) in
        if case .bool(let p) = x, case .bool(let q) = y {
          switch op {
          case .and: return .bool(p && q)
          case .or: return .bool(p || q)
          default: return .bool(p != q)
          }
        }
        return try IntOps.binarySlot(ts, x, y, op)
      }
    }
    b.slots.new = { ts, cls, args throws(PyError) in
      try ArgParser.noKeywords(args, "bool")
      try ArgParser.positional(args, "bool", min: 0, max: 1)
      return .bool(args.count == 0 ? false : try Protocols.isTrue(ts, args[0]))
    }
    b.dict.set("__doc__", .object(PyStr("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.")))
  }
}
