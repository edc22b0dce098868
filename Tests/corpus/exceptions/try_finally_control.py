def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def exc_swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(exc_swallowed())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def finally_runs_on_return():
    log = []
    def f():
        try:
            log.append("body")
            return 1
        finally:
            log.append("finally")
    return f(), log
print(finally_runs_on_return())

def nested_finally():
    log = []
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("caught " + str(e))
    finally:
        log.append("outer finally")
    return log
print(nested_finally())

def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return repr(e), repr(e.__context__)
print(exception_in_finally_replaces())

def else_clause():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause())

def return_in_except_then_finally():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("finally ran")
print(return_in_except_then_finally())

def while_finally_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally_return())
