#if canImport(Glibc)
import Glibc
#endif
import PySyntax
import PyCompiler

/// The import system: `import` statements, `__import__`, module search along `sys.path`,
/// packages, relative imports, native modules (CPython's Python/import.c and importlib's
/// `_bootstrap`, reduced to what a file-system path finder needs).
public enum ImportSystem {
  /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
  static func importName(_ ts: ThreadState, _ name: PyStr, globals: PyDict, fromlist: Value, level: Value) throws(PyError) -> Value {
    let lvl: Int
    if case .int(let l) = level { lvl = l } else { lvl = 0 }
    return try importModuleLevel(ts, name.string, globals: globals, fromlist: fromlist, level: lvl)
  }

  /// `__import__` semantics: returns the top package for `import a.b`, the module itself
  /// when `fromlist` is non-empty.
  public static func importModuleLevel(_ ts: ThreadState, _ name: String, globals: PyDict?, fromlist: Value, level: Int) throws(PyError) -> Value {
    var absName = name
    if level > 0 {
      absName = try resolveRelative(ts, name, globals: globals, level: level)
    } else if name.isEmpty {
      throw PyError.valueError("Empty module name")
    }
    let module = try importAbsolute(ts, absName)
    let hasFromlist = !fromlist.isNone && ((try? Protocols.isTrue(ts, fromlist)) ?? false)
    if !hasFromlist {
      if level == 0 || !name.isEmpty {
        // Return the top-level package of `name`.
        let first = name.split(separator: ".").first.map(String.init) ?? name
        if level == 0 {
          return try importAbsolute(ts, first)
        }
        let cut = absName.count - (name.count - first.count)
        let top = String(absName.prefix(cut))
        return try importAbsolute(ts, top)
      }
      return module
    }
    // `from package import submodule`: import submodules named in fromlist.
    if let m = module.as(PyModule.self), m.dict.get("__path__") != nil {
      for item in try Protocols.toArray(ts, fromlist) {
        guard let s = item.as(PyStr.self) else { continue }
        if s.string == "*" {
          if let all = m.dict.get("__all__") {
            for a in try Protocols.toArray(ts, all) {
              if let an = a.as(PyStr.self), m.dict.get(an) == nil {
                _ = try? importAbsolute(ts, absName + "." + an.string)
              }
            }
          }
          continue
        }
        if m.dict.get(s) == nil {
          do throws(PyError) {
            _ = try importAbsolute(ts, absName + "." + s.string)
          } catch let e where e.type.isSubtype(of: BuiltinTypes.exceptions.moduleNotFoundError) {
            // Missing submodules become "cannot import name" later.
          }
        }
      }
    }
    return module
  }

  static func resolveRelative(_ ts: ThreadState, _ name: String, globals: PyDict?, level: Int) throws(PyError) -> String {
    var package: String? = nil
    if let g = globals {
      if let p = g.get("__package__"), let ps = p.as(PyStr.self) {
        package = ps.string
      } else if let n = g.get("__name__")?.as(PyStr.self) {
        if g.get("__path__") != nil {
          package = n.string
        } else {
          let parts = n.string.split(separator: ".", omittingEmptySubsequences: false)
          package = parts.dropLast().joined(separator: ".")
        }
      }
    }
    guard let pkg = package, !pkg.isEmpty else {
      throw PyError.make(BuiltinTypes.exceptions.importError, "attempted relative import with no known parent package")
    }
    var parts = pkg.split(separator: ".").map(String.init)
    if level - 1 > parts.count - 1 && level > 1 && parts.count < level {
      throw PyError.make(BuiltinTypes.exceptions.importError, "attempted relative import beyond top-level package")
    }
    parts.removeLast(level - 1)
    let base = parts.joined(separator: ".")
    return name.isEmpty ? base : base + "." + name
  }

  /// Imports `name` (absolute, dotted), importing parent packages first.
  public static func importAbsolute(_ ts: ThreadState, _ name: String) throws(PyError) -> Value {
    let interp = ts.interpreter
    let key = PyStr.intern(name)
    if var m = interp.modules.get(key) {
      // Another thread may still be running the module's code: wait for it to finish.
      interp.importLocks.waitForInitialisation(name)
      if let done = interp.modules.get(key) { m = done } else { return try importAbsolute(ts, name) }
      if m.isNone {
        throw moduleNotFound("import of \(name) halted; None in sys.modules", name)
      }
      return m
    }
    // One thread at a time finds, creates and runs a module (see ImportLocks).
    let locked = interp.importLocks.acquire(name)
    defer { if locked { interp.importLocks.release(name) } }
    if let m = interp.modules.get(key) {
      if m.isNone {
        throw moduleNotFound("import of \(name) halted; None in sys.modules", name)
      }
      return m
    }
    var searchPath: [String]
    var parentModule: PyModule? = nil
    if let dot = name.lastIndex(of: ".") {
      let parentName = String(name[..<dot])
      let parent = try importAbsolute(ts, parentName)
      if let m = interp.modules.get(key) { return m }
      guard let pm = parent.as(PyModule.self), let p = pm.dict.get("__path__") else {
        throw moduleNotFound("No module named '\(name)'; '\(parentName)' is not a package", name)
      }
      parentModule = pm
      searchPath = try Protocols.toArray(ts, p).compactMap { $0.as(PyStr.self)?.string }
    } else {
      if let factory = interp.nativeModules[name] {
        let m = try factory(interp, ts)
        try interp.modules.setItem(ts, .object(key), Value(m))
        return Value(m)
      }
      searchPath = try Protocols.toArray(ts, interp.sys.dict.get("path") ?? .object(PyList()))
        .compactMap { $0.as(PyStr.self)?.string }
    }
    let shortName = name.split(separator: ".").last.map(String.init) ?? name
    for dir in searchPath {
      let base = dir.isEmpty ? shortName : dir + "/" + shortName
      let initFile = base + "/__init__.py"
      if FileSupport.isFile(initFile) {
        let m = try loadSource(ts, name: name, path: initFile, packagePath: base)
        if let pm = parentModule { pm.dict.set(PyStr.intern(shortName), m) }
        return m
      }
      if FileSupport.isFile(base + ".py") {
        let m = try loadSource(ts, name: name, path: base + ".py", packagePath: nil)
        if let pm = parentModule { pm.dict.set(PyStr.intern(shortName), m) }
        return m
      }
    }
    throw moduleNotFound("No module named '\(name)'", name)
  }

