/// Creating and filling builtin types: the factory for types declared outside the core set,
/// and the helpers every type's file uses to add methods, properties and slots.
extension PyType {
  /// A new builtin type `name` deriving from `base`; `setup` installs its slots and methods.
  /// Slots not set by `setup` are inherited from `base`.
  public static func builtin(_ name: String, base: PyType? = nil, flags: TypeFlags = [],
                             setup: (PyType) -> Void) -> PyType {
    // Builtin types made here inherit from already installed core types: they must not be
    // touched while `BuiltinTypes.installAll()` runs (only inside the closures it installs).
    let b = base ?? BuiltinTypes.object
    let t = PyType(metatype: BuiltinTypes.type, name: name, base: b, bases: [b], flags: flags, dict: PyDict())
    t.mro = [t] + b.mro
    setup(t)
    t.addSlotWrappers()
    t.slots.inherit(from: b.slots)
    return t
  }

  /// Adds a method (`method_descriptor`) to the type's dict.
  public func addMethod(_ name: String, doc: String? = nil, _ body: @escaping PyBuiltinFunction.MethodBody) {
    dict.set(name, Value(PyMethodDescriptor(name: name, owner: self, doc: doc, body)))
  }

  /// Adds a class method (`classmethod_descriptor`, e.g. `dict.fromkeys`): `self` is the class.
  public func addClassMethod(_ name: String, doc: String? = nil, _ body: @escaping PyBuiltinFunction.MethodBody) {
    dict.set(name, Value(PyMethodDescriptor(name: name, owner: self, doc: doc, isClassMethod: true, body)))
  }

  /// Adds a static method.
  public func addStaticMethod(_ name: String, doc: String? = nil, _ body: @escaping PyBuiltinFunction.Body) {
    let f = PyBuiltinFunction(name: name, doc: doc, body)
    Deferral.retain(f)
    dict.set(name, .object(PyStaticMethod(function: Value(f))))
  }

  /// Adds a computed attribute (`getset_descriptor`).
  public func addProperty(_ name: String, doc: String? = nil,
                          get: @escaping (ThreadState, Value) throws(PyError) -> Value,
                          set: ((ThreadState, Value, Value?) throws(PyError) -> Void)? = nil) {
    dict.set(name, Value(PyGetSetDescriptor(name: name, owner: self, doc: doc, get: get, set: set)))
  }

  /// Sets a binary number slot (with an identity private to this type and operator).
  public func setBinary(_ op: BinaryOp, _ fn: @escaping TypeSlots.Binary) {
    slots.binary[op.rawValue] = BinarySlot(id: PyType.nextSlotId(), fn)
  }

  public func setInplace(_ op: BinaryOp, _ fn: @escaping TypeSlots.Binary) {
    slots.inplace[op.rawValue] = BinarySlot(id: PyType.nextSlotId(), fn)
  }

  private static let slotIds = AtomicCounter(100)
  static func nextSlotId() -> Int { slotIds.next() }
}

extension TypeSlots {
  /// Fills every slot that is not set from `base` (CPython's `inherit_slots`).
  public mutating func inherit(from base: TypeSlots) {
    if repr == nil { repr = base.repr }
    if str == nil { str = base.str }
    if hash == nil && !hashIsNone { hash = base.hash; hashIsNone = base.hashIsNone }
    if richCompare == nil { richCompare = base.richCompare }
    if getAttribute == nil { getAttribute = base.getAttribute }
    if getAttrFallback == nil { getAttrFallback = base.getAttrFallback }
    if setAttribute == nil { setAttribute = base.setAttribute }
    if call == nil { call = base.call }
    if iter == nil { iter = base.iter }
    if next == nil { next = base.next }
    if descrGet == nil { descrGet = base.descrGet }
    if descrSet == nil { descrSet = base.descrSet }
    if new == nil { new = base.new }
    if initialize == nil { initialize = base.initialize }
    if finalize == nil { finalize = base.finalize }
    if bool == nil { bool = base.bool }
    if length == nil { length = base.length }
    if getItem == nil { getItem = base.getItem }
    if setItem == nil { setItem = base.setItem }
    if contains == nil { contains = base.contains }
    for i in 0..<binary.count where binary[i] == nil { binary[i] = base.binary[i] }
    for i in 0..<inplace.count where inplace[i] == nil { inplace[i] = base.inplace[i] }
    if sequenceConcat == nil { sequenceConcat = base.sequenceConcat }
    if sequenceInplaceConcat == nil { sequenceInplaceConcat = base.sequenceInplaceConcat }
    if sequenceRepeat == nil { sequenceRepeat = base.sequenceRepeat }
    if sequenceInplaceRepeat == nil { sequenceInplaceRepeat = base.sequenceInplaceRepeat }
    if ternaryPow == nil { ternaryPow = base.ternaryPow }
    if negative == nil { negative = base.negative }
    if positive == nil { positive = base.positive }
    if absolute == nil { absolute = base.absolute }
    if invert == nil { invert = base.invert }
    if index == nil { index = base.index }
    if int == nil { int = base.int }
    if float == nil { float = base.float }
  }
}
