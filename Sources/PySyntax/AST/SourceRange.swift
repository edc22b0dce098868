/// Where a node or token sits in the source: 1-based lines and 0-based columns counted in UTF-8
/// bytes, exactly CPython's `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
public struct SourceRange: Equatable, Sendable {
  public var lineno: Int32
  public var colOffset: Int32
  public var endLineno: Int32
  public var endColOffset: Int32

  public init(lineno: Int32, colOffset: Int32, endLineno: Int32, endColOffset: Int32) {
    self.lineno = lineno
    self.colOffset = colOffset
    self.endLineno = endLineno
    self.endColOffset = endColOffset
  }

  /// A range from the start of `start` to the end of `end`.
  public init(from start: SourceRange, to end: SourceRange) {
    self.init(lineno: start.lineno, colOffset: start.colOffset,
              endLineno: end.endLineno, endColOffset: end.endColOffset)
  }

  public static let zero = SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
}
