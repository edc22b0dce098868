# threading.local / _thread._local: each thread sees its own attributes and __dict__;
# a subclass's __init__ runs again in each thread with the constructor's arguments.
import threading
import _thread

def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    print(threading.local is _thread._local, threading.local.__name__, threading.local.__module__)
    data = threading.local()
    data.x = "main"
    print(data.x, data.__dict__)
    seen = {}
    lock = threading.Lock()


    def worker(n):
        before = hasattr(data, "x")
        data.x = n
        data.y = [n] * 2
        with lock:
            seen[n] = (before, data.x, data.y, sorted(data.__dict__))


    ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(seen.items()))
    print(data.x, data.__dict__)
    try:
        data.y
    except AttributeError as e:
        print("AttributeError:", e)
    del data.x
    try:
        del data.x
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        data.__dict__ = {}
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        threading.local(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        threading.local(a=1)
    except TypeError as e:
        print("TypeError:", e)


    class Counter(threading.local):
        created = 0

        def __init__(self, start, step=1):
            Counter.created += 1
            self.value = start
            self.step = step

        def bump(self):
            self.value += self.step
            return self.value

        @property
        def doubled(self):
            return self.value * 2


    c = Counter(10, step=5)
    print(c.bump(), c.doubled, Counter.created)
    results = []


    def use_counter():
        r = (c.value, c.bump(), c.bump(), c.doubled)
        with lock:
            results.append(r)


    ts = [threading.Thread(target=use_counter) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(results, Counter.created, c.value)
    print(type(c).__mro__[1:])


    class Slots(threading.local):
        kind = "class attribute"


    s = Slots()
    print(s.kind)
    s.kind = "instance"
    out = []
    t = threading.Thread(target=lambda: out.append(s.kind))
    t.start()
    t.join()
    print(s.kind, out)


    class Failing(threading.local):
        def __init__(self):
            if threading.current_thread() is not threading.main_thread():
                raise ValueError("no init here")


    f = Failing()
    errors = []


    def touch():
        try:
            f.attr
        except ValueError as e:
            errors.append(str(e))


    t = threading.Thread(target=touch)
    t.start()
    t.join()
    print(errors)


main()
