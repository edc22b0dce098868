import PyCompiler
import PySyntax

/// The Python-visible attributes of code objects (`co_*`, `co_lines()`, `co_positions()`,
/// `replace()`), frame objects (`f_*`) and tracebacks (`tb_*`) — CPython's
/// Objects/codeobject.c, frameobject.c and Python/traceback.c. Instruction offsets are shown
/// in CPython's units: two per instruction word (`tb_lasti`, `f_lasti`, `co_lines()`).
extension BuiltinTypes {
  /// Installs the types this layer completes (called once by `installAll`).
  static func installBuiltinsLayer() {
    OSErrors.install()
    SyntaxErrors.install()
    CodeAndFrameAttributes.installCode(core.code)
    CodeAndFrameAttributes.installFrame(core.frame)
    CodeAndFrameAttributes.installTraceback(core.traceback)
  }
}

enum CodeAndFrameAttributes {
  static func code(_ v: Value) -> PyCode { v.unsafeAs(PyCode.self) }

  static func names(_ a: [PyStr]) -> Value { .object(PyTuple(a.map { .object($0) })) }

  static func installCode(_ t: PyType) {
    t.addProperty("co_name") { _, v in .object(code(v).name) }
    t.addProperty("co_qualname") { _, v in .object(code(v).qualname) }
    t.addProperty("co_filename") { _, v in .object(code(v).filename) }
    t.addProperty("co_firstlineno") { _, v in .int(code(v).firstLineno) }
    t.addProperty("co_argcount") { _, v in .int(code(v).argCount) }
    t.addProperty("co_posonlyargcount") { _, v in .int(code(v).posOnlyArgCount) }
    t.addProperty("co_kwonlyargcount") { _, v in .int(code(v).kwOnlyArgCount) }
    t.addProperty("co_varnames") { _, v in names(code(v).varnames) }
    t.addProperty("co_cellvars") { _, v in names(code(v).cellvars) }
    t.addProperty("co_freevars") { _, v in names(code(v).freevars) }
    t.addProperty("co_names") { _, v in names(code(v).names) }
    t.addProperty("co_nlocals") { _, v in .int(code(v).varnames.count) }
    t.addProperty("co_stacksize") { _, v in .int(code(v).registerCount) }
    t.addProperty("co_flags") { _, v in .int(Int(code(v).codeFlags.rawValue)) }
    t.addProperty("co_consts") { _, v in
      let c = code(v)
      return .object(PyTuple(Array(UnsafeBufferPointer(start: c.constants, count: c.constantCount))))
    }
    t.addProperty("co_code") { _, v in
      let c = code(v)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(c.wordCount * 8)
      for i in 0..<c.wordCount {
        var w = c.words[i]
        for _ in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: w)); w >>= 8 }
      }
      return .object(PyBytes(bytes))
    }
    t.addMethod("co_lines") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "co_lines", min: 0, max: 0)
      let c = code(v)
      var out: [Value] = []
      var start = 0
      var current: Int? = nil
      for pc in 0..<c.wordCount {
        let p = c.position(at: pc)
        let line: Int? = p.lineno < 0 ? nil : Int(p.lineno)
        if pc > 0 && line != current {
          out.append(.object(PyTuple([.int(start * 2), .int(pc * 2), current.map { .int($0) } ?? .none])))
          start = pc
        }
        current = line
      }
      if c.wordCount > 0 {
        out.append(.object(PyTuple([.int(start * 2), .int(c.wordCount * 2), current.map { .int($0) } ?? .none])))
      }
      return try Protocols.getIter(ts, .object(PyList(out)))
    }
    t.addMethod("co_positions") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "co_positions", min: 0, max: 0)
      let c = code(v)
      var out: [Value] = []
      for pc in 0..<c.wordCount {
        let p = c.position(at: pc)
        func opt(_ x: Int32) -> Value { x < 0 ? .none : .int(Int(x)) }
        out.append(.object(PyTuple([opt(p.lineno), opt(p.endLineno), opt(p.colOffset), opt(p.endColOffset)])))
      }
      return try Protocols.getIter(ts, .object(PyList(out)))
    }
    t.addMethod("replace") { ts, v, a throws(PyError) in
      if a.positionalCount > 0 { throw PyError.typeError("replace() takes no positional arguments") }
      let old = code(v).unit
      let unit = CodeUnit(name: old.name, qualname: old.qualname, filename: old.filename, firstLineno: old.firstLineno)
      unit.argCount = old.argCount
      unit.posOnlyArgCount = old.posOnlyArgCount
      unit.kwOnlyArgCount = old.kwOnlyArgCount
      unit.flags = old.flags
      unit.varnames = old.varnames
      unit.cellvars = old.cellvars
      unit.freevars = old.freevars
      unit.names = old.names
      unit.constants = old.constants
      unit.code = old.code
      unit.positions = old.positions
      unit.exceptionTable = old.exceptionTable
      unit.registerCount = old.registerCount
      for (k, x) in a.keywords {
        func str() throws(PyError) -> String {
          guard let s = x.as(PyStr.self) else {
            throw PyError.typeError("replace() argument '\(k.string)' must be str, not \(Protocols.typeName(x))")
          }
          return s.string
        }
        switch k.string {
        case "co_name": unit.name = try str()
        case "co_qualname": unit.qualname = try str()
        case "co_filename": unit.filename = try str()
        case "co_firstlineno": unit.firstLineno = try Protocols.indexAsInt(ts, x)
        case "co_flags": unit.flags = CodeFlags(rawValue: UInt32(truncatingIfNeeded: try Protocols.indexAsInt(ts, x)))
        case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_code",
             "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable",
             "co_exceptiontable":
          throw PyError.notImplementedError("code.replace(\(k.string)=...) is not supported by swiftpy's register bytecode")
        default:
          throw PyError.typeError("'\(k.string)' is an invalid keyword argument for replace()")
        }
      }
      return Value(try PyCode(unit: unit, interpreter: ts.interpreter))
    }
    t.slots.repr = { _, v in
      let c = code(v)
      return .object(PyStr("<code object \(c.name.string) at \(Protocols.hexAddress(v)), file \"\(c.filename.string)\", line \(c.firstLineno)>"))
    }
  }

  // MARK: Frames

  static func frame(_ v: Value) -> PyFrameObject { v.unsafeAs(PyFrameObject.self) }

  /// The running frame a frame object stands for, if it is still on this thread's stack.
  static func liveFrame(_ ts: ThreadState, _ fo: PyFrameObject) -> UnsafeMutablePointer<Frame>? {
    var f = ts.currentFrame
    while let cur = f {
      if cur.pointee.frameObject === fo { return cur }
      f = cur.pointee.previous
    }
    return nil
  }

  static func installFrame(_ t: PyType) {
    t.addProperty("f_code") { _, v in Value(frame(v).code) }
    t.addProperty("f_globals") { _, v in .object(frame(v).globals) }
    t.addProperty("f_builtins") { ts, v in
      let g = frame(v).globals
      return .object(ts.builtinsFor(g))
    }
    t.addProperty("f_back") { ts, v in
      // A running frame's caller is whatever runs it now (a resumed generator's frame moves).
      let fo = frame(v)
      if let f = liveFrame(ts, fo) { return f.pointee.previous.map { .object(ts.frameObject(for: $0)) } ?? .none }
      return fo.back.map { .object($0) } ?? .none
    }
    t.addProperty("f_lineno") { ts, v in
      let fo = frame(v)
      if let f = liveFrame(ts, fo) { return .int(f.pointee.lineno) }
      return .int(fo.lineno)
    }
    t.addProperty("f_lasti") { ts, v in
      let fo = frame(v)
      if let f = liveFrame(ts, fo) { return .int(f.pointee.pc * 2) }
      return .int(fo.pc * 2)
    }
    t.addProperty("f_locals") { ts, v throws(PyError) in
      let fo = frame(v)
      if let f = liveFrame(ts, fo) { return try FrameLocals.locals(ts, f) }
      if fo.locals.isUnbound { fo.locals = .object(PyDict()) }
      return fo.locals
    }
    t.addProperty("f_trace", get: { _, v in frame(v).extra?.dict?.get("f_trace") ?? .none },
                  set: { _, v, nv in
                    let fo = frame(v)
                    if fo.extra == nil { fo.extra = InstanceExtras(dict: PyDict(), slotCount: 0) }
                    fo.extra!.dict!.set("f_trace", nv ?? .none)
                  })
    t.addProperty("f_trace_lines") { _, _ in .bool(true) }
    t.addProperty("f_trace_opcodes") { _, _ in .bool(false) }
    t.addMethod("clear") { ts, v, _ throws(PyError) in
      if liveFrame(ts, frame(v)) != nil { throw PyError.runtimeError("cannot clear an executing frame") }
      frame(v).locals = .unbound
      return .none
    }
    t.slots.repr = { ts, v in
      let fo = frame(v)
      let line = liveFrame(ts, fo)?.pointee.lineno ?? fo.lineno
      return .object(PyStr("<frame at \(Protocols.hexAddress(v)), file '\(fo.code.filename.string)', line \(line), code \(fo.code.name.string)>"))
    }
  }

  // MARK: Tracebacks

  static func installTraceback(_ t: PyType) {
    func tb(_ v: Value) -> PyTraceback { v.unsafeAs(PyTraceback.self) }
    // types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) (tb_new: clinic 'OO!ii').
    t.slots.new = { ts, _, args throws(PyError) in
      let a = try ClinicSignature("TracebackType", ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
                                  minPos: 4).bind(args)
      guard let frame = a[1]!.as(PyFrameObject.self) else {
        throw PyError.typeError("TracebackType() argument 'tb_frame' must be frame, not \(a[1]!.isNone ? "None" : Protocols.typeName(a[1]!))")
      }
      func cInt(_ v: Value) throws(PyError) -> Int {
        let i = try Protocols.index(ts, v)
        guard case .int(let n) = i, n >= Int(Int32.min), n <= Int(Int32.max) else {
          throw PyError.make(BuiltinTypes.exceptions.overflowError, "Python int too large to convert to C int")
        }
        return n
      }
      let lasti = try cInt(a[2]!)
      var lineno = try cInt(a[3]!)
      var next: PyTraceback? = nil
      if !a[0]!.isNone {
        guard let n = a[0]!.as(PyTraceback.self) else {
          throw PyError.typeError("expected traceback object or None, got '\(Protocols.typeName(a[0]!))'")
        }
        next = n
      }
      // Our instruction words are CPython's two-byte code units halved (see tb_lasti).
      let pc = lasti >= 0 ? lasti / 2 : -1
      if lineno == -1 { lineno = Int(frame.code.position(at: pc).lineno) }
      return .object(PyTraceback(next: next, frame: frame, pc: pc, lineno: lineno))
    }
    t.addMethod("__dir__") { _, _, a throws(PyError) in
      try ArgParser.positional(a, "__dir__", min: 0, max: 0)
      return .object(PyList(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].map { .object(PyStr($0)) }))
    }
    t.addProperty("tb_frame") { _, v in .object(tb(v).frame) }
    t.addProperty("tb_lineno") { _, v in .int(tb(v).lineno) }
    t.addProperty("tb_lasti") { _, v in .int(tb(v).pc < 0 ? -1 : tb(v).pc * 2) }
    t.addProperty("tb_next", get: { _, v in tb(v).next.map { .object($0) } ?? .none }, set: { _, v, nv throws(PyError) in
      guard let nv else { throw PyError.typeError("can't delete tb_next attribute") }
      if nv.isNone { tb(v).next = nil; return }
      guard let n = nv.as(PyTraceback.self) else {
        throw PyError.typeError("expected traceback object, got '\(Protocols.typeName(nv))'")
      }
      var cursor: PyTraceback? = n
      while let c = cursor {
        if c === tb(v) { throw PyError.valueError("traceback loop detected") }
        cursor = c.next
      }
      tb(v).next = n
    })
  }
}
