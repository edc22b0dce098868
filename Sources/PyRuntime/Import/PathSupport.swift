#if canImport(Glibc)
import Glibc
#endif

/// Path manipulation the runtime needs before `os.path` exists (POSIX rules, as `posixpath`).
public enum PathSupport {
  /// `os.getcwd()`.
  public static func currentDirectory() -> String {
    var buf = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buf, buf.count) != nil else { return "." }
    return String(cString: buf)
  }

  /// `os.path.abspath(path)`: joined with the working directory and normalised.
  public static func absolute(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
    return normalize(joined)
  }

  /// `os.path.normpath` for absolute paths: collapses `//`, `.` and `..`.
  public static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for p in path.split(separator: "/", omittingEmptySubsequences: true) {
      if p == "." { continue }
      if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
      parts.append(p)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// `os.path.dirname(path)`.
  public static func directory(_ path: String) -> String {
    guard let i = path.lastIndex(of: "/") else { return "" }
    if i == path.startIndex { return "/" }
    return String(path[..<i])
  }
}
