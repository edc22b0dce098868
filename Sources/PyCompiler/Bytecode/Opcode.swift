/// The instruction set of swiftpy's register bytecode — the single source of truth for what
/// each instruction does. The compiler (`PyCompiler/CodeGen`) emits exactly these meanings and
/// the interpreter loop (`PyRuntime/VM`) implements them.
///
/// Notation: `R(x)` register x of the current frame, `K(x)` constant x, `N(x)` the x-th entry of
/// the code object's `names`, `L` a jump target (absolute index of an instruction word).
/// "unbound" is the state of a local before assignment / after `del`.
/// Any read register operand may carry the move flag (see `Instruction`): the compiler sets it
/// on the last use of a temporary, and the instruction then leaves that register unbound.
/// On an operand that names a run of registers (B of the build* instructions and buildSlice,
/// B of formatValue with its spec in B+1, C of importName with the level in C+1) the flag
/// moves the whole run. `noRegister` (0xFFFFF) has the B/C flag bit set: compare the raw
/// operand with it before stripping the flag.
/// An exception table entry (`ExceptionTableEntry`) sends an exception raised in its range to
/// the handler with the exception object in the entry's register; nothing else is implied
/// (the handled-exception state changes only through pushExcInfo/popExcept).
/// Instructions marked "+n cache" are followed by n inline cache words (zero when emitted).
///
/// Register file of a frame: `0 ..< nlocals` are the fast locals (`varnames`, parameters first),
/// then one register per cell variable and per free variable (`cellvars` then `freevars`) holding
/// the cell objects, then temporaries. A call's arguments are evaluated into consecutive
/// registers just above the caller's live registers: `R(A)` callee, `R(A+1)…` arguments; a Python
/// callee's register window starts at `R(A+1)`, so arguments land in its parameter registers
/// without copying.
public enum Opcode: UInt8, CaseIterable, Sendable {
  // MARK: Moves and constants
  /// Does nothing.
  case nop = 0
  /// `R(A) = R(B)`
  case move
  /// `R(A) = K(Bx)`
  case loadConst
  /// `R(A) = sBx` (a small int, no constant needed)
  case loadInt
  /// `R(A) = None`
  case loadNone
  /// `R(A) = True`
  case loadTrue
  /// `R(A) = False`
  case loadFalse
  /// If `R(A)` is unbound raise UnboundLocalError for local `varnames[B]`
  /// ("cannot access local variable 'x' where it is not associated with a value").
  case checkBound
  /// `del` of a fast local: like checkBound for `varnames[B]`, then make `R(A)` unbound.
  case deleteFast
  /// Make `R(A)` unbound without a check (end of `except ... as name:` blocks, comprehension cleanup).
  case clear

  // MARK: Names
  /// `R(A) = globals[N(B)]`, else `builtins[N(B)]`, else NameError. +2 cache
  case loadGlobal
  /// `globals[N(B)] = R(A)`
  case storeGlobal
  /// `del globals[N(B)]` (NameError if absent)
  case deleteGlobal
  /// `R(A) = locals[N(B)]`, else globals, else builtins, else NameError (module/class bodies, exec).
  case loadName
  /// `locals[N(B)] = R(A)`
  case storeName
  /// `del locals[N(B)]` (NameError if absent)
  case deleteName
  /// Class bodies reading a free variable: `R(A) = locals[N(C)]` if present, else the contents of
  /// the cell in `R(B)` (NameError for the free variable if empty).
  case loadClassDeref
  /// `R(A) = locals()` of a module/class body (the namespace mapping).
  case loadLocals

  // MARK: Cells (closures)
  /// `R(A) = new cell` holding `R(B)` (or empty when B == noRegister). Emitted at function
  /// entry for cell variables; a parameter that is also a cell is moved into its cell here.
  case makeCell
  /// `R(A) = contents of cell R(B)`; unbound → UnboundLocalError (cellvar) or NameError
  /// "cannot access free variable 'x' where it is not associated with a value in enclosing scope"
  /// (freevar). C = index into `cellvars + freevars` for the message.
  case loadDeref
  /// `contents of cell R(A) = R(B)`
  case storeDeref
  /// Empty the cell `R(A)` (error as loadDeref if already empty; C = index for the message).
  case deleteDeref

