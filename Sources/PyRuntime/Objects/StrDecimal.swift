/// `str(i)` / `repr(i)` for a machine-word int, written straight into a new ASCII str's
/// storage (no Swift `String` in between): the digits of every printed or concatenated int.
extension StrOps {
  static let reprTrue = PyStr.intern("True")
  static let reprFalse = PyStr.intern("False")
  static let reprNone = PyStr.intern("None")

  public static func decimal(_ i: Int) -> PyStr {
    if i >= 0 && i < 10 { return character(UInt32(48 + i)) }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: 20 digits and a sign
    return withUnsafeMutableBytes(of: &digits) { buf -> PyStr in
      var m = i.magnitude
      var pos = buf.count
      repeat {
        pos -= 1
        buf[pos] = UInt8(48 + m % 10)
        m /= 10
      } while m != 0
      if i < 0 { pos -= 1; buf[pos] = 45 }  // "-"
      let n = buf.count - pos
      let p = UnsafeMutableRawPointer.allocate(byteCount: n, alignment: 4)
      p.copyMemory(from: buf.baseAddress! + pos, byteCount: n)
      return PyStr(type: BuiltinTypes.str, storage: p, count: n, kind: 1, isASCII: true)
    }
  }
}
