/// The arguments of a call, as a callee sees them: `count` values starting at `base` (usually
/// the caller's registers — nothing is copied), the last `kwnames.count` of which are keyword
/// arguments named by `kwnames` (CPython's vectorcall convention).
///
/// An `Args` is a borrowed view: valid only during the call. A callee that keeps a value must
/// copy it into its own storage.
public struct Args {
  public let base: UnsafePointer<Value>
  /// Total values, positional and keyword.
  public let count: Int
  /// Names of the trailing keyword arguments (interned strs), or nil.
  public let kwnames: PyTuple?

  @inline(__always)
  public init(base: UnsafePointer<Value>, count: Int, kwnames: PyTuple? = nil) {
    self.base = base
    self.count = count
    self.kwnames = kwnames
  }

  /// Number of positional arguments.
  @inline(__always)
  public var positionalCount: Int { count - (kwnames?.items.count ?? 0) }

  @inline(__always)
  public subscript(i: Int) -> Value { base[i] }

  /// The positional arguments as an array (copies).
  public var positional: [Value] { (0..<positionalCount).map { base[$0] } }

  /// Keyword arguments as (name, value) pairs.
  public var keywords: [(PyStr, Value)] {
    guard let kwnames else { return [] }
    let first = positionalCount
    return kwnames.items.enumerated().map { (($0.element.unsafeAs(PyStr.self)), base[first + $0.offset]) }
  }

  /// Calls `body` with an `Args` over `values` (which it keeps alive for the call).
  @inline(__always)
  public static func with<R>(_ values: [Value], kwnames: PyTuple? = nil,
                             _ body: (Args) throws(PyError) -> R) throws(PyError) -> R {
    return try values.withUnsafeBufferPointer { buf throws(PyError) -> R in
      let p = buf.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Value>.alignment)!
      return try body(Args(base: p, count: buf.count, kwnames: kwnames))
    }
  }
}
