# A KeyboardInterrupt raised by the SIGINT handler inside a loop and caught by the program.
import signal
# The default handler, installed explicitly: a process started with SIGINT ignored (a background
# job of a non-interactive shell) would otherwise keep ignoring it, in CPython as in swiftpy.
signal.signal(signal.SIGINT, signal.default_int_handler)
count = 0
def f():
    global count
    while True:
        count += 1
        if count == 1000:
            signal.raise_signal(signal.SIGINT)
try:
    f()
except KeyboardInterrupt as e:
    print("interrupted at", count, repr(e))
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
# Uncaught: the traceback, then the process ends by SIGINT (not checked here: the corpus
# counts a death by signal as a failure).
