/// One activation of a code object: which code, where its registers are, where execution is.
///
/// Frames of ordinary calls live in the thread's frame arena (no allocation per call);
/// generator and coroutine frames live inside their generator objects and are linked into the
/// thread's frame chain while they run. A Python-visible frame object (`PyFrameObject`, for
/// tracebacks and `sys._getframe`) is made only when something asks for one.
///
/// The code, globals and builtins are held as `Unmanaged` (uncounted) references: the code
/// is deferred, and the function (which `function` keeps alive) owns its globals and builtins —
/// or the caller of `runCode` does. Reading them costs no reference counting.
public struct Frame {
  /// The calling frame (nil for the outermost one).
  public var previous: UnsafeMutablePointer<Frame>?
  public var codeRef: Unmanaged<PyCode>
  /// The function being run (keeps closures and defaults alive); `.none` for module code.
  public var function: Value
  /// This frame's register window.
  public var registers: UnsafeMutablePointer<Value>
  /// Index of the current instruction word (while suspended: of the next one).
  public var pc: Int
  public var globalsRef: Unmanaged<PyDict>
  public var builtinsRef: Unmanaged<PyDict>
  /// The locals mapping of module/class bodies and `exec` (`.unbound` for fast-locals frames).
  public var locals: Value
  /// The materialised Python frame object, if one was requested.
  public var frameObject: PyFrameObject?
  /// When this frame returns, the interpreter loop invocation that started it returns too.
  public var isEntry: Bool
  /// Register of the caller that receives the return value (inline calls).
  public var returnRegister: Int32
  /// The generator that owns this frame, if any.
  public var generatorRef: Unmanaged<PyGenerator>?

  public init(previous: UnsafeMutablePointer<Frame>?, code: PyCode, function: Value, registers: UnsafeMutablePointer<Value>,
              pc: Int, globals: PyDict, builtins: PyDict, locals: Value, isEntry: Bool, returnRegister: Int32) {
    self.previous = previous
    self.codeRef = Unmanaged.passUnretained(code)
    self.function = function
    self.registers = registers
    self.pc = pc
    self.globalsRef = Unmanaged.passUnretained(globals)
    self.builtinsRef = Unmanaged.passUnretained(builtins)
    self.locals = locals
    self.frameObject = nil
    self.isEntry = isEntry
    self.returnRegister = returnRegister
    self.generatorRef = nil
  }

  /// A frame record from references the caller keeps alive.
  public init(previous: UnsafeMutablePointer<Frame>?, codeRef: Unmanaged<PyCode>, function: Value,
              registers: UnsafeMutablePointer<Value>, globalsRef: Unmanaged<PyDict>, builtinsRef: Unmanaged<PyDict>,
              locals: Value, isEntry: Bool, returnRegister: Int32) {
    self.previous = previous
    self.codeRef = codeRef
    self.function = function
    self.registers = registers
    self.pc = 0
    self.globalsRef = globalsRef
    self.builtinsRef = builtinsRef
    self.locals = locals
    self.frameObject = nil
    self.isEntry = isEntry
    self.returnRegister = returnRegister
    self.generatorRef = nil
  }

  public var code: PyCode { codeRef.takeUnretainedValue() }
  public var globals: PyDict { globalsRef.takeUnretainedValue() }
  public var builtins: PyDict { builtinsRef.takeUnretainedValue() }
  public var generator: PyGenerator? { generatorRef?.takeUnretainedValue() }

  /// Source line of the current instruction.
  public var lineno: Int {
    let p = code.position(at: pc)
    return Int(p.lineno)
  }
}
