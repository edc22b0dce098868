# Generators shared between threads: only one thread runs a generator at a time; the others
# get "generator already executing" (never a crash), every value is produced once, and the
# generator's attributes can be read meanwhile.
# timeout: 60
import threading

def part(start):
    for i in range(start, start + 10):
        x = 0
        for j in range(50):
            x += j
        yield i

def slow_gen(n):
    for start in range(0, n, 10):
        yield from part(start)

g = slow_gen(1000)
seen = []
errors = []
lock = threading.Lock()
done = threading.Event()

def worker():
    local = []
    errs = 0
    while True:
        try:
            v = next(g)
        except StopIteration:
            break
        except ValueError as e:
            errs += 1
            if str(e) != "generator already executing":
                raise
            continue
        local.append(v)
    with lock:
        seen.extend(local)
        errors.append(errs)

observed = []
def observer():
    kinds = set()
    while not done.is_set():
        fr = g.gi_frame
        yf = g.gi_yieldfrom
        kinds.add((type(g.gi_running).__name__, fr is None or type(fr).__name__ == "frame",
                   yf is None or type(yf).__name__ == "generator"))
    observed.append(sorted(kinds))

threads = [threading.Thread(target=worker) for _ in range(3)]
obs = threading.Thread(target=observer)
obs.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
done.set()
obs.join()
print(len(seen), sorted(seen) == list(range(1000)))
print(all(isinstance(e, int) for e in errors), len(errors))
print(observed[0][0][0], all(k[1] and k[2] for k in observed[0]))
print(g.gi_frame, g.gi_running, g.gi_yieldfrom)

# send/throw/close from a second thread while the generator runs
started = threading.Event()
release = threading.Event()
def blocking():
    started.set()
    release.wait()
    yield "after release"
b = blocking()
runner = threading.Thread(target=lambda: observed.append(next(b)))
runner.start()
started.wait()
for call in [lambda: next(b), lambda: b.send(None), lambda: b.throw(KeyError), b.close]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
release.set()
runner.join()
print(observed[-1])
b.close()
