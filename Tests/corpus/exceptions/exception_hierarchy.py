import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    t = getattr(builtins, n)
    print(n, [b.__name__ for b in t.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
print(BaseException.__subclasses__()[:4])
