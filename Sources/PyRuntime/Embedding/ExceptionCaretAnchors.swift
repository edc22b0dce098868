import PySyntax

/// The caret line under a traceback's source line, as CPython 3.11.7's Python/traceback.c
/// draws it (`tb_displayline`, `extract_anchors_from_line`, `print_error_location_carets`):
///
///     return a + b + c
///            ~~~~~~^~~
///
/// The instruction's columns (UTF-8 byte offsets) become character offsets (decoding with
/// "replace", so a cut multi-byte character counts once; an offset past the end counts the
/// C string's terminator). A single-line range is parsed on its own as a module: an
/// expression statement that is a `BinOp` marks its operator (skipping whitespace, and a
/// `)` that still has characters after it), a `Subscript` marks `[`…`]`; everything else gets
/// `^` only. A range over several lines is marked to the last non-blank byte of its first
/// line (CPython compares a character count with byte indexes there; so do we). No carets
/// when they would span exactly the stripped line and there are no anchors. The carets are
/// placed by display columns: East Asian wide and fullwidth characters take two.
enum ExceptionCaretAnchors {
  /// The anchors of a segment: secondary characters go to character offsets
  /// `(leftEnd, rightStart]` of the line (1-based walk, as C).
  struct Anchors {
    var leftEnd: Int
    var rightStart: Int
    var primary: UInt8
    var secondary: UInt8
  }

  /// The caret line (with its newline) for `line` (UTF-8, newline removed), or nil when none
  /// is drawn. `truncation` is the stripped indentation (in characters) minus 4.
  static func caretLine(line: [UInt8], position: SourceRange, truncation: Int) -> [UInt8]? {
    let startLine = Int(position.lineno), endLine = Int(position.endLineno)
    let startCol = Int(position.colOffset), endCol = Int(position.endColOffset)
    if startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0 { return nil }
    let startOffset = characterOffset(line, startCol)
    var endOffset = characterOffset(line, endCol)
    var anchors: Anchors? = nil
    let lineLength = characterCount(line[...])
    if startLine == endLine {
      anchors = extractAnchors(line: line, startOffset: startOffset, endOffset: endOffset)
    } else {
      var i = lineLength
      i -= 1
      while i >= 0 {
        let c: UInt8 = i < line.count ? line[i] : 0
        if !isWhitespace(c) { break }
        i -= 1
      }
      endOffset = i + 1
    }
    let strippedLength = lineLength - truncation - 4
    if endOffset - startOffset == strippedLength && anchors == nil { return nil }
    // Character offsets to display columns (wide characters take two).
    let displayStart = displayWidth(line, startOffset)
    let displayEnd = displayWidth(line, endOffset)
    var displayLeftEnd = -1, displayRightStart = -1
    if let a = anchors {
      displayLeftEnd = displayWidth(line, a.leftEnd)
      displayRightStart = displayWidth(line, a.rightStart)
    }
    var out: [UInt8] = []
    var offset = truncation
    offset += 1
    while offset <= displayEnd {
      if offset <= displayStart {
        out.append(0x20)
      } else if let a = anchors, displayLeftEnd < offset && offset <= displayRightStart {
        out.append(a.secondary)
      } else {
        out.append(anchors?.primary ?? UInt8(ascii: "^"))
      }
      offset += 1
    }
    out.append(0x0A)
    return out
  }

  /// `_PyPegen_calculate_display_width`: the columns of the first `characters` characters of
  /// `line` (an ASCII prefix answers `characters` itself, even past the end).
  static func displayWidth(_ line: [UInt8], _ characters: Int) -> Int {
    var i = 0
    var count = 0
    var ascii = true
    while i < line.count && count < characters {
      if line[i] >= 0x80 { ascii = false; break }
      i += 1
      count += 1
    }
    if ascii { return characters }
    var width = 0
    count = 0
    var scalars = String(decoding: line, as: UTF8.self).unicodeScalars.makeIterator()
    while count < characters, let u = scalars.next() {
      width += ExceptionWideCharacters.isWide(u.value) ? 2 : 1
      count += 1
    }
    return width
  }

  @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0C }

  /// Characters in UTF-8 bytes decoded with "replace" (each lead byte or stray byte is one).
  static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
  }

  /// `_PyPegen_byte_offset_to_character_offset`.
  static func characterOffset(_ line: [UInt8], _ byteOffset: Int) -> Int {
    if byteOffset > line.count {
      // C decodes up to len + 1 bytes, the terminating NUL included.
      return characterCount(line[...]) + 1
    }
    return characterCount(line[0..<byteOffset])
  }

  /// `extract_anchors_from_line`: the anchors of `line[startOffset..<endOffset]` (characters).
  static func extractAnchors(line: [UInt8], startOffset: Int, endOffset: Int) -> Anchors? {
    let segment = substring(line, startOffset, endOffset)
    guard !segment.isEmpty, let tree = try? Parser.parse(bytes: segment, filename: "<segment>", mode: .exec),
          case .module(let body, _) = tree.kind, body.count == 1,
          case .expr(let value) = body[0].kind else { return nil }
    var left = -1, right = -1
    var primary = UInt8(ascii: "^"), secondary = UInt8(ascii: "^")
    switch value.kind {
    case .binOp(let l, _, let r):
      let rightStart = Int(r.range.colOffset)
      var i = Int(l.range.endColOffset)
      while i < rightStart {
        let c = byte(segment, i)
        if isWhitespace(c) { i += 1; continue }
        left = i
        right = i + 1
        // A two-character operator (`//`, `**`, ...) — or whatever non-blank follows.
        if i + 1 < rightStart && !isWhitespace(byte(segment, i + 1)) { right += 1 }
        // A closing parenthesis of the left operand: keep looking for the operator.
        if i + 1 < rightStart && c == UInt8(ascii: ")") { i += 1; continue }
        primary = UInt8(ascii: "~")
        secondary = UInt8(ascii: "^")
        break
      }
    case .subscript(let v, let slice, _):
      left = Int(v.range.endColOffset)
      right = Int(slice.range.endColOffset) + 1
      let length = segment.count
      while left < length && segment[left] != UInt8(ascii: "[") { left += 1 }
      while right < length && segment[right] != UInt8(ascii: "]") { right += 1 }
      if right < length { right += 1 }
      primary = UInt8(ascii: "~")
      secondary = UInt8(ascii: "^")
    default:
      return nil
    }
    if left < 0 || right < 0 { return nil }
    // Byte offsets of the segment to character offsets of the line.
    return Anchors(leftEnd: characterOffset(segment, left) + startOffset,
                   rightStart: characterOffset(segment, right) + startOffset,
                   primary: primary, secondary: secondary)
  }

  @inline(__always) static func byte(_ s: [UInt8], _ i: Int) -> UInt8 { i >= 0 && i < s.count ? s[i] : 0 }

  /// The UTF-8 bytes of characters `[start, end)` of `line` (clamped as `PyUnicode_Substring`).
  static func substring(_ line: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
    var chars = 0
    var from = line.count, to = line.count
    var i = 0
    while i < line.count {
      if line[i] & 0xC0 != 0x80 {
        if chars == start { from = i }
        if chars == end { to = i; break }
        chars += 1
      }
      i += 1
    }
    if from >= to { return [] }
    return Array(line[from..<to])
  }
}
