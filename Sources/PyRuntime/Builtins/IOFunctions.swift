/// The builtins that talk to streams (CPython's Python/bltinmodule.c): `print`, `input`,
/// and `open`.
enum IOFunctions {
  static let all: [(String, PyBuiltinFunction.Body)] = [
    ("print", print), ("input", input), ("open", FileOpening.open),
  ]

  /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
  static func print(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    let kw = try KeywordOptions.pick(args, "print", ["sep", "end", "file", "flush"])
    let sep = kw[0] ?? .none, end = kw[1] ?? .none
    var file = kw[2] ?? .none
    if file.isNone {
      file = ts.interpreter.sys.dict.get("stdout") ?? .none
      // sys.stdout may be None when FILE* stdout isn't connected.
      if file.isNone { return .none }
    }
    if !sep.isNone && sep.as(PyStr.self) == nil {
      throw PyError.typeError("sep must be None or a string, not \(Protocols.typeName(sep))")
    }
    if !end.isNone && end.as(PyStr.self) == nil {
      throw PyError.typeError("end must be None or a string, not \(Protocols.typeName(end))")
    }
    let sepStr = sep.as(PyStr.self) ?? PyStr.intern(" ")
    let endStr = end.as(PyStr.self) ?? PyStr.intern("\n")
    let flush = try kw[3].map { v throws(PyError) in try Protocols.isTrue(ts, v) } ?? false
    if let stream = file.as(PyTextFile.self), stream.type === BuiltinTypes.textIOWrapper {
      for i in 0..<args.positionalCount {
        if i > 0 { try stream.writeText(sepStr) }
        try stream.writeText(try Protocols.str(ts, args[i]))
      }
      try stream.writeText(endStr)
      if flush { try stream.buffer.flushWrites() }
      return .none
    }
    let write = try Protocols.getAttr(ts, file, PyStr.intern("write"))
    for i in 0..<args.positionalCount {
      if i > 0 { _ = try Protocols.call(ts, write, [.object(sepStr)]) }
      _ = try Protocols.call(ts, write, [.object(try Protocols.str(ts, args[i]))])
    }
    _ = try Protocols.call(ts, write, [.object(endStr)])
    if flush {
      _ = try Protocols.call(ts, try Protocols.getAttr(ts, file, PyStr.intern("flush")), [])
    }
    return .none
  }

  /// `input(prompt='')`: writes the prompt to sys.stdout, reads a line from sys.stdin.
  static func input(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    try ArgParser.positional(args, "input", min: 0, max: 1)
    let sys = ts.interpreter.sys.dict
    let stdin = sys.get("stdin") ?? .none
    let stdout = sys.get("stdout") ?? .none
    let stderr = sys.get("stderr") ?? .none
    if stdin.isNone { throw PyError.runtimeError("input(): lost sys.stdin") }
    if stdout.isNone { throw PyError.runtimeError("input(): lost sys.stdout") }
    if stderr.isNone { throw PyError.runtimeError("input(): lost sys.stderr") }
    if let flush = try? Protocols.getAttrOptional(ts, stderr, PyStr.intern("flush")) {
      _ = try? Protocols.call(ts, flush, [])
    }
    if args.count == 1 && !args[0].isNone {
      let prompt = try Protocols.str(ts, args[0])
      _ = try Protocols.call(ts, try Protocols.getAttr(ts, stdout, PyStr.intern("write")), [.object(prompt)])
    }
    _ = try Protocols.call(ts, try Protocols.getAttr(ts, stdout, PyStr.intern("flush")), [])
    let line = try Protocols.call(ts, try Protocols.getAttr(ts, stdin, PyStr.intern("readline")), [])
    guard let s = line.as(PyStr.self) else {
      throw PyError.typeError("object.readline() returned non-string")
    }
    if s.count == 0 { throw PyError.make(BuiltinTypes.exceptions.eofError, "EOF when reading a line") }
    if s[s.count - 1] == 0x0A { return .object(StrOps.substring(s, 0, s.count - 1)) }
    return .object(s)
  }
}
