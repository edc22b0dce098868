import PySyntax

/// The constants of one code unit (`co_consts`), each stored once. Equal constants share an
/// index when they are equal *and* of the same type, with floats compared by bit pattern
/// (so `0`, `False`, `0.0` and `-0.0` stay distinct), as CPython's `_PyCode_ConstantKey`.
/// Code objects are merged only when they are the same object.
final class ConstantPool {
  private(set) var values: [CodeConstant] = []
  private var index: [Key: Int] = [:]
  private var codeIndex: [ObjectIdentifier: Int] = [:]

  /// Index of `value`, appending it on first use.
  func add(_ value: CodeConstant) -> Int {
    guard let key = Key(value) else {
      // A code object compiled once but emitted twice (a duplicated `while` test or `finally`
      // body) is one constant, as CPython merges equal code objects.
      if case .code(let unit) = value {
        if let i = codeIndex[ObjectIdentifier(unit)] { return i }
        codeIndex[ObjectIdentifier(unit)] = values.count
      }
      values.append(value)
      return values.count - 1
    }
    if let i = index[key] { return i }
    values.append(value)
    index[key] = values.count - 1
    return values.count - 1
  }

  func add(_ constant: Constant) -> Int { add(.constant(constant)) }

  /// Index of a str constant.
  func add(string: String) -> Int { add(.constant(.str(PyStringLiteral(string)))) }

  var count: Int { values.count }

  /// A hashable identity for a constant; nil for code objects.
  private indirect enum Key: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    case complex(UInt64, UInt64)
    case str([UInt32])
    case bytes([UInt8])
    case tuple([Key])
    case frozenset([Key])

    init?(_ value: CodeConstant) {
      switch value {
      case .constant(let c):
        switch c {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigInt(let s): self = .bigInt(s)
        case .float(let d): self = .float(d.bitPattern)
        case .complex(let re, let im): self = .complex(re.bitPattern, im.bitPattern)
        case .str(let s): self = .str(s.codePoints)
        case .bytes(let b): self = .bytes(b)
        }
      case .tuple(let items):
        var keys: [Key] = []
        keys.reserveCapacity(items.count)
        for item in items {
          guard let k = Key(item) else { return nil }
          keys.append(k)
        }
        self = .tuple(keys)
      case .frozenset(let items):
        var keys: [Key] = []
        for item in items {
          guard let k = Key(item) else { return nil }
          keys.append(k)
        }
        self = .frozenset(keys)
      case .code:
        return nil
      }
    }
  }
}
