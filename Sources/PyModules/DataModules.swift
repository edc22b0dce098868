import PyRuntime

/// The native modules of the numbers/data/text part of the standard library (random, json,
/// struct, heapq, bisect, …), registered here so that `Modules.swift` stays a short list.
/// (Each factory is bound to a typed constant first: assigning the typed-throws closure to
/// the dictionary directly crashes the Swift 6.3 compiler.)
extension Modules {
  static func addDataModules(_ table: inout [String: NativeModuleFactory]) {
    let randomModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try RandomModule.make(interp, ts)
    }
    table["_random"] = randomModule
    let sHA512Module: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try SHA512Module.make(interp, ts)
    }
    table["_sha512"] = sHA512Module
    let bisectModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try BisectModule.make(interp, ts)
    }
    table["_bisect"] = bisectModule
    let heapqModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try HeapqModule.make(interp, ts)
    }
    table["_heapq"] = heapqModule
    let jSONModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try JSONModule.make(interp, ts)
    }
    table["_json"] = jSONModule
    let structModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try StructModule.make(interp, ts)
    }
    table["_struct"] = structModule
    let binasciiModule: NativeModuleFactory = { (interp: Interpreter, ts: ThreadState) throws(PyError) -> PyModule in
      try BinasciiModule.make(interp, ts)
    }
    table["binascii"] = binasciiModule
  }
}
