#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to parse the source as: the modes of `ast.parse` / `compile()`.
public enum ParseMode: Sendable {
  /// A module (`'exec'`).
  case exec
  /// A single expression (`'eval'`).
  case eval
  /// One interactive statement (`'single'`).
  case single
  /// A function type comment such as `(int, str) -> bool` (`'func_type'`).
  case funcType
}

/// The parser of swiftpy: Python 3.11 source to CPython's AST, node for node, with CPython's
/// positions and SyntaxErrors (a PEG parser following Grammar/python.gram; see `PythonParser`).
public enum Parser {
  /// Parses a decoded source.
  ///
  /// The parse runs on the calling thread within a small stack budget; a source nested too
  /// deeply for it is parsed again on a thread with a large stack (see `StackBudget`).
  public static func parse(_ source: SourceBuffer, mode: ParseMode = .exec) throws(PySyntaxError) -> Mod {
    let budget = StackBudget.forCallingThread()
    do {
      return try parse(source, mode: mode, stack: budget)
    } catch {
      guard budget.exhausted else { throw error }
    }
    return try BigStackThread.run { () throws(PySyntaxError) -> Mod in
      try parse(source, mode: mode, stack: StackBudget.unlimited())
    }
  }

  /// Decodes `bytes` (PEP 263) and parses them. Only `exec` input gets a final newline added
  /// when it lacks one (CPython's `exec_input`). `origin: .text` is for the UTF-8 of a `str`
  /// (no coding cookie; error offsets in characters, as `compile()` of a str).
  public static func parse(bytes: [UInt8], filename: String, mode: ParseMode = .exec,
                           origin: SourceBuffer.Origin = .bytes) throws(PySyntaxError) -> Mod {
    if bytes.isEmpty && mode != .exec {
      // No line is ever read: CPython's error is on line 0 with an empty text.
      throw PySyntaxError(.syntaxError, "invalid syntax", filename: filename, lineno: 0, offset: 0,
                          endLineno: 0, endOffset: 0, text: "")
    }
    let source = try SourceBuffer(bytes: bytes, filename: filename, origin: origin, execInput: mode == .exec)
    return try parse(source, mode: mode)
  }

  /// One parse with the given stack budget.
  static func parse(_ source: SourceBuffer, mode: ParseMode, stack: StackBudget) throws(PySyntaxError) -> Mod {
    let p = PythonParser(source: source, stack: stack)
    switch mode {
    case .exec:
      return try p.run(p.fileRule)
    case .eval:
      return try p.run(p.evalRule)
    case .funcType:
      return try p.run(p.funcTypeRule)
    case .single:
      p.singleInput = true
      let mod = try p.run(p.interactiveRule)
      if p.hasTextAfterSingleStatement() {
        throw p.errorAtLastToken("multiple statements found while compiling a single statement")
      }
      return mod
    }
  }
}

/// Runs a closure on a fresh thread with a large stack and waits for it: the parser recurses
/// once per nesting level of the source (up to CPython's limit of 6000 levels), which can exceed
/// a default 8 MiB stack in debug builds.
enum BigStackThread {
  /// Stack size of the parsing thread (reserved address space; pages are touched only when used).
  static let stackSize = 512 << 20

  final class Box<T> {
    let body: () throws(PySyntaxError) -> T
    var result: Result<T, PySyntaxError>? = nil
    init(_ body: @escaping () throws(PySyntaxError) -> T) { self.body = body }
    func callAsFunction() {
      do { result = .success(try body()) } catch { result = .failure(error) }
    }
  }

  static func run<T>(_ body: @escaping () throws(PySyntaxError) -> T) throws(PySyntaxError) -> T {
    let box = Box(body)
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, stackSize)
    let context = Unmanaged.passRetained(box as AnyObject).toOpaque()
    #if canImport(Glibc)
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attr, { raw in
      let any = Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue()
      (any as! Runnable).runBody()
      return nil
    }, context)
    #else
    var thread: pthread_t? = nil
    let rc = pthread_create(&thread, &attr, { raw in
      let any = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
      (any as! Runnable).runBody()
      return nil
    }, context)
    #endif
    if rc != 0 {
      // No thread: run here and hope the stack suffices.
      Unmanaged<AnyObject>.fromOpaque(context).release()
      return try body()
    }
    #if canImport(Glibc)
    pthread_join(thread, nil)
    #else
    pthread_join(thread!, nil)
    #endif
    switch box.result! {
    case .success(let v): return v
    case .failure(let e): throw e
    }
  }
}

/// Type-erased entry point for the thread trampoline.
protocol Runnable: AnyObject {
  func runBody()
}

extension BigStackThread.Box: Runnable {
  func runBody() { self() }
}