  // MARK: Attributes and items
  /// `R(A) = getattr(R(B), N(C))` +2 cache
  case loadAttr
  /// `setattr(R(A), N(B), R(C))` +2 cache
  case storeAttr
  /// `delattr(R(A), N(B))`
  case deleteAttr
  /// Method call set-up: `R(A) = function, R(A+1) = R(B)` when `N(C)` resolves to a plain method
  /// on the type; otherwise `R(A) = getattr(R(B), N(C))` and `R(A+1) = unbound`. Followed by
  /// `callMethod A ...`. +2 cache
  case loadMethod
  /// `R(A) = R(B)[R(C)]`
  case subscr
  /// `R(A)[R(B)] = R(C)`
  case storeSubscr
  /// `del R(A)[R(B)]`
  case deleteSubscr
  /// `R(A) = slice(R(B), R(B+1))` when C == 2, `slice(R(B), R(B+1), R(B+2))` when C == 3.
  case buildSlice

  // MARK: Operators — `R(A) = R(B) op R(C)` with Python's full dispatch (reflected operands,
  // NotImplemented, the exact TypeError messages).
  case add, sub, mul, matMul, trueDiv, floorDiv, mod, pow, lshift, rshift, and, or, xor
  /// In-place forms (`+=` …): try `__iadd__` first. `R(A) = R(B) op= R(C)`.
  case inplaceAdd, inplaceSub, inplaceMul, inplaceMatMul, inplaceTrueDiv, inplaceFloorDiv
  case inplaceMod, inplacePow, inplaceLshift, inplaceRshift, inplaceAnd, inplaceOr, inplaceXor
  /// `R(A) = -R(B)`, `+R(B)`, `~R(B)`, `not R(B)` (the last always a bool).
  case neg, pos, invert, not

  // MARK: Comparisons — `R(A) = R(B) op R(C)`
  case lt, le, eq, ne, gt, ge
  /// Identity tests; the result is a bool.
  case `is`, isNot
  /// Membership tests (`R(B) in R(C)`); the result is a bool.
  case contains, notContains

  // MARK: Control flow
  /// `goto Bx`
  case jump
  /// `if truthy(R(A)) goto Bx` (truthiness may call `__bool__`/`__len__` and raise)
  case jumpIfTrue
  /// `if !truthy(R(A)) goto Bx`
  case jumpIfFalse
  /// `if R(A) is None goto Bx`
  case jumpIfNone
  /// `if R(A) is not None goto Bx`
  case jumpIfNotNone

  // MARK: Iteration
  /// `R(A) = iter(R(B))`
  case getIter
  /// `R(B) = next(R(A))`, or when the iterator is exhausted `goto C`. A StopIteration raised by
  /// `__next__` counts as exhaustion; other exceptions propagate.
  case forIter

  // MARK: Calls and returns
  /// Call `R(A)` with the B values `R(A+1)…R(A+B)`; the last `len(K(C-1))` of them are keyword
  /// arguments named by the tuple constant `K(C-1)` (C == 0: no keywords). `R(A) = result`.
  /// Registers above A+B are scratch for the callee. The call consumes its operands: afterwards
  /// `R(A+1)…R(A+B)` are unbound. +1 cache
  case call
  /// Like `call` after `loadMethod A`: `R(A)` is the function and `R(A+1)` is `self` or unbound.
  /// When `R(A+1)` is unbound the B arguments start at `R(A+2)` and `R(A)` is called alone.
  /// +1 cache
  case callMethod
  /// `R(A) = R(A)(*R(A+1), **R(A+2))`; B == 0 means no keyword mapping (R(A+2) unused).
  /// `R(A+1)` is a tuple (the compiler builds it); `R(A+2)` a dict. Exception: for a call whose
  /// only positional argument is `*x`, `R(A+1)` is `x` itself, which the call converts with
  /// `tuple()` — TypeError "f() argument after * must be an iterable, not T" when it is not
  /// iterable, as CPython's CALL_FUNCTION_EX (`check_args_iterable`).
  case callEx
  /// Return `R(A)` from the frame.
  case `return`
  /// Return None from the frame.
  case returnNone

