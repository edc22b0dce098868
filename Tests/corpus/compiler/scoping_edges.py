# Scoping corners: del of every kind of name, globals in nested scopes, class scope rules,
# private names, starred targets, augmented assignment on computed targets.
def cells_and_del():
    x = 1

    def read():
        return x

    del x
    try:
        read()
    except NameError as e:
        print("free after del:", e)
    x = 2
    return read()


print(cells_and_del())

counter = 0


def nested_global():
    def inner():
        global counter
        counter += 10
        return counter

    return inner()


print(nested_global(), counter)


def del_global():
    global gone
    gone = 1
    del gone
    try:
        print(gone)
    except NameError as e:
        print(e)


del_global()
a_list = [1, 2, 3, 4]
a_dict = {"k": 1}


class Holder:
    attr = 5


h = Holder()
h.extra = 1
del a_list[0], a_dict["k"], h.extra
del (a_list[0], a_list[-1])
print(a_list, a_dict, hasattr(h, "extra"))


class ClassScope:
    value = 10
    doubled = [value * 2 for _ in range(1)] if False else None
    lam = lambda self: value if False else "lambda sees module scope"

    try:
        hidden = [value for _ in range(1)]
    except NameError as e:
        hidden = str(e)


print(ClassScope.hidden, ClassScope().lam())


class Mangle:
    __private = 1
    _Mangle__other = 2

    def get(self, __arg=3):
        __local = 4
        return self.__private, self._Mangle__private, self.__other, __arg, __local

    @staticmethod
    def kwargs(**kw):
        return kw


print(Mangle().get(), Mangle.kwargs(__x=1), [n for n in dir(Mangle) if "private" in n])

for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
calls = []


def source():
    calls.append("source")
    return Holder()


source().attr += 1
print(calls)
matrix = [[0, 0], [0, 0]]
index = iter(range(10))
matrix[next(index)][next(index)] += 7
print(matrix)


class Outer:
    def method(self):
        def nested():
            return __class__

        return nested().__name__

    def uses_super(self):
        return super().__repr__ is not None


print(Outer().method(), Outer().uses_super())


def generator_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)


g = generator_with_finally()
print(next(g), next(g))
g.close()


def break_in_with_in_loop():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit", a[0])

    for i in range(3):
        with CM():
            if i == 1:
                break
            try:
                continue
            finally:
                print("finally", i)
    return i


print(break_in_with_in_loop())


def return_from_nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("first finally")
    finally:
        print("second finally")


print(return_from_nested_finally())


def except_star_reraise():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        except* ValueError:
            raise
        except* KeyError as e:
            print("handled", repr(e.exceptions[0]))
    except ExceptionGroup as eg:
        print("reraised", [type(x).__name__ for x in eg.exceptions])


except_star_reraise()


def except_star_new_exception():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise TypeError("new")
    except ExceptionGroup as eg:
        print("new group", [type(x).__name__ for x in eg.exceptions])
    except TypeError as t:
        print("plain", t)


except_star_new_exception()
x = 0
print([x for x in range(3)], x)
y = 5
print({y: y for y in "ab"}, y)
print(list(zip(*[(1, "a"), (2, "b")])))
print((lambda: (lambda: __name__)())())
print(sorted(dir(), key=len)[:3])
