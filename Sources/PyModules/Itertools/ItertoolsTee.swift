import PyRuntime

/// `itertools.tee` and its `_tee` iterators: the iterators share one source and a linked
/// list of buffered chunks; each holds its own position, and chunks every iterator has passed
/// are freed.
enum ItertoolsTee {
  static let chunkCapacity = 57

  /// The buffered values: one chunk of the list.
  final class Chunk {
    var values: [Value] = []
    var next: Chunk?
  }

  /// What the iterators of one tee share.
  final class Source {
    let iterator: Value
    var running = false

    init(_ iterator: Value) { self.iterator = iterator }
  }

  /// `tee(iterable, n=2)`.
  static func tee(_ ts: ThreadState, _ a: Args) throws(PyError) -> Value {
    try ArgParser.noKeywords(a, "itertools.tee")
    try PositionalCheck.count(a.count, "tee", min: 1, max: 2)
    let n = a.count > 1 ? try Protocols.indexAsInt(ts, a[1]) : 2
    if n < 0 { throw PyError.valueError("n must be >= 0") }
    if n == 0 { return .object(PyTuple.empty) }
    let it = try Protocols.getIter(ts, a[0])
    var out: [Value] = []
    if let copy = try Protocols.getAttrOptional(ts, it, PyStr.intern("__copy__")) {
      out.append(it)
      for _ in 1..<n { out.append(try Protocols.call(ts, copy, [])) }
    } else {
      let first = TeeIterator(source: Source(it), chunk: Chunk(), index: 0)
      out.append(.object(first))
      for _ in 1..<n { out.append(.object(first.copy())) }
    }
    return .object(PyTuple(out))
  }
}

/// `itertools._tee`: one of the iterators `tee()` returns.
final class TeeIterator: ItertoolsIterator {
  let source: ItertoolsTee.Source
  var chunk: ItertoolsTee.Chunk
  var index: Int

  init(source: ItertoolsTee.Source, chunk: ItertoolsTee.Chunk, index: Int) {
    self.source = source
    self.chunk = chunk
    self.index = index
    super.init(type: BuiltinTypes.itertoolsTee)
  }

  override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(source.iterator)
    var c: ItertoolsTee.Chunk? = chunk
    while let k = c {
      for v in k.values { visit(v) }
      c = k.next
    }
  }

  func copy() -> TeeIterator {
    TeeIterator(source: source, chunk: chunk, index: index)
  }

  override func next(_ ts: ThreadState) throws(PyError) -> Value? {
    while true {
      if index < chunk.values.count {
        let v = chunk.values[index]
        index += 1
        return v
      }
      if chunk.values.count < ItertoolsTee.chunkCapacity {
        // At the end of what is buffered: read on.
        if source.running { throw PyError.runtimeError("cannot re-enter the tee iterator") }
        source.running = true
        defer { source.running = false }
        guard let v = try Protocols.next(ts, source.iterator) else { return nil }
        if index < chunk.values.count {
          // Another iterator of this tee buffered values meanwhile (through the source).
          chunk.values.append(v)
          continue
        }
        chunk.values.append(v)
        index += 1
        return v
      }
      if chunk.next == nil { chunk.next = ItertoolsTee.Chunk() }
      chunk = chunk.next!
      index = 0
    }
  }
}

extension BuiltinTypes {
  public static let itertoolsTee: PyType = PyType.builtin("itertools._tee") { t in
    t.qualname = "_tee"
    t.dict.set("__doc__", .object(PyStr("Iterator wrapped to make it copyable.")))
    t.slots.new = { ts, _, a throws(PyError) in
      try ArgParser.noKeywords(a, "_tee")
      try PositionalCheck.count(a.count, "_tee", min: 1, max: 1)
      let it = try Protocols.getIter(ts, a[0])
      if let tee = it.as(TeeIterator.self) { return .object(tee.copy()) }
      return .object(TeeIterator(source: ItertoolsTee.Source(it), chunk: ItertoolsTee.Chunk(), index: 0))
    }
    t.slots.iter = { _, v in v }
    t.slots.next = { ts, v throws(PyError) in try v.unsafeAs(TeeIterator.self).next(ts) }
    t.addMethod("__copy__", doc: "Returns an independent iterator.") { _, v, _ in
      .object(v.unsafeAs(TeeIterator.self).copy())
    }
  }

  public static let itertoolsTeeData: PyType = PyType.builtin("itertools._tee_dataobject") { t in
    t.qualname = "_tee_dataobject"
    t.dict.set("__doc__", .object(PyStr("teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.")))
  }
}
