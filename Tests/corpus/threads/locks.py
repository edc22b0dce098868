# _thread locks and threading.Lock/RLock: acquire/release, blocking and timeouts, reentrance,
# errors, context managers, reprs.
import threading
import _thread


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
    lock = threading.Lock()
    print(type(lock), threading.Lock is _thread.allocate_lock, _thread.LockType is type(lock))
    print(clean(repr(lock)), lock.locked())
    print(lock.acquire(), lock.locked(), clean(repr(lock)))
    print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with lock:
        print("inside", lock.locked())
    print("outside", lock.locked())
    for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": "x"}), ((True, 1e300), {}),
                         ((True, float("nan")), {}), ((True, float("inf")), {}), ((True, 2**63), {}), ((True, 10**10), {})]:
        try:
            lock.acquire(*args, **kwargs)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__ + ":", e)

    # Released by another thread (a plain lock has no owner).
    lock.acquire()
    t = threading.Thread(target=lock.release)
    t.start()
    t.join()
    print("released by other thread:", not lock.locked())

    # Another thread waits for the lock.
    order = []
    gate = threading.Lock()
    gate.acquire()


    def waiter():
        with gate:
            order.append("waiter got it")


    t = threading.Thread(target=waiter)
    t.start()
    order.append("main releases")
    gate.release()
    t.join()
    print(order)

    r = threading.RLock()
    print(type(r), clean(repr(r)))
    print(r.acquire(), r.acquire(), clean(repr(r)), r._is_owned(), r._recursion_count())
    r.release()
    print(clean(repr(r)))
    r.release()
    print(clean(repr(r)), r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with r:
        with r:
            print("nested", r._recursion_count())
    got = []


    def other():
        got.append(r.acquire(False))
        got.append(r._is_owned())
        got.append(r._recursion_count())
        try:
            r.release()
        except RuntimeError as e:
            got.append(str(e))


    r.acquire()
    t = threading.Thread(target=other)
    t.start()
    t.join()
    r.release()
    print(got)
    r.acquire()
    r.acquire()
    state = r._release_save()
    print(state[0], clean(repr(r)))
    r._acquire_restore(state)
    print(r._recursion_count())
    r.release()
    r.release()

    py = threading._PyRLock()
    print(clean(repr(py)))
    py.acquire()
    py.acquire()
    print(clean(repr(py)).replace("'MainThread'", "MAIN"), py._is_owned())
    py.release()
    py.release()
    try:
        py.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
    print(_thread.allocate_lock().acquire_lock(), clean(repr(_thread.allocate())))

    # Many threads increment a counter under a lock.
    counter = [0]
    cl = threading.Lock()


    def bump():
        for _ in range(2000):
            with cl:
                counter[0] += 1


    ts = [threading.Thread(target=bump) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(counter[0])


main()
