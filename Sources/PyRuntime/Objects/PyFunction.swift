/// A function defined in Python (`def`, `lambda`, comprehension bodies).
///
/// Owns its code, globals, defaults, closure cells and the usual dunder attributes.
/// Functions defined at module or class level are deferred (see `Value`): calling the same
/// function from many threads never touches a shared reference count. Nested functions
/// (closures) are ordinary counted objects, freed when the last reference goes.
public final class PyFunction: PyObject {
  /// Code objects are deferred (kept alive by the interpreter), so this is uncounted;
  /// `__code__` assignment replaces it (`replaceCode`).
  public private(set) unowned(unsafe) var code: PyCode
  public let globals: PyDict
  public let builtins: PyDict
  public var name: PyStr
  public var qualname: PyStr
  /// `__defaults__` (positional defaults), `__kwdefaults__`.
  public var defaults: PyTuple?
  public var kwdefaults: PyDict?
  /// `__closure__`: one cell per free variable of the code.
  public var closure: PyTuple?
  public var annotations: Value = .unbound
  public var doc: Value
  public var module: Value
  public var dict: PyDict?

  public init(code: PyCode, globals: PyDict, builtins: PyDict, qualname: PyStr) {
    self.code = code
    self.globals = globals
    self.builtins = builtins
    self.name = code.name
    self.qualname = qualname
    self.doc = .none
    self.module = globals.get("__name__") ?? .none
    super.init(type: BuiltinTypes.function)
  }

  /// `f.__code__ = c` (the caller checked the free variable count).
  public func replaceCode(_ c: PyCode) { code = c }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(.object(globals))
    if let defaults { visit(.object(defaults)) }
    if let kwdefaults { visit(.object(kwdefaults)) }
    if let closure { visit(.object(closure)) }
    visit(annotations)
    visit(doc)
    visit(module)
    if let dict { visit(.object(dict)) }
  }
}

/// A function implemented in Swift (`builtin_function_or_method`): builtins such as `len`,
/// functions of native modules, and builtin methods bound to an object (`[].append`).
public final class PyBuiltinFunction: PyObject {
  public typealias Body = (ThreadState, Args) throws(PyError) -> Value
  public typealias MethodBody = (ThreadState, Value, Args) throws(PyError) -> Value

  public let name: String
  public let qualnamePrefix: String?
  /// For a bound builtin method: the object it is bound to (`__self__`); `.unbound` otherwise.
  public let boundSelf: Value
  /// The module name (`__module__`) for module-level functions.
  public let moduleName: String?
  public let doc: String?
  let body: Body?
  let method: MethodBody?

  /// Whether a call counts against the recursion limit (" while calling a Python object").
  /// CPython 3.11 checks every builtin call until its call site is specialized; specialized
  /// calls of METH_O/METH_NOARGS functions keep the check, METH_FASTCALL ones (print, getattr,
  /// next…), `len` and `isinstance` lose it, and METH_VARARGS functions (min, max, dir, vars,
  /// sys.exit) are never specialized. Recursion is warm code: this follows the specialized case.
  public let checksRecursion: Bool

  /// The builtins and sys functions whose specialized calls still count (see `checksRecursion`).
  static let recursionCheckedBuiltins: Set<String> = [
    "abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "oct", "ord",
    "repr", "aiter", "globals", "locals", "dir", "vars", "max", "min",
  ]
  static let recursionCheckedSys: Set<String> = [
    "setrecursionlimit", "getrecursionlimit", "exit", "intern", "exc_info", "exception",
    "settrace", "setprofile", "gettrace", "getprofile", "getdefaultencoding",
    "getfilesystemencoding", "getrefcount", "getswitchinterval", "is_finalizing",
  ]

  public init(name: String, module: String? = nil, doc: String? = nil, _ body: @escaping Body) {
    self.name = name
    self.checksRecursion = module == "builtins" ? PyBuiltinFunction.recursionCheckedBuiltins.contains(name)
      : module == "sys" ? PyBuiltinFunction.recursionCheckedSys.contains(name) : false
    self.moduleName = module
    self.doc = doc
    self.body = body
    self.method = nil
    self.boundSelf = .unbound
    self.qualnamePrefix = nil
    super.init(type: BuiltinTypes.builtinFunction)
  }

  /// A builtin method bound to `boundSelf`.
  public init(name: String, qualnamePrefix: String, boundSelf: Value, doc: String?, _ method: @escaping MethodBody) {
    self.name = name
    self.checksRecursion = false
    self.moduleName = nil
    self.doc = doc
    self.body = nil
    self.method = method
    self.boundSelf = boundSelf
    self.qualnamePrefix = qualnamePrefix
    super.init(type: BuiltinTypes.builtinFunction)
  }

  @inline(__always)
  public func invoke(_ ts: ThreadState, _ args: Args) throws(PyError) -> Value {
    if let body { return try body(ts, args) }
    return try method!(ts, boundSelf, args)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(boundSelf)
  }
}

/// A method of a builtin type as found in the type's dict (`method_descriptor`, e.g.
/// `list.append`): binds to instances on attribute access; `loadMethod` calls it directly.
public final class PyMethodDescriptor: PyObject {
  public let name: String
  public unowned(unsafe) let owner: PyType
  public let doc: String?
  public let body: PyBuiltinFunction.MethodBody
  /// Class methods of builtin types (`dict.fromkeys`) bind to the class.
  public let isClassMethod: Bool
  /// A dunder made from a slot (`wrapper_descriptor`).
  public let isSlotWrapper: Bool

  public init(name: String, owner: PyType, doc: String?, isClassMethod: Bool = false, isSlotWrapper: Bool = false,
              _ body: @escaping PyBuiltinFunction.MethodBody) {
    self.name = name
    self.owner = owner
    self.doc = doc
    self.body = body
    self.isClassMethod = isClassMethod
    self.isSlotWrapper = isSlotWrapper
    super.init(type: isClassMethod ? BuiltinTypes.classMethodDescriptor
               : isSlotWrapper ? BuiltinTypes.wrapperDescriptor : BuiltinTypes.methodDescriptor)
    Deferral.retain(self)
  }
}

/// A Python function bound to an object (`method`): `obj.f` for a function `f` of the class.
public final class PyBoundMethod: PyObject {
  public let function: Value
  public let selfValue: Value

  public init(function: Value, selfValue: Value) {
    self.function = function
    self.selfValue = selfValue
    super.init(type: BuiltinTypes.method)
  }

  public override func traverse(_ visit: (Value) -> Void) {
    super.traverse(visit)
    visit(function)
    visit(selfValue)
  }
}
