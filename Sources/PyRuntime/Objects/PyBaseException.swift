/// An exception instance (`BaseException` and every subclass share this layout).
///
/// Owns `args`, the traceback, the chaining fields (`__cause__`, `__context__`,
/// `__suppress_context__`), the fields of subclasses such as `StopIteration.value`,
/// `SystemExit.code`, `OSError.errno`, `SyntaxError.lineno` (which their types expose as
/// attributes; kept under `__field_<name>` keys in `dict`, never seen by Python code), and the
/// Python-visible instance dict `instanceDict` (`__dict__`: `__notes__`, user attributes).
public final class PyBaseException: PyObject {
  public var args: PyTuple
  public var traceback: PyTraceback?
  public var cause: Value = .none
  public var context: Value = .none
  public var suppressContext = false
  /// The subclass fields (`__field_<name>` keys); see `ExceptionSupport.field`.
  public var dict: PyDict?
  /// `__dict__`.
  public var instanceDict: PyDict?

  public init(type: PyType, args: PyTuple) {
    self.args = args
    super.init(type: type)
  }

  deinit {
    // `__del__` of an exception class: a stand-in takes the state (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) {
        let e = PyBaseException(type: type, args: args)
        e.traceback = traceback
        e.cause = cause
        e.context = context
        e.suppressContext = suppressContext
        e.dict = dict
        e.instanceDict = instanceDict
        dict = nil
        instanceDict = nil
        return e
      }
    }
  }

  /// An exception of `type` with a single message argument.
  public convenience init(type: PyType, message: String) {
    self.init(type: type, args: PyTuple([.object(PyStr(message))]))
  }

  /// The field store (created on first use).
  public var attributes: PyDict {
    if let dict { return dict }
    let d = PyDict()
    dict = d
    return d
  }

  /// `__dict__` (created on first use).
  public var userAttributes: PyDict {
    if let instanceDict { return instanceDict }
    let d = PyDict()
    instanceDict = d
    return d
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(args))
    if let traceback { visit(.object(traceback)) }
    visit(cause)
    visit(context)
    if let dict { visit(.object(dict)) }
    if let instanceDict { visit(.object(instanceDict)) }
  }
}

/// A traceback entry (`types.TracebackType`): one frame an exception passed through, at the
/// instruction that raised or propagated it. Linked innermost-last through `next`.
public final class PyTraceback: PyObject {
  public var next: PyTraceback?
  public let frame: PyFrameObject
  /// Index of the instruction word (`tb_lasti` is twice that in CPython's units).
  public let pc: Int
  public let lineno: Int

  public init(next: PyTraceback?, frame: PyFrameObject, pc: Int, lineno: Int) {
    self.next = next
    self.frame = frame
    self.pc = pc
    self.lineno = lineno
    super.init(type: BuiltinTypes.traceback)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    if let next { visit(.object(next)) }
    visit(.object(frame))
  }
}

/// A Python-visible frame object (`types.FrameType`), made on demand for tracebacks,
/// `sys._getframe()` and generators' `gi_frame`. Holds what stays meaningful after the frame
/// has finished: the code, the globals, the last instruction, and the back link.
public final class PyFrameObject: PyObject {
  public unowned(unsafe) let code: PyCode
  public let globals: PyDict
  public var back: PyFrameObject?
  /// Locals snapshot or mapping (`f_locals`), filled when asked for.
  public var locals: Value = .unbound
  public var pc: Int
  public var lineno: Int

  public init(code: PyCode, globals: PyDict, pc: Int, lineno: Int) {
    self.code = code
    self.globals = globals
    self.pc = pc
    self.lineno = lineno
    super.init(type: BuiltinTypes.frame)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(globals))
    if let back { visit(.object(back)) }
    visit(locals)
  }
}
