/// Binding the arguments of a call to a builtin's parameters, with CPython's messages
/// (the Argument Clinic wording).
public enum ArgParser {
  /// Returns one entry per name in `names` (nil when not given). The first `posOnly` names can
  /// only be passed by position; names from `kwOnlyFrom` on only by keyword. The first
  /// `required` names must be present.
  public static func parse(_ args: Args, fname: String, names: [String], required: Int,
                           posOnly: Int = 0, kwOnlyFrom: Int? = nil) throws(PyError) -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    let npos = args.positionalCount
    let maxPos = kwOnlyFrom ?? names.count
    if npos > maxPos {
      if maxPos == 0 {
        throw PyError.typeError("\(fname)() takes no positional arguments")
      }
      let kind = required == maxPos ? "exactly" : "at most"
      throw PyError.typeError("\(fname)() takes \(kind) \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(npos) given)")
    }
    for i in 0..<npos { out[i] = args[i] }
    if let kwnames = args.kwnames {
      for (j, kv) in kwnames.items.enumerated() {
        let k = kv.unsafeAs(PyStr.self).string
        guard let idx = names.firstIndex(of: k), idx >= posOnly else {
          if posOnly > 0, let idx = names.firstIndex(of: k), idx < posOnly {
            throw PyError.typeError("\(fname)() got some positional-only arguments passed as keyword arguments: '\(k)'")
          }
          throw PyError.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
        if out[idx] != nil {
          throw PyError.typeError("argument for \(fname)() given by name ('\(k)') and position (\(idx + 1))")
        }
        out[idx] = args[npos + j]
      }
    }
    for i in 0..<required where out[i] == nil {
      if i < posOnly || (kwOnlyFrom == nil && args.kwnames == nil) {
        let kind = required == names.count ? "exactly" : "at least"
        throw PyError.typeError("\(fname)() takes \(kind) \(required) argument\(required == 1 ? "" : "s") (\(npos) given)")
      }
      throw PyError.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
  }

  /// Checks that a builtin taking no keyword arguments got none.
  @inline(__always)
  public static func noKeywords(_ args: Args, _ fname: String) throws(PyError) {
    if let k = args.kwnames, !k.items.isEmpty {
      throw PyError.typeError("\(fname)() takes no keyword arguments")
    }
  }

  /// Checks the positional count of a builtin taking `min...max` positional arguments and no
  /// keywords (messages as CPython's `_PyArg_CheckPositional`).
  @inline(__always)
  public static func positional(_ args: Args, _ fname: String, min: Int, max: Int) throws(PyError) {
    try noKeywords(args, fname)
    let n = args.count
    if n < min || n > max {
      if min == max {
        if min == 0 { throw PyError.typeError("\(fname)() takes no arguments (\(n) given)") }
        if min == 1 { throw PyError.typeError("\(fname)() takes exactly one argument (\(n) given)") }
        throw PyError.typeError("\(fname) expected \(min) arguments, got \(n)")
      }
      if n < min {
        throw PyError.typeError("\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
      }
      throw PyError.typeError("\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }
}
