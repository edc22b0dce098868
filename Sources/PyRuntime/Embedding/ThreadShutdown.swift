/// Waiting for the program's threads when the main program ends (CPython's
/// `wait_for_thread_shutdown` in Python/pylifecycle.c): when `threading` was imported, its
/// `_shutdown()` runs the callbacks registered with `threading._register_atexit` and joins
/// every non-daemon thread. An error there is reported as unraisable.
enum ThreadShutdown {
  static func waitForThreads(_ interp: Interpreter, _ ts: ThreadState) {
    guard let threading = interp.modules.get("threading"), !threading.isNone else { return }
    do throws(PyError) {
      guard let shutdown = try Protocols.getAttrOptional(ts, threading, PyStr.intern("_shutdown")) else { return }
      _ = try Protocols.call(ts, shutdown, [])
    } catch {
      ExceptionSupport.writeUnraisable(ts, error.exception, object: threading)
    }
  }
}
