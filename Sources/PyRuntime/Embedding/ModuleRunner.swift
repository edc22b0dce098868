#if canImport(Glibc)
import Glibc
#endif

/// `python3 -m module`: CPython's runpy `_run_module_as_main` (Lib/runpy.py) on swiftpy's import
/// system. The module is found without being imported (parent packages are imported first), a
/// package runs its `__main__` submodule, and the code runs in `__main__`'s namespace with
/// `sys.argv[0]` set to the module's file. Failures to find it end the program as runpy does:
/// `sys.exit("<executable>: <reason>")`.
///
/// Tracebacks start with runpy's frames as in CPython ("<frozen runpy>", line 198, in
/// `_run_module_as_main` …): the code runs under small Python functions compiled with those
/// file names and line numbers (`Shim`).
///
/// Not done: `__spec__` is None (swiftpy has no `ModuleSpec`), `__loader__` is None, and the
/// "found in sys.modules after import of package" RuntimeWarning is not shown.
enum ModuleRunner {
  /// runpy's `_Error`: a reason the module cannot be run, shown after the executable's name.
  struct RunError: Error {
    var message: String
  }

  /// What `_get_module_details` answers: the module's name, file and parent package.
  struct Details {
    var name: String
    var origin: String
    var parent: String
    var source: [UInt8]
  }

  static func runAsMain(_ ts: ThreadState, _ name: String, main: PyModule) throws(PyError) {
    let interp = ts.interpreter
    let details: Details
    do {
      details = try moduleDetails(ts, name)
    } catch let e as RunError {
      throw PyError(PyBaseException(type: BuiltinTypes.exceptions.systemExit,
                                    args: PyTuple([.object(PyStr("\(interp.config.executable): \(e.message)"))])))
    } catch let e as PyError {
      throw e
    } catch {
      preconditionFailure("unexpected error")
    }
    if let argv = interp.sys.dict.get("argv")?.as(PyList.self), argv.count > 0 {
      argv.set(0, .object(PyStr(details.origin)))
    }
    let d = main.dict
    d.set("__name__", .object(PyStr.intern("__main__")))
    d.set("__file__", .object(PyStr(details.origin)))
    d.set("__cached__", .none)
    d.set("__doc__", .none)
    d.set("__loader__", .none)
    d.set("__package__", .object(PyStr(details.parent)))
    d.set("__spec__", .none)
    let shim = try Shim.make(ts)
    _ = try Protocols.call(ts, shim.runModuleAsMain, [.object(PyBytes(details.source)),
                                                       .object(PyStr(details.origin)), .object(d)])
  }

  /// `_get_module_details(mod_name, _Error)`.
  static func moduleDetails(_ ts: ThreadState, _ name: String) throws -> Details {
    let interp = ts.interpreter
    if name.hasPrefix(".") { throw RunError(message: "Relative module names not supported") }
    let parentName = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? ""
    if !parentName.isEmpty {
      // Import the parent first, so its own initialization errors are not taken for "not found".
      do throws(PyError) {
        _ = try ImportSystem.importAbsolute(ts, parentName)
      } catch {
        let e = error.exception
        guard e.type.isSubtype(of: BuiltinTypes.exceptions.importError) else { throw error }
        let missing = e.attributes.get("__field_name")?.as(PyStr.self)?.string
        guard let missing, missing == parentName || parentName.hasPrefix(missing + ".") else { throw error }
      }
    }
    let found: Found?
    do throws(PyError) {
      found = try findSpec(ts, name, parentName: parentName)
    } catch {
      let e = error.exception
      let exc = BuiltinTypes.exceptions
      guard e.type.isSubtype(of: exc.importError) || e.type.isSubtype(of: exc.attributeError)
              || e.type.isSubtype(of: exc.typeError) || e.type.isSubtype(of: exc.valueError) else { throw error }
      let text = (try? Protocols.str(ts, .object(e)))?.string ?? ""
      var message = "Error while finding module specification for '\(name)' (\(e.type.name): \(text))"
      if name.hasSuffix(".py") {
        let stem = String(name.dropLast(3))
        message += ". Try using '\(stem)' instead of '\(name)' as the module name."
      }
      throw RunError(message: message)
    }
    guard let found else { throw RunError(message: "No module named \(name)") }
    switch found {
    case .package:
      if name == "__main__" || name.hasSuffix(".__main__") {
        throw RunError(message: "Cannot use package as __main__ module")
      }
      do {
        return try moduleDetails(ts, name + ".__main__")
      } catch let e as RunError {
        if interp.modules.get(PyStr.intern(name)) == nil { throw e }
        throw RunError(message: "\(e.message); '\(name)' is a package and cannot be directly executed")
      }
    case .builtin:
      throw RunError(message: "No code object available for \(name)")
    case .source(let path):
      guard let bytes = FileSupport.readFile(path) else {
        throw RunError(message: "[Errno \(errno)] \(String(cString: strerror(errno))): '\(path)'")
      }
      return Details(name: name, origin: path, parent: parentName, source: bytes)
    }
  }

