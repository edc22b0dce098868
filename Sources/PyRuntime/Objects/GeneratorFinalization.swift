import CSupport
import PyCompiler

/// What happens when the last reference to an unfinished generator, coroutine or async
/// generator goes away (CPython's `_PyGen_Finalize`, run from `gen_dealloc`):
/// - a suspended generator is closed (its `finally` blocks and `with` exits run); an error
///   is reported as "Exception ignored in: <generator object …>";
/// - a coroutine that never ran warns "coroutine '…' was never awaited" (RuntimeWarning);
/// - an async generator with a finalizer hook (`sys.set_asyncgen_hooks`) is handed to it.
///
/// The dying object cannot be resurrected from its `deinit`, so its frame moves to a stand-in
/// generator (marked finalized: PEP 442 finalizes once) on which the finalizer runs; the
/// stand-in lives on if the finalizer keeps it.
enum GeneratorFinalization {
  /// Called from `PyGenerator.deinit` for an unfinished generator that owns its frame.
  static func finalizeDying(_ dying: PyGenerator) {
    guard let p = swiftpy_tls_thread_state() else { return }
    let ts = Unmanaged<ThreadState>.fromOpaque(p).takeUnretainedValue()
    let hasFinalizerHook = dying.isAsyncGenerator && !dying.asyncFinalizer.isNone && !dying.asyncClosed
    // A plain generator that never ran has nothing to clean up.
    if !dying.started && !dying.isCoroutine && !hasFinalizerHook { return }
    let standIn = PyGenerator(standInFor: dying)
    finalize(ts, standIn)
  }

  /// `_PyGen_Finalize` on a live generator (also `gen.__del__()`).
  static func finalize(_ ts: ThreadState, _ g: PyGenerator) {
    if g.finished { return }
    // Whatever the finalizer does, the interrupted code's state is left as it was.
    let pending = ts.pendingStopIteration
    let handled = ts.handledException
    defer {
      ts.pendingStopIteration = pending
      ts.handledException = handled
    }
    if g.isAsyncGenerator && !g.asyncFinalizer.isNone && !g.asyncClosed {
      do throws(PyError) {
        _ = try Protocols.call(ts, g.asyncFinalizer, [.object(g)])
      } catch {
        writeUnraisable(ts, error.exception, object: .object(g))
      }
      return
    }
    if g.isCoroutine && !g.started {
      warnUnawaited(ts, g)
      return
    }
    do throws(PyError) {
      try GeneratorSupport.close(ts, g)
    } catch {
      writeUnraisable(ts, error.exception, object: .object(g))
    }
  }

  /// "Exception ignored in: …" through `sys.unraisablehook`.
  static func writeUnraisable(_ ts: ThreadState, _ e: PyBaseException, object: Value) {
    ExceptionSupport.writeUnraisable(ts, e, object: object)
  }

  // MARK: "coroutine … was never awaited"

  /// `_PyErr_WarnUnawaitedCoroutine`: through `warnings._warn_unawaited_coroutine` when the
  /// warnings module is loaded and has it, else the RuntimeWarning is shown as the default
  /// filters show it: once per location (the `__warningregistry__` of the frame's globals),
  /// at the Python line running when the coroutine was dropped.
  static func warnUnawaited(_ ts: ThreadState, _ coro: PyGenerator) {
    let message = "coroutine '\(coro.qualname.string)' was never awaited" + CoroutineOrigin.describe(ts, coro.origin)
    if let warnings = ts.interpreter.modules.get("warnings"),
       let hook = (try? Protocols.getAttrOptional(ts, warnings, PyStr.intern("_warn_unawaited_coroutine"))) ?? nil {
      do throws(PyError) {
        _ = try Protocols.call(ts, hook, [.object(coro)])
        return
      } catch {
        writeUnraisable(ts, error.exception, object: .object(coro))
        if error.type.isSubtype(of: BuiltinTypes.exceptions.runtimeWarning) { return }
      }
    }
    showRuntimeWarning(ts, message, object: coro)
  }

  /// Shows `message` as a RuntimeWarning at the current Python line (stacklevel 1), once per
  /// registry key `(message, RuntimeWarning, lineno)`, as `warnings` does by default.
  static func showRuntimeWarning(_ ts: ThreadState, _ message: String, object: PyGenerator) {
    // A frame that is returning has its registers released after it is no longer the
    // running frame (CPython unlinks it first): the warning belongs to its caller.
    var frame = ts.currentFrame
    if let f = frame, isReturning(f) { frame = f.pointee.previous }
    let category = BuiltinTypes.exceptions.runtimeWarning
    let filename: String
    let lineno: Int
    let globals: PyDict
    if let f = frame {
      filename = f.pointee.code.filename.string
      lineno = f.pointee.lineno
      globals = f.pointee.globals
    } else {
      filename = "sys"
      lineno = 1
      globals = ts.interpreter.sys.dict
    }
    // The registry (`setup_context`/`already_warned`/`update_registry` of _warnings.c).
    let registryKey = PyStr.intern("__warningregistry__")
    var registry = globals.get(registryKey)?.as(PyDict.self)
    if registry == nil {
      let r = PyDict()
      globals.set(registryKey, .object(r))
      registry = r
    }
    let key = Value(PyTuple([.object(PyStr(message)), Value(category), .int(lineno)]))
    do throws(PyError) {
      if let r = registry {
        if let version = r.get("version"), case .int(0) = version {} else {
          r.clear()
          r.set("version", .int(0))
        }
        if try r.getItem(ts, key) != nil { return }
        try r.setItem(ts, key, .bool(true))
      }
    } catch {
      return
    }
    guard let file = ts.interpreter.sys.dict.get("stderr"), !file.isNone else { return }
    var text = "\(filename):\(lineno): RuntimeWarning: \(message)\n"
    if let line = ExceptionSourceLines.load(ts, filename).flatMap({ lineno <= $0.count ? $0[lineno - 1] : nil }) {
      let stripped = String(decoding: line, as: UTF8.self).trimmingPythonWhitespace()
      if !stripped.isEmpty { text += "  \(stripped)\n" }
    }
    // With no Python frame (interpreter shutdown) CPython cannot import `warnings` any more and
    // its C fallback shows the bare "sys:1:" line; otherwise `warnings` adds the tracemalloc hint.
    if frame != nil {
      text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    }
    TracebackPrinter.writeText(ts, Array(text.utf8), to: file)
  }

  /// Whether `f` is executing its return instruction.
  static func isReturning(_ f: UnsafeMutablePointer<Frame>) -> Bool {
    let pc = f.pointee.pc
    let code = f.pointee.code
    guard pc >= 0 && pc < code.wordCount else { return false }
    let op = UInt8(truncatingIfNeeded: code.words[pc])
    return op == Opcode.return.rawValue || op == Opcode.returnNone.rawValue
  }
}

extension String {
  /// `str.strip()` for the whitespace a source line can have.
  func trimmingPythonWhitespace() -> String {
    let ws: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
    let bytes = Array(utf8)
    var start = 0
    var end = bytes.count
    while start < end && ws.contains(bytes[start]) { start += 1 }
    while end > start && ws.contains(bytes[end - 1]) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
