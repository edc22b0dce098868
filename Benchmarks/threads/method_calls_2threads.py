# Parallel readiness: a method-call-heavy loop (same class, same functions, each thread its own
# objects) run by 1 thread, then by 2 threads started with _thread.start_new_thread, each doing
# the same work W. Prints the ratio time(2 threads) / time(1 thread): 1.0 is perfect scaling
# (CPython with its GIL is near 2.0).
import _thread, sys, time

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

def work(n):
    v = Vec(1, 2)
    w = Vec(3, 4)
    total = 0
    for i in range(n):
        u = v.add(w)
        total += u.dot(v) - w.dot(w)
    return total

def timed(threads, n):
    done = _thread.allocate_lock()
    left = [threads]
    guard = _thread.allocate_lock()
    results = []
    done.acquire()
    def runner():
        r = work(n)
        with guard:
            results.append(r)
            left[0] -= 1
            if left[0] == 0:
                done.release()
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(threads):
        _thread.start_new_thread(runner, ())
    done.acquire()
    return time.perf_counter() - t0, time.process_time() - c0, results

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
one, cpu1, r1 = timed(1, N)
two, cpu2, r2 = timed(2, N)
assert r1[0] == r2[0] == r2[1]
# Wall ratio needs two idle cores; the CPU ratio (2.0 = no contention) is meaningful on a busy machine.
print(f"1 thread: {one:.3f}s wall {cpu1:.3f}s cpu  2 threads: {two:.3f}s wall {cpu2:.3f}s cpu  "
      f"wall ratio {two / one:.2f}  cpu ratio {cpu2 / cpu1:.2f}")
