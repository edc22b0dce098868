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

  @inline(__always)
  public func leaveRecursiveCall() {
    recursionDepth -= 1
  }
}
