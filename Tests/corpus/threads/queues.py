# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; blocking and non-blocking put/get,
# timeouts, Empty/Full, task_done/join, errors; producer/consumer threads.
import queue
import threading
import _queue

def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    print(queue.__all__)
    print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Empty is _queue.Empty)
    print(queue.Empty.__mro__, queue.Empty.__doc__)
    q = queue.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put(i)
    q.put_nowait(3)
    print(q.qsize(), q.empty(), q.unfinished_tasks)
    print([q.get() for _ in range(3)], q.get_nowait(), q.empty())
    for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
        try:
            call()
        except queue.Empty as e:
            print("Empty", repr(e))
    for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)

    bounded = queue.Queue(2)
    bounded.put("a")
    bounded.put("b")
    print(bounded.full(), bounded.qsize())
    for call in (lambda: bounded.put_nowait("c"), lambda: bounded.put("c", False), lambda: bounded.put("c", timeout=0.01)):
        try:
            call()
        except queue.Full as e:
            print("Full", repr(e))
    q2 = queue.Queue()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = queue.LifoQueue()
    for x in "abc":
        lifo.put(x)
    print([lifo.get() for _ in range(3)])
    pq = queue.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0"), (5, "e"), (0, "z")]:
        pq.put(item)
    print([pq.get() for _ in range(6)])

    sq = queue.SimpleQueue()
    print(sq.empty(), sq.qsize())
    sq.put(1)
    sq.put(2, block=False, timeout=3)
    sq.put_nowait(3)
    print(sq.qsize(), sq.get(), sq.get(False), sq.get(timeout=1), sq.empty())
    for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(block=False)):
        try:
            call()
        except queue.Empty as e:
            print("Empty", repr(e))
    for bad in (lambda: sq.get(timeout=-1), lambda: queue.SimpleQueue(1), lambda: sq.get(timeout="x")):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[int])

    # Producers and consumers with task_done/join.
    work = queue.Queue(maxsize=5)
    done = []
    lock = threading.Lock()


    def consumer():
        while True:
            item = work.get()
            if item is None:
                work.task_done()
                return
            with lock:
                done.append(item * item)
            work.task_done()


    consumers = [threading.Thread(target=consumer) for _ in range(3)]
    for t in consumers:
        t.start()


    def producer(base):
        for i in range(20):
            work.put(base + i)


    producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
    for t in producers:
        t.start()
    for t in producers:
        t.join()
    work.join()
    print(len(done), sum(done), work.unfinished_tasks)
    for _ in consumers:
        work.put(None)
    for t in consumers:
        t.join()

    # A SimpleQueue between threads.
    pipe = queue.SimpleQueue()
    got = []


    def reader():
        while (x := pipe.get()) is not None:
            got.append(x)


    t = threading.Thread(target=reader)
    t.start()
    for i in range(100):
        pipe.put(i)
    pipe.put(None)
    t.join()
    print(got == list(range(100)))


main()
