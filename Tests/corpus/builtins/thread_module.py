import _thread
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(e)
with lock:
    print('inside', lock.locked())
print(lock.locked(), type(lock).__name__, _thread.LockType is type(lock))
done = _thread.allocate_lock()
done.acquire()
results = []
def worker(n, k=1):
    results.append(n * k)
    done.release()
ident = _thread.start_new_thread(worker, (21,), {'k': 2})
done.acquire()
print(results, type(ident).__name__, ident != _thread.get_ident())
r = _thread.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
for args in ((1, ()), (worker, []), (worker, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
print(_thread.TIMEOUT_MAX > 1e6, _thread.stack_size(), _thread.error is RuntimeError)
print(type(_thread.get_native_id()).__name__)
