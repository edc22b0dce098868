def chain():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    chain()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

# The handled exception itself is not its own context.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("context of re-raised:", e.__context__)

# Breaking a context cycle: raising an exception that is already in the chain.
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise IndexError("b")
        except IndexError as b:
            raise a
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# Context set on exceptions raised by builtins while handling.
try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e.__context__))

# from None keeps the context but suppresses it
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise TypeError("t") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

# A pre-existing cycle in the handled chain does not hang.
a = ValueError("a"); b = ValueError("b")
a.__context__ = b; b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise KeyError("new")
except KeyError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
