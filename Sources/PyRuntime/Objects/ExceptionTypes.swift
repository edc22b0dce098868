/// The builtin exception classes (Python 3.11's hierarchy, Objects/exceptions.c), created with
/// the core types. Every one is a plain `PyBaseException` layout; subclass-specific fields live
/// in the instance dict and are exposed as attributes.
public final class ExceptionTypes {
  public let baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit: PyType
  public let exception, arithmeticError, floatingPointError, overflowError, zeroDivisionError: PyType
  public let assertionError, attributeError, bufferError, eofError, exceptionGroup: PyType
  public let importError, moduleNotFoundError, lookupError, indexError, keyError: PyType
  public let memoryError, nameError, unboundLocalError: PyType
  public let osError, blockingIOError, childProcessError, connectionError, brokenPipeError: PyType
  public let connectionAbortedError, connectionRefusedError, connectionResetError: PyType
  public let fileExistsError, fileNotFoundError, interruptedError, isADirectoryError: PyType
  public let notADirectoryError, permissionError, processLookupError, timeoutError: PyType
  public let referenceError, runtimeError, notImplementedError, recursionError: PyType
  public let stopAsyncIteration, stopIteration, syntaxError, indentationError, tabError: PyType
  public let systemError, typeError, valueError, unicodeError, unicodeDecodeError: PyType
  public let unicodeEncodeError, unicodeTranslateError: PyType
  public let warning, bytesWarning, deprecationWarning, encodingWarning, futureWarning: PyType
  public let importWarning, pendingDeprecationWarning, resourceWarning, runtimeWarning: PyType
  public let syntaxWarning, unicodeWarning, userWarning: PyType

  /// Every exception class in definition order (for the builtins module).
  public private(set) var all: [PyType] = []

  init(make: (String, PyType?, TypeFlags) -> PyType) {
    var list: [PyType] = []
    func ex(_ name: String, _ base: PyType?) -> PyType {
      let t = make(name, base, [.baseType, .baseExceptionSubclass, .hasInstanceDict])
      list.append(t)
      return t
    }
    baseException = ex("BaseException", nil)
    baseExceptionGroup = ex("BaseExceptionGroup", baseException)
    generatorExit = ex("GeneratorExit", baseException)
    keyboardInterrupt = ex("KeyboardInterrupt", baseException)
    systemExit = ex("SystemExit", baseException)
    exception = ex("Exception", baseException)
    arithmeticError = ex("ArithmeticError", exception)
    floatingPointError = ex("FloatingPointError", arithmeticError)
    overflowError = ex("OverflowError", arithmeticError)
    zeroDivisionError = ex("ZeroDivisionError", arithmeticError)
    assertionError = ex("AssertionError", exception)
    attributeError = ex("AttributeError", exception)
    bufferError = ex("BufferError", exception)
    eofError = ex("EOFError", exception)
    exceptionGroup = ex("ExceptionGroup", baseExceptionGroup)
    importError = ex("ImportError", exception)
    moduleNotFoundError = ex("ModuleNotFoundError", importError)
    lookupError = ex("LookupError", exception)
    indexError = ex("IndexError", lookupError)
    keyError = ex("KeyError", lookupError)
    memoryError = ex("MemoryError", exception)
    nameError = ex("NameError", exception)
    unboundLocalError = ex("UnboundLocalError", nameError)
    osError = ex("OSError", exception)
    blockingIOError = ex("BlockingIOError", osError)
    childProcessError = ex("ChildProcessError", osError)
    connectionError = ex("ConnectionError", osError)
    brokenPipeError = ex("BrokenPipeError", connectionError)
    connectionAbortedError = ex("ConnectionAbortedError", connectionError)
    connectionRefusedError = ex("ConnectionRefusedError", connectionError)
    connectionResetError = ex("ConnectionResetError", connectionError)
    fileExistsError = ex("FileExistsError", osError)
    fileNotFoundError = ex("FileNotFoundError", osError)
    interruptedError = ex("InterruptedError", osError)
    isADirectoryError = ex("IsADirectoryError", osError)
    notADirectoryError = ex("NotADirectoryError", osError)
    permissionError = ex("PermissionError", osError)
    processLookupError = ex("ProcessLookupError", osError)
    timeoutError = ex("TimeoutError", osError)
    referenceError = ex("ReferenceError", exception)
    runtimeError = ex("RuntimeError", exception)
    notImplementedError = ex("NotImplementedError", runtimeError)
    recursionError = ex("RecursionError", runtimeError)
    stopAsyncIteration = ex("StopAsyncIteration", exception)
    stopIteration = ex("StopIteration", exception)
    syntaxError = ex("SyntaxError", exception)
    indentationError = ex("IndentationError", syntaxError)
    tabError = ex("TabError", indentationError)
    systemError = ex("SystemError", exception)
    typeError = ex("TypeError", exception)
    valueError = ex("ValueError", exception)
    unicodeError = ex("UnicodeError", valueError)
    unicodeDecodeError = ex("UnicodeDecodeError", unicodeError)
    unicodeEncodeError = ex("UnicodeEncodeError", unicodeError)
    unicodeTranslateError = ex("UnicodeTranslateError", unicodeError)
    warning = ex("Warning", exception)
    bytesWarning = ex("BytesWarning", warning)
    deprecationWarning = ex("DeprecationWarning", warning)
    encodingWarning = ex("EncodingWarning", warning)
    futureWarning = ex("FutureWarning", warning)
    importWarning = ex("ImportWarning", warning)
    pendingDeprecationWarning = ex("PendingDeprecationWarning", warning)
    resourceWarning = ex("ResourceWarning", warning)
    runtimeWarning = ex("RuntimeWarning", warning)
    syntaxWarning = ex("SyntaxWarning", warning)
    unicodeWarning = ex("UnicodeWarning", warning)
    userWarning = ex("UserWarning", warning)
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    exceptionGroup.bases = [baseExceptionGroup, exception]
    exceptionGroup.mro = [exceptionGroup, baseExceptionGroup, exception, baseException, list[0].base!]
    all = list
  }
}

extension PyError {
  /// A new exception of `type` with message `message`.
  public static func make(_ type: PyType, _ message: String) -> PyError {
    PyError(PyBaseException(type: type, message: message))
  }

  public static func typeError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.typeError, m) }
  public static func valueError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.valueError, m) }
  public static func attributeError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.attributeError, m) }
  public static func keyError(_ key: Value) -> PyError {
    PyError(PyBaseException(type: BuiltinTypes.exceptions.keyError, args: PyTuple([key])))
  }
  public static func indexError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.indexError, m) }
  public static func nameError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.nameError, m) }
  public static func unboundLocalError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.unboundLocalError, m) }
  public static func zeroDivisionError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.zeroDivisionError, m) }
  public static func overflowError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.overflowError, m) }
  public static func runtimeError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.runtimeError, m) }
  public static func recursionError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.recursionError, m) }
  public static func systemError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.systemError, m) }
  public static func notImplementedError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.notImplementedError, m) }
  public static func importError(_ m: String) -> PyError { make(BuiltinTypes.exceptions.importError, m) }
  public static func stopIteration() -> PyError {
    PyError(PyBaseException(type: BuiltinTypes.exceptions.stopIteration, args: PyTuple.empty))
  }
}
