# Stress: threads creating classes, importing modules and raising exceptions at the same
# time (N threads, default 8; ROUNDS per thread, default 2,000). Checks that every class
# works, every import gives a complete module, and every exception is caught with its
# message and traceback. Prints "OK ..." or raises.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
MODULES = ["typing", "collections", "functools", "operator", "contextlib", "abc", "types",
           "reprlib", "keyword", "queue", "concurrent.futures", "itertools", "math", "time"]
failures = []
start = threading.Barrier(THREADS)


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def worker(tid):
    start.wait()
    made = 0
    for r in range(ROUNDS):
        kind = (tid + r) % 4
        if kind == 0:
            # A new class each time, with a method, a subclass and an override.
            ns = {"scale": tid, "twice": lambda self: self.get() * 2}
            C = type(f"C{tid}_{r}", (Base,), ns)

            class D(C):
                def get(self):
                    return super().get() + 1

            d = D(r)
            if d.twice() != (r + 1) * 2 or d.scale != tid or type(d).__mro__[1] is not C:
                failures.append(f"class {tid}/{r} misbehaves")
            made += 1
        elif kind == 1:
            name = MODULES[(tid * 3 + r) % len(MODULES)]
            mod = __import__(name, fromlist=["_"])
            if sys.modules.get(name) is not mod:
                failures.append(f"import {name}: sys.modules differs")
            expected = {"typing": "List", "collections": "OrderedDict", "functools": "reduce",
                        "operator": "itemgetter", "contextlib": "contextmanager", "abc": "ABC",
                        "types": "SimpleNamespace", "reprlib": "Repr", "keyword": "iskeyword",
                        "queue": "Queue", "concurrent.futures": "Future", "itertools": "chain",
                        "math": "sqrt", "time": "sleep"}[name]
            if not hasattr(mod, expected):
                failures.append(f"import {name}: no {expected} (partially initialised module?)")
        elif kind == 2:
            try:
                try:
                    {}[(tid, r)]
                except KeyError as e:
                    raise ValueError(f"wrapped {tid} {r}") from e
            except ValueError as e:
                if str(e) != f"wrapped {tid} {r}" or not isinstance(e.__cause__, KeyError) \
                        or e.__traceback__ is None:
                    failures.append(f"exception {tid}/{r} corrupted")
        else:
            try:
                Base(r).missing
            except AttributeError as e:
                if "'Base' object has no attribute 'missing'" != str(e):
                    failures.append(f"attribute error text {e!r}")
    return made


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if failures:
    print("FAILED")
    for f in failures[:20]:
        print("  " + f)
    sys.exit(1)
print(f"OK runtime: {THREADS} threads x {ROUNDS} rounds of class creation, imports, exceptions")
