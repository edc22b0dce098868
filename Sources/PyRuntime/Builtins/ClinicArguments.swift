/// Binding call arguments to the parameters of a builtin the way CPython's Argument Clinic
/// does (Python/getargs.c, `_PyArg_UnpackKeywords`), so that every message — "takes at most 3
/// arguments (4 given)", "missing required argument 'base' (pos 1)", "argument for pow() given
/// by name ('base') and position (1)", "'foo' is an invalid keyword argument for pow()" — is
/// CPython's, word for word.
public struct ClinicSignature {
  /// The function name as messages show it (`pow`, `compile` …).
  public let fname: String
  /// Every parameter name, positional ones first, then keyword-only ones.
  public let names: [String]
  /// How many leading parameters are positional-only.
  public let posOnly: Int
  /// Required positional parameters.
  public let minPos: Int
  /// Positional parameters (the rest are keyword-only).
  public let maxPos: Int
  /// Required keyword-only parameters.
  public let minKw: Int

  public init(_ fname: String, _ names: [String], posOnly: Int = 0, minPos: Int, maxPos: Int? = nil, minKw: Int = 0) {
    self.fname = fname
    self.names = names
    self.posOnly = posOnly
    self.minPos = minPos
    self.maxPos = maxPos ?? names.count
    self.minKw = minKw
  }

  /// One entry per parameter, nil when the argument was not given.
  public func bind(_ args: Args) throws(PyError) -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    let nargs = args.positionalCount
    let kwnames = args.kwnames?.items ?? []
    let nkw = kwnames.count
    if nkw == 0 && minKw == 0 && minPos <= nargs && nargs <= maxPos {
      for i in 0..<nargs { out[i] = args[i] }
      return out
    }
    let maxArgs = names.count
    if nargs + nkw > maxArgs {
      throw PyError.typeError("\(fname)() takes at most \(maxArgs) \(nargs == 0 ? "keyword " : "")argument\(maxArgs == 1 ? "" : "s") (\(nargs + nkw) given)")
    }
    if nargs > maxPos {
      if maxPos == 0 { throw PyError.typeError("\(fname)() takes no positional arguments") }
      throw PyError.typeError("\(fname)() takes \(minPos < maxPos ? "at most" : "exactly") \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(nargs) given)")
    }
    let minPosOnly = Swift.min(posOnly, minPos)
    if nargs < minPosOnly {
      throw PyError.typeError("\(fname)() takes \(minPosOnly < maxPos ? "at least" : "exactly") \(minPosOnly) positional argument\(minPosOnly == 1 ? "" : "s") (\(nargs) given)")
    }
    for i in 0..<nargs { out[i] = args[i] }
    func keyword(_ name: String) -> Value? {
      for (j, k) in kwnames.enumerated() where k.unsafeAs(PyStr.self).string == name {
        return args[nargs + j]
      }
      return nil
    }
    let reqLimit = minKw > 0 ? maxPos + minKw : minPos
    var remaining = nkw
    var i = Swift.max(nargs, posOnly)
    while i < maxArgs {
      var current: Value? = nil
      if remaining > 0 {
        current = keyword(names[i])
      } else if i >= reqLimit {
        break
      }
      out[i] = current
      if current != nil {
        remaining -= 1
      } else if i < minPos || (maxPos <= i && i < reqLimit) {
        throw PyError.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
      }
      i += 1
    }
    if remaining > 0 {
      for j in posOnly..<Swift.max(posOnly, nargs) where keyword(names[j]) != nil {
        throw PyError.typeError("argument for \(fname)() given by name ('\(names[j])') and position (\(j + 1))")
      }
      for k in kwnames {
        let name = k.unsafeAs(PyStr.self).string
        if !names[posOnly...].contains(name) {
          throw PyError.typeError("'\(name)' is an invalid keyword argument for \(fname)()")
        }
      }
    }
    return out
  }
}

/// Keyword arguments of builtins that take `*args` plus a few keywords (`print`, `min`,
/// `max`): picks the named ones, rejects the rest with CPython's message.
enum KeywordOptions {
  static func pick(_ args: Args, _ fname: String, _ names: [String]) throws(PyError) -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    guard let kwnames = args.kwnames else { return out }
    let first = args.positionalCount
    for (j, k) in kwnames.items.enumerated() {
      let name = k.unsafeAs(PyStr.self).string
      guard let i = names.firstIndex(of: name) else {
        throw PyError.typeError("'\(name)' is an invalid keyword argument for \(fname)()")
      }
      out[i] = args[first + j]
    }
    return out
  }
}

/// Argument counts of functions parsed with `PyArg_ParseTuple` (CPython's getargs.c
/// `vgetargs1`): "gmtime() takes at most 1 argument (2 given)".
public enum TupleArgs {
  public static func check(_ args: Args, _ fname: String, min: Int, max: Int) throws(PyError) {
    try ArgParser.noKeywords(args, fname)
    let n = args.count
    if n < min || n > max {
      let kind = min == max ? "exactly" : n < min ? "at least" : "at most"
      let count = n < min ? min : max
      throw PyError.typeError("\(fname)() takes \(kind) \(count) argument\(count == 1 ? "" : "s") (\(n) given)")
    }
  }
}
