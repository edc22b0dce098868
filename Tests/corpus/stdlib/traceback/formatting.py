import traceback, sys
def inner(x):
    return x[1] + 1
def outer():
    return inner([1, 'a'])
try:
    outer()
except TypeError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s == ''.join(traceback.format_exception(sys.exc_info()[1])))
    e = sys.exc_info()[1]
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e, limit=1))
    print(traceback.format_exception(e, limit=-1))
    print(traceback.format_tb(e.__traceback__))
    tbs = traceback.extract_tb(e.__traceback__)
    print(tbs, [tuple(f) for f in tbs], len(tbs), tbs[0].name, tbs[-1].line)
    print(traceback.format_list(tbs[:2]))
def chained():
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('wrapped') from k
try:
    chained()
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=0)
print(traceback.format_exception_only(None), traceback.format_exception(None))
def stack_user():
    return traceback.format_stack()
print(stack_user()[-1])
print([f.name for f in traceback.extract_stack()][-1:])
fs = traceback.FrameSummary('f.py', 3, 'fn', line='x = 1')
print(fs, fs.line, fs == ('f.py', 3, 'fn', 'x = 1'), list(fs), len(fs))
te = None
try:
    1 / 0
except ZeroDivisionError as z:
    te = traceback.TracebackException.from_exception(z)
print(''.join(te.format()), list(te.format_exception_only()), te.exc_type.__name__, str(te), len(te.stack))
try:
    raise ValueError("no tb")
except ValueError as ee:
    v = ee
try: traceback.format_exception(v, value=v)
except ValueError as x: print(x)
print(sorted(traceback.__all__))
