import CSupport

/// `int` values beyond 64 bits (and the value of every instance of an `int` subclass), as a
/// GMP integer (CPython's `PyLongObject`, Objects/longobject.c). Exact `int` values that fit in
/// 64 bits are always immediate `Value.int`s: every operation normalises its result
/// (`IntOps.normalize`), so a `PyLong` of type `int` is always outside the Int64 range.
///
/// The GMP integer lives behind a pointer (`z`) so that GMP calls can name the same integer as
/// several operands (`x * x`) without Swift exclusivity conflicts.
public final class PyLong: PyObject {
  /// The value. Owned by this object: mutate only while the object is private to its creator.
  public let z: UnsafeMutablePointer<__mpz_struct>

  public override init(type: PyType = BuiltinTypes.int) {
    z = UnsafeMutablePointer<__mpz_struct>.allocate(capacity: 1)
    __gmpz_init(z)
    super.init(type: type)
  }

  /// A new integer holding `i`.
  public convenience init(_ i: Int, type: PyType = BuiltinTypes.int) {
    self.init(type: type)
    __gmpz_set_si(z, i)
  }

  /// A new integer holding a copy of `src`.
  public convenience init(copying src: UnsafePointer<__mpz_struct>, type: PyType = BuiltinTypes.int) {
    self.init(type: type)
    __gmpz_set(z, src)
  }

  deinit {
    // `__del__` of an int subclass (see Finalization).
    if type.typeFlags.contains(.hasFinalizer) {
      Finalization.finalizeBuiltinSubclass(self) { PyLong(copying: z, type: type) }
    }
    __gmpz_clear(z)
    z.deallocate()
  }

  /// The value of a decimal literal (optional '-'), normalised.
  public static func fromDecimal(_ digits: String) -> Value {
    if let i = Int(digits) { return .int(i) }
    let l = PyLong()
    _ = digits.withCString { __gmpz_set_str(l.z, $0, 10) }
    return IntOps.normalize(l)
  }

  /// Decimal representation (no digit limit: for internal use and messages).
  public var decimalString: String { IntOps.digitString(z, base: 10) }

  /// The value as an Int if it fits.
  public var intValue: Int? {
    if __gmpz_fits_slong_p(z) != 0 { return __gmpz_get_si(z) }
    return nil
  }

  /// The GMP integer by value, for code written against the former stored field
  /// (`&l.mpz` passes a copy of the header that is written back: fine for reading).
  public var mpz: __mpz_struct {
    get { z.pointee }
    set { z.pointee = newValue }
  }

  public var isNegative: Bool { z.pointee._mp_size < 0 }
  public var isZero: Bool { z.pointee._mp_size == 0 }
  /// -1, 0 or 1.
  public var signum: Int { let s = z.pointee._mp_size; return s < 0 ? -1 : (s > 0 ? 1 : 0) }
}
