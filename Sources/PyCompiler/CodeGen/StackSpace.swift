#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much of the calling thread's stack is left, to decide whether a compilation can run
/// right here or needs the compiler thread's large stack (see `CompilerThread`).
enum StackSpace {
  /// Stack the compiler passes need per level of tree nesting, generously (debug builds' frames
  /// are several times larger than release builds').
  static let bytesPerLevel = 32 << 10

  #if canImport(Glibc)
  private typealias GetAttrNP = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
  /// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not declare).
  private static let getattrNP: GetAttrNP? = {
    guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
    return unsafeBitCast(sym, to: GetAttrNP.self)
  }()
  #endif

  /// Bytes between the current stack position and the end of the thread's stack (0 when it
  /// cannot be told).
  static func remaining() -> Int {
    #if canImport(Glibc)
    guard let getattr = getattrNP else { return 0 }
    var attr = pthread_attr_t()
    guard getattr(pthread_self(), &attr) == 0 else { return 0 }
    defer { pthread_attr_destroy(&attr) }
    var base: UnsafeMutableRawPointer? = nil
    var size = 0
    guard pthread_attr_getstack(&attr, &base, &size) == 0, let low = base else { return 0 }
    var marker = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let bottom = UInt(bitPattern: low)
    return here > bottom ? Int(here - bottom) : 0
    #else
    return 0
    #endif
  }
}
