/// The behaviour table of a type: one optional Swift function per operation, as CPython's
/// `tp_*`/`nb_*`/`sq_*`/`mp_*` slots. Builtin types fill them with native implementations;
/// classes defined in Python get generic implementations that call the class's dunder methods
/// (see `Protocols/PythonSlots.swift`), re-derived whenever a dunder is assigned on the class.
///
/// Every function receives the calling thread's state first. "Returns NotImplemented" means
/// the `Value` of the `NotImplemented` singleton.
public struct TypeSlots {
  public typealias Unary = (ThreadState, Value) throws(PyError) -> Value
  public typealias Binary = (ThreadState, Value, Value) throws(PyError) -> Value
  public typealias Ternary = (ThreadState, Value, Value, Value) throws(PyError) -> Value
  public typealias Call = (ThreadState, Value, Args) throws(PyError) -> Value
  public typealias New = (ThreadState, PyType, Args) throws(PyError) -> Value
  public typealias Init = (ThreadState, Value, Args) throws(PyError) -> Void
  public typealias GetAttr = (ThreadState, Value, PyStr) throws(PyError) -> Value
  /// `value == nil` deletes.
  public typealias SetAttr = (ThreadState, Value, PyStr, Value?) throws(PyError) -> Void
  /// `value == nil` deletes.
  public typealias SetItem = (ThreadState, Value, Value, Value?) throws(PyError) -> Void
  public typealias Hash = (ThreadState, Value) throws(PyError) -> Int
  public typealias Length = (ThreadState, Value) throws(PyError) -> Int
  public typealias Predicate = (ThreadState, Value) throws(PyError) -> Bool
  public typealias Contains = (ThreadState, Value, Value) throws(PyError) -> Bool
  public typealias Compare = (ThreadState, Value, Value, CompareOp) throws(PyError) -> Value
  /// Returns the next item, or nil when exhausted (StopIteration without a value).
  public typealias Next = (ThreadState, Value) throws(PyError) -> Value?
  /// `descr.__get__(instance, owner)`; instance nil for class access.
  public typealias DescrGet = (ThreadState, Value, Value?, Value?) throws(PyError) -> Value
  /// `descr.__set__(instance, value)`; value nil deletes (`__delete__`).
  public typealias DescrSet = (ThreadState, Value, Value, Value?) throws(PyError) -> Void
  public typealias Finalize = (ThreadState, PyObject) -> Void

  // Object protocol
  public var repr: Unary?
  public var str: Unary?
  public var hash: Hash?
  /// Set for types whose instances are unhashable (`__hash__ = None`).
  public var hashIsNone = false
  public var richCompare: Compare?
  public var getAttribute: GetAttr?
  /// `__getattr__` fallback (only Python classes define it).
  public var getAttrFallback: GetAttr?
  public var setAttribute: SetAttr?
  public var call: Call?
  public var iter: Unary?
  public var next: Next?
  public var descrGet: DescrGet?
  public var descrSet: DescrSet?
  public var new: New?
  public var initialize: Init?
  public var finalize: Finalize?

  // Truth and containers
  public var bool: Predicate?
  public var length: Length?
  public var getItem: Binary?
  public var setItem: SetItem?
  public var contains: Contains?

  // Number protocol: binary slots take (left, right) in source order and return NotImplemented
  // when they don't handle the pair; `BinarySlot.id` identifies the implementation so the
  // dispatcher can tell "both operands use the same slot" (CPython's `slotw != slotv`).
  public var binary: [BinarySlot?] = Array(repeating: nil, count: BinaryOp.allCases.count)
  public var inplace: [BinarySlot?] = Array(repeating: nil, count: BinaryOp.allCases.count)
  /// Sequence concatenation (`sq_concat`: str, list, tuple, bytes …), tried by `+` after the
  /// number slots declined; it raises the sequence's own TypeError for bad operands.
  public var sequenceConcat: Binary?
  /// In-place concatenation (`list += iterable`).
  public var sequenceInplaceConcat: Binary?
  /// Sequence repetition (`sq_repeat`), tried by `*` after the number slots declined.
  public var sequenceRepeat: ((ThreadState, Value, Int) throws(PyError) -> Value)?
  public var sequenceInplaceRepeat: ((ThreadState, Value, Int) throws(PyError) -> Value)?
  /// `pow(a, b, mod)` with three arguments.
  public var ternaryPow: Ternary?
  public var negative: Unary?
  public var positive: Unary?
  public var absolute: Unary?
  public var invert: Unary?
  /// `__index__`
  public var index: Unary?
  /// `__int__`
  public var int: Unary?
  /// `__float__`
  public var float: Unary?

  public init() {}
}

/// A binary number slot with the identity of its implementation.
public struct BinarySlot {
  public let id: Int
  public let fn: TypeSlots.Binary

  public init(id: Int, _ fn: @escaping TypeSlots.Binary) {
    self.id = id
    self.fn = fn
  }
}

/// The binary operators, in the order of `TypeSlots.binary`.
public enum BinaryOp: Int, CaseIterable, Sendable {
  case add, sub, mul, matMul, trueDiv, floorDiv, mod, divmod, pow, lshift, rshift, and, or, xor

  /// The operator as CPython's error messages show it (`+`, `**` or `pow()` …).
  public var symbol: String {
    switch self {
    case .add: return "+"
    case .sub: return "-"
    case .mul: return "*"
    case .matMul: return "@"
    case .trueDiv: return "/"
    case .floorDiv: return "//"
    case .mod: return "%"
    case .divmod: return "divmod()"
    case .pow: return "** or pow()"
    case .lshift: return "<<"
    case .rshift: return ">>"
    case .and: return "&"
    case .or: return "|"
    case .xor: return "^"
    }
  }

  /// `__add__` …
  public var dunder: String {
    switch self {
    case .add: return "__add__"
    case .sub: return "__sub__"
    case .mul: return "__mul__"
    case .matMul: return "__matmul__"
    case .trueDiv: return "__truediv__"
    case .floorDiv: return "__floordiv__"
    case .mod: return "__mod__"
    case .divmod: return "__divmod__"
    case .pow: return "__pow__"
    case .lshift: return "__lshift__"
    case .rshift: return "__rshift__"
    case .and: return "__and__"
    case .or: return "__or__"
    case .xor: return "__xor__"
    }
  }

  /// `__radd__` …
  public var reflectedDunder: String { "__r" + dunder.dropFirst(2) }
  /// `__iadd__` …
  public var inplaceDunder: String { "__i" + dunder.dropFirst(2) }
}

/// Rich comparison operators, with CPython's numbering (Py_LT … Py_GE).
public enum CompareOp: Int, Sendable {
  case lt = 0, le, eq, ne, gt, ge

  /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
  public var reflected: CompareOp {
    switch self {
    case .lt: return .gt
    case .le: return .ge
    case .eq: return .eq
    case .ne: return .ne
    case .gt: return .lt
    case .ge: return .le
    }
  }

  public var symbol: String {
    switch self {
    case .lt: return "<"
    case .le: return "<="
    case .eq: return "=="
    case .ne: return "!="
    case .gt: return ">"
    case .ge: return ">="
    }
  }

  public var dunder: String {
    switch self {
    case .lt: return "__lt__"
    case .le: return "__le__"
    case .eq: return "__eq__"
    case .ne: return "__ne__"
    case .gt: return "__gt__"
    case .ge: return "__ge__"
    }
  }
}
