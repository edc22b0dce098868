import heapq, random
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
r = random.Random(1)
for trial in range(30):
    data = [r.randrange(50) for _ in range(r.randrange(40))]
    h = list(data); heapq.heapify(h); print(h)
    h2 = []
    for x in data: heapq.heappush(h2, x)
    print(h2, [heapq.heappop(h2) for _ in range(len(h2))])
    if h: print(heapq.heapreplace(h, 25), heapq.heappushpop(h, 10), h)
    for n in (0, 1, 3, 10, 100):
        print(heapq.nsmallest(n, data), heapq.nlargest(n, data), heapq.nsmallest(n, iter(data), key=lambda x: -x), heapq.nlargest(n, iter(data), key=lambda x: x % 7))
big = [r.random() for _ in range(5000)]; hb = list(big); heapq.heapify(hb); print(hb[:10], hb[-5:])
hm = list(big); heapq._heapify_max(hm); print(hm[:5], heapq._heappop_max(hm), heapq._heapreplace_max(hm, 0.5), hm[:3])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)), list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge([], [])))
check(heapq.heappop, [])
check(heapq.heappush, (), 1)
check(heapq.heappop, ())
check(heapq.heapify, None)
check(heapq.heapreplace, [], 1)
check(heapq.heappushpop, [], 1)
check(heapq.heappush, [1])
check(heapq.heappush, [1], 2, 3)
check(heapq.heappop)
check(heapq.heappush, [], 1, k=2)
check(heapq.heappush, [1], 'a')
check(heapq.nsmallest, 2, [1, 'a', 2])
check(heapq.nlargest, 2, [1, 'a', 2])
print(heapq.nsmallest(2, {3: 1, 1: 2, 2: 3}), heapq.nlargest(3, 'hello world'), heapq.nsmallest(-1, [1]), heapq.nlargest(1, []))
print(heapq.__all__, heapq.heappush.__module__)
