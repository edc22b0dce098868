# Thread scaling benchmark (issue 6): pure-Python CPU-bound work run once in 1 thread, then
# the same amount per thread in 2 threads, for an int loop, a float loop and method-call
# code; then ThreadPoolExecutor.map over CPU-bound calls with 1 and with 2 workers.
#
# Usage: swiftpy Benchmarks/threads/scaling.py [SCALE]    (SCALE multiplies the work; 1.0 default)
#
# For each case it prints
#   wall speedup  = 2 * wall(1 thread, W) / wall(2 threads, 2W)   (2.0 = perfect; needs 2 idle cores)
#   cpu ratio     = cpu(2 threads, 2W) / cpu(1 thread, W)          (2.0 = no extra CPU per unit of work)
#   parallelism   = cpu / wall of the 2-thread run                  (2.0 = both cores busy all the time)
# The CPU clock is the process's (time.process_time: user+system of every thread). On a
# loaded machine the wall speedup is meaningless (other processes take the cores); the CPU
# ratio is then the measure: if threads contended (locks, shared caches, reference counts
# bouncing between cores) the same work would cost more CPU with 2 threads. Lock waiting
# costs no CPU, so the parallelism figure is printed too (it is capped by the machine's load).
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def int_loop(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7) % 13 ^ (i >> 3)
        i += 1
    return total


def float_loop(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.999 + y / (i + 1.0)
        y = y * 1.0000001 - 0.25 * x
    return round(x, 6)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def method_calls(n):
    v = Vec(1, 2)
    w = Vec(3, 4)
    total = 0
    for _ in range(n):
        u = v.add(w)
        total += u.dot(v) - w.dot(w)
    return total


def run_threads(fn, n, count):
    results = [None] * count

    def body(k):
        results[k] = fn(n)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(count)]
    w0, c0 = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - w0, time.process_time() - c0, results


def report(name, wall1, cpu1, wall2, cpu2):
    print(f"{name:22s} 1x: {wall1:6.2f}s wall {cpu1:6.2f}s cpu | 2x: {wall2:6.2f}s wall {cpu2:6.2f}s cpu | "
          f"wall speedup {2 * wall1 / wall2:4.2f}  cpu ratio {cpu2 / cpu1:4.2f}  parallelism {cpu2 / wall2:4.2f}")
    sys.stdout.flush()


cases = [("int loop", int_loop, 3_000_000), ("float loop", float_loop, 3_000_000),
         ("method calls", method_calls, 1_000_000)]
print(f"{sys.implementation.name}, scale {SCALE}")
for name, fn, n in cases:
    n = int(n * SCALE)
    fn(n // 50)  # warm up
    wall1, cpu1, r1 = run_threads(fn, n, 1)
    wall2, cpu2, r2 = run_threads(fn, n, 2)
    assert r1[0] == r2[0] == r2[1], (name, r1, r2)
    report(name, wall1, cpu1, wall2, cpu2)

# ThreadPoolExecutor.map: 16 CPU-bound calls in 1 worker (work W) and in 2 workers (same W):
# here the 2-worker run does the same total work, so the speedup is wall(1)/wall(2) and the
# CPU ratio cpu(2)/cpu(1) is 1.0 without contention.
chunks = [int(400_000 * SCALE)] * 16
timings = {}
for workers in (1, 2):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        list(ex.map(int_loop, [1000] * workers))  # start the workers
        w0, c0 = time.perf_counter(), time.process_time()
        out = list(ex.map(int_loop, chunks))
        timings[workers] = (time.perf_counter() - w0, time.process_time() - c0, out)
(w1, c1, o1), (w2, c2, o2) = timings[1], timings[2]
assert o1 == o2
print(f"{'executor.map 16 calls':22s} 1 worker: {w1:6.2f}s wall {c1:6.2f}s cpu | 2 workers: {w2:6.2f}s wall "
      f"{c2:6.2f}s cpu | wall speedup {w1 / w2:4.2f}  cpu ratio {c2 / c1:4.2f}  parallelism {c2 / w2:4.2f}")
