# signal module basics: Python handlers, SIG_IGN/SIG_DFL, default_int_handler, errors.
import signal, time
def h(sig, frame):
    print("handler", sig, frame.f_code.co_name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
print(signal.signal(signal.SIGUSR1, h))
signal.raise_signal(signal.SIGUSR1)
def f():
    signal.raise_signal(signal.SIGUSR1)
f()
print(signal.getsignal(signal.SIGUSR1) is h)
for bad in (0, 99, -1):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno, e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.NSIG)
print(signal.SIG_DFL == 0, signal.SIG_IGN == 1, signal.SIGINT, signal.SIGTERM, signal.SIGUSR1)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raised", type(e).__name__)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
def stop(sig, frame):
    raise RuntimeError("stopped by %d" % sig)
signal.signal(signal.SIGALRM, stop)
signal.alarm(1)
try:
    while True:
        pass
except RuntimeError as e:
    print("loop interrupted:", e)
signal.signal(signal.SIGALRM, lambda s, f: print("alarm during sleep"))
signal.alarm(1)
t = time.monotonic()
time.sleep(1.5)
print("slept fully:", time.monotonic() - t >= 1.4)
