import types
print(types.MethodWrapperType, type(object().__str__) is types.MethodWrapperType)
@types.coroutine
def gen():
    yield 1
    return 2
g = gen()
print(type(g).__name__, next(g))
