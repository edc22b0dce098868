def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, type(tb.tb_lasti).__name__)
        tb = tb.tb_next

# Re-raising adds the handler frame's entry again only for new raises.
def reraiser():
    try:
        inner()
    except ValueError as e:
        raise e
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)

# with_traceback replaces the traceback, then raising prepends the current frame.
def fresh():
    try:
        inner()
    except ValueError as e:
        saved = e.__traceback__
    err = KeyError("k").with_traceback(saved)
    raise err
try:
    fresh()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# The traceback of an exception caught in the same frame has one entry.
try:
    {}[1]
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_frame.f_code.co_name)
