/// The builtin types, created once per process by `CoreTypes` and immutable afterwards (they are
/// shared by all interpreters, like CPython's static types). Types added by later files declare
/// themselves in `extension BuiltinTypes { static let … = PyType.builtin(…) }`.
public enum BuiltinTypes {
  /// The bootstrap set: created together because they refer to each other.
  public static let core = CoreTypes()

  @inline(__always) public static var type: PyType { core.type }
  @inline(__always) public static var object: PyType { core.object }
  @inline(__always) public static var dict: PyType { core.dict }
  @inline(__always) public static var str: PyType { core.str }
  @inline(__always) public static var tuple: PyType { core.tuple }
  @inline(__always) public static var list: PyType { core.list }
  @inline(__always) public static var int: PyType { core.int }
  @inline(__always) public static var bool: PyType { core.bool }
  @inline(__always) public static var float: PyType { core.float }
  @inline(__always) public static var complex: PyType { core.complex }
  @inline(__always) public static var bytes: PyType { core.bytes }
  @inline(__always) public static var set: PyType { core.set }
  @inline(__always) public static var frozenset: PyType { core.frozenset }
  @inline(__always) public static var noneType: PyType { core.noneType }
  @inline(__always) public static var notImplementedType: PyType { core.notImplementedType }
  @inline(__always) public static var ellipsisType: PyType { core.ellipsisType }
  @inline(__always) public static var function: PyType { core.function }
  @inline(__always) public static var builtinFunction: PyType { core.builtinFunction }
  @inline(__always) public static var methodDescriptor: PyType { core.methodDescriptor }
  @inline(__always) public static var classMethodDescriptor: PyType { core.classMethodDescriptor }
  @inline(__always) public static var method: PyType { core.method }
  @inline(__always) public static var code: PyType { core.code }
  @inline(__always) public static var module: PyType { core.module }
  @inline(__always) public static var cell: PyType { core.cell }
  @inline(__always) public static var frame: PyType { core.frame }
  @inline(__always) public static var traceback: PyType { core.traceback }
  @inline(__always) public static var generator: PyType { core.generator }
  @inline(__always) public static var coroutine: PyType { core.coroutine }
  @inline(__always) public static var asyncGenerator: PyType { core.asyncGenerator }
  @inline(__always) public static var exceptions: ExceptionTypes { core.exceptions }
  @inline(__always) public static var wrapperDescriptor: PyType { core.wrapperDescriptor }
  @inline(__always) public static var getsetDescriptor: PyType { core.getsetDescriptor }
  @inline(__always) public static var memberDescriptor: PyType { core.memberDescriptor }
  @inline(__always) public static var staticmethod: PyType { core.staticmethod }
  @inline(__always) public static var classmethod: PyType { core.classmethod }
  @inline(__always) public static var property: PyType { core.property }
}

/// Creates the core builtin types in dependency order, then lets each type's file install its
/// methods and slots (`installSlots…`/`install…Methods` functions).
public final class CoreTypes {
  public let type: PyType
  public let object: PyType
  public let dict: PyType
  public let str: PyType
  public let tuple: PyType
  public let list: PyType
  public let int: PyType
  public let bool: PyType
  public let float: PyType
  public let complex: PyType
  public let bytes: PyType
  public let set: PyType
  public let frozenset: PyType
  public let noneType: PyType
  public let notImplementedType: PyType
  public let ellipsisType: PyType
  public let function: PyType
  public let builtinFunction: PyType
  public let methodDescriptor: PyType
  public let classMethodDescriptor: PyType
  public let method: PyType
  public let code: PyType
  public let module: PyType
  public let cell: PyType
  public let frame: PyType
  public let traceback: PyType
  public let generator: PyType
  public let coroutine: PyType
  public let asyncGenerator: PyType
  public let wrapperDescriptor: PyType
  public let getsetDescriptor: PyType
  public let memberDescriptor: PyType
  public let staticmethod: PyType
  public let classmethod: PyType
  public let property: PyType
  public private(set) var exceptions: ExceptionTypes! = nil

