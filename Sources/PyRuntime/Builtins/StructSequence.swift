/// Struct sequences (CPython's Objects/structseq.c): tuple subclasses whose items are also
/// named attributes — `sys.version_info`, `sys.flags`, `sys.float_info`, `time.struct_time` ….
/// The first `visible` fields are the tuple's items; the others (like `tm_zone`) are only
/// attributes, kept in the instance's extra storage.
public enum StructSequence {
  /// A new struct sequence type. `instantiable: false` makes `T(...)` fail as CPython's
  /// `sys.flags` and friends do.
  public static func makeType(_ name: String, fields: [String], visible: Int? = nil,
                              instantiable: Bool = true, doc: String? = nil) -> PyType {
    let nVisible = visible ?? fields.count
    let t = PyType.builtin(name, base: BuiltinTypes.tuple, flags: []) { t in
      // `__qualname__` is the last component; the module comes from the dotted name.
      t.qualname = String(t.shortName)
      for (i, field) in fields.enumerated() {
        t.addProperty(field) { _, v in item(v, i, nVisible) }
      }
      t.dict.set("n_sequence_fields", .int(nVisible))
      t.dict.set("n_fields", .int(fields.count))
      t.dict.set("n_unnamed_fields", .int(0))
      t.dict.set("__match_args__", .object(PyTuple(fields.prefix(nVisible).map { .object(PyStr.intern($0)) })))
      if let doc { t.dict.set("__doc__", .object(PyStr(doc))) }
      t.slots.repr = { ts, v throws(PyError) in
        let tuple = v.unsafeAs(PyTuple.self)
        var s = Protocols.typeOf(v).name + "("
        for (i, x) in tuple.items.enumerated() {
          if i > 0 { s += ", " }
          s += fields[i] + "=" + (try Protocols.reprString(ts, x))
        }
        return .object(PyStr(s + ")"))
      }
      t.slots.new = { ts, cls, args throws(PyError) in
        if !instantiable { throw PyError.typeError("cannot create '\(cls.name)' instances") }
        let a = try ClinicSignature("structseq", ["sequence", "dict"], minPos: 1).bind(args)
        let items: [Value]
        do throws(PyError) {
          items = try Protocols.toArray(ts, a[0]!)
        } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.typeError) {
          throw PyError.typeError("constructor requires a sequence")
        }
        let n = items.count, minLen = nVisible, maxLen = fields.count
        if n < minLen {
          throw PyError.typeError(minLen == maxLen ? "\(cls.name)() takes a \(minLen)-sequence (\(n)-sequence given)"
                                  : "\(cls.name)() takes an at least \(minLen)-sequence (\(n)-sequence given)")
        }
        if n > maxLen {
          throw PyError.typeError(minLen == maxLen ? "\(cls.name)() takes a \(minLen)-sequence (\(n)-sequence given)"
                                  : "\(cls.name)() takes an at most \(maxLen)-sequence (\(n)-sequence given)")
        }
        var hidden: [Value] = []
        for i in nVisible..<maxLen {
          if i < n { hidden.append(items[i]); continue }
          var v: Value = .none
          if let d = a[1], !d.isNone {
            guard let dict = d.as(PyDict.self) else {
              throw PyError.typeError("\(cls.name)() takes a dict as second arg, if any")
            }
            v = dict.get(fields[i]) ?? .none
          }
          hidden.append(v)
        }
        return .object(make(cls, Array(items.prefix(nVisible)), hidden: hidden))
      }
    }
    Deferral.retain(t)
    return t
  }

  /// An instance of struct sequence type `t`.
  public static func make(_ t: PyType, _ visible: [Value], hidden: [Value] = []) -> PyTuple {
    let tuple = PyTuple(visible, type: t)
    if !hidden.isEmpty {
      let extra = InstanceExtras(dict: nil, slotCount: hidden.count)
      extra.slotValues = hidden
      tuple.extra = extra
    }
    return tuple
  }

  static func item(_ v: Value, _ i: Int, _ nVisible: Int) -> Value {
    let tuple = v.unsafeAs(PyTuple.self)
    if i < nVisible { return i < tuple.count ? tuple.items[i] : .none }
    guard let extra = tuple.extra, i - nVisible < extra.slotValues.count else { return .none }
    return extra.slotValues[i - nVisible]
  }
}

/// `types.SimpleNamespace` (Objects/namespaceobject.c): an object whose attributes are its
/// keyword arguments, with the `namespace(a=1, b=2)` repr and equality by attributes.
extension BuiltinTypes {
  public static let simpleNamespace: PyType = PyType.builtin("types.SimpleNamespace",
                                                             flags: [.baseType, .hasInstanceDict]) { t in
    t.qualname = String(t.shortName)
    t.slots.new = { _, cls, _ in .object(PyInstance(type: cls)) }
    t.slots.initialize = { _, v, args throws(PyError) in
      if args.positionalCount > 0 {
        throw PyError.typeError("no positional arguments expected")
      }
      let d = v.unsafeAs(PyInstance.self).dict!
      for (k, x) in args.keywords { d.set(k, x) }
    }
    t.slots.repr = { ts, v throws(PyError) in
      let t = Protocols.typeOf(v)
      let name = t === BuiltinTypes.simpleNamespace ? "namespace" : t.name
      let key = Protocols.identity(v)
      if ts.reprInProgress.contains(key) { return .object(PyStr(name + "(...)")) }
      ts.reprInProgress.insert(key)
      defer { ts.reprInProgress.remove(key) }
      var parts: [String] = []
      for (k, x) in v.unsafeAs(PyInstance.self).dict!.items {
        guard let ks = k.as(PyStr.self) else { continue }
        parts.append(ks.string + "=" + (try Protocols.reprString(ts, x)))
      }
      return .object(PyStr(name + "(" + parts.joined(separator: ", ") + ")"))
    }
    t.slots.richCompare = { ts, a, b, op throws(PyError) in
      guard op == .eq || op == .ne,
            Protocols.typeOf(a).isSubtype(of: BuiltinTypes.simpleNamespace),
            Protocols.typeOf(b).isSubtype(of: BuiltinTypes.simpleNamespace) else { return .notImplemented }
      let r = try Protocols.richCompare(ts, .object(a.unsafeAs(PyInstance.self).dict!),
                                        .object(b.unsafeAs(PyInstance.self).dict!), op)
      return r
    }
    t.slots.hashIsNone = true
    t.addProperty("__dict__") { _, v in .object(v.unsafeAs(PyInstance.self).dict!) }
  }
}
