# threading.Condition, Semaphore, BoundedSemaphore, Event: waiting and waking, timeouts,
# errors and reprs.
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
    c = threading.Condition()
    print(clean(repr(c)))
    print(clean(repr(threading.Condition(threading.Lock()))))
    for call in (c.wait, c.notify, c.notify_all):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    with c:
        print(c.wait(0.01), c.wait(timeout=0), c.wait_for(lambda: 0, timeout=0.01))

    # Producer / consumer through a Condition.
    items = []
    consumed = []
    cond = threading.Condition(threading.Lock())


    def consumer():
        for _ in range(10):
            with cond:
                cond.wait_for(lambda: items)
                consumed.append(items.pop(0))


    t = threading.Thread(target=consumer)
    t.start()
    for i in range(10):
        with cond:
            items.append(i)
            cond.notify()
    t.join()
    print(consumed)

    # notify(n) and notify_all wake waiting threads.
    ready = threading.Condition()
    waiting = [0]
    flag = [False]
    woke = []


    def sleeper(i):
        with ready:
            waiting[0] += 1
            ready.notify_all()
            ready.wait_for(lambda: flag[0])
            woke.append(i)


    ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    with ready:
        ready.wait_for(lambda: waiting[0] == 4)
        flag[0] = True
        ready.notify_all()
    for t in ts:
        t.join()
    print(sorted(woke))

    s = threading.Semaphore(2)
    print(clean(repr(s)))
    print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), clean(repr(s)))
    s.release(2)
    print(clean(repr(s)))
    with s:
        print(clean(repr(s)))
    for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)
    b = threading.BoundedSemaphore(1)
    print(clean(repr(b)))
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(clean(repr(b)))

    # A semaphore bounds how many threads are inside at once.
    pool = threading.BoundedSemaphore(2)
    inside = [0]
    most = [0]
    guard = threading.Lock()


    def bounded():
        for _ in range(50):
            with pool:
                with guard:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                with guard:
                    inside[0] -= 1


    ts = [threading.Thread(target=bounded) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(most[0] <= 2, inside[0])

    e = threading.Event()
    print(clean(repr(e)), e.is_set(), e.wait(0.01), e.wait(timeout=0))
    e.set()
    print(clean(repr(e)), e.is_set(), e.wait(), e.wait(0))
    e.clear()
    print(e.is_set())
    go = threading.Event()
    seen = []


    def wait_for_go(i):
        seen.append((i, go.wait(10)))


    ts = [threading.Thread(target=wait_for_go, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()
    print(sorted(seen))


main()