  enum Found {
    case package
    case builtin
    case source(path: String)
  }

  /// `importlib.util.find_spec(name)` over swiftpy's import system: nil when not found.
  static func findSpec(_ ts: ThreadState, _ name: String, parentName: String) throws(PyError) -> Found? {
    let interp = ts.interpreter
    if let m = interp.modules.get(PyStr.intern(name)) {
      // A module already imported: its __spec__ (swiftpy's imported modules have none, except
      // the built-in ones, which have no code).
      if let mod = m.as(PyModule.self) {
        if mod.dict.get("__path__") != nil { return .package }
        if let file = mod.dict.get("__file__")?.as(PyStr.self), name != "__main__" { return .source(path: file.string) }
        if name == "builtins" || name == "sys" || interp.nativeModules[name] != nil { return .builtin }
      }
      throw PyError.valueError("\(name).__spec__ is None")
    }
    var searchPath: [String]
    if !parentName.isEmpty {
      let parent = try ImportSystem.importAbsolute(ts, parentName)
      guard let p = try Protocols.getAttrOptional(ts, parent, PyStr.intern("__path__")) else {
        let e = PyBaseException(type: BuiltinTypes.exceptions.moduleNotFoundError,
                                message: "__path__ attribute not found on '\(parentName)' while trying to find '\(name)'")
        e.attributes.set("__field_name", .object(PyStr(name)))
        throw PyError(e)
      }
      searchPath = try Protocols.toArray(ts, p).compactMap { $0.as(PyStr.self)?.string }
    } else {
      if interp.nativeModules[name] != nil { return .builtin }
      searchPath = try Protocols.toArray(ts, interp.sys.dict.get("path") ?? .object(PyList()))
        .compactMap { $0.as(PyStr.self)?.string }
    }
    let shortName = name.split(separator: ".").last.map(String.init) ?? name
    var namespace = false
    for dir in searchPath {
      let base = dir.isEmpty ? shortName : dir + "/" + shortName
      if FileSupport.isFile(base + "/__init__.py") { return .package }
      if FileSupport.isFile(base + ".py") { return .source(path: base + ".py") }
      // A directory without __init__.py: a namespace package portion, unless a module or
      // regular package is found later on the path.
      if FileSupport.isDirectory(base) { namespace = true }
    }
    return namespace ? .package : nil
  }

  /// runpy's and importlib's frames, as Python functions compiled under CPython's frozen
  /// module names with the line numbers of their calls in 3.11.7, so that tracebacks read as
  /// CPython's.
  struct Shim {
    var runModuleAsMain: Value

    static func make(_ ts: ThreadState) throws(PyError) -> Shim {
      let interp = ts.interpreter
      let g = PyDict()
      g.set("__builtins__", Value(interp.builtins))
      g.set("__name__", .object(PyStr("runpy")))
      // importlib._bootstrap: _call_with_frames_removed (compile runs on its line 241).
      try define(interp, ts, g, filename: "<frozen importlib._bootstrap>", lines: [
        240: "def _call_with_frames_removed(f, *args, **kwds):",
        241: "    return f(*args, **kwds)",
      ])
      // importlib._bootstrap_external: SourceLoader.get_code → source_to_code.
      try define(interp, ts, g, filename: "<frozen importlib._bootstrap_external>", lines: [
        1003: "def source_to_code(data, path):",
        1004: "    return _call_with_frames_removed(compile, data, path, 'exec', dont_inherit=True, optimize=-1)",
        1073: "def get_code(data, path):",
        1074: "    return source_to_code(data, path)",
      ])
      try define(interp, ts, g, filename: "<frozen runpy>", lines: [
        87: "def _run_code(code, run_globals):",
        88: "    exec(code, run_globals)",
        158: "def _get_module_details(data, path):",
        159: "    return get_code(data, path)",
        188: "def _run_module_as_main(data, path, main_globals):",
        189: "    code = _get_module_details(data, path)",
        198: "    _run_code(code, main_globals)",
      ])
      return Shim(runModuleAsMain: g.get("_run_module_as_main")!)
    }

    /// Compiles and runs `lines` (line number → text) as `filename` in `globals`.
    static func define(_ interp: Interpreter, _ ts: ThreadState, _ globals: PyDict, filename: String,
                       lines: [Int: String]) throws(PyError) {
      let last = lines.keys.max() ?? 0
      var source = ""
      for n in 1...max(last, 1) {
        source += (lines[n] ?? "") + "\n"
      }
      let code = try interp.compile(Array(source.utf8), filename: filename)
      _ = try ts.runCode(code, globals: globals)
    }
  }
}
