# try/except/else/finally, unwinding through finally, chaining, except* groups.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        return None
    else:
        print("else", r)
        return r
    finally:
        print("finally", a, b)


print(divide(1, 2), divide(1, 0))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def finally_runs_on_break():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(finally_runs_on_break())


def continue_in_finally_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out


print(continue_in_finally_loop())


def nested():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    try:
        e
    except NameError as ne:
        print("name cleared:", ne)


nested()


def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        return type(e.__context__).__name__, e.__cause__


print(chained())


def explicit_cause():
    try:
        try:
            [][1]
        except IndexError as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError as e:
        return str(e), type(e.__cause__).__name__, e.__suppress_context__


print(explicit_cause())


def reraise():
    try:
        try:
            raise TypeError("original")
        except TypeError:
            print("handling")
            raise
    except TypeError as e:
        return str(e)


print(reraise())


def multiple_handlers(x):
    try:
        if x == 0:
            raise KeyError(x)
        if x == 1:
            raise IndexError(x)
        if x == 2:
            raise ValueError(x)
        return "none"
    except (KeyError, IndexError) as e:
        return "tuple " + type(e).__name__
    except ValueError:
        return "value"
    except:
        return "bare"


print([multiple_handlers(i) for i in range(4)])


def handled_state():
    import sys
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise KeyError("k")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])


print(handled_state())


class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    raise Custom(7)
except Custom as c:
    print(c, c.code)


def exception_in_else():
    try:
        try:
            pass
        except Exception:
            print("no")
        else:
            raise OSError("from else")
    except OSError as e:
        return str(e)


print(exception_in_else())


def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "returned from except"
    finally:
        print("finally after return in except")


print(return_in_except())


def loop_with_try():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError
            total += i
        except ValueError:
            total += 100
            continue
        finally:
            total += 1000
    return total


print(loop_with_try())


def groups():
    results = []
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        results.append(("value", [str(e) for e in eg.exceptions]))
    except* TypeError as eg:
        results.append(("type", len(eg.exceptions)))
    return results


print(groups())


def group_unhandled():
    try:
        raise ExceptionGroup("eg", [KeyError("a"), OSError("b")])
    except* KeyError:
        pass


try:
    group_unhandled()
except ExceptionGroup as eg:
    print("left:", [type(e).__name__ for e in eg.exceptions])


def naked_exception_star():
    result = None
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        result = type(eg).__name__, [str(e) for e in eg.exceptions]
    return result


print(naked_exception_star())


def assertion(x):
    assert x > 0, "x must be positive: %d" % x
    return x


try:
    assertion(-1)
except AssertionError as e:
    print("AssertionError", e)

try:
    assert False
except AssertionError as e:
    print("empty assert", repr(e))


def deleted_name_in_handler():
    try:
        raise ValueError
    except ValueError as err:
        del err
    return "ok"


print(deleted_name_in_handler())

try:
    raise KeyError("at module level")
except KeyError as module_error:
    print("module", module_error)
print("module_error" in globals())

raise RuntimeError("uncaught at the end")
