class CM:
    def __init__(self, suppress=False, name="cm"):
        self.suppress = suppress
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress

with CM(suppress=True) as c:
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM():
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with CM():
    print("body ok")

try:
    with CM("outer") as a, CM(True, "inner") as b:
        raise RuntimeError("inner suppresses")
    print("continued")
except RuntimeError:
    print("not reached")

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit raised")
try:
    with BadExit():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))

class TruthyExit:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with TruthyExit():
    raise ValueError("suppressed by truthy")
print("truthy ok")

def ret_from_with():
    with CM(name="ret"):
        return "returned"
print(ret_from_with())

def exc_in_with_in_loop():
    for i in range(3):
        with CM(suppress=True, name=str(i)):
            if i == 1:
                continue
            raise ValueError(i)
    return "done"
print(exc_in_with_in_loop())

class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
