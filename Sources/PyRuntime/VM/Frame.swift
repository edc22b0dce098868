/// One activation of a code object: which code, where its registers are, where execution is.
///
/// Frames of ordinary calls live in the thread's frame arena (no allocation per call);
/// generator and coroutine frames live inside their generator objects and are linked into the
/// thread's frame chain while they run. A Python-visible frame object (`PyFrameObject`, for
/// tracebacks and `sys._getframe`) is made only when something asks for one.
///
/// A frame is a plain struct of uncounted references (copying or dropping it costs nothing):
/// the code is deferred; the function is kept alive by whoever called it (the caller's callee
/// register for inline calls, the native caller otherwise, the generator object for generator
/// frames), and the function owns its globals and builtins; the locals mapping of module/class
/// bodies is held by the caller of `runCode`/`runClassBody`. The one owned reference, the
/// materialised frame object, is counted by hand (`frameObject` set/`releaseFrameObject`).
public struct Frame {
  /// The calling frame (nil for the outermost one).
  public var previous: UnsafeMutablePointer<Frame>?
  public var codeRef: Unmanaged<PyCode>
  /// The function being run (uncounted; see the type's comment); nil for module code.
  public var functionRef: UnsafeRawPointer?
  /// This frame's register window.
  public var registers: UnsafeMutablePointer<Value>
  /// Index of the current instruction word (while suspended: of the next one).
  public var pc: Int
  public var globalsRef: Unmanaged<PyDict>
  public var builtinsRef: Unmanaged<PyDict>
  /// The locals mapping of module/class bodies and `exec` (nil for fast-locals frames).
  public var localsRef: UnsafeRawPointer?
  /// The materialised Python frame object (a counted reference managed by hand), if any.
  var frameObjectRef: Unmanaged<PyFrameObject>?
  /// When this frame returns, the interpreter loop invocation that started it returns too.
  public var isEntry: Bool
  /// Register of the caller that receives the return value (inline calls).
  public var returnRegister: Int32
  /// The generator that owns this frame, if any.
  public var generatorRef: Unmanaged<PyGenerator>?
  /// The code's register count (cached: popping a frame needs it).
  public var registerCount: Int
  /// The thread's register-stack top before this frame was pushed (restored when it pops).
  var savedStackTop: Int = 0

  public init(previous: UnsafeMutablePointer<Frame>?, code: PyCode, function: Value, registers: UnsafeMutablePointer<Value>,
              pc: Int, globals: PyDict, builtins: PyDict, locals: Value, isEntry: Bool, returnRegister: Int32) {
    self.previous = previous
    self.codeRef = Unmanaged.passUnretained(code)
    self.functionRef = function.rawObject
    self.registers = registers
    self.pc = pc
    self.globalsRef = Unmanaged.passUnretained(globals)
    self.builtinsRef = Unmanaged.passUnretained(builtins)
    self.localsRef = locals.rawObject
    self.frameObjectRef = nil
    self.isEntry = isEntry
    self.returnRegister = returnRegister
    self.generatorRef = nil
    self.registerCount = code.registerCount
  }

  /// The frame of an inline call: raw references only.
  @inline(__always)
  init(previous: UnsafeMutablePointer<Frame>?, codeRef: Unmanaged<PyCode>, functionRef: UnsafeRawPointer,
       registers: UnsafeMutablePointer<Value>, globalsRef: Unmanaged<PyDict>, builtinsRef: Unmanaged<PyDict>,
       isEntry: Bool, returnRegister: Int32, registerCount: Int) {
    self.previous = previous
    self.codeRef = codeRef
    self.functionRef = functionRef
    self.registers = registers
    self.pc = 0
    self.globalsRef = globalsRef
    self.builtinsRef = builtinsRef
    self.localsRef = nil
    self.frameObjectRef = nil
    self.isEntry = isEntry
    self.returnRegister = returnRegister
    self.generatorRef = nil
    self.registerCount = registerCount
  }

  /// A frame record from references the caller keeps alive.
  public init(previous: UnsafeMutablePointer<Frame>?, codeRef: Unmanaged<PyCode>, function: Value,
              registers: UnsafeMutablePointer<Value>, globalsRef: Unmanaged<PyDict>, builtinsRef: Unmanaged<PyDict>,
              locals: Value, isEntry: Bool, returnRegister: Int32) {
    self.previous = previous
    self.codeRef = codeRef
    self.functionRef = function.rawObject
    self.registers = registers
    self.pc = 0
    self.globalsRef = globalsRef
    self.builtinsRef = builtinsRef
    self.localsRef = locals.rawObject
    self.frameObjectRef = nil
    self.isEntry = isEntry
    self.returnRegister = returnRegister
    self.generatorRef = nil
    self.registerCount = codeRef._withUnsafeGuaranteedRef { $0.registerCount }
  }

  public var code: PyCode { codeRef.takeUnretainedValue() }

  /// The function being run, or `.none` for module code.
  public var function: Value {
    guard let p = functionRef else { return .none }
    return Value(Unmanaged<PyObject>.fromOpaque(p).takeUnretainedValue())
  }

  /// The locals mapping (`.unbound` for fast-locals frames).
  public var locals: Value {
    get {
      guard let p = localsRef else { return .unbound }
      return Value(Unmanaged<PyObject>.fromOpaque(p).takeUnretainedValue())
    }
    set { localsRef = newValue.rawObject }
  }

  /// The materialised Python frame object, if one was requested (this frame owns it).
  public var frameObject: PyFrameObject? {
    get { frameObjectRef?.takeUnretainedValue() }
    set {
      frameObjectRef?.release()
      frameObjectRef = newValue.map { Unmanaged.passRetained($0) }
    }
  }

  /// Drops the frame object reference (when the frame ends).
  mutating func releaseFrameObject() {
    frameObjectRef?.release()
    frameObjectRef = nil
  }
  public var globals: PyDict { globalsRef.takeUnretainedValue() }
  public var builtins: PyDict { builtinsRef.takeUnretainedValue() }
  public var generator: PyGenerator? { generatorRef?.takeUnretainedValue() }

  /// Source line of the current instruction.
  public var lineno: Int {
    let p = code.position(at: pc)
    return Int(p.lineno)
  }
}
