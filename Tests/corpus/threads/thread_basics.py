# threading.Thread: names, target/args/kwargs, run override, start/join rules, reprs,
# is_alive, ident/native_id, daemon, current_thread/main_thread/enumerate/active_count.
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
    results = []
    lock = threading.Lock()


    def work(a, b, *, scale=1):
        with lock:
            results.append((a + b) * scale)


    threads = [threading.Thread(target=work, args=(i, 1), kwargs={"scale": 10}) for i in range(5)]
    print([t.name for t in threads])
    print(clean(repr(threads[0])))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))
    print(clean(repr(threads[0])))
    print([t.is_alive() for t in threads])
    print(all(isinstance(t.ident, int) and isinstance(t.native_id, int) for t in threads))
    print(len({t.ident for t in threads}) >= 1, threads[0].ident != threading.get_ident())

    named = threading.Thread(target=work, args=(1, 2), name="worker")
    print(named.name, clean(repr(named)))
    named.name = 42
    print(repr(named.name))
    print(threading.Thread().name.startswith("Thread-"))
    print(threading.Thread(target=len).name.endswith(" (len)"))


    class Runner(threading.Thread):
        def __init__(self, n):
            super().__init__(name=f"runner-{n}")
            self.n = n
            self.out = None

        def run(self):
            self.out = (self.n * 2, threading.current_thread() is self, threading.current_thread().name)


    rs = [Runner(i) for i in range(3)]
    for r in rs:
        r.start()
    for r in rs:
        r.join()
    print([r.out for r in rs])
    print(clean(repr(rs[0])))

    t = threading.Thread(target=work, args=(0, 0))
    try:
        t.join()
    except RuntimeError as e:
        print("RuntimeError:", e)
    t.start()
    t.join()
    try:
        t.start()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.daemon = True
    except RuntimeError as e:
        print("RuntimeError:", e)


    class NoInit(threading.Thread):
        def __init__(self):
            pass


    try:
        NoInit().start()
    except RuntimeError as e:
        print("RuntimeError:", e)

    d = threading.Thread(target=work, args=(0, 0), daemon=True)
    print(d.daemon, clean(repr(d)))
    d.start()
    d.join()
    print(clean(repr(d)))
    u = threading.Thread(target=work, args=(0, 0))
    u.daemon = True
    print(u.daemon)

    main = threading.main_thread()
    print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
    print(clean(repr(main)))
    print(threading.active_count(), [x.name for x in threading.enumerate()])
    print(threading.get_ident() == _thread.get_ident() == main.ident)
    print(threading.get_native_id() == main.native_id)
    seen = []


    def inner():
        seen.append((threading.current_thread().name, threading.active_count() >= 2,
                     threading.current_thread() in threading.enumerate()))


    t = threading.Thread(target=inner, name="inner")
    t.start()
    t.join()
    print(seen, threading.active_count())
    print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
    print(threading.stack_size())
    try:
        threading.Thread(group=1)
    except AssertionError as e:
        print("AssertionError:", e)
    t = threading.Thread(target=work, args=(1, 1))
    t.start()
    t.join(timeout=5)
    print(t.is_alive())


main()
