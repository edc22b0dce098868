import PyRuntime

/// JSON string literals both ways (CPython Modules/_json.c: `ascii_escape_unicode`,
/// `escape_unicode`, `scanstring_unicode`): escaping a str for output (ASCII-only or not)
/// and reading a quoted string back, with the decoder's error positions.
enum JSONStrings {
  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `"s"` escaped: only `"`, `\` and control characters when `asciiOnly` is false;
  /// everything outside printable ASCII as `\uXXXX` (surrogate pairs above the BMP) otherwise.
  static func appendQuoted(_ out: inout StrBuilder, _ s: PyStr, asciiOnly: Bool) {
    out.append(0x22)
    let n = s.count
    if s.kind == 1 {
      let p = s.unsafeCodeUnits.assumingMemoryBound(to: UInt8.self)
      var start = 0
      var i = 0
      while i < n {
        let c = p[i]
        if passesUnescaped(UInt32(c), asciiOnly) { i += 1; continue }
        if i > start { out.append(latin1: UnsafeBufferPointer(start: p + start, count: i - start)) }
        appendEscape(&out, UInt32(c))
        i += 1
        start = i
      }
      if n > start { out.append(latin1: UnsafeBufferPointer(start: p + start, count: n - start)) }
    } else {
      for i in 0..<n {
        let c = s[i]
        if passesUnescaped(c, asciiOnly) {
          out.append(c)
        } else {
          appendEscape(&out, c)
        }
      }
    }
    out.append(0x22)
  }

  /// Whether `c` is written as itself: printable ASCII but `"` and `\` when `asciiOnly`,
  /// anything but `"`, `\` and C0 controls otherwise.
  @inline(__always)
  static func passesUnescaped(_ c: UInt32, _ asciiOnly: Bool) -> Bool {
    if c < 0x20 || c == 0x22 || c == 0x5c { return false }
    return !asciiOnly || c <= 0x7e
  }

  /// The escape of one character that cannot appear as itself.
  @inline(__always)
  static func appendEscape(_ out: inout StrBuilder, _ c: UInt32) {
    out.append(0x5c)
    switch c {
    case 0x5c: out.append(0x5c)
    case 0x22: out.append(0x22)
    case 0x08: out.append(UInt32(UInt8(ascii: "b")))
    case 0x0c: out.append(UInt32(UInt8(ascii: "f")))
    case 0x0a: out.append(UInt32(UInt8(ascii: "n")))
    case 0x0d: out.append(UInt32(UInt8(ascii: "r")))
    case 0x09: out.append(UInt32(UInt8(ascii: "t")))
    default:
      var c = c
      if c >= 0x10000 {
        let v = c - 0x10000
        appendHex4(&out, 0xd800 | (v >> 10))
        c = 0xdc00 | (v & 0x3ff)
        out.append(0x5c)
      }
      appendHex4(&out, c)
    }
  }

  @inline(__always)
  static func appendHex4(_ out: inout StrBuilder, _ c: UInt32) {
    out.append(UInt32(UInt8(ascii: "u")))
    out.append(UInt32(hexDigits[Int((c >> 12) & 0xf)]))
    out.append(UInt32(hexDigits[Int((c >> 8) & 0xf)]))
    out.append(UInt32(hexDigits[Int((c >> 4) & 0xf)]))
    out.append(UInt32(hexDigits[Int(c & 0xf)]))
  }

  /// `encode_basestring(_ascii)(s)` as a new str.
  static func quoted(_ s: PyStr, asciiOnly: Bool) -> PyStr {
    var out = StrBuilder(capacity: s.count + 2)
    appendQuoted(&out, s, asciiOnly: asciiOnly)
    return out.build()
  }
}

/// Reading JSON text held in a str (any PEP 393 width), as code units of type `Unit`.
struct JSONText<Unit: FixedWidthInteger & UnsignedInteger> {
  let p: UnsafePointer<Unit>
  let count: Int
  let str: PyStr

  init(_ s: PyStr) {
    str = s
    count = s.count
    p = s.unsafeCodeUnits.assumingMemoryBound(to: Unit.self)
  }

  @inline(__always) subscript(i: Int) -> UInt32 { UInt32(truncatingIfNeeded: p[i]) }