  // MARK: Building objects
  /// `R(A) = (R(B), …, R(B+C-1))`
  case buildTuple
  /// `R(A) = [R(B), …, R(B+C-1)]`
  case buildList
  /// `R(A) = {R(B), …, R(B+C-1)}`
  case buildSet
  /// `R(A) = {R(B): R(B+1), …}` with C key/value pairs
  case buildMap
  /// `R(A) = "".join(R(B) … R(B+C-1))` (all already str; f-strings)
  case buildString
  /// `R(A).append(R(B))` (list displays and comprehensions)
  case listAppend
  /// `R(A).add(R(B))`
  case setAdd
  /// `R(A)[R(B)] = R(C)` for dict displays/comprehensions
  case mapAdd
  /// `R(A).extend(R(B))` (starred items in displays); TypeError "Value after * must be an
  /// iterable, not T" as CPython words it.
  case listExtend
  /// `R(A).update(R(B))` for `{*a}` displays
  case setUpdate
  /// `R(A).update(R(B))` for `{**a}` displays ("'T' object is not a mapping")
  case dictUpdate
  /// `R(A).update(R(B))` for `f(**a)` calls: duplicate keys raise "f() got multiple values for
  /// keyword argument 'k'"; non-str keys "keywords must be strings". `R(C)` is the callee
  /// (for the function name in messages).
  case dictMerge
  /// `R(A) = tuple(R(B))` where R(B) is a list
  case listToTuple
  /// `R(A) … R(A+C-1) = R(B)` unpacked; exactly C items ("not enough values to unpack
  /// (expected C, got n)" / "too many values to unpack (expected C)" / "cannot unpack
  /// non-iterable T object").
  case unpackSequence
  /// Starred unpacking: C = before | after << 10. Fills `R(A)…R(A+before-1)`, then a list of the
  /// middle in `R(A+before)`, then `after` registers. Errors as CPython's UNPACK_EX.
  case unpackEx
  /// `R(A) = format(R(B) converted, spec)`: C & 3 is the conversion (0 none, 1 `!s`, 2 `!r`,
  /// 3 `!a`); when C & 4 the spec is `R(B+1)` (a str), else "".
  case formatValue

  // MARK: Functions and classes
  /// `R(A) = new function` from code constant `K(B)`. C is a bit set of the extra operands,
  /// taken in this order from consecutive registers `R(A+1)…`: 1 defaults tuple, 2 keyword-only
  /// defaults dict, 4 annotations (a dict, or a tuple of alternating names/values), 8 closure
  /// tuple of cells.
  case makeFunction
  /// `R(A) = builtins.__build_class__`
  case loadBuildClass
  /// Ensure `__annotations__` exists in the module/class namespace.
  case setupAnnotations

  // MARK: Imports
  /// `R(A) = __import__(N(B), globals, locals, fromlist=R(C), level=R(C+1))` (resolved as
  /// `importlib.__import__` does).
  case importName
  /// `R(A) = R(B).N(C)`, falling back to `sys.modules[f"{R(B).__name__}.{N(C)}"]`;
  /// ImportError "cannot import name 'x' from 'm' (path)" with CPython's variants.
  case importFrom
  /// `from R(A) import *` into the current namespace.
  case importStar

  // MARK: Exceptions
  /// `raise`: C == 0 re-raise the exception being handled ("No active exception to reraise");
  /// C == 1 `raise R(A)`; C == 2 `raise R(A) from R(B)`.
  case raise
  /// Re-raise the exception in `R(A)` without adding a traceback entry (end of handlers,
  /// finally blocks).
  case reraise
  /// Entering an exception handler: `R(A) = the currently handled exception (sys.exc_info()[1]
  /// or unbound/None)`, then the handled exception becomes `R(B)`.
  case pushExcInfo
  /// Leaving a handler: the handled exception becomes `R(A)` again.
  case popExcept
  /// `R(A) = isinstance(R(B), R(C))` for `except R(C):` — R(C) a class or tuple of classes;
  /// TypeError "catching classes that do not inherit from BaseException is not allowed".
  case checkExcMatch
  /// `except*`: split the exception (group) `R(B)` by `R(C)`: `R(A) = matched part or None`,
  /// `R(A+1) = the rest or None` (errors as CPython's CHECK_EG_MATCH). A match that is not
  /// None becomes the handled exception (what a bare `raise` in the clause re-raises), as
  /// CHECK_EG_MATCH's `PyErr_SetExcInfo`; the handler's popExcept restores the outer one.
  case checkEgMatch
  /// End of a `try/except*`: `R(A) = exception to re-raise or None`, combining the original
  /// `R(B)` with the list `R(C)` of raised/unhandled parts (CPython's PREP_RERAISE_STAR).
  case prepReraiseStar
  /// `R(A) = AssertionError` (the class)
  case loadAssertionError
  /// `with`: `R(A) = bound type(R(B)).__exit__`, `R(A+1) = type(R(B)).__enter__(R(B))`.
  /// TypeError "'T' object does not support the context manager protocol" as 3.11 words it.
  case beforeWith
  /// `async with`: like beforeWith with `__aexit__`/`__aenter__`; `R(A+1)` is the awaitable
  /// `__aenter__()` result.
  case beforeAsyncWith
  /// Exception inside a `with` body: `R(A) = R(B)(type(R(C)), R(C), R(C).__traceback__)`
  /// where R(B) is the bound `__exit__`.
  case withExceptStart

