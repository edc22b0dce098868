# Stress: N threads (default 8) x OPS operations (default 100,000 per thread) on the parts of
# list, dict and set that the lock protocol of docs/ARCHITECTURE.md ("Threads") has to get
# right beyond plain appends: iteration of a list other threads shrink and grow, sorting,
# slices and in-place operators, dict resizes under lock-free readers (global loads, attribute
# loads, class-member lookups), dict keys whose __eq__ is Python code (the lock is let go
# around it), clear() cycles, list(d) / set(d) snapshots, setdefault races and set algebra.
# Every single operation must be atomic: no crash, no corrupted container. Prints "OK ..." or
# "FAILED" and the broken invariants (exit 1). Uses only _thread (no threading module needed).
import _thread
import sys
import time

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
OPS = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000


class Key:
    """A dict/set key whose equality is Python code (the slow, lock-releasing lookup path)."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


class Point:
    def __init__(self, x):
        self.x = x
        self.y = x


GLOBAL_COUNTER = 0          # rebound by every thread: cached global loads race with stores
shared_list = list(range(100))
shared_dict = {}
grow_dict = {}              # grown and cleared over and over (table swaps under readers)
shared_set = set()
slow_keys = {}              # Key(n) -> n, lookups call Key.__eq__
shared_obj = Point(0)
failures = []
failures_lock = _thread.allocate_lock()
ready = [0]
finished = _thread.allocate_lock()
finished.acquire()


def fail(msg):
    with failures_lock:
        failures.append(msg)


def worker(tid):
    global GLOBAL_COUNTER
    rnd = tid * 7919 + 1
    setdefault_wins = 0
    with failures_lock:
        ready[0] += 1
    while ready[0] < THREADS:
        time.sleep(0.001)
    for i in range(OPS):
        rnd = (rnd * 1103515245 + 12345) & 0x7FFFFFFF
        op = rnd % 24
        if op == 0:
            # Iterating while others mutate: never crashes; every item is an int.
            for x in shared_list:
                if type(x) is not int:
                    fail(f"list item of type {type(x).__name__}")
                    break
        elif op == 1:
            shared_list.append(i)
        elif op == 2:
            try:
                shared_list.pop(0)
            except IndexError:
                pass
        elif op == 3:
            if len(shared_list) > 400:
                del shared_list[:200]
        elif op == 4:
            shared_list.sort()
        elif op == 5:
            s = shared_list[2:40:3]
            if any(type(x) is not int for x in s):
                fail("slice holds a non-int")
        elif op == 6:
            shared_list.insert(rnd % 10, i)
        elif op == 7:
            shared_list.reverse()
        elif op == 8:
            grow_dict[(tid, i)] = i
            if len(grow_dict) > 3000:
                grow_dict.clear()
        elif op == 9:
            # A lock-free global load racing with rebinding.
            c = GLOBAL_COUNTER
            if type(c) is not int:
                fail("global of the wrong type")
            GLOBAL_COUNTER = i
        elif op == 10:
            # Lock-free attribute loads racing with stores and new attributes (dict resizes).
            shared_obj.x = i
            setattr(shared_obj, f"t{tid}_{rnd % 40}", i)
            if type(shared_obj.y) is not int:
                fail("attribute of the wrong type")
        elif op == 11:
            k = Key(rnd % 50)
            slow_keys[k] = k.n
        elif op == 12:
            k = Key(rnd % 50)
            v = slow_keys.get(k)
            if v is not None and v != k.n:
                fail(f"slow key {k.n} maps to {v}")
        elif op == 13:
            slow_keys.pop(Key(rnd % 50), None)
        elif op == 14:
            # setdefault is atomic: exactly one thread's value wins for a key.
            v = shared_dict.setdefault(("sd", i), tid)
            if v == tid:
                setdefault_wins += 1
        elif op == 15:
            keys = list(grow_dict)
            if len(set(keys)) != len(keys):
                fail("list(dict) has duplicate keys")
        elif op == 16:
            shared_set.add(rnd % 300)
        elif op == 17:
            shared_set.discard(rnd % 300)
        elif op == 18:
            snapshot = set(shared_set)
            if any(type(x) is not int or not 0 <= x < 300 for x in snapshot):
                fail("set holds a foreign element")
            _ = snapshot & shared_set, snapshot | shared_set, shared_set - snapshot
        elif op == 19:
            try:
                shared_set.pop()
            except KeyError:
                pass
        elif op == 20:
            shared_list[:] = shared_list[:50]
        elif op == 21:
            items = list(shared_dict.items())
            for k, v in items:
                if not (isinstance(k, tuple) and type(v) is int):
                    fail("dict item of the wrong shape")
                    break
        elif op == 22:
            # Class-member lookups (lock-free reads of the class dict).
            p = Point(i)
            if p.x != i:
                fail("constructor lost an attribute")
        else:
            shared_list.extend(range(3))
            lst = shared_list
            lst += [i]
    with failures_lock:
        wins[tid] = setdefault_wins
        if len(wins) + crashed[0] == THREADS:
            finished.release()


def run(tid):
    try:
        worker(tid)
    except BaseException as e:
        with failures_lock:
            failures.append(f"thread {tid} raised {type(e).__name__}: {e}")
            crashed[0] += 1
            if len(wins) + crashed[0] == THREADS:
                finished.release()


wins = {}
crashed = [0]
for t in range(THREADS):
    _thread.start_new_thread(run, (t,))
finished.acquire()

# Invariants after the run.
if len(wins) != THREADS:
    failures.append(f"only {len(wins)} of {THREADS} threads finished")
if any(type(x) is not int for x in shared_list):
    failures.append("list holds a non-int")
owners = [v for k, v in shared_dict.items() if isinstance(k, tuple) and k[0] == "sd"]
if sum(wins.values()) != len(owners):
    failures.append(f"setdefault: {sum(wins.values())} wins for {len(owners)} keys")
if len(slow_keys) > 50 or any(k.n != v for k, v in slow_keys.items()):
    failures.append("dict with Python-equality keys corrupted")
if len({k.n for k in slow_keys}) != len(slow_keys):
    failures.append("dict with Python-equality keys holds duplicates")
if any(not 0 <= x < 300 for x in shared_set) or len(shared_set) > 300:
    failures.append("set corrupted")
if failures:
    print("FAILED")
    for f in sorted(set(failures)):
        print("  " + f)
    sys.exit(1)
print(f"OK containers_ops: {THREADS} threads x {OPS} ops; list {len(shared_list)}, "
      f"dict {len(shared_dict)}, slow keys {len(slow_keys)}, set {len(shared_set)}")
