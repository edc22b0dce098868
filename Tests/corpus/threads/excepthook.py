# What happens to an exception that ends a thread: threading.excepthook (the default prints
# "Exception in thread NAME:" and the traceback), custom hooks, SystemExit, ExceptHookArgs,
# and _thread.start_new_thread's "Exception ignored in thread started by".
import sys
import threading
import _thread


def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    class Capture:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)
            return len(s)

        def flush(self):
            pass

        def lines(self):
            # The frames inside threading.py differ between implementations: keep the others.
            out = []
            skip = False
            for line in "".join(self.parts).splitlines():
                if skip:
                    skip = False
                    continue
                if line.startswith('  File "') and "threading.py" in line:
                    skip = True
                    continue
                out.append(line)
            return out


    def fails():
        raise ValueError("boom in thread")


    cap = Capture()
    real_stderr = sys.stderr
    sys.stderr = cap
    t = threading.Thread(target=fails, name="failing")
    t.start()
    t.join()
    t = threading.Thread(target=sys.exit, args=(3,))
    t.start()
    t.join()
    sys.stderr = real_stderr
    print("\n".join(cap.lines()))
    print(threading.excepthook is _thread._excepthook, threading.__excepthook__ is threading.excepthook)
    print(threading.ExceptHookArgs is _thread._ExceptHookArgs)
    args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
    print(args.exc_type, repr(args.exc_value), args.exc_traceback, args.thread, len(args))
    try:
        threading.excepthook(1)
    except TypeError as e:
        print("TypeError:", e)

    seen = []


    def hook(a):
        seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name, a.exc_traceback is not None))


    threading.excepthook = hook
    t = threading.Thread(target=fails, name="custom")
    t.start()
    t.join()
    print(seen)


    def bad_hook(a):
        raise KeyError("hook failed")


    threading.excepthook = bad_hook
    cap = Capture()
    sys.stderr = cap
    t = threading.Thread(target=fails, name="badhook")
    t.start()
    t.join()
    sys.stderr = real_stderr
    lines = cap.lines()
    print(lines[0], "|", lines[-1])
    threading.excepthook = threading.__excepthook__

    unraisable = []
    sys.unraisablehook = lambda u: unraisable.append((u.exc_type.__name__, u.err_msg, u.object is fails))
    lock = _thread.allocate_lock()
    lock.acquire()


    def fails_then_release():
        try:
            fails()
        finally:
            lock.release()


    _thread.start_new_thread(fails_then_release, ())
    lock.acquire()
    # The report comes after the function returned: wait for it.
    while not unraisable:
        pass
    print(unraisable[0][:2])
    print("done")


main()
