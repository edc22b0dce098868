# xfail: bound slot wrappers are builtin_function_or_method (no method-wrapper type); function.__code__ is read-only so types.coroutine cannot flag a generator's code
import types
print(types.MethodWrapperType, type(object().__str__) is types.MethodWrapperType)
@types.coroutine
def gen():
    yield 1
    return 2
g = gen()
print(type(g).__name__, next(g))