  public private(set) var notImplemented: PySingleton! = nil
  public private(set) var ellipsis: PySingleton! = nil
  public private(set) var emptyTuple: PyTuple! = nil

  init() {
    // `type`, `object` and `dict` refer to each other: build them with placeholder links,
    // then patch.
    let placeholder = unsafeBitCast(0 as Int, to: PyType.self)
    let typeDict = PyDict(type: placeholder)
    let objectDict = PyDict(type: placeholder)
    let dictDict = PyDict(type: placeholder)
    let typeT = PyType(metatype: nil, name: "type", base: nil, bases: [], flags: [.baseType, .typeSubclass], dict: typeDict)
    typeT.type = typeT
    let objectT = PyType(metatype: typeT, name: "object", base: nil, bases: [], flags: [.baseType], dict: objectDict)
    typeT.base = objectT
    typeT.bases = [objectT]
    let dictT = PyType(metatype: typeT, name: "dict", base: objectT, bases: [objectT], flags: [.baseType, .dictSubclass, .mapping], dict: dictDict)
    typeDict.type = dictT
    objectDict.type = dictT
    dictDict.type = dictT
    objectT.mro = [objectT]
    typeT.mro = [typeT, objectT]
    dictT.mro = [dictT, objectT]
    self.type = typeT
    self.object = objectT
    self.dict = dictT

    func make(_ name: String, _ base: PyType? = nil, _ flags: TypeFlags = [.baseType]) -> PyType {
      let b = base ?? objectT
      let t = PyType(metatype: typeT, name: name, base: b, bases: [b], flags: flags, dict: PyDict(type: dictT))
      t.mro = [t] + b.mro
      return t
    }
    str = make("str", nil, [.baseType, .unicodeSubclass])
    tuple = make("tuple", nil, [.baseType, .tupleSubclass, .sequence])
    list = make("list", nil, [.baseType, .listSubclass, .sequence])
    int = make("int", nil, [.baseType, .longSubclass])
    bool = make("bool", int, [.longSubclass])
    float = make("float")
    complex = make("complex")
    bytes = make("bytes", nil, [.baseType, .bytesSubclass])
    set = make("set")
    frozenset = make("frozenset")
    noneType = make("NoneType", nil, [])
    notImplementedType = make("NotImplementedType", nil, [])
    ellipsisType = make("ellipsis", nil, [])
    function = make("function", nil, [])
    builtinFunction = make("builtin_function_or_method", nil, [])
    methodDescriptor = make("method_descriptor", nil, [])
    classMethodDescriptor = make("classmethod_descriptor", nil, [])
    method = make("method", nil, [])
    code = make("code", nil, [])
    module = make("module")
    cell = make("cell", nil, [])
    frame = make("frame", nil, [])
    traceback = make("traceback", nil, [])
    generator = make("generator", nil, [])
    coroutine = make("coroutine", nil, [])
    asyncGenerator = make("async_generator", nil, [])
    wrapperDescriptor = make("wrapper_descriptor", nil, [])
    getsetDescriptor = make("getset_descriptor", nil, [])
    memberDescriptor = make("member_descriptor", nil, [])
    staticmethod = make("staticmethod", nil, [.baseType])
    classmethod = make("classmethod", nil, [.baseType])
    property = make("property", nil, [.baseType])
    str.kind = .str
    int.kind = .int
    float.kind = .float
    bool.kind = .bool
    list.kind = .list
    tuple.kind = .tuple
    dictT.kind = .dict
    function.kind = .function
    builtinFunction.kind = .builtinFunction
    methodDescriptor.kind = .methodDescriptor
    wrapperDescriptor.kind = .methodDescriptor
    method.kind = .boundMethod
    typeT.kind = .type
    // Everything above exists: now objects of these types can be made.
    notImplemented = PySingleton(name: "NotImplemented", type: notImplementedType)
    ellipsis = PySingleton(name: "Ellipsis", type: ellipsisType)
    let empty = PyTuple([], type: tuple)
    Deferral.retain(empty)
    emptyTuple = empty
    exceptions = ExceptionTypes(make: make)
  }
}
