import PySyntax

/// Behaviour of `str` (and the installation of the other core containers, whose slots live in
/// ListType.swift, TupleType.swift, DictType.swift and SingletonTypes.swift).
extension BuiltinTypes {
  static func installCoreContainers() {
    // str
    let s = str
    s.slots.repr = { _, v in .object(PyStr(PythonRepr.string(v.unsafeAs(PyStr.self).codePoints))) }
    s.slots.str = { _, v in
      let x = v.unsafeAs(PyStr.self)
      return x.isExactStr ? v : .object(PyStr(codePoints: x.codePoints))
    }
    s.slots.hash = { _, v in v.unsafeAs(PyStr.self).pyHash }
    s.slots.richCompare = { _, a, b, op in
      guard let x = a.as(PyStr.self), let y = b.as(PyStr.self) else { return .notImplemented }
      return .bool(StrCompare.compare(x, y, op))
    }
    s.slots.length = { _, v in v.unsafeAs(PyStr.self).count }
    s.slots.sequenceConcat = { _, a, b throws(PyError) in
      guard let y = b.as(PyStr.self) else {
        throw PyError.typeError("can only concatenate str (not \"\(Protocols.typeName(b))\") to str")
      }
      return .object(StrOps.concat(a.unsafeAs(PyStr.self), y))
    }
    s.slots.sequenceRepeat = { _, v, n in .object(StrOps.repeated(v.unsafeAs(PyStr.self), n)) }
    s.slots.contains = { _, v, x throws(PyError) in
      guard let sub = x.as(PyStr.self) else {
        throw PyError.typeError("'in <string>' requires string as left operand, not \(Protocols.typeName(x))")
      }
      return StrOps.find(v.unsafeAs(PyStr.self), sub, from: 0) >= 0
    }
    s.slots.getItem = { ts, v, k throws(PyError) in try StrOps.getItem(ts, v.unsafeAs(PyStr.self), k) }
    s.slots.iter = { _, v in .object(StrIterator(v.unsafeAs(PyStr.self))) }
    s.slots.new = { ts, cls, args throws(PyError) in
      try ArgParser.positional(args, "str", min: 0, max: 3)
      let r: PyStr = args.count == 0 ? PyStr.intern("") : try Protocols.str(ts, args[0])
      if cls === BuiltinTypes.str { return .object(r) }
      let o = PyStr(codePoints: r.codePoints, type: cls)
      ObjectSupport.prepareInstance(o, cls)
      return .object(o)
    }
    s.addMethod("join") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "join", min: 1, max: 1)
      let sep = v.unsafeAs(PyStr.self)
      var parts: [PyStr] = []
      for (i, item) in try Protocols.toArray(ts, a[0]).enumerated() {
        guard let p = item.as(PyStr.self) else {
          throw PyError.typeError("sequence item \(i): expected str instance, \(Protocols.typeName(item)) found")
        }
        parts.append(p)
      }
      return .object(StrOps.join(sep, parts))
    }

    installTuple()
    installList()
    installDict()
    installSingletonTypes()
    installSetTypes()
  }
}

/// Iterator over a str's characters.
public final class StrIterator: PyObject {
  let str: PyStr
  var index = 0

  init(_ str: PyStr) {
    self.str = str
    super.init(type: BuiltinTypes.strIterator)
  }
}

extension BuiltinTypes {
  public static let strIterator: PyType = PyType.builtin("str_ascii_iterator") { t in
    t.slots.iter = { _, v in v }
    t.slots.next = { _, v in
      let it = v.unsafeAs(StrIterator.self)
      guard it.index < it.str.count else { return nil }
      it.index += 1
      return .object(StrOps.character(it.str[it.index - 1]))
    }
  }
}
