# Stress: N threads (default 8) x OPS mixed operations (default 100,000 per thread) on a
# shared list, dict, set, deque and the attributes of a shared object. Each single operation
# must be atomic: no crash, no corruption. Threads use disjoint keys/elements/attribute names
# for the dict, set and attributes, so each thread's final view must equal its private model;
# list and deque lengths must equal appends minus successful pops. Prints "OK ..." or raises.
import sys
import threading
from collections import deque

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
OPS = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000


class Shared:
    pass


shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()
shared_obj = Shared()
counter_lock = threading.Lock()
counts = {"list_appends": 0, "list_pops": 0, "deque_appends": 0, "deque_pops": 0,
          "iteration_errors": 0}
failures = []
start = threading.Barrier(THREADS)


def worker(tid):
    model_dict = {}
    model_set = set()
    model_attrs = {}
    list_appends = list_pops = deque_appends = deque_pops = iteration_errors = 0
    rnd = tid * 7919 + 1
    start.wait()
    for i in range(OPS):
        # A small private linear congruential generator: deterministic per thread.
        rnd = (rnd * 1103515245 + 12345) & 0x7FFFFFFF
        op = rnd % 20
        k = (tid, rnd % 64)
        if op == 0:
            shared_list.append(i)
            list_appends += 1
        elif op == 1:
            try:
                shared_list.pop()
                list_pops += 1
            except IndexError:
                pass
        elif op == 2:
            shared_dict[k] = i
            model_dict[k] = i
        elif op == 3:
            shared_dict.pop(k, None)
            model_dict.pop(k, None)
        elif op == 4:
            if k in model_dict:
                del shared_dict[k]
                del model_dict[k]
        elif op == 5:
            upd = {(tid, 64 + j): i for j in range(3)}
            shared_dict.update(upd)
            model_dict.update(upd)
        elif op == 6:
            shared_set.add(k)
            model_set.add(k)
        elif op == 7:
            shared_set.discard(k)
            model_set.discard(k)
        elif op == 8:
            more = {(tid, 100 + j) for j in range(2)}
            shared_set.update(more)
            model_set.update(more)
        elif op == 9:
            shared_deque.append(i)
            deque_appends += 1
        elif op == 10:
            try:
                shared_deque.popleft()
                deque_pops += 1
            except IndexError:
                pass
        elif op == 11:
            name = f"a{tid}_{rnd % 32}"
            setattr(shared_obj, name, i)
            model_attrs[name] = i
        elif op == 12:
            name = f"a{tid}_{rnd % 32}"
            if name in model_attrs:
                delattr(shared_obj, name)
                del model_attrs[name]
        elif op == 13:
            # Iterating a list while others mutate it is allowed (no error in Python).
            n = 0
            for _ in shared_list:
                n += 1
                if n > 50:
                    break
        elif op == 14:
            try:
                n = 0
                for key in shared_dict:
                    n += 1
                    if n > 50:
                        break
            except RuntimeError:
                iteration_errors += 1
        elif op == 15:
            try:
                n = sum(1 for _ in shared_set)
            except RuntimeError:
                iteration_errors += 1
        elif op == 16:
            len(shared_list) + len(shared_dict) + len(shared_set) + len(shared_deque)
        elif op == 17:
            shared_list.extend((i, i))
            list_appends += 2
        elif op == 18:
            shared_dict.setdefault(k, i)
            model_dict.setdefault(k, i)
        else:
            try:
                shared_list[rnd % 8] = i
            except IndexError:
                pass
    # This thread's own keys, elements and attributes must be exactly its model.
    mine = {key: v for key, v in list(shared_dict.items()) if key[0] == tid}
    if mine != model_dict:
        failures.append(f"thread {tid}: dict differs ({len(mine)} vs {len(model_dict)} keys)")
    mine_set = {x for x in list(shared_set) if x[0] == tid}
    if mine_set != model_set:
        failures.append(f"thread {tid}: set differs")
    mine_attrs = {n: v for n, v in list(vars(shared_obj).items()) if n.startswith(f"a{tid}_")}
    if mine_attrs != model_attrs:
        failures.append(f"thread {tid}: attributes differ")
    with counter_lock:
        counts["list_appends"] += list_appends
        counts["list_pops"] += list_pops
        counts["deque_appends"] += deque_appends
        counts["deque_pops"] += deque_pops
        counts["iteration_errors"] += iteration_errors


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if len(shared_list) != counts["list_appends"] - counts["list_pops"]:
    failures.append(f"list length {len(shared_list)} != {counts['list_appends']} - {counts['list_pops']}")
if len(shared_deque) != counts["deque_appends"] - counts["deque_pops"]:
    failures.append(f"deque length {len(shared_deque)} != {counts['deque_appends']} - {counts['deque_pops']}")
if failures:
    print("FAILED")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print(f"OK containers: {THREADS} threads x {OPS} ops; list {len(shared_list)}, dict {len(shared_dict)}, "
      f"set {len(shared_set)}, deque {len(shared_deque)}, iteration errors {counts['iteration_errors']}")
