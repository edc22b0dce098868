# Stress: the synchronisation modules under load. 8 producer and 8 consumer threads pass
# ITEMS items (default 200,000) through a bounded queue.Queue and a SimpleQueue; a
# ThreadPoolExecutor runs 20,000 small calls; a shared counter guarded by an RLock and a
# Condition-based handoff. Prints "OK ..." or raises.
import sys
import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed

ITEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
PRODUCERS = CONSUMERS = 8
failures = []

for q in (queue.Queue(maxsize=64), queue.SimpleQueue()):
    totals = [0] * CONSUMERS
    per = ITEMS // PRODUCERS

    def produce(p):
        for i in range(per):
            q.put(p * per + i)

    def consume(c):
        s = 0
        while True:
            x = q.get()
            if x is None:
                break
            s += x
        totals[c] = s

    cs = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    n = per * PRODUCERS
    if sum(totals) != n * (n - 1) // 2:
        failures.append(f"{type(q).__name__}: sum {sum(totals)} != {n * (n - 1) // 2}")

with ThreadPoolExecutor(max_workers=8) as ex:
    fs = [ex.submit(pow, i, 2) for i in range(20_000)]
    total = sum(f.result() for f in as_completed(fs))
    if total != sum(i * i for i in range(20_000)):
        failures.append("executor results wrong")
    if list(ex.map(abs, range(-5000, 0))) != list(range(5000, 0, -1)):
        failures.append("executor map order wrong")

lock = threading.RLock()
count = [0]


def bump():
    for _ in range(ITEMS // 16):
        with lock:
            with lock:
                count[0] += 1


ts = [threading.Thread(target=bump) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
if count[0] != 8 * (ITEMS // 16):
    failures.append(f"RLock counter {count[0]} != {8 * (ITEMS // 16)}")

cond = threading.Condition()
turn = [0]
rounds = 2000


def player(me, n):
    for _ in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] % n == me)
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=player, args=(i, 4)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
if turn[0] != 4 * rounds:
    failures.append(f"condition turns {turn[0]}")

if failures:
    print("FAILED")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print(f"OK sync: {ITEMS} items through Queue and SimpleQueue, 25,000 executor calls, RLock and Condition")
