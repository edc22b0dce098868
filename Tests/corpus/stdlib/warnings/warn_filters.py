import warnings
print(warnings.filters)
print(warnings.defaultaction, warnings.__all__)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
warnings.warn("hello")
warnings.warn("hello")
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
def f():
    warnings.warn("in f", RuntimeWarning, stacklevel=2)
f()
try: warnings.warn("x", 5)
except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1"); warnings.warn("rec2", UserWarning); warnings.warn(UserWarning("inst"))
    print(len(w), w[0].message, w[0].category, w[0].lineno, w[0].filename, str(w[0]))
    print(w[2].message, type(w[2].message).__name__)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code line  "), end='')
print(warnings.formatwarning("msg", UserWarning, "file.py", 3), end='')
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip this one")
    warnings.warn("but not this")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3): warnings.warn("once only")
    print(len(w))
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silent")
for bad in (lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.simplefilter("ignore", lineno=-1)):
    try: bad()
    except AssertionError as e: print('AssertionError', e)
cw = warnings.catch_warnings()
try: cw.__exit__()
except RuntimeError as e: print(e)
cw.__enter__()
try: cw.__enter__()
except RuntimeError as e: print(e)
cw.__exit__()
def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = custom
warnings.warn("via hook")
warnings.showwarning = old
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "fake.py", 43, module="m", registry={})
m = warnings.WarningMessage("m", UserWarning, "f", 1)
print(m, m.file, m.source)
class MyWarn(UserWarning): pass
warnings.warn("subclass", MyWarn)
warnings.resetwarnings(); print(warnings.filters)
warnings.warn("dep after reset", DeprecationWarning)
