import sys
log = []
def hook(unraisable):
    log.append((unraisable.exc_type.__name__, str(unraisable.exc_value), unraisable.err_msg,
                type(unraisable.object).__name__))
sys.unraisablehook = hook
def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally during close")
g = gen()
next(g)
g.close()
