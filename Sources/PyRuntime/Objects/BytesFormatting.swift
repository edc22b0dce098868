/// `bytes % args` (PEP 461, CPython's `_PyBytes_FormatEx`): the shared `%` scanner with the
/// bytes conversions — `%s`/`%b` take bytes-like objects or `__bytes__`, `%r`/`%a` give the
/// ASCII repr, `%c` an int in range(256) or a single byte.
enum BytesFormat {
  static func format(_ ts: ThreadState, _ fmt: [UInt8], _ args: Value) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(fmt.count + 16)
    try PercentFormat.run(ts, count: fmt.count, read: { UInt32(fmt[$0]) }, args: args,
                          literal: { out.append(contentsOf: fmt[$0..<$1]) },
                          emit: { out.append(contentsOf: $0) },
                          convert: { (v: Value, spec: PercentFormat.Spec) throws(PyError) -> Bool in
      var text: [UInt8]
      switch spec.type {
      case 0x73, 0x62:  // s b
        if let b = BytesSupport.bufferBytes(v) {
          text = b
        } else if let m = try Protocols.lookupSpecial(ts, v, PyStr.intern("__bytes__")) {
          let r = try Protocols.call(ts, m, [])
          guard let b = r.as(PyBytes.self) else {
            throw PyError.typeError("__bytes__ returned non-bytes (type \(Protocols.typeName(r)))")
          }
          text = b.bytes
        } else {
          throw PyError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(Protocols.typeName(v))'")
        }
      case 0x72, 0x61:  // r a
        let r = try Protocols.ascii(ts, v)
        text = (0..<r.count).map { UInt8(truncatingIfNeeded: r[$0]) }
      case 0x63:  // c
        if let b = BytesSupport.bufferBytes(v) {
          guard b.count == 1 else { throw PyError.typeError("%c requires an integer in range(256) or a single byte") }
          text = b
        } else if Protocols.hasIndex(v) {
          let i: Int
          do throws(PyError) { i = try Protocols.indexAsInt(ts, v) } catch {
            throw PyError.make(BuiltinTypes.exceptions.overflowError, "%c arg not in range(256)")
          }
          if i < 0 || i > 255 { throw PyError.make(BuiltinTypes.exceptions.overflowError, "%c arg not in range(256)") }
          text = [UInt8(i)]
        } else {
          throw PyError.typeError("%c requires an integer in range(256) or a single byte")
        }
        var s = spec
        s.precision = -1
        out.append(contentsOf: PercentFormat.padded(text, s))
        return true
      default:
        return false
      }
      if spec.precision >= 0 && text.count > spec.precision { text = Array(text[0..<spec.precision]) }
      out.append(contentsOf: PercentFormat.padded(text, spec))
      return true
    }, keyString: { .object(PyBytes(Array(fmt[$0..<$1]))) })
    return out
  }
}
