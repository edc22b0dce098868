import CSupport
import PyRuntime

/// An instance of `_random.Random` (or of a Python subclass such as `random.Random`): owns one
/// Mersenne Twister generator.
public final class PyRandom: PyObject {
  var twister = MersenneTwister()

  override init(type: PyType) {
    super.init(type: type)
  }

  deinit { twister.deallocate() }
}

/// The `_random.Random` type (CPython Modules/_randommodule.c): seeding from None (system
/// entropy), ints (all bits of the absolute value) or any other hashable (its hash), `random()`,
/// `getrandbits(k)` for any k, and `getstate`/`setstate` as 625-tuples.
extension BuiltinTypes {
  public static let random: PyType = PyType.builtin("_random.Random", flags: [.baseType]) { t in
    t.qualname = "Random"
    t.dict.set("__doc__", .object(PyStr("Random() -> create a random number generator with its own internal state.")))
    func rng(_ v: Value) -> PyRandom { v.unsafeAs(PyRandom.self) }

    t.slots.new = { _, cls, _ in
      let r = PyRandom(type: cls)
      if cls !== BuiltinTypes.random { NativeTypeSupport.prepareInstance(r, cls) }
      return .object(r)
    }
    t.slots.initialize = { ts, v, a throws(PyError) in
      // Keywords are refused unless a subclass brings its own __init__ (random_init).
      if RandomSeeding.usesNativeInit(Protocols.typeOf(v)) { try ArgParser.noKeywords(a, "Random") }
      let n = a.positionalCount
      if n > 1 { throw PyError.typeError("Random() requires 0 or 1 argument") }
      try RandomSeeding.seed(ts, rng(v), n == 1 ? a[0] : .none)
    }

    t.addMethod("random", doc: "random() -> x in the interval [0, 1).") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "Random.random", min: 0, max: 0)
      return .float(rng(v).twister.nextDouble())
    }
    t.addMethod("seed", doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.") { ts, v, a throws(PyError) in
      try PositionalCheck.check(a, "seed", qualname: "Random.seed", min: 0, max: 1)
      try RandomSeeding.seed(ts, rng(v), a.count == 1 ? a[0] : .none)
      return .none
    }
    t.addMethod("getstate", doc: "getstate() -> tuple containing the current state.") { _, v, a throws(PyError) in
      try ArgParser.positional(a, "Random.getstate", min: 0, max: 0)
      let tw = rng(v).twister
      var items: [Value] = []
      items.reserveCapacity(MersenneTwister.n + 1)
      for i in 0..<MersenneTwister.n { items.append(.int(Int(tw.mt[i]))) }
      items.append(.int(tw.index))
      return .object(PyTuple(items))
    }
    t.addMethod("setstate", doc: "setstate(state) -> None.  Restores generator state.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "Random.setstate", min: 1, max: 1)
      try RandomSeeding.setState(ts, rng(v), a[0])
      return .none
    }
    t.addMethod("getrandbits", doc: "getrandbits(k) -> x.  Generates an int with k random bits.") { ts, v, a throws(PyError) in
      try ArgParser.positional(a, "Random.getrandbits", min: 1, max: 1)
      let k = try RandomSeeding.cInt(ts, a[0])
      if k < 0 { throw PyError.valueError("number of bits must be non-negative") }
      return try RandomSeeding.randomBits(rng(v), k)
    }
  }
}
