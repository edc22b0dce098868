import PyRuntime

/// A parsed `struct` format (CPython Modules/_struct.c `prepare_s`): the byte order mode, the
/// items with their offsets, the total size and how many values `pack` takes.
struct StructLayout {
  /// Byte order and size rules chosen by the format's first character.
  enum Mode {
    /// `@` (default): native sizes and alignment, native byte order.
    case native
    /// `<`, `=` (on this little-endian machine): standard sizes, little-endian.
    case little
    /// `>`, `!`: standard sizes, big-endian.
    case big
  }

  /// One format code with its repeat count, e.g. `3h` or `10s`.
  struct Item {
    let code: UInt8
    let count: Int
    /// Byte offset of the first element.
    let offset: Int
    /// Bytes per element (for `s`/`p` the whole field is `count` bytes, one element).
    let size: Int
  }

  let mode: Mode
  let items: [Item]
  let size: Int
  /// Values consumed by `pack` / produced by `unpack`.
  let valueCount: Int

  /// Size and alignment of a code in a mode; nil when the code is not allowed there.
  static func sizeAndAlignment(_ c: UInt8, _ mode: Mode) -> (Int, Int)? {
    switch c {
    case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"),
         UInt8(ascii: "?"), UInt8(ascii: "s"), UInt8(ascii: "p"):
      return (1, 1)
    case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return (2, 2)
    case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return (4, 4)
    case UInt8(ascii: "l"), UInt8(ascii: "L"): return mode == .native ? (8, 8) : (4, 4)
    case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return (8, 8)
    case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return mode == .native ? (8, 8) : nil
    default: return nil
    }
  }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0d) }

  /// Parses `format` (its bytes), with CPython's errors (struct.error).
  init(_ format: [UInt8]) throws(PyError) {
    if format.contains(0) { throw StructModule.error("embedded null character") }
    var i = 0
    var mode = Mode.native
    if let first = format.first {
      switch first {
      case UInt8(ascii: "<"), UInt8(ascii: "="): mode = .little; i = 1
      case UInt8(ascii: ">"), UInt8(ascii: "!"): mode = .big; i = 1
      case UInt8(ascii: "@"): i = 1
      default: break
      }
    }
    let tooLong = StructModule.error("total struct size too long")
    var items: [Item] = []
    var size = 0
    var values = 0
    while i < format.count {
      var c = format[i]
      i += 1
      if StructLayout.isSpace(c) { continue }
      var count = 1
      if c >= 0x30 && c <= 0x39 {
        count = Int(c - 0x30)
        while true {
          guard i < format.count else {
            throw StructModule.error("repeat count given without format specifier")
          }
          c = format[i]
          i += 1
          guard c >= 0x30 && c <= 0x39 else { break }
          let (m, o1) = count.multipliedReportingOverflow(by: 10)
          let (s, o2) = m.addingReportingOverflow(Int(c - 0x30))
          if o1 || o2 { throw tooLong }
          count = s
        }
      }
      guard let (itemSize, alignment) = StructLayout.sizeAndAlignment(c, mode) else {
        throw StructModule.error("bad char in struct format")
      }
      switch c {
      case UInt8(ascii: "s"), UInt8(ascii: "p"): values += 1
      case UInt8(ascii: "x"): break
      default: values += count
      }
      if mode == .native && size > 0 {
        size += (alignment - 1) - (size - 1) % alignment
        if size < 0 { throw tooLong }
      }
      if count > (Int.max - size) / itemSize { throw tooLong }
      let isField = c == UInt8(ascii: "s") || c == UInt8(ascii: "p")
      items.append(Item(code: c, count: count, offset: size, size: isField ? count : itemSize))
      size += count * itemSize
    }
    self.mode = mode
    self.items = items
    self.size = size
    self.valueCount = values
  }
}
