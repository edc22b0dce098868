/// A SyntaxError (or its subclasses IndentationError and TabError) raised by the front end,
/// with the location fields CPython's `SyntaxError` carries.
///
/// `offset`/`endOffset` are 1-based and count characters (code points) in the line, as CPython
/// reports them; `text` is the offending source line (with its newline, as CPython keeps it).
public struct PySyntaxError: Error, Equatable, Sendable {
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    /// Not a SyntaxError: the parser's nesting limit (CPython's MAXSTACK) raises MemoryError.
    case memoryError = "MemoryError"
    /// Not a SyntaxError: CPython raises `RecursionError("maximum recursion depth exceeded
    /// during compilation")` when the compiler's symbol table nests too deeply; its location
    /// fields are 0 and are not printed.
    case recursionError = "RecursionError"
  }

  public var kind: Kind
  public var message: String
  public var filename: String
  public var lineno: Int
  public var offset: Int
  public var endLineno: Int
  public var endOffset: Int
  public var text: String?

  public init(_ kind: Kind = .syntaxError, _ message: String, filename: String, lineno: Int,
              offset: Int, endLineno: Int? = nil, endOffset: Int? = nil, text: String?) {
    self.kind = kind
    self.message = message
    self.filename = filename
    self.lineno = lineno
    self.offset = offset
    self.endLineno = endLineno ?? lineno
    self.endOffset = endOffset ?? offset
    self.text = text
  }
}
