import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// Everything one OS thread needs to run Python code in one interpreter: its register stack
/// (the frames' register windows), its frame stack, the exception being handled
/// (`sys.exc_info()`), and its recursion depth. Only its own thread touches it, so nothing in
/// here is locked.
public final class ThreadState {
  public unowned(unsafe) let interpreter: Interpreter

  /// The register stack: one contiguous reservation; frames take windows of it.
  /// `registerBase ..< registerHighWater` is always initialised memory.
  let registerBase: UnsafeMutablePointer<Value>
  let registerCapacity: Int
  var registerHighWater: Int = 0
  /// First free register of the stack when the innermost frame is not a stack frame.
  var stackRegisterTop: Int = 0

  /// The innermost executing frame; frames link to their callers through `previous`.
  public internal(set) var currentFrame: UnsafeMutablePointer<Frame>?
  /// Arena for frames of ordinary calls (generator frames live in their generator objects).
  let frameArena: UnsafeMutablePointer<Frame>
  let frameArenaCapacity: Int
  var frameArenaTop: Int = 0
  /// The exception currently being handled (`sys.exc_info()[1]`), or nil.
  public var handledException: PyBaseException?
  /// The handled exceptions of the frames below running generators (CPython's exc_info
  /// chain: a resumed generator starts with its own, usually empty, state; `sys.exc_info()`
  /// looks down the chain — see `ExceptionSupport.topmostHandled`).
  public var outerHandledExceptions: [PyBaseException?] = []
  /// The StopIteration an iterator's `__next__` slot raised when it answered "exhausted"
  /// (so `next()` can re-raise it with its value); cleared before each slot call.
  public var pendingStopIteration: PyBaseException?
  /// `sys.set_asyncgen_hooks(firstiter, finalizer)` of this thread (None when unset).
  public var asyncGenFirstIter: Value = .none
  public var asyncGenFinalizer: Value = .none
  /// `sys.set_coroutine_origin_tracking_depth(depth)` of this thread (0: off).
  public var coroutineOriginTrackingDepth: Int = 0
  /// Python-level call depth, checked against `recursionLimit`.
  public var recursionDepth: Int = 0
  /// This thread's copy of the interpreter's recursion limit (`sys.setrecursionlimit` updates
  /// the interpreter's value and the calling thread's copy; other threads pick it up when
  /// they start).
  public var recursionLimit: Int
  /// Containers whose repr is being computed on this thread (`Py_ReprEnter`).
  var reprInProgress = Set<Int>()
  /// Lowest native stack address this thread may use before raising RecursionError.
  var nativeStackLimit: UInt = 0
  /// Deallocation trashcan (see `Objects/Finalization.swift`): nesting depth of instance
  /// deallocations on this thread, objects whose release was deferred, and whether they are
  /// being released.
  var deallocDepth = 0
  var deferredReleases: [PyObject] = []
  var releasingDeferred = false
  /// Allocation order of instances created on this thread (interpreter shutdown finalizes in
  /// allocation order, as CPython's collector list does).
  var allocationSerial: UInt64 = 0

  /// Values the thread's code is using that no register holds (rooting for native code).
  public init(interpreter: Interpreter, registerCapacity: Int = 1 << 21) {
    self.interpreter = interpreter
    self.recursionLimit = interpreter.recursionLimit.load(ordering: .relaxed)
    self.registerCapacity = registerCapacity
    let bytes = registerCapacity * MemoryLayout<Value>.stride
    let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let raw, raw != MAP_FAILED else { fatalError("swiftpy: cannot reserve the register stack") }
    registerBase = raw.bindMemory(to: Value.self, capacity: registerCapacity)
    frameArenaCapacity = registerCapacity / 4
    let fbytes = frameArenaCapacity * MemoryLayout<Frame>.stride
    let fraw = mmap(nil, fbytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let fraw, fraw != MAP_FAILED else { fatalError("swiftpy: cannot reserve the frame stack") }
    frameArena = fraw.bindMemory(to: Frame.self, capacity: frameArenaCapacity)
    nativeStackLimit = ThreadState.computeStackLimit()
  }

  deinit {
    registerBase.deinitialize(count: registerHighWater)
    munmap(registerBase, registerCapacity * MemoryLayout<Value>.stride)
    munmap(frameArena, frameArenaCapacity * MemoryLayout<Frame>.stride)
  }

  /// Makes this the calling thread's current thread state.
  public func makeCurrent() {
    swiftpy_tls_set_thread_state(Unmanaged.passUnretained(self).toOpaque())
  }

  /// The calling thread's thread state. Only for slow paths that have no `ThreadState` at hand.
  public static var current: ThreadState {
    guard let p = swiftpy_tls_thread_state() else { fatalError("swiftpy: no thread state on this thread") }
    return Unmanaged<ThreadState>.fromOpaque(p).takeUnretainedValue()
  }

  /// The calling thread's thread state, or nil on a thread that runs no Python code.
  public static var currentIfAny: ThreadState? {
    guard let p = swiftpy_tls_thread_state() else { return nil }
    return Unmanaged<ThreadState>.fromOpaque(p).takeUnretainedValue()
  }

  /// Makes sure registers `[start, start + count)` are initialised memory, all unbound.
  @inline(__always)
  func prepareRegisters(start: Int, count: Int) throws(PyError) {
    let end = start + count
    if end > registerCapacity {
      throw PyError.recursionError("maximum recursion depth exceeded")
    }
    if end > registerHighWater {
      if start < registerHighWater {
        var p = registerBase + start
        let stop = registerBase + registerHighWater
        while p < stop { Ops.clear(p); p += 1 }
      }
      let from = max(start, registerHighWater)
      (registerBase + from).initialize(repeating: .unbound, count: end - from)
      registerHighWater = end
    } else {
      var p = registerBase + start
      let stop = registerBase + end
      while p < stop { Ops.clear(p); p += 1 }
    }
  }

  /// The native stack limit for the current thread: 256 KiB above the bottom of its stack.
  static func computeStackLimit() -> UInt {
    var low: UInt = 0
    var size: Int = 0
    guard swiftpy_thread_stack(&low, &size) == 0 else { return 0 }
    return low + 256 * 1024
  }

  /// Raises RecursionError when the native stack is nearly exhausted (deep recursion through
  /// native code: `__repr__`, `__eq__`, `sorted(key=...)` …).
  @inline(__always)
  public func checkNativeStack() throws(PyError) {
    if UInt(swiftpy_stack_pointer()) < nativeStackLimit {
      throw PyError.recursionError("maximum recursion depth exceeded")
    }
  }
}
