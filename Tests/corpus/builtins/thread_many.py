import _thread, time
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
count = [0]
N = 8
def work(i):
    total = 0
    for k in range(2000):
        total += k
    with lock:
        count[0] += 1
        if count[0] == N:
            finished.release()
finished.acquire()
for i in range(N):
    _thread.start_new_thread(work, (i,))
finished.acquire()
print(count[0])
