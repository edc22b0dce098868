/// The value of an `ast.Constant` (and of `MatchSingleton`): what a literal evaluates to.
///
/// Integers that fit in 64 bits are `.int`; larger ones keep their decimal digits in `.bigInt`
/// (the runtime turns them into its big-int type). Strings are sequences of code points, which can
/// hold lone surrogates (`"\ud800"`) that a Swift `String` cannot.
public enum Constant: Equatable, Sendable {
  case none
  case ellipsis
  case bool(Bool)
  case int(Int)
  /// An integer beyond 64 bits: optional `-`, then decimal digits, no leading zeros.
  case bigInt(String)
  case float(Double)
  /// A complex literal; the parser only makes pure imaginary ones (`real == 0`), constant
  /// folding may make others.
  case complex(real: Double, imag: Double)
  case str(PyStringLiteral)
  case bytes([UInt8])
}

/// A Python `str` value as code points (UTF-32 units; lone surrogates allowed).
public struct PyStringLiteral: Equatable, Hashable, Sendable {
  public var codePoints: [UInt32]

  public init(codePoints: [UInt32]) { self.codePoints = codePoints }

  public init(_ string: String) { self.codePoints = string.unicodeScalars.map { $0.value } }

  /// The text as a Swift string; lone surrogates become U+FFFD.
  public var string: String {
    var s = String.UnicodeScalarView()
    for cp in codePoints { s.append(Unicode.Scalar(cp) ?? "\u{FFFD}") }
    return String(s)
  }
}