  @inline(__always) func isWhitespace(_ c: UInt32) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0d
  }

  @inline(__always) func skipWhitespace(_ i: Int) -> Int {
    var i = i
    while i < count && isWhitespace(self[i]) { i += 1 }
    return i
  }

  /// The value of the hex digit `c`, or nil.
  @inline(__always) func hexValue(_ c: UInt32) -> UInt32? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x61...0x66: return c - 0x61 + 10
    case 0x41...0x46: return c - 0x41 + 10
    default: return nil
    }
  }

  /// Reads the string whose opening quote is just before `start`; returns it and the index
  /// after its closing quote. Literal control characters are refused when `strict`.
  func scanString(_ ts: ThreadState, _ start: Int, strict: Bool) throws(PyError) -> (PyStr, Int) {
    let begin = start - 1
    if start < 0 || start > count { throw PyError.valueError("end is out of bounds") }
    var end = start
    var builder: StrBuilder? = nil
    while true {
      var next = end
      var c: UInt32 = 0
      while next < count {
        c = self[next]
        if c == 0x22 || c == 0x5c { break }
        if c <= 0x1f && strict {
          throw JSONErrors.decodeError(ts, "Invalid control character at", str, next)
        }
        next += 1
      }
      if next >= count {
        throw JSONErrors.decodeError(ts, "Unterminated string starting at", str, begin)
      }
      if c == 0x22 && builder == nil {
        return (substring(end, next), next + 1)
      }
      if builder == nil { builder = StrBuilder(capacity: next - end + 16) }
      if next != end { builder!.append(str, from: end, to: next) }
      next += 1
      if c == 0x22 {
        return (builder!.build(), next)
      }
      if next == count {
        throw JSONErrors.decodeError(ts, "Unterminated string starting at", str, begin)
      }
      c = self[next]
      if c != 0x75 {  // not 'u'
        end = next + 1
        switch c {
        case 0x22, 0x5c, 0x2f: break
        case 0x62: c = 0x08
        case 0x66: c = 0x0c
        case 0x6e: c = 0x0a
        case 0x72: c = 0x0d
        case 0x74: c = 0x09
        default:
          throw JSONErrors.decodeError(ts, "Invalid \\escape", str, end - 2)
        }
      } else {
        next += 1
        end = next + 4
        if end >= count {
          throw JSONErrors.decodeError(ts, "Invalid \\uXXXX escape", str, next - 1)
        }
        c = 0
        while next < end {
          guard let d = hexValue(self[next]) else {
            throw JSONErrors.decodeError(ts, "Invalid \\uXXXX escape", str, end - 5)
          }
          c = (c << 4) | d
          next += 1
        }
        // A high surrogate followed by \u and a low surrogate is one character.
        if c & 0xfc00 == 0xd800 && end + 6 < count && self[next] == 0x5c && self[next + 1] == 0x75 {
          next += 2
          var c2: UInt32 = 0
          let end2 = end + 6
          while next < end2 {
            guard let d = hexValue(self[next]) else {
              throw JSONErrors.decodeError(ts, "Invalid \\uXXXX escape", str, end2 - 5)
            }
            c2 = (c2 << 4) | d
            next += 1
          }
          if c2 & 0xfc00 == 0xdc00 {
            c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff))
            end = end2
          }
        }
      }
      builder!.append(c)
    }
  }

  /// `str[from..<to]` as a new str of the narrowest width.
  func substring(_ from: Int, _ to: Int) -> PyStr {
    if Unit.self == UInt8.self {
      return PyStr(latin1: UnsafeBufferPointer(start: UnsafeRawPointer(p + from).assumingMemoryBound(to: UInt8.self), count: to - from))
    }
    var b = StrBuilder(capacity: to - from)
    b.append(str, from: from, to: to)
    return b.build()
  }
}

/// The decoder's exceptions: `json.decoder.JSONDecodeError(msg, doc, pos)` (imported when
/// first needed, as CPython's `raise_errmsg`) and `StopIteration(idx)` for "no value here".
enum JSONErrors {
  static func decodeError(_ ts: ThreadState, _ message: String, _ doc: PyStr, _ pos: Int) -> PyError {
    do throws(PyError) {
      let module = try ImportSystem.importAbsolute(ts, "json.decoder")
      let cls = try Protocols.getAttr(ts, module, PyStr.intern("JSONDecodeError"))
      let exc = try Protocols.call(ts, cls, [.object(PyStr(message)), .object(doc), .int(pos)])
      guard let e = exc.as(PyBaseException.self) else {
        return PyError.typeError("exceptions must derive from BaseException")
      }
      return PyError(e)
    } catch {
      return error
    }
  }

  static func stopIteration(_ ts: ThreadState, _ idx: Int) -> PyError {
    do throws(PyError) {
      let exc = try Protocols.call(ts, Value(BuiltinTypes.exceptions.stopIteration), [.int(idx)])
      return PyError(exc.unsafeAs(PyBaseException.self))
    } catch {
      return error
    }
  }
}
