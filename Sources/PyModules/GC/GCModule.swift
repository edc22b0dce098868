import PyRuntime
import Synchronization

/// The `gc` module (CPython Modules/gcmodule.c). swiftpy frees objects by reference counting;
/// there is no cycle collector yet, so `collect()` finds nothing (it still runs the
/// `gc.callbacks` and counts the collection). The enabled flag, thresholds, debug flags and
/// statistics are kept per interpreter (per module object). `is_tracked` follows CPython's rules
/// for which objects the collector would track; `get_referents` uses the objects' `traverse`.
/// Not available: `get_referrers` and `get_objects` need a heap walk and answer empty lists.
public enum GCModule {
  /// The collector settings of one interpreter.
  final class State: Sendable {
    struct Settings {
      var enabled = true
      var thresholds = (700, 10, 10)
      var debug = 0
      var collections = [0, 0, 0]
    }
    let settings = Mutex(Settings())
  }

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "gc")
    m.dict.set("__doc__", .object(PyStr("This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n")))
    let state = State()
    let garbage = PyList([])
    let callbacks = PyList([])
    m.dict.set("garbage", .object(garbage))
    m.dict.set("callbacks", .object(callbacks))
    for (name, value) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
                          ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
      m.dict.set(name, .int(value))
    }

    func add(_ name: String, _ doc: String, _ body: @escaping PyBuiltinFunction.Body) {
      let f = PyBuiltinFunction(name: name, module: "gc", doc: doc, body)
      Deferral.retain(f)
      m.dict.set(name, Value(f))
    }
    func noArgs(_ a: Args, _ name: String) throws(PyError) {
      try ArgParser.positional(a, name, min: 0, max: 0)
    }

    add("enable", "Enable automatic garbage collection.") { _, a throws(PyError) in
      try noArgs(a, "enable")
      state.settings.withLock { $0.enabled = true }
      return .none
    }
    add("disable", "Disable automatic garbage collection.") { _, a throws(PyError) in
      try noArgs(a, "disable")
      state.settings.withLock { $0.enabled = false }
      return .none
    }
    add("isenabled", "Returns true if automatic garbage collection is enabled.") { _, a throws(PyError) in
      try noArgs(a, "isenabled")
      return .bool(state.settings.withLock { $0.enabled })
    }
    add("collect", "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.") { ts, a throws(PyError) in
      let p = try ClinicSignature("collect", ["generation"], minPos: 0).bind(a)
      let generation = try p[0].map { v throws(PyError) in try Protocols.indexAsInt(ts, v) } ?? 2
      if generation < 0 || generation > 2 { throw PyError.valueError("invalid generation") }
      try runCallbacks(ts, callbacks, "start", generation)
      state.settings.withLock { $0.collections[generation] += 1 }
      try runCallbacks(ts, callbacks, "stop", generation)
      return .int(0)
    }
    add("get_count", "Return a three-tuple of the current collection counts.") { _, a throws(PyError) in
      try noArgs(a, "get_count")
      return .object(PyTuple([.int(0), .int(0), .int(0)]))
    }
    add("get_threshold", "Return the current collection thresholds.") { _, a throws(PyError) in
      try noArgs(a, "get_threshold")
      let t = state.settings.withLock { $0.thresholds }
      return .object(PyTuple([.int(t.0), .int(t.1), .int(t.2)]))
    }
    add("set_threshold", "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "set_threshold")
      if a.count < 1 { throw PyError.typeError("set_threshold() takes at least 1 argument (0 given)") }
      if a.count > 3 { throw PyError.typeError("set_threshold() takes at most 3 arguments (\(a.count) given)") }
      var values: [Int] = []
      for i in 0..<a.count { values.append(try Protocols.indexAsInt(ts, a[i])) }
      state.settings.withLock { s in
        s.thresholds.0 = values[0]
        if values.count > 1 { s.thresholds.1 = values[1] }
        if values.count > 2 { s.thresholds.2 = values[2] }
      }
      return .none
    }
    add("get_debug", "Get the garbage collection debugging flags.") { _, a throws(PyError) in
      try noArgs(a, "get_debug")
      return .int(state.settings.withLock { $0.debug })
    }
    add("set_debug", "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.") { ts, a throws(PyError) in
      let p = try ClinicSignature("set_debug", ["flags"], posOnly: 1, minPos: 1).bind(a)
      let flags = try Protocols.indexAsInt(ts, p[0]!)
      state.settings.withLock { $0.debug = flags }
      return .none
    }
    add("get_stats", "Return a list of dictionaries containing per-generation statistics.") { ts, a throws(PyError) in
      try noArgs(a, "get_stats")
      let counts = state.settings.withLock { $0.collections }
      var out: [Value] = []
      for c in counts {
        let d = PyDict()
        try d.setItem(ts, .object(PyStr.intern("collections")), .int(c))
        try d.setItem(ts, .object(PyStr.intern("collected")), .int(0))
        try d.setItem(ts, .object(PyStr.intern("uncollectable")), .int(0))
        out.append(.object(d))
      }
      return .object(PyList(out))
    }
    add("is_tracked", "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.") { ts, a throws(PyError) in
      try ArgParser.noKeywords(a, "is_tracked")
      if a.count != 1 { throw PyError.typeError("gc.is_tracked() takes exactly one argument (\(a.count) given)") }
      return .bool(isTracked(a[0]))
    }
    add("is_finalized", "Returns true if the object has been already finalized by the GC.") { _, a throws(PyError) in
      try ArgParser.noKeywords(a, "is_finalized")
      if a.count != 1 { throw PyError.typeError("gc.is_finalized() takes exactly one argument (\(a.count) given)") }
      return .bool(a[0].object?.flags.contains(.finalized) ?? false)
    }
    add("get_referents", "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.") { _, a throws(PyError) in
      try ArgParser.noKeywords(a, "get_referents")
      var out: [Value] = []
      for i in 0..<a.count {
        guard let o = a[i].object, isTracked(a[i]) || o is PyTuple else { continue }
        o.traverse { v in if !v.isUnbound { out.append(v) } }
      }
      return .object(PyList(out))
    }
    add("get_referrers", "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.") { _, a throws(PyError) in
      try ArgParser.noKeywords(a, "get_referrers")
      return .object(PyList([]))
    }
    add("get_objects", "Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.") { ts, a throws(PyError) in
      let p = try ClinicSignature("get_objects", ["generation"], minPos: 0).bind(a)
      if let g = p[0], !g.isNone {
        let n = try Protocols.indexAsInt(ts, g)
        if n >= 3 { throw PyError.valueError("generation parameter must be less than the number of available generations (3)") }
        if n < 0 { throw PyError.valueError("generation parameter cannot be negative") }
      }
      return .object(PyList([]))
    }
    add("freeze", "Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.") { _, a throws(PyError) in
      try noArgs(a, "freeze")
      return .none
    }
    add("unfreeze", "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.") { _, a throws(PyError) in
      try noArgs(a, "unfreeze")
      return .none
    }
    add("get_freeze_count", "Return the number of objects in the permanent generation.") { _, a throws(PyError) in
      try noArgs(a, "get_freeze_count")
      return .int(0)
    }
    return m
  }

  /// Calls each of `gc.callbacks` with the phase and the collection's info dict.
  static func runCallbacks(_ ts: ThreadState, _ callbacks: PyList, _ phase: String, _ generation: Int) throws(PyError) {
    if callbacks.count == 0 { return }
    let info = PyDict()
    try info.setItem(ts, .object(PyStr.intern("generation")), .int(generation))
    try info.setItem(ts, .object(PyStr.intern("collected")), .int(0))
    try info.setItem(ts, .object(PyStr.intern("uncollectable")), .int(0))
    for cb in callbacks.items {
      do throws(PyError) {
        _ = try Protocols.call(ts, cb, [.object(PyStr(phase)), .object(info)])
      } catch {
        ExceptionSupport.writeUnraisable(ts, error.exception, object: cb)
      }
    }
  }

  /// Whether CPython's collector would track `v`: atomic objects (numbers, strings, bytes,
  /// None, `object()` …) never; dicts only while they hold something trackable; other
  /// containers and instances always.
  static func isTracked(_ v: Value) -> Bool {
    guard let o = v.object else { return false }
    let t = o.type
    let atomic: [PyType] = [BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.int, BuiltinTypes.float,
                            BuiltinTypes.complex, BuiltinTypes.bool, BuiltinTypes.noneType,
                            BuiltinTypes.ellipsisType, BuiltinTypes.notImplementedType, BuiltinTypes.range]
    if atomic.contains(where: { $0 === t }) { return false }
    if t === BuiltinTypes.object { return false }
    if let d = o as? PyDict, t === BuiltinTypes.dict {
      for (k, x) in d.items where mayBeTracked(k) || mayBeTracked(x) { return true }
      return false
    }
    return true
  }

  /// `_PyObject_GC_MAY_BE_TRACKED` (tuples stay tracked until a collection untracks them).
  static func mayBeTracked(_ v: Value) -> Bool { isTracked(v) }
}
