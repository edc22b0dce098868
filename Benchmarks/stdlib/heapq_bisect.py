# Priority-queue and sorted-insertion workloads (heapq and bisect are C-accelerated in CPython).
import heapq, bisect

heap = []
x = 12345
for i in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    heapq.heappush(heap, (x % 100000, i))
total = 0
while heap:
    total += heapq.heappop(heap)[0]
data = [(i * 7919) % 100003 for i in range(200000)]
h = list(data)
heapq.heapify(h)
s = heapq.nsmallest(10, data), heapq.nlargest(10, data)
sorted_list = []
for v in data[:20000]:
    bisect.insort(sorted_list, v)
hits = sum(bisect.bisect_left(sorted_list, v) for v in data[:100000])
print(total, h[:3], s, sorted_list[:5], hits)
