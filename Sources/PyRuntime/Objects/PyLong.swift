import CSupport

/// `int` values beyond 64 bits (and the value of every instance of an `int` subclass), as a
/// GMP integer. Exact `int` values that fit in 64 bits are always immediate `Value.int`s:
/// every operation normalises its result (`PyLong.make`), so a `PyLong` of type `int` is
/// always outside the Int64 range.
public final class PyLong: PyObject {
  var mpz = __mpz_struct()

  public override init(type: PyType = BuiltinTypes.int) {
    __gmpz_init(&mpz)
    super.init(type: type)
  }

  deinit { __gmpz_clear(&mpz) }

  /// The value of a decimal literal (optional '-').
  public static func fromDecimal(_ digits: String) -> Value {
    if let i = Int(digits) { return .int(i) }
    let l = PyLong()
    _ = digits.withCString { __gmpz_set_str(&l.mpz, $0, 10) }
    return .object(l)
  }

  /// Decimal representation.
  public var decimalString: String {
    let n = __gmpz_sizeinbase(&mpz, 10) + 2
    var buf = [CChar](repeating: 0, count: n)
    __gmpz_get_str(&buf, 10, &mpz)
    return String(cString: buf)
  }

  /// The value as an Int if it fits.
  public var intValue: Int? {
    if __gmpz_fits_slong_p(&mpz) != 0 { return __gmpz_get_si(&mpz) }
    return nil
  }

  public var isNegative: Bool { mpz._mp_size < 0 }
}
