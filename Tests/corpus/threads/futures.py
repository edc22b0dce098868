# concurrent.futures: Future states and reprs, callbacks, wait(), as_completed(),
# ThreadPoolExecutor (submit, map with exceptions and timeouts, names, initializer,
# shutdown with cancel_futures, context manager), errors.
import threading
import concurrent.futures as cf
from concurrent.futures import _base


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
    print(cf.__all__)
    print(cf.CancelledError, cf.TimeoutError, cf.BrokenExecutor, cf.InvalidStateError)
    print(cf.CancelledError.__mro__, cf.TimeoutError is TimeoutError)
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

    f = cf.Future()
    print(clean(repr(f)), f.done(), f.running(), f.cancelled())
    print(f.set_running_or_notify_cancel(), clean(repr(f)), f.running(), f.cancel())
    f.set_result([1])
    print(clean(repr(f)), f.result(), f.exception(), f.done())
    try:
        f.set_result(2)
    except cf.InvalidStateError as e:
        print("InvalidStateError:", clean(str(e)))
    f = cf.Future()
    f.set_exception(KeyError("k"))
    print(clean(repr(f)), repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("KeyError:", e)
    f = cf.Future()
    print(f.cancel(), f.cancel(), clean(repr(f)), f.cancelled(), f.done())
    for call in (f.result, f.exception):
        try:
            call()
        except cf.CancelledError as e:
            print("CancelledError", repr(e))
    print(f.set_running_or_notify_cancel())
    f = cf.Future()
    for call in (lambda: f.result(timeout=0.01), lambda: f.exception(0)):
        try:
            call()
        except TimeoutError as e:
            print("TimeoutError", repr(e))

    calls = []
    f = cf.Future()
    f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
    f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
    f.set_result(7)
    f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
    print(calls)
    print(cf.Future[int])

    with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
        print(ex._max_workers, ex._thread_name_prefix)
        print(list(ex.map(lambda x: x * x, range(10))))
        print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
        names = set(ex.map(lambda _: threading.current_thread().name, range(20)))
        print(all(n in ("pool_0", "pool_1", "pool_2") for n in names))
        fs = [ex.submit(lambda a, b=0: a + b, i, b=100) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        print(sorted(f.result() for f in cf.as_completed(fs + fs)))
        done, not_done = cf.wait(fs)
        print(len(done), len(not_done), type(cf.wait(fs)).__name__)
        done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
        print(len(done) >= 1)


        def boom(x):
            if x == 2:
                raise ValueError(f"bad {x}")
            return x

        results = ex.map(boom, range(5))
        got = []
        try:
            for r in results:
                got.append(r)
        except ValueError as e:
            print("map raised", e, got)
        failed = ex.submit(boom, 2)
        print(repr(failed.exception()), clean(repr(failed)))
        done, not_done = cf.wait([failed, ex.submit(boom, 1)], return_when=cf.FIRST_EXCEPTION)
        print(failed in done)
    print(ex._shutdown)
    try:
        ex.submit(boom, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    blocker = threading.Event()
    ex = cf.ThreadPoolExecutor(max_workers=1)
    first = ex.submit(blocker.wait)
    rest = [ex.submit(abs, -i) for i in range(5)]
    try:
        list(ex.map(abs, [1], timeout=0.01))
    except TimeoutError as e:
        print("map TimeoutError", type(e).__name__)
    slow = [ex.submit(abs, 1)]
    try:
        for _ in cf.as_completed(slow, timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    done, not_done = cf.wait(slow, timeout=0.01)
    print(len(done), len(not_done))
    print(rest[0].cancel(), rest[0].cancelled())
    blocker.set()
    ex.shutdown(wait=True, cancel_futures=True)
    print(first.result(), [f.cancelled() or f.done() for f in rest])

    ex = cf.ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    head = ex.submit(gate.wait)
    tail = [ex.submit(abs, -i) for i in range(3)]
    while not head.running():
        pass
    ex.shutdown(wait=False, cancel_futures=True)
    gate.set()
    head.result()
    print([f.cancelled() for f in tail])

    inits = []


    def init(tag):
        inits.append(tag)


    with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
        print(sorted(ex.map(abs, [-1, -2, -3, -4])))
    print(set(inits))
    for bad in (lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(-1),
                lambda: cf.ThreadPoolExecutor(initializer=3)):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor), issubclass(cf.BrokenExecutor, RuntimeError))
    try:
        cf.Executor().submit(abs, 1)
    except NotImplementedError as e:
        print("NotImplementedError", repr(e))
    with cf.Executor() as plain:
        print(type(plain).__name__)
    try:
        cf.nothing
    except AttributeError as e:
        print("AttributeError:", e)


main()
