import PySyntax

/// The `from __future__ import ...` features of a module and where the last future import sits —
/// CPython's `PyFutureFeatures`, filled by `future_parse` (Python/future.c).
public struct FutureFeatures: Sendable, Equatable {
  /// `annotations` (PEP 563): annotations are not evaluated but kept as strings.
  public var annotations = false
  /// `barry_as_FLUFL`: `<>` is the inequality operator (a parser concern).
  public var barryAsFLUFL = false
  /// Line of the last valid future import, -1 if none (`ff_lineno`). A `from __future__`
  /// import on a later line is a compile-time error.
  public var lineno = -1

  public init(annotations: Bool = false, barryAsFLUFL: Bool = false, lineno: Int = -1) {
    self.annotations = annotations
    self.barryAsFLUFL = barryAsFLUFL
    self.lineno = lineno
  }

  /// Reads the future imports at the start of `module` with future.c's rules and errors:
  /// "not a chance" for `braces`, "future feature X is not defined", and the late-import error
  /// for a future import that follows another statement on the same line.
  public static func parse(module: Mod, filename: String) throws(PySyntaxError) -> FutureFeatures {
    try parse(module: module, reporter: CompileErrorReporter(filename: filename, source: nil))
  }

  static func parse(module: Mod, reporter: CompileErrorReporter) throws(PySyntaxError) -> FutureFeatures {
    var ff = FutureFeatures()
    let body: [Stmt]
    switch module.kind {
    case .module(let b, _): body = b
    case .interactive(let b): body = b
    default: return ff
    }
    var i = 0
    if let first = body.first, isDocString(first) { i = 1 }
    var done = false
    var prevLine: Int32 = 0
    while i < body.count {
      let s = body[i]
      i += 1
      if done && s.range.lineno > prevLine { return ff }
      prevLine = s.range.lineno
      guard case .importFrom(let module, let names, _) = s.kind, module == "__future__" else {
        done = true
        continue
      }
      if done {
        // future.c passes col_offset without the +1 here, and no end position.
        throw reporter.error("from __future__ imports must occur at the beginning of the file",
                             lineno: Int(s.range.lineno), offset: Int(s.range.colOffset),
                             endLineno: Int(s.range.lineno), endOffset: 0)
      }
      for alias in names {
        switch alias.name {
        case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
             "print_function", "unicode_literals", "generator_stop":
          break
        case "barry_as_FLUFL": ff.barryAsFLUFL = true
        case "annotations": ff.annotations = true
        case "braces":
          throw reporter.error("not a chance", lineno: Int(s.range.lineno), offset: Int(s.range.colOffset) + 1,
                               endLineno: Int(s.range.lineno), endOffset: 0)
        default:
          throw reporter.error("future feature \(truncatedUTF8(alias.name, 100)) is not defined",
                               lineno: Int(s.range.lineno), offset: Int(s.range.colOffset) + 1,
                               endLineno: Int(s.range.lineno), endOffset: 0)
        }
      }
      ff.lineno = Int(s.range.lineno)
    }
    return ff
  }

  /// A module docstring: a first statement that is a plain string constant expression.
  static func isDocString(_ s: Stmt) -> Bool {
    if case .expr(let e) = s.kind, case .constant(.str, _) = e.kind { return true }
    return false
  }
}

/// `%.Ns` of CPython's `PyUnicode_FromFormat`: at most `n` UTF-8 bytes, not splitting a character.
func truncatedUTF8(_ s: String, _ n: Int) -> String {
  let u = Array(s.utf8)
  if u.count <= n { return s }
  var end = n
  while end > 0 && (u[end] & 0xC0) == 0x80 { end -= 1 }
  return String(decoding: u[..<end], as: UTF8.self)
}
