import PyRuntime

/// One `_sha512.sha512` / `_sha512.sha384` hash object.
public final class PySHA512: PyObject {
  var state: SHA512State

  init(type: PyType, state: SHA512State) {
    self.state = state
    super.init(type: type)
  }
}

/// The `_sha512` module (CPython Modules/sha512module.c): the SHA-512 and SHA-384 hash
/// objects (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`).
/// `random.seed` hashes str/bytes seeds with it.
public enum SHA512Module {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "_sha512")
    m.dict.set("SHA384Type", Value(BuiltinTypes.sha384))
    m.dict.set("SHA512Type", Value(BuiltinTypes.sha512))
    for (name, type, size) in [("sha512", BuiltinTypes.sha512, 64), ("sha384", BuiltinTypes.sha384, 48)] {
      let doc = size == 64 ? "Return a new SHA-512 hash object; optionally initialized with a string."
                           : "Return a new SHA-384 hash object; optionally initialized with a string."
      let f = PyBuiltinFunction(name: name, module: "_sha512", doc: doc) { ts, a throws(PyError) in
        let p = try ArgParser.parse(a, fname: name, names: ["string", "usedforsecurity"], required: 0, kwOnlyFrom: 1)
        var st = SHA512State(digestSize: size)
        if let s = p[0] { st.update(try data(s)) }
        return .object(PySHA512(type: type, state: st))
      }
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }
    return m
  }

  /// The bytes of a buffer argument, with hashlib's messages.
  static func data(_ v: Value) throws(PyError) -> [UInt8] {
    if let b = BytesSupport.bufferBytes(v) { return b }
    if v.as(PyStr.self) != nil { throw PyError.typeError("Strings must be encoded before hashing") }
    throw PyError.typeError("object supporting the buffer API required")
  }

  static func hashType(_ qualname: String, size: Int) -> PyType {
    PyType.builtin("_sha512." + qualname) { t in
      t.qualname = qualname
      func obj(_ v: Value) -> PySHA512 { v.unsafeAs(PySHA512.self) }
      t.addMethod("update", doc: "Update this hash object's state with the provided string.") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(qualname).update", min: 1, max: 1)
        obj(v).state.update(try data(a[0]))
        return .none
      }
      t.addMethod("digest", doc: "Return the digest value as a bytes object.") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(qualname).digest", min: 0, max: 0)
        return .object(PyBytes(obj(v).state.digest()))
      }
      t.addMethod("hexdigest", doc: "Return the digest value as a string of hexadecimal digits.") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(qualname).hexdigest", min: 0, max: 0)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var s: [UInt8] = []
        for b in obj(v).state.digest() { s.append(hex[Int(b >> 4)]); s.append(hex[Int(b & 15)]) }
        return .object(PyStr(String(decoding: s, as: UTF8.self)))
      }
      t.addMethod("copy", doc: "Return a copy of the hash object.") { _, v, a throws(PyError) in
        try ArgParser.positional(a, "\(qualname).copy", min: 0, max: 0)
        let o = obj(v)
        return .object(PySHA512(type: o.type, state: o.state))
      }
      t.addProperty("name") { _, _ in .object(PyStr(qualname)) }
      t.addProperty("digest_size") { _, _ in .int(size) }
      t.addProperty("block_size") { _, _ in .int(128) }
    }
  }
}

extension BuiltinTypes {
  public static let sha512: PyType = SHA512Module.hashType("sha512", size: 64)
  public static let sha384: PyType = SHA512Module.hashType("sha384", size: 48)
}
