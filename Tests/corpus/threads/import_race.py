# Threads importing the same modules at once: an importer waits while another thread runs
# the module's code (it never sees a half-initialised module), and every thread gets the
# same module object (native modules included).
import sys
import threading

def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    start = threading.Barrier(6)
    seen = []
    lock = threading.Lock()


    def importer(k):
        start.wait()
        import slowinit
        from slowinit import last
        import _queue
        import queue
        with lock:
            seen.append((k, slowinit.first, last, hasattr(queue, "PriorityQueue"),
                         _queue.Empty is queue.Empty, slowinit is sys.modules["slowinit"]))


    ts = [threading.Thread(target=importer, args=(k,)) for k in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for row in sorted(seen):
        print(row)


main()
