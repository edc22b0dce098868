import CSupport

/// The recursion accounting CPython 3.11 shares between Python frames and some native
/// operations (`_Py_EnterRecursiveCall(where)`): `repr()`, `str()` and rich comparisons count
/// against `sys.getrecursionlimit()` like a frame does, so a structure nested deeper than the
/// limit fails as in CPython, with its message ("maximum recursion depth exceeded while
/// getting the repr of an object", "... in comparison"). The native stack is checked too.
extension ThreadState {
  @inline(__always)
  public func enterRecursiveCall(_ suffix: StaticString) throws(PyError) {
    recursionDepth += 1
    if recursionDepth > recursionLimit || UInt(swiftpy_stack_pointer()) < nativeStackLimit {
      recursionDepth -= 1
      throw PyError.recursionError("maximum recursion depth exceeded\(suffix)")
    }
  }

  /// A call of a native callable (builtin function or method, a class or object called through
  /// its type's call slot): " while calling a Python object", as CPython's
  /// `cfunction_vectorcall_*`, `method_enter_call` and `_PyObject_MakeTpCall`. Only the depth is
  /// checked here (the native stack is checked where native code recurses).
  @inline(__always)
  public func enterNativeCall() throws(PyError) {
    recursionDepth += 1
    if _slowPath(recursionDepth > recursionLimit) {
      recursionDepth -= 1
      throw PyError.recursionError("maximum recursion depth exceeded while calling a Python object")
    }
  }

  /// `enterRecursiveCall` + `leaveRecursiveCall` around an operation that cannot recurse (the
  /// repr or str of an int, float, bool or None): fails only when one more level would.
  @inline(__always)
  public func checkRecursionHeadroom(_ suffix: StaticString) throws(PyError) {
    if _slowPath(recursionDepth >= recursionLimit) {
      throw PyError.recursionError("maximum recursion depth exceeded\(suffix)")
    }
  }

  @inline(__always)
  public func leaveRecursiveCall() {
    recursionDepth -= 1
  }
}
