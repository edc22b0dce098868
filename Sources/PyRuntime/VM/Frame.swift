/// One activation of a code object: which code, where its registers are, where execution is.
///
/// Frames of ordinary calls live in the thread's frame arena (no allocation per call);
/// generator and coroutine frames live inside their generator objects and are linked into the
/// thread's frame chain while they run. A Python-visible frame object (`PyFrameObject`, for
/// tracebacks and `sys._getframe`) is made only when something asks for one.
public struct Frame {
  /// The calling frame (nil for the outermost one).
  public var previous: UnsafeMutablePointer<Frame>?
  public unowned(unsafe) var code: PyCode
  /// The function being run (keeps closures and defaults alive); `.none` for module code.
  public var function: Value
  /// This frame's register window.
  public var registers: UnsafeMutablePointer<Value>
  /// Index of the next instruction word (while running: of the current one, for tracebacks).
  public var pc: Int
  public unowned(unsafe) var globals: PyDict
  public unowned(unsafe) var builtins: PyDict
  /// The locals mapping of module/class bodies and `exec` (`.unbound` for fast-locals frames).
  public var locals: Value
  /// The materialised Python frame object, if one was requested.
  public var frameObject: PyFrameObject?
  /// When this frame returns, the interpreter loop invocation that started it returns too.
  public var isEntry: Bool
  /// Register of the caller that receives the return value (inline calls).
  public var returnRegister: Int32
  /// The generator that owns this frame, if any.
  public unowned(unsafe) var generator: PyGenerator?

  /// Source line of the current instruction.
  public var lineno: Int {
    let p = code.position(at: pc)
    return Int(p.lineno)
  }
}
