#if canImport(Glibc)
import Glibc
#endif
import PyRuntime

/// The `time` module (CPython's Modules/timemodule.c): clocks (`time`, `monotonic`,
/// `perf_counter`, `process_time`, `thread_time` and their `_ns` forms), `sleep`, broken-down
/// time (`gmtime`, `localtime`, `mktime`, `struct_time`), formatting (`strftime`, `asctime`,
/// `ctime`), parsing (`strptime`, the common directives), the timezone constants and
/// `get_clock_info`.
public enum TimeModule {
  public static func make(_ interp: Interpreter, _ ts: ThreadState) throws(PyError) -> PyModule {
    let m = PyModule(name: "time")
    let d = m.dict
    tzset()
    d.set("struct_time", Value(structTime))
    let (timezone, altzone, daylight, names) = zoneInfo()
    d.set("timezone", .int(timezone))
    d.set("altzone", .int(altzone))
    d.set("daylight", .int(daylight))
    d.set("tzname", .object(PyTuple([.object(PyStr(names.0)), .object(PyStr(names.1))])))
    d.set("CLOCK_REALTIME", .int(Int(CLOCK_REALTIME)))
    d.set("CLOCK_MONOTONIC", .int(Int(CLOCK_MONOTONIC)))
    d.set("CLOCK_PROCESS_CPUTIME_ID", .int(Int(CLOCK_PROCESS_CPUTIME_ID)))
    d.set("CLOCK_THREAD_CPUTIME_ID", .int(Int(CLOCK_THREAD_CPUTIME_ID)))
    let fns: [(String, PyBuiltinFunction.Body)] = [
      ("time", clockFunction("time", CLOCK_REALTIME, ns: false)),
      ("time_ns", clockFunction("time_ns", CLOCK_REALTIME, ns: true)),
      ("monotonic", clockFunction("monotonic", CLOCK_MONOTONIC, ns: false)),
      ("monotonic_ns", clockFunction("monotonic_ns", CLOCK_MONOTONIC, ns: true)),
      ("perf_counter", clockFunction("perf_counter", CLOCK_MONOTONIC, ns: false)),
      ("perf_counter_ns", clockFunction("perf_counter_ns", CLOCK_MONOTONIC, ns: true)),
      ("process_time", clockFunction("process_time", CLOCK_PROCESS_CPUTIME_ID, ns: false)),
      ("process_time_ns", clockFunction("process_time_ns", CLOCK_PROCESS_CPUTIME_ID, ns: true)),
      ("thread_time", clockFunction("thread_time", CLOCK_THREAD_CPUTIME_ID, ns: false)),
      ("thread_time_ns", clockFunction("thread_time_ns", CLOCK_THREAD_CPUTIME_ID, ns: true)),
      ("sleep", sleep), ("gmtime", { ts, a throws(PyError) in try brokenDown(ts, a, "gmtime", utc: true) }),
      ("localtime", { ts, a throws(PyError) in try brokenDown(ts, a, "localtime", utc: false) }),
      ("mktime", mktimeFunction), ("strftime", strftimeFunction), ("asctime", asctime), ("ctime", ctime),
      ("strptime", strptime), ("get_clock_info", getClockInfo),
      ("clock_gettime", { ts, a throws(PyError) in
        try ArgParser.positional(a, "clock_gettime", min: 1, max: 1)
        return .float(Double(try nanoseconds(clockid_t(try Protocols.indexAsInt(ts, a[0])))) / 1e9)
      }),
      ("clock_gettime_ns", { ts, a throws(PyError) in
        try ArgParser.positional(a, "clock_gettime_ns", min: 1, max: 1)
        return .int(try nanoseconds(clockid_t(try Protocols.indexAsInt(ts, a[0]))))
      }),
      ("tzset", { _, a throws(PyError) in
        try ArgParser.positional(a, "tzset", min: 0, max: 0)
        tzset()
        return .none
      }),
    ]
    for (n, body) in fns {
      let f = PyBuiltinFunction(name: n, module: "time", doc: nil, body)
      Deferral.retain(f)
      d.set(n, Value(f))
    }
    return m
  }

