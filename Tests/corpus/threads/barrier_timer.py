# threading.Barrier (indices, action, abort, reset, timeouts, BrokenBarrierError) and
# threading.Timer (fires, cancel).
import threading


def clean(text):
    # Addresses, lock owners and thread idents differ from run to run.
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
            continue
        for prefix in ("owner=", "started ", "stopped ", "daemon "):
            if text.startswith(prefix, i) and i + len(prefix) < len(text) and text[i + len(prefix)].isdigit():
                j = i + len(prefix)
                while j < len(text) and text[j].isdigit():
                    j += 1
                out.append(prefix + "N")
                i = j
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    actions = []
    b = threading.Barrier(3, action=lambda: actions.append("tripped"))
    print(clean(repr(b)), b.parties, b.n_waiting, b.broken)
    indices = []
    lock = threading.Lock()


    def party():
        for _ in range(3):
            i = b.wait()
            with lock:
                indices.append(i)


    ts = [threading.Thread(target=party) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(indices), actions)
    print(clean(repr(b)))

    b2 = threading.Barrier(2)
    try:
        b2.wait(timeout=0.05)
    except threading.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), b2.broken)
    print(clean(repr(b2)))
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print("still broken")
    b2.reset()
    print(b2.broken, clean(repr(b2)))

    b3 = threading.Barrier(2)
    outcome = []


    def aborted_waiter():
        try:
            b3.wait()
        except threading.BrokenBarrierError:
            outcome.append("waiter broken")


    t = threading.Thread(target=aborted_waiter)
    t.start()
    while b3.n_waiting == 0:
        pass
    b3.abort()
    t.join()
    print(outcome, b3.broken)
    print(issubclass(threading.BrokenBarrierError, RuntimeError))


    def failing_action():
        raise ValueError("action failed")


    b4 = threading.Barrier(1, action=failing_action)
    try:
        b4.wait()
    except ValueError as e:
        print("ValueError:", e, b4.broken)

    fired = []
    tm = threading.Timer(0.01, fired.append, args=["fired"])
    print(tm.name.startswith("Thread-"), tm.interval, tm.args, tm.kwargs)
    tm.start()
    tm.join()
    print(fired, tm.finished.is_set())
    tm2 = threading.Timer(30, fired.append, kwargs={"x": 1})
    tm2.start()
    tm2.cancel()
    tm2.join()
    print(fired)


main()
