import Synchronization

/// Generators, coroutines and async generators (CPython's `PyGenObject`, `PyCoroObject`,
/// `PyAsyncGenObject`): a suspended frame with its own registers.
///
/// Owns the frame record and the register window (both allocated with the generator and freed
/// with it). While the generator runs, its frame is linked into the running thread's frame
/// chain. The three kinds share this layout; `type` says which one an object is.
///
/// When the last reference to a generator that is suspended goes away, its frame is handed to a
/// stand-in generator that runs the finalizer (`close()`, the "never awaited" warning, or an
/// async generator's finalizer hook) — see `GeneratorFinalization`.
public final class PyGenerator: PyObject {
  public private(set) var frame: UnsafeMutablePointer<Frame>
  public private(set) var registers: UnsafeMutablePointer<Value>
  public let registerCount: Int
  public var name: PyStr
  public var qualname: PyStr
  /// The generator function (its frame references it uncounted).
  public let function: Value
  /// Claimed by the thread running the frame (CPython's FRAME_EXECUTING). Atomic: without a
  /// GIL two threads may resume the same generator at once, and only one may run its frame;
  /// the other gets "generator already executing".
  private let executing = Atomic<Bool>(false)
  /// True while the frame runs (`gi_running`).
  public var running: Bool { executing.load(ordering: .acquiring) }
  /// True once the frame has been entered (no longer FRAME_CREATED).
  public internal(set) var started = false
  /// True once the frame has returned or raised (FRAME_COMPLETED/CLEARED).
  public internal(set) var finished = false
  /// Set by `yieldValue` so the resumer can tell a yield from a return.
  var yieldedValue = false
  /// Register that receives the value sent in when resuming after a yield.
  var resumeRegister = 0
  /// The exception being handled inside the generator while it is suspended (`gi_exc_state`).
  var handledException: PyBaseException?
  /// `cr_origin`: where a coroutine was created, when origin tracking is on (else None).
  var origin: Value = .none
  /// False once the frame and registers moved to a finalization stand-in.
  private var ownsFrame = true

  // Async generators (PyAsyncGenObject).
  /// An `asend`/`athrow` awaitable is driving the generator (`ag_running_async`).
  var runningAsync = false
  /// `aclose()` ran or the generator finished with StopAsyncIteration/GeneratorExit (`ag_closed`).
  var asyncClosed = false
  /// The firstiter/finalizer hooks were consulted (`ag_hooks_inited`).
  var hooksInited = false
  /// The finalizer hook recorded at first iteration (`ag_origin_or_finalizer`).
  var asyncFinalizer: Value = .none

  public init(type: PyType, frame: Frame, registerCount: Int, name: PyStr, qualname: PyStr) {
    self.frame = .allocate(capacity: 1)
    self.frame.initialize(to: frame)
    self.registers = .allocate(capacity: max(registerCount, 1))
    self.registers.initialize(repeating: .unbound, count: max(registerCount, 1))
    self.registerCount = max(registerCount, 1)
    self.name = name
    self.qualname = qualname
    self.function = frame.function
    super.init(type: type)
    self.frame.pointee.registers = registers
  }

  /// A stand-in that takes over the frame of `dying` (whose last reference went away) so its
  /// finalizer can run on a live object (PEP 442: marked finalized, it never finalizes again).
  init(standInFor dying: PyGenerator) {
    frame = dying.frame
    registers = dying.registers
    registerCount = dying.registerCount
    name = dying.name
    qualname = dying.qualname
    function = dying.function
    started = dying.started
    finished = dying.finished
    resumeRegister = dying.resumeRegister
    handledException = dying.handledException
    runningAsync = dying.runningAsync
    asyncClosed = dying.asyncClosed
    hooksInited = dying.hooksInited
    asyncFinalizer = dying.asyncFinalizer
    origin = dying.origin
    super.init(type: dying.type)
    flags.insert(.finalized)
    dying.ownsFrame = false
    dying.handledException = nil
    frame.pointee.generatorRef = Unmanaged.passUnretained(self)
  }

  deinit {
    if ownsFrame && !finished && !flags.contains(.finalized) {
      GeneratorFinalization.finalizeDying(self)
    }
    if ownsFrame {
      frame.pointee.releaseFrameObject()
      frame.deinitialize(count: 1)
      frame.deallocate()
      registers.deinitialize(count: registerCount)
      registers.deallocate()
    }
  }

  @inline(__always) var isCoroutine: Bool { type === BuiltinTypes.coroutine }
  @inline(__always) var isAsyncGenerator: Bool { type === BuiltinTypes.asyncGenerator }
  /// A plain generator or a coroutine: what `yield from`/`await` drive directly (`am_send`).
  @inline(__always) var isGeneratorOrCoroutine: Bool { !isAsyncGenerator }

  /// "generator", "coroutine" or "async generator" (for messages).
  var kindName: String {
    if type === BuiltinTypes.coroutine { return "coroutine" }
    if type === BuiltinTypes.asyncGenerator { return "async generator" }
    return "generator"
  }

  /// Suspended at a yield (CPython's FRAME_SUSPENDED: `gi_suspended`).
  var suspended: Bool { started && !finished && !running }

  /// Claims the frame for the calling thread; false when it is running already.
  @inline(__always) func claim() -> Bool {
    executing.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
  }

  /// Gives up the claim taken by `claim()`.
  @inline(__always) func unclaim() {
    executing.store(false, ordering: .releasing)
  }

  /// Marks the generator finished and releases what its frame held, first register first
  /// (as `_PyFrame_Clear`); releasing a value may run Python code, which finds the generator
  /// already finished (and, with `releasingClaim`, no longer running: a finished generator's
  /// registers are touched by nobody else).
  func finish(releasingClaim: Bool = false) {
    finished = true
    handledException = nil
    if releasingClaim { unclaim() }
    for i in 0..<registerCount { registers[i] = .unbound }
  }

  /// Releases the registers above the locals and cells (the temporaries).
  func releaseTemporaries() {
    let code = frame.pointee.code
    let first = code.varnames.count + code.cellvars.count + code.freevars.count
    var i = first
    while i < registerCount {
      registers[i] = .unbound
      i += 1
    }
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if ownsFrame {
      for i in 0..<registerCount { visit(registers[i]) }
    }
    visit(function)
    visit(asyncFinalizer)
    visit(origin)
  }
}