  // MARK: Generators and coroutines
  /// Suspend the frame yielding `R(B)`; when resumed, `R(A)` = the value sent in (None for
  /// `next()`); `throw()` raises at this point.
  case yieldValue
  /// `R(A) = iter(R(B))` for `yield from` (coroutines pass through unchanged; a coroutine in a
  /// non-coroutine generator is a TypeError).
  case getYieldFromIter
  /// Delegation step of `yield from`/`await`: send `R(A)` into the sub-iterator `R(B)`
  /// (`next()` when R(A) is None and R(B) is a plain iterator). If it yields, `R(A)` = the yielded
  /// value and execution falls through (to `yieldValue A A` and a jump back here). If it
  /// finishes, `R(A)` = its return value and `goto C`. Values thrown into the suspended frame
  /// are forwarded to R(B) as CPython's `gen_send_ex`/`_gen_throw` do: a frame suspended at a
  /// `yieldValue A A` whose previous instruction is `send A B C` is delegating to R(B) —
  /// `throw()` calls R(B).throw (a value it yields is yielded again, its StopIteration value
  /// goes to R(A) and execution continues at C, its exception is raised at the send), and
  /// `close()`/GeneratorExit first closes R(B).
  case send
  /// `R(A) = awaitable iterator of R(B)` (`__await__`); C = 0 plain `await`, 1 after
  /// `__aenter__`, 2 after `__aexit__` (selects CPython's error messages).
  case getAwaitable
  /// `R(A) = R(B).__aiter__()` with CPython's errors.
  case getAIter
  /// `R(A) = awaitable of R(B).__anext__()`.
  case getANext
  /// End of an `async for`: if `R(A)` is StopAsyncIteration, clear it and continue; else
  /// re-raise it.
  case endAsyncFor
  /// Wrap `R(A)` as the value an async generator yields.
  case asyncGenWrap

  // MARK: Pattern matching (match statement)
  /// `R(A) = isinstance(R(B), collections.abc.Mapping)` by type flags, as MATCH_MAPPING.
  case matchMapping
  /// `R(A) = R(B) is a sequence for matching` (not str/bytes/bytearray), as MATCH_SEQUENCE.
  case matchSequence
  /// `R(A) = tuple of values for keys tuple R(C) in mapping R(B)`, or None if any is missing.
  case matchKeys
  /// Class pattern: `R(A) = tuple of extracted attributes or None`; subject `R(B)`, class `R(C)`,
  /// followed by one data word: the number of positional sub-patterns (low 32 bits) and the
  /// register holding the tuple of keyword attribute names (high 32 bits). +1 cache
  case matchClass
  /// `R(A) = len(R(B))`
  case getLen
  /// `R(A) = dict(R(B))` without the keys in tuple `R(C)` (for `**rest`).
  case copyDictWithoutKeys

  // MARK: Interactive mode
  /// Print `repr(R(A))` via `sys.displayhook` (expression statements in 'single' mode).
  case printExpr

  /// Number of inline cache words that follow this opcode in the code array.
  public var cacheWords: Int {
    switch self {
    case .call, .callMethod, .matchClass: return 1
    case .loadGlobal, .loadAttr, .storeAttr, .loadMethod: return 2
    default: return 0
    }
  }

  /// True when B or Bx is a jump target of this instruction (C for forIter/send).
  public var jumpOperand: JumpOperand? {
    switch self {
    case .jump, .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone: return .bx
    case .forIter, .send: return .c
    default: return nil
    }
  }

  /// Which operand of an instruction holds its jump target.
  public enum JumpOperand: Sendable { case bx, c }

  /// The name `--dis` prints: the case name in upper snake case (`loadGlobal` → `LOAD_GLOBAL`).
  public var name: String {
    var out = ""
    for ch in String(describing: self).unicodeScalars {
      if ch.properties.isUppercase { out.append("_") }
      out.append(String(ch).uppercased())
    }
    return out
  }
}
