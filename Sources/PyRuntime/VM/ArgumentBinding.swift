/// Binding call arguments to a Python function's parameters (CPython's
/// `initialize_locals`), with CPython 3.11's error messages. Writes straight into the
/// callee's registers: parameters are the first registers, in `co_varnames` order
/// (positional-only, positional, keyword-only, `*args`, `**kwargs`).
enum ArgumentBinding {
  /// True when `args` can be used as the parameter registers without any rearranging.
  @inline(__always)
  static func isSimple(_ code: PyCode, _ count: Int, _ kwnames: PyTuple?) -> Bool {
    return kwnames == nil && count == code.argCount && code.hasPlainSignature
  }

  /// Binds `args` into `regs` (which must hold `.unbound` beyond what is already placed).
  /// When `inPlace` the positional arguments are already in `regs[0..<positionalCount]`.
  static func bind(_ ts: ThreadState, _ f: PyFunction, _ code: PyCode, _ args: Args,
                   into regs: UnsafeMutablePointer<Value>, inPlace: Bool) throws(PyError) {
    let npos = args.positionalCount
    let argCount = code.argCount
    let kwOnly = code.kwOnlyArgCount
    let hasVarArgs = code.hasVarArgs
    let hasVarKw = code.hasVarKeywords
    let totalArgs = argCount + kwOnly
    // Copy the arguments first: in place they share memory with the parameter registers.
    var argv: [Value] = []
    argv.reserveCapacity(args.count)
    for i in 0..<args.count { argv.append(args[i]) }
    if inPlace { for i in 0..<args.count { regs[i] = .unbound } }
    var kwValues: [(PyStr, Value)] = []
    if let kwnames = args.kwnames {
      for (j, k) in kwnames.items.enumerated() {
        kwValues.append((k.unsafeAs(PyStr.self), argv[npos + j]))
      }
    }
    var extra: [Value] = []
    for i in 0..<min(npos, argCount) { regs[i] = argv[i] }
    if npos > argCount { for i in argCount..<npos { extra.append(argv[i]) } }
    if hasVarArgs {
      regs[totalArgs] = .object(extra.isEmpty ? PyTuple.empty : PyTuple(extra))
    }
    var kwDict: PyDict? = nil
    if hasVarKw {
      kwDict = PyDict()
      regs[totalArgs + (hasVarArgs ? 1 : 0)] = .object(kwDict!)
    }
    var posOnlyAsKeyword: [String] = []
    for (k, v) in kwValues {
      var idx = -1
      for i in code.posOnlyArgCount..<totalArgs where code.varnames[i] === k || code.varnames[i].equals(k) {
        idx = i
        break
      }
      if idx < 0 {
        if let kd = kwDict {
          kd.set(k, v)
          continue
        }
        if (0..<code.posOnlyArgCount).contains(where: { code.varnames[$0].equals(k) }) {
          posOnlyAsKeyword.append(k.string)
          continue
        }
        throw PyError.typeError("\(f.qualname.string)() got an unexpected keyword argument '\(k.string)'")
      }
      if !regs[idx].isUnbound {
        throw PyError.typeError("\(f.qualname.string)() got multiple values for argument '\(k.string)'")
      }
      regs[idx] = v
    }
    if npos > argCount && !hasVarArgs {
      throw tooManyPositional(f, code, given: npos, kwGiven: kwValues.count, regs: regs)
    }
    if !posOnlyAsKeyword.isEmpty {
      throw PyError.typeError("\(f.qualname.string)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKeyword.joined(separator: ", "))'")
    }
    // Defaults for missing positional parameters.
    if npos < argCount {
      let defaults = f.defaults?.items ?? []
      let firstDefault = argCount - defaults.count
      var missing: [String] = []
      for i in npos..<argCount where regs[i].isUnbound {
        if i >= firstDefault { regs[i] = defaults[i - firstDefault] } else { missing.append(code.varnames[i].string) }
      }
      if !missing.isEmpty {
        throw missingArguments(f, missing, kind: "positional")
      }
    }
    if kwOnly > 0 {
      var missing: [String] = []
      for i in argCount..<totalArgs where regs[i].isUnbound {
        if let kd = f.kwdefaults, let dv = kd.get(code.varnames[i]) { regs[i] = dv } else { missing.append(code.varnames[i].string) }
      }
      if !missing.isEmpty {
        throw missingArguments(f, missing, kind: "keyword-only")
      }
    }
  }

  static func missingArguments(_ f: PyFunction, _ names: [String], kind: String) -> PyError {
    let quoted = names.map { "'" + $0 + "'" }
    var list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = quoted[0] + " and " + quoted[1]
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
    let plural = names.count == 1 ? "" : "s"
    return PyError.typeError("\(f.qualname.string)() missing \(names.count) required \(kind) argument\(plural): \(list)")
  }

  static func tooManyPositional(_ f: PyFunction, _ code: PyCode, given: Int, kwGiven: Int,
                                regs: UnsafeMutablePointer<Value>) -> PyError {
    let argCount = code.argCount
    let defaults = f.defaults?.count ?? 0
    var kwOnlyGiven = 0
    for i in argCount..<(argCount + code.kwOnlyArgCount) where !regs[i].isUnbound { kwOnlyGiven += 1 }
    let sig: String
    if defaults > 0 {
      sig = "from \(argCount - defaults) to \(argCount) positional arguments"
    } else {
      sig = "\(argCount) positional argument\(argCount == 1 ? "" : "s")"
    }
    var givenText = "\(given)"
    if kwOnlyGiven > 0 {
      givenText += " positional argument\(given == 1 ? "" : "s") (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s"))"
      return PyError.typeError("\(f.qualname.string)() takes \(sig) but \(givenText) were given")
    }
    let verb = given == 1 ? "was" : "were"
    return PyError.typeError("\(f.qualname.string)() takes \(sig) but \(givenText) \(verb) given")
  }
}