  static func moduleNotFound(_ message: String, _ name: String) -> PyError {
    let e = PyBaseException(type: BuiltinTypes.exceptions.moduleNotFoundError, message: message)
    e.attributes.set("__field_name", .object(PyStr(name)))
    return PyError(e)
  }

  /// Executes a source file as module `name` (registered in sys.modules first, so circular
  /// imports see the partially initialised module, and removed again if execution fails).
  static func loadSource(_ ts: ThreadState, name: String, path: String, packagePath: String?) throws(PyError) -> Value {
    let interp = ts.interpreter
    guard let bytes = FileSupport.readFile(path) else {
      throw PyError.make(BuiltinTypes.exceptions.importError, "cannot read \(path)")
    }
    let module = PyModule(name: name)
    let d = module.dict
    d.set("__file__", .object(PyStr(path)))
    d.set("__builtins__", Value(interp.builtins))
    if let pp = packagePath {
      d.set("__path__", .object(PyList([.object(PyStr(pp))])))
      d.set("__package__", .object(PyStr(name)))
    } else {
      let parts = name.split(separator: ".")
      d.set("__package__", .object(PyStr(parts.dropLast().joined(separator: "."))))
    }
    d.set("__spec__", .none)
    d.set("__loader__", .none)
    d.set("__cached__", .none)
    let key = Value.object(PyStr.intern(name))
    try interp.modules.setItem(ts, key, Value(module))
    do throws(PyError) {
      let code = try interp.compile(bytes, filename: path)
      _ = try ts.runCode(code, globals: d)
    } catch {
      _ = try? interp.modules.delItem(ts, key)
      throw error
    }
    // The module may have replaced itself in sys.modules.
    return try interp.modules.getItem(ts, key) ?? Value(module)
  }

  /// `IMPORT_FROM`: `from module import name`.
  static func importFrom(_ ts: ThreadState, _ module: Value, _ name: PyStr) throws(PyError) -> Value {
    if let v = try Protocols.getAttrOptional(ts, module, name) { return v }
    // A submodule being imported circularly is in sys.modules but not yet an attribute.
    var modName = "<unknown module name>"
    if let n = try Protocols.getAttrOptional(ts, module, PyStr.intern("__name__"))?.as(PyStr.self) {
      modName = n.string
      if let m = ts.interpreter.modules.get(PyStr.intern(modName + "." + name.string)) { return m }
    }
    var message = "cannot import name '\(name.string)' from '\(modName)'"
    if let file = try Protocols.getAttrOptional(ts, module, PyStr.intern("__file__"))?.as(PyStr.self) {
      message += " (\(file.string))"
    } else {
      message += " (unknown location)"
    }
    let e = PyBaseException(type: BuiltinTypes.exceptions.importError, message: message)
    e.attributes.set("__field_name", .object(PyStr(modName)))
    throw PyError(e)
  }

  /// `from module import *`.
  static func importStar(_ ts: ThreadState, _ module: Value, _ f: UnsafeMutablePointer<Frame>) throws(PyError) {
    var names: [Value]
    var skipUnderscore = false
    if let all = try Protocols.getAttrOptional(ts, module, PyStr.intern("__all__")) {
      names = try Protocols.toArray(ts, all)
    } else {
      guard let d = try Protocols.getAttrOptional(ts, module, PyStr.intern("__dict__")) else {
        throw PyError.make(BuiltinTypes.exceptions.importError, "from-import-* object has no __dict__ and no __all__")
      }
      names = try Protocols.toArray(ts, d)
      skipUnderscore = true
    }
    for n in names {
      guard let s = n.as(PyStr.self) else {
        throw PyError.typeError("Item in \(try Protocols.getAttrOptional(ts, module, PyStr.intern("__name__")).map { (try? Protocols.str(ts, $0).string) ?? "?" } ?? "?").__all__ must be str, not \(Protocols.typeName(n))")
      }
      if skipUnderscore && s.string.hasPrefix("_") { continue }
      let v = try Protocols.getAttr(ts, module, PyStr.intern(s))
      try Ops.storeName(ts, f, PyStr.intern(s), v)
    }
  }
}

/// File access for the runtime (POSIX calls; no Foundation).
public enum FileSupport {
  public static func isFile(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
  }

  public static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// The whole file, or nil when it cannot be read.
  public static func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    if fd < 0 { return nil }
    defer { close(fd) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 { return nil }
      if n == 0 { break }
      out.append(contentsOf: buf[0..<n])
    }
    return out
  }
}
