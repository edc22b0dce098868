import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("T", repr(e))
run(basic)

def leftover():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled V")
run(leftover)

def naked():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print("naked", repr(e), repr(e.exceptions[0]))
run(naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
run(naked_unmatched)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
run(raise_new)

def raise_new_with_leftover():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise TypeError("new")
run(raise_new_with_leftover)

def reraise_keeps_structure():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
run(reraise_keeps_structure)

def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("k")
run(reraise_and_raise)

def catch_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(catch_group_type)

def catch_bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
run(catch_bad_type)

def tuple_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
run(tuple_match)

def context_of_new():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise TypeError("t")
    except ExceptionGroup as g:
        t = g.exceptions[0]
        print(repr(t), repr(t.__context__))
run(context_of_new)

def else_and_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
run(else_and_finally)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
run(base_exceptions)
