# Containers shared by threads: every single operation is atomic, so counts add up exactly
# and the final contents are deterministic once the threads are joined (results sorted).
import _thread

N_THREADS = 4
N = 2000

shared_list = []
shared_dict = {}
shared_set = set()
done = _thread.allocate_lock()
guard = _thread.allocate_lock()
left = [N_THREADS]
done.acquire()


def finish():
    with guard:
        left[0] -= 1
        if left[0] == 0:
            done.release()


def worker(tid):
    for i in range(N):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_set.add(i % 100)
        shared_dict.setdefault(("common", i % 10), tid)
        if i % 4 == 0:
            shared_list.pop()
            del shared_dict[(tid, i)]
    finish()


for t in range(N_THREADS):
    _thread.start_new_thread(worker, (t,))
done.acquire()

print(len(shared_list), len(shared_dict), len(shared_set))
print(sorted(k for k in shared_dict if k[0] != "common")[:3])
print(sorted(shared_set)[:5], sorted(shared_set)[-1])
print(sorted(k for k in shared_dict if k[0] == "common"))
print(all(shared_dict[("common", j)] in range(N_THREADS) for j in range(10)))

# Iterating a list while another thread keeps changing it never fails.
stop = [False]
done.acquire(False)
left[0] = 1
data = list(range(1000))


def mutator():
    k = 0
    while not stop[0]:
        data.append(k)
        if len(data) > 1500:
            del data[:400]
        data.insert(0, -k)
        k += 1
    finish()


_thread.start_new_thread(mutator, ())
ok = True
for _ in range(50):
    for x in data:
        if type(x) is not int:
            ok = False
    sorted(data)
    list(reversed(data))
stop[0] = True
done.acquire()
print("iteration ok:", ok)

# Sorting a list under concurrent appends: an all-int sort is one atomic step.
left[0] = 1
nums = [5, 3, 1, 4, 2] * 100
stop[0] = False


def appender():
    while not stop[0]:
        nums.append(0)
        if len(nums) > 5000:
            nums.clear()
            nums.extend([5, 3, 1, 4, 2] * 100)
    finish()


_thread.start_new_thread(appender, ())
errors = 0
for _ in range(50):
    try:
        nums.sort()
    except ValueError:
        errors += 1
stop[0] = True
done.acquire()
print("sort errors:", errors)
