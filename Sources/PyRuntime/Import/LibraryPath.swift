#if canImport(Glibc)
import Glibc
#endif

/// Where the bundled Python library (`Sources/Lib`) is: `$SWIFTPY_LIB`, else the first
/// `Sources/Lib` found walking up from the executable's directory (the build folder sits inside
/// the checkout: `.build/<triple>/<config>/swiftpy`).
public enum LibraryPath {
  public static func bundledLibrary(ignoreEnvironment: Bool) -> String? {
    if !ignoreEnvironment, let env = getenv("SWIFTPY_LIB") {
      return String(cString: env)
    }
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    guard n > 0 else { return nil }
    var dir = PathSupport.directory(String(cString: buf))
    for _ in 0..<6 {
      let candidate = dir + "/Sources/Lib"
      if FileSupport.isDirectory(candidate) { return candidate }
      if dir == "/" || dir.isEmpty { break }
      dir = PathSupport.directory(dir)
    }
    return nil
  }

  /// `sys.path`: the configured entries (script directory first), then `PYTHONPATH`, then the
  /// bundled library.
  public static func searchPath(_ config: InterpreterConfig) -> [String] {
    var path = config.path
    if !config.ignoreEnvironment && !config.isolated, let pp = getenv("PYTHONPATH") {
      for entry in String(cString: pp).split(separator: ":", omittingEmptySubsequences: true) {
        path.append(String(entry))
      }
    }
    if let lib = bundledLibrary(ignoreEnvironment: config.ignoreEnvironment) { path.append(lib) }
    return path
  }
}