  static let structTime = StructSequence.makeType(
    "time.struct_time", fields: ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                                 "tm_isdst", "tm_zone", "tm_gmtoff"], visible: 9)

  // MARK: Clocks

  static func nanoseconds(_ clock: clockid_t) throws(PyError) -> Int {
    var t = timespec()
    if clock_gettime(clock, &t) != 0 { throw PyError.make(BuiltinTypes.exceptions.osError, String(cString: strerror(errno))) }
    return Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec)
  }

  static func clockFunction(_ name: String, _ clock: clockid_t, ns: Bool) -> PyBuiltinFunction.Body {
    return { _, a throws(PyError) in
      try ArgParser.positional(a, "time." + name, min: 0, max: 0)
      let n = try nanoseconds(clock)
      return ns ? .int(n) : .float(Double(n) / 1e9)
    }
  }

  static func getClockInfo(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try TupleArgs.check(a, "get_clock_info", min: 1, max: 1)
    guard let name = a[0].as(PyStr.self) else {
      throw PyError.typeError("get_clock_info() argument 1 must be str, not \(Protocols.typeName(a[0]))")
    }
    let info: (String, Bool, Bool)
    switch name.string {
    case "time": info = ("clock_gettime(CLOCK_REALTIME)", false, true)
    case "monotonic", "perf_counter": info = ("clock_gettime(CLOCK_MONOTONIC)", true, false)
    case "process_time": info = ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false)
    case "thread_time": info = ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false)
    default: throw PyError.valueError("unknown clock")
    }
    let ns = Value(BuiltinTypes.simpleNamespace)
    return try Protocols.call(ts, ns, [], keywords: [
      ("implementation", .object(PyStr(info.0))), ("monotonic", .bool(info.1)),
      ("adjustable", .bool(info.2)), ("resolution", .float(1e-09)),
    ])
  }

  /// Seconds from a Python number (`_PyTime_ObjectToDouble`).
  static func seconds(_ ts: ThreadState, _ v: Value) throws(PyError) -> Double {
    switch v {
    case .float(let d):
      if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
      return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default:
      if let f = Protocols.typeOf(v).slots.float {
        if case .float(let d) = try f(ts, v) { return d }
      }
      if Protocols.hasIndex(v) { return Double(try Protocols.indexAsInt(ts, v)) }
      throw PyError.typeError("'\(Protocols.typeName(v))' object cannot be interpreted as an integer")
    }
  }

  static func sleep(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "time.sleep", min: 1, max: 1)
    let s = try seconds(ts, a[0])
    if s < 0 { throw PyError.valueError("sleep length must be non-negative") }
    if s > Double(Int.max / 1_000_000_000) { throw PyError.overflowError("timestamp too large to convert to C _PyTime_t") }
    var req = timespec(tv_sec: Int(s), tv_nsec: Int((s - s.rounded(.towardZero)) * 1e9))
    var rem = timespec()
    while nanosleep(&req, &rem) != 0 {
      if errno != EINTR { throw PyError.make(BuiltinTypes.exceptions.osError, String(cString: strerror(errno))) }
      // Interrupted by a signal: its Python handler runs (and may raise), then the sleep goes on.
      try ts.checkSignals()
      req = rem
    }
    return .none
  }

  // MARK: Broken-down time

  /// `time_t` from a Python timestamp (flooring, as `_PyTime_ObjectToTime_t` with
  /// `_PyTime_ROUND_FLOOR`).
  static func timestamp(_ ts: ThreadState, _ v: Value) throws(PyError) -> time_t {
    if case .float(let d) = v {
      if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
      let f = d.rounded(.down)
      if !(f >= -9.2e18 && f <= 9.2e18) { throw PyError.overflowError("timestamp out of range for platform time_t") }
      return time_t(f)
    }
    if case .int(let i) = v { return time_t(i) }
    if case .bool(let b) = v { return b ? 1 : 0 }
    if Protocols.typeOf(v).slots.float != nil && !Protocols.hasIndex(v) {
      return time_t(try seconds(ts, v).rounded(.down))
    }
    return time_t(try Protocols.indexAsInt(ts, v, overflowMessage: nil))
  }

  static func structTimeValue(_ t: tm) -> Value {
    let visible: [Value] = [
      .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)), .int(Int(t.tm_hour)),
      .int(Int(t.tm_min)), .int(Int(t.tm_sec)), .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1),
      .int(Int(t.tm_isdst)),
    ]
    let zone: Value = t.tm_zone.map { .object(PyStr(String(cString: $0))) } ?? .none
    return .object(StructSequence.make(structTime, visible, hidden: [zone, .int(Int(t.tm_gmtoff))]))
  }

  static func brokenDown(_ ts: ThreadState, _ a: Args, _ name: String, utc: Bool) throws(PyError) -> Value {
    try TupleArgs.check(a, name, min: 0, max: 1)
    var when: time_t
    if a.count == 0 || a[0].isNone {
      when = time(nil)
    } else {
      when = try timestamp(ts, a[0])
    }
    var t = tm()
    let ok = utc ? gmtime_r(&when, &t) != nil : localtime_r(&when, &t) != nil
    if !ok {
      throw PyError.overflowError("timestamp out of range for platform time_t")
    }
    return structTimeValue(t)
  }

  /// A `tm` from a struct_time or 9-tuple (`gettmarg`).
  static func tmArgument(_ ts: ThreadState, _ v: Value, _ fname: String) throws(PyError) -> tm {
    guard let tuple = v.as(PyTuple.self) else {
      throw PyError.typeError("Tuple or struct_time argument required")
    }
    guard tuple.count == 9 else {
      throw PyError.typeError("\(fname)(): illegal time tuple argument")
    }
    var f: [Int] = []
    for x in tuple.items { f.append(try Protocols.indexAsInt(ts, x)) }
    var t = tm()
    t.tm_year = Int32(truncatingIfNeeded: f[0] - 1900)
    t.tm_mon = Int32(truncatingIfNeeded: f[1] - 1)
    t.tm_mday = Int32(truncatingIfNeeded: f[2])
    t.tm_hour = Int32(truncatingIfNeeded: f[3])
    t.tm_min = Int32(truncatingIfNeeded: f[4])
    t.tm_sec = Int32(truncatingIfNeeded: f[5])
    t.tm_wday = Int32(truncatingIfNeeded: (f[6] + 1) % 7)
    t.tm_yday = Int32(truncatingIfNeeded: f[7] - 1)
    t.tm_isdst = Int32(truncatingIfNeeded: f[8])
    if tuple.type === structTime, let extra = tuple.extra {
      t.tm_gmtoff = (try? Protocols.indexAsInt(ts, extra.slotValues[1])) ?? 0
    }
    return t
  }

  /// Range checks of `checktm` (after `strftime`'s zero adjustments).
  static func checkTm(_ t: inout tm, forStrftime: Bool) throws(PyError) {
    if forStrftime {
      if t.tm_mon == -1 { t.tm_mon = 0 }
      if t.tm_mday == 0 { t.tm_mday = 1 }
      if t.tm_yday == -1 { t.tm_yday = 0 }
    }
    if t.tm_mon < 0 || t.tm_mon > 11 { throw PyError.valueError("month out of range") }
    if t.tm_mday < 1 || t.tm_mday > 31 { throw PyError.valueError("day of month out of range") }
    if t.tm_hour < 0 || t.tm_hour > 23 { throw PyError.valueError("hour out of range") }
    if t.tm_min < 0 || t.tm_min > 59 { throw PyError.valueError("minute out of range") }
    if t.tm_sec < 0 || t.tm_sec > 61 { throw PyError.valueError("seconds out of range") }
    if t.tm_wday < 0 { throw PyError.valueError("day of week out of range") }
    if t.tm_yday < 0 || t.tm_yday > 365 { throw PyError.valueError("day of year out of range") }
  }

  static func currentLocal() -> tm {
    var now = time(nil)
    var t = tm()
    _ = localtime_r(&now, &t)
    return t
  }

  static func mktimeFunction(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.positional(a, "time.mktime", min: 1, max: 1)
    var t = try tmArgument(ts, a[0], "mktime")
    t.tm_wday = -1
    let r = mktime(&t)
    if r == -1 && t.tm_wday == -1 { throw PyError.overflowError("mktime argument out of range") }
    return .float(Double(r))
  }

  static func strftimeFunction(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try TupleArgs.check(a, "strftime", min: 1, max: 2)
    guard let format = a[0].as(PyStr.self) else {
      throw PyError.typeError("strftime() argument 1 must be str, not \(Protocols.typeName(a[0]))")
    }
    var t = a.count > 1 ? try tmArgument(ts, a[1], "strftime") : currentLocal()
    try checkTm(&t, forStrftime: true)
    if t.tm_isdst < -1 { t.tm_isdst = -1 } else if t.tm_isdst > 1 { t.tm_isdst = 1 }
    return .object(PyStr(formatTime(format.string, t)))
  }

  /// C `strftime` with a growing buffer.
  static func formatTime(_ fmt: String, _ t: tm) -> String {
    if fmt.isEmpty { return "" }
    var t = t
    var size = 256
    while size < 1 << 20 {
      var buf = [CChar](repeating: 0, count: size)
      let n = strftime(&buf, size, fmt, &t)
      if n > 0 || size > fmt.utf8.count * 64 {
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
      size *= 4
    }
    return ""
  }

  static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// `asctime` text: `Thu Jan  1 00:00:00 1970`.
  static func asctimeText(_ t: tm) -> String {
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
    return "\(dayNames[Int(t.tm_wday)]) \(monthNames[Int(t.tm_mon)]) \(day) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
  }

  static func asctime(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try TupleArgs.check(a, "asctime", min: 0, max: 1)
    var t = a.count > 0 ? try tmArgument(ts, a[0], "asctime") : currentLocal()
    try checkTm(&t, forStrftime: false)
    return .object(PyStr(asctimeText(t)))
  }

  static func ctime(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try TupleArgs.check(a, "ctime", min: 0, max: 1)
    var when = (a.count == 0 || a[0].isNone) ? time(nil) : try timestamp(ts, a[0])
    var t = tm()
    guard localtime_r(&when, &t) != nil else { throw PyError.overflowError("timestamp out of range for platform time_t") }
    return .object(PyStr(asctimeText(t)))
  }

  /// `(timezone, altzone, daylight, tzname)` as CPython's `init_timezone` computes them from
  /// January and July of the current year.
  static func zoneInfo() -> (Int, Int, Int, (String, String)) {
    var now = time(nil)
    var t = tm()
    _ = gmtime_r(&now, &t)
    let year = t.tm_year
    func probe(_ month: Int32) -> (Int, String) {
      var x = tm()
      x.tm_year = year
      x.tm_mon = month
      x.tm_mday = 1
      x.tm_isdst = -1
      var when = timegm(&x)
      var local = tm()
      _ = localtime_r(&when, &local)
      let name = local.tm_zone.map { String(cString: $0) } ?? ""
      return (-Int(local.tm_gmtoff), name)
    }
    let (jan, janName) = probe(0)
    let (jul, julName) = probe(6)
    if jan < jul {
      // Southern hemisphere: DST in January.
      return (jul, jan, jan != jul ? 1 : 0, (julName, janName))
    }
    return (jan, jul, jan != jul ? 1 : 0, (janName, julName))
  }

  // MARK: strptime

  static let fullMonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december"]
  static let fullDayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  /// `strptime(string, format)` for the common directives (%Y %y %m %d %H %I %M %S %f %p %b
  /// %B %a %A %j %z %Z(UTC/GMT/local names) %% and literal text); the result as
  /// `_strptime._strptime_time` computes it.
  static func strptime(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try TupleArgs.check(a, "strptime", min: 1, max: 2)
    guard let text = a[0].as(PyStr.self) else {
      throw PyError.typeError("strptime() argument 0 must be str, not \(Protocols.typeName(a[0]))")
    }
    let fmtValue: Value = a.count > 1 ? a[1] : .object(PyStr("%a %b %d %H:%M:%S %Y"))
    guard let fmt = fmtValue.as(PyStr.self) else {
      throw PyError.typeError("strptime() argument 1 must be str, not \(Protocols.typeName(fmtValue))")
    }
    let s = Array(text.string.unicodeScalars)
    let f = Array(fmt.string.unicodeScalars)
    var i = 0, j = 0
    var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, yday = -1, wday = -1
    var pm: Bool? = nil
    var gmtoff: Int? = nil
    var zone: String? = nil
    func mismatch() -> PyError {
      PyError.valueError("time data \((try? Protocols.reprString(ts, .object(text))) ?? "") does not match format \((try? Protocols.reprString(ts, .object(fmt))) ?? "")")
    }
    func number(_ maxDigits: Int) throws(PyError) -> Int {
      var n = 0, k = 0
      while k < maxDigits && i < s.count && s[i].value >= 48 && s[i].value <= 57 {
        n = n * 10 + Int(s[i].value - 48); i += 1; k += 1
      }
      if k == 0 { throw mismatch() }
      return n
    }
    func name(_ options: [String], prefixLength: Int?) throws(PyError) -> Int {
      let rest = String(String.UnicodeScalarView(s[i...])).lowercased()
      for (k, full) in options.enumerated() {
        if rest.hasPrefix(full) { i += full.unicodeScalars.count; return k }
      }
      if let p = prefixLength {
        for (k, full) in options.enumerated() {
          let abbr = String(full.prefix(p))
          if rest.hasPrefix(abbr) { i += p; return k }
        }
      }
      throw mismatch()
    }
    while j < f.count {
      let c = f[j]
      if c == "%" && j + 1 < f.count {
        let d = f[j + 1]
        j += 2
        switch d {
        case "Y": year = try number(4)
        case "y":
          let y = try number(2)
          year = y < 69 ? 2000 + y : 1900 + y
        case "m": month = try number(2)
        case "d": day = try number(2)
        case "H": hour = try number(2)
        case "I": hour = try number(2)
        case "M": minute = try number(2)
        case "S": second = try number(2)
        case "f":
          let start = i
          var frac = try number(6)
          for _ in 0..<(6 - (i - start)) { frac *= 10 }
        case "j": yday = try number(3)
        case "p":
          let k = try name(["am", "pm"], prefixLength: nil)
          pm = k == 1
        case "b", "h": month = try name(fullMonthNames, prefixLength: 3) + 1
        case "B": month = try name(fullMonthNames, prefixLength: nil) + 1
        case "a": wday = try name(fullDayNames, prefixLength: 3)
        case "A": wday = try name(fullDayNames, prefixLength: nil)
        case "z":
          if i < s.count, s[i] == "Z" { i += 1; gmtoff = 0; break }
          guard i < s.count, s[i] == "+" || s[i] == "-" else { throw mismatch() }
          let sign = s[i] == "-" ? -1 : 1
          i += 1
          let hh = try number(2)
          if i < s.count, s[i] == ":" { i += 1 }
          let mm = try number(2)
          gmtoff = sign * (hh * 3600 + mm * 60)
        case "Z":
          let rest = String(String.UnicodeScalarView(s[i...]))
          var matched: String? = nil
          for z in ["UTC", "GMT"] where rest.uppercased().hasPrefix(z) { matched = z }
          guard let z = matched else { throw mismatch() }
          i += z.count
          zone = z
        case "%":
          guard i < s.count, s[i] == "%" else { throw mismatch() }
          i += 1
        default:
          throw PyError.valueError("'\(d)' is a bad directive in format '\(fmt.string)'")
        }
        continue
      }
      if c.properties.isWhitespace {
        while i < s.count && s[i].properties.isWhitespace { i += 1 }
        j += 1
        continue
      }
      guard i < s.count, String(s[i]).lowercased() == String(c).lowercased() else { throw mismatch() }
      i += 1
      j += 1
    }
    if i < s.count {
      throw PyError.valueError("unconverted data remains: \(String(String.UnicodeScalarView(s[i...])))")
    }
    if let pm {
      if pm && hour != 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
    }
    func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    if yday > 0 && month == 1 && day == 1 {
      var m = 0
      while m < 11 && yday > cumulative[m + 1] + (m + 1 >= 2 && isLeap(year) ? 1 : 0) { m += 1 }
      month = m + 1
      day = yday - cumulative[m] - (m >= 2 && isLeap(year) ? 1 : 0)
    }
    guard month >= 1 && month <= 12 else { throw mismatch() }
    let computedYday = cumulative[month - 1] + day + (month > 2 && isLeap(year) ? 1 : 0)
    // Day of week by Zeller-like count from a known Monday (0001-01-01 is a Monday).
    let y = year - 1
    let days = y * 365 + y / 4 - y / 100 + y / 400 + computedYday - 1
    let computedWday = wday >= 0 && year == 1900 && month == 1 && day == 1 ? wday : days % 7
    let visible: [Value] = [.int(year), .int(month), .int(day), .int(hour), .int(minute), .int(second),
                            .int(computedWday), .int(computedYday), .int(gmtoff == nil && zone == nil ? -1 : 0)]
    return .object(StructSequence.make(structTime, visible, hidden: [zone.map { .object(PyStr($0)) } ?? .none,
                                                                    gmtoff.map { .int($0) } ?? .none]))
  }
}
