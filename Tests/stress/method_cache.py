# Stress: one call site (o.m() in call()) used at the same time by threads whose receivers
# are of different classes. Each call must run the method of its receiver's class.
# (Found while writing the threading modules: the LOAD_METHOD inline cache's two words can
# be filled by two threads at once, leaving one class's version with the other's method.)
import sys
import threading

CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000


class A:
    def m(self):
        return "A"


class B:
    def m(self):
        return "B"


class C(A):
    def m(self):
        return "C"


def call(o):
    return o.m()


wrong = [0, 0, 0]


def run(o, expect, slot):
    for _ in range(CALLS):
        if call(o) != expect:
            wrong[slot] += 1


ts = [threading.Thread(target=run, args=(cls(), cls.__name__, k)) for k, cls in enumerate((A, B, C))]
for t in ts:
    t.start()
for t in ts:
    t.join()
if any(wrong):
    print(f"FAILED: wrong method called {sum(wrong)} times in {3 * CALLS} calls {wrong}")
    sys.exit(1)
print(f"OK method cache: 3 threads x {CALLS} calls at one polymorphic call site")
