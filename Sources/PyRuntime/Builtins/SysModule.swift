#if canImport(Glibc)
import Glibc
#endif

/// The `sys` module (CPython's Python/sysmodule.c): the interpreter's configuration
/// (`argv`, `path`, `flags`, `version_info` …), its streams, recursion limit, exception
/// state, frames (`_getframe`), hooks (`displayhook`, `excepthook`, `breakpointhook`) and
/// per-interpreter settings (trace/profile functions, the int string-conversion limit),
/// which live in the module object's hidden extra storage.
public enum SysModule {
  /// Slots of the hidden per-interpreter state (in the sys module's `extra`).
  enum State: Int, CaseIterable {
    case trace, profile, intMaxStrDigits, switchInterval
  }

  static func state(_ ts: ThreadState) -> InstanceExtras {
    ts.interpreter.sys.extra!
  }

  /// The limit of int↔str conversions (`sys.get_int_max_str_digits()`; 0 = none).
  public static func intMaxStrDigits(_ ts: ThreadState) -> Int {
    guard let sys = ts.interpreter.sys, let extra = sys.extra,
          case .int(let n) = extra.slotValues[State.intMaxStrDigits.rawValue] else { return 4300 }
    return n
  }

  static func env(_ name: String) -> String? {
    guard let p = getenv(name) else { return nil }
    let s = String(cString: p)
    return s.isEmpty ? nil : s
  }

  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "sys")
    let extra = InstanceExtras(dict: nil, slotCount: State.allCases.count)
    extra.slotValues[State.trace.rawValue] = .none
    extra.slotValues[State.profile.rawValue] = .none
    extra.slotValues[State.intMaxStrDigits.rawValue] = .int(interp.config.intMaxStrDigits >= 0
      ? interp.config.intMaxStrDigits : Int(env("PYTHONINTMAXSTRDIGITS") ?? "") ?? 4300)
    extra.slotValues[State.switchInterval.rawValue] = .float(0.005)
    m.extra = extra
    let d = m.dict
    let cfg = interp.config
    func strs(_ a: [String]) -> Value { .object(PyList(a.map { .object(PyStr($0)) })) }
    d.set("__doc__", .object(PyStr("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.")))
    d.set("argv", strs(cfg.argv))
    d.set("orig_argv", strs(cfg.origArgv.isEmpty ? [cfg.executable] + cfg.argv : cfg.origArgv))
    d.set("path", strs(LibraryPath.searchPath(cfg)))
    d.set("modules", .object(interp.modules))
    d.set("meta_path", .object(PyList()))
    d.set("path_hooks", .object(PyList()))
    d.set("path_importer_cache", .object(PyDict()))
    d.set("executable", .object(PyStr(cfg.executable)))
    d.set("_base_executable", .object(PyStr(cfg.executable)))
    d.set("platform", .object(PyStr.intern("linux")))
    d.set("byteorder", .object(PyStr.intern("little")))
    d.set("maxsize", .int(Int.max))
    d.set("maxunicode", .int(0x10FFFF))
    d.set("float_repr_style", .object(PyStr.intern("short")))
    d.set("abiflags", .object(PyStr.intern("")))
    d.set("platlibdir", .object(PyStr.intern("lib")))
    let prefix = Value.object(PyStr("/usr/local"))
    for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] { d.set(n, prefix) }
    d.set("pycache_prefix", .none)
    d.set("version", .object(PyStr("3.11.7 (swiftpy) [Swift]")))
    let versionInfo = StructSequence.make(BuiltinTypes.sysVersionInfo,
                                          [.int(3), .int(11), .int(7), .object(PyStr.intern("final")), .int(0)])
    d.set("version_info", .object(versionInfo))
    d.set("hexversion", .int(0x030B07F0))
    d.set("api_version", .int(1013))
    d.set("copyright", .object(PyStr(InteractiveHelpers.copyrightText)))
    let impl = PyInstance(type: BuiltinTypes.simpleNamespace)
    impl.dict!.set("name", .object(PyStr.intern("swiftpy")))
    impl.dict!.set("cache_tag", .object(PyStr.intern("swiftpy-311")))
    impl.dict!.set("version", .object(versionInfo))
    impl.dict!.set("hexversion", .int(0x030B07F0))
    impl.dict!.set("_multiarch", .object(PyStr.intern("x86_64-linux-gnu")))
    d.set("implementation", .object(impl))
    let dontWrite = cfg.dontWriteBytecode || (!cfg.ignoreEnvironment && env("PYTHONDONTWRITEBYTECODE") != nil)
    let hashSeed = cfg.ignoreEnvironment ? nil : env("PYTHONHASHSEED")
    func flag(_ b: Bool) -> Value { .int(b ? 1 : 0) }
    d.set("flags", .object(StructSequence.make(BuiltinTypes.sysFlags, [
      .int(cfg.parserDebug), flag(cfg.inspect), flag(cfg.interactive), .int(cfg.optimize), flag(dontWrite),
      flag(cfg.noUserSite), flag(cfg.noSite), flag(cfg.ignoreEnvironment), .int(cfg.verbose), .int(cfg.bytesWarning),
      flag(cfg.quiet), .int(hashSeed == "0" ? 0 : 1), flag(cfg.isolated), .bool(cfg.devMode), .int(cfg.utf8Mode),
      flag(cfg.warnDefaultEncoding), .bool(cfg.safePath), .int(cfg.intMaxStrDigits),
    ])))
    d.set("dont_write_bytecode", .bool(dontWrite))
    d.set("float_info", .object(StructSequence.make(BuiltinTypes.sysFloatInfo, [
      .float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude), .int(-1021),
      .int(-307), .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1),
    ])))
    d.set("int_info", .object(StructSequence.make(BuiltinTypes.sysIntInfo, [.int(30), .int(4), .int(4300), .int(640)])))
    d.set("hash_info", .object(StructSequence.make(BuiltinTypes.sysHashInfo, [
      .int(64), .int(2305843009213693951), .int(314159), .int(0), .int(1000003),
      .object(PyStr.intern("siphash13")), .int(64), .int(128), .int(0),
    ])))
    d.set("thread_info", .object(StructSequence.make(BuiltinTypes.sysThreadInfo, [
      .object(PyStr.intern("pthread")), .object(PyStr.intern("semaphore")), .none,
    ])))
    d.set("warnoptions", strs(cfg.warnOptions))
    let xopts = PyDict()
    let ordered = cfg.xoptionOrder.filter { cfg.xoptions[$0] != nil }
    for k in ordered + cfg.xoptions.keys.filter({ !ordered.contains($0) }).sorted() {
      let v = cfg.xoptions[k]!
      xopts.set(k, v.isEmpty ? .bool(true) : .object(PyStr(v)))
    }
    d.set("_xoptions", .object(xopts))
    let builtinNames = (["builtins", "sys"] + interp.nativeModules.keys).sorted()
    d.set("builtin_module_names", .object(PyTuple(builtinNames.map { .object(PyStr.intern($0)) })))
    d.set("stdlib_module_names", .object(try PySet.make(ts, StdlibModuleNames.all.map { .object(PyStr.intern($0)) },
                                                        frozen: true)))

    let stdin = PyTextFile.standardStream(fd: 0, name: "stdin", writable: false, unbuffered: cfg.unbuffered)
    let stdout = PyTextFile.standardStream(fd: 1, name: "stdout", writable: true, unbuffered: cfg.unbuffered)
    let stderr = PyTextFile.standardStream(fd: 2, name: "stderr", writable: true, unbuffered: cfg.unbuffered)
    for (n, s) in [("stdin", stdin), ("stdout", stdout), ("stderr", stderr)] {
      d.set(n, .object(s))
      d.set("__\(n)__", .object(s))
    }

    for (n, body) in SysFunctions.all + AsyncGeneratorHooks.sysFunctions + CoroutineOrigin.sysFunctions {
      let f = PyBuiltinFunction(name: n, module: "sys", doc: nil, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    for hook in ["displayhook", "excepthook", "breakpointhook", "unraisablehook"] {
      d.set("__\(hook)__", d.get(hook)!)
    }
    return m
  }
}

extension BuiltinTypes {
  static let sysVersionInfo = StructSequence.makeType(
    "sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"], instantiable: false)
  static let sysFlags = StructSequence.makeType(
    "sys.flags", fields: ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                          "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                          "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                          "int_max_str_digits"], instantiable: false)
  static let sysFloatInfo = StructSequence.makeType(
    "sys.float_info", fields: ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                               "epsilon", "radix", "rounds"])
  static let sysIntInfo = StructSequence.makeType(
    "sys.int_info", fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"])
  static let sysHashInfo = StructSequence.makeType(
    "sys.hash_info", fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
  static let sysThreadInfo = StructSequence.makeType(
    "sys.thread_info", fields: ["name", "lock", "version"])
}
