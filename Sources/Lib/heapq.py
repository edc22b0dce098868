"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

# swiftpy's heapq: the heap primitives are native (_heapq); merge, nlargest and nsmallest
# are written here. They compare items in the same order as CPython's heapq, so results
# (and which comparison fails first) are the same.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1

    # Heap entries are lists [sort value, position, (value,) next]: the position breaks
    # ties in favour of the earlier input and keeps values themselves from being compared.
    heap = []
    if key is None:
        for position, iterable in enumerate(iterables):
            advance = iter(iterable).__next__
            try:
                heap.append([advance(), position * direction, advance])
            except StopIteration:
                pass
        make_heap(heap)
        while len(heap) > 1:
            try:
                while True:
                    entry = heap[0]
                    value, _, advance = entry
                    yield value
                    entry[0] = advance()
                    replace(heap, entry)
            except StopIteration:
                pop(heap)
        if heap:
            value, _, advance = heap[0]
            yield value
            yield from advance.__self__
        return

    for position, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
            heap.append([key(value), position * direction, value, advance])
        except StopIteration:
            pass
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                _, _, value, advance = entry
                yield value
                value = advance()
                entry[0] = key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        _, _, value, advance = heap[0]
        yield value
        yield from advance.__self__


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        found = min(it, default=missing) if key is None else min(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n smallest seen so far in a max-heap of [sort value, arrival, (value)]
    # entries; a newcomer enters only when it is below the current worst.
    it = iter(iterable)
    if key is None:
        heap = [(value, arrival) for arrival, value in zip(range(n), it)]
        if not heap:
            return heap
        _heapify_max(heap)
        worst = heap[0][0]
        arrival = n
        for value in it:
            if value < worst:
                _heapreplace_max(heap, (value, arrival))
                worst, _ = heap[0]
                arrival += 1
        heap.sort()
        return [value for value, _ in heap]

    heap = [(key(value), arrival, value) for arrival, value in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    worst = heap[0][0]
    arrival = n
    for value in it:
        k = key(value)
        if k < worst:
            _heapreplace_max(heap, (k, arrival, value))
            worst, _, _ = heap[0]
            arrival += 1
    heap.sort()
    return [value for _, _, value in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        found = max(it, default=missing) if key is None else max(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Keep the n largest in a min-heap; arrivals count down so that among equals the
    # earlier one sorts as larger (the stable order of sorted(..., reverse=True)).
    it = iter(iterable)
    if key is None:
        heap = [(value, arrival) for arrival, value in zip(range(0, -n, -1), it)]
        if not heap:
            return heap
        heapify(heap)
        worst = heap[0][0]
        arrival = -n
        for value in it:
            if worst < value:
                heapreplace(heap, (value, arrival))
                worst, _ = heap[0]
                arrival -= 1
        heap.sort(reverse=True)
        return [value for value, _ in heap]

    heap = [(key(value), arrival, value) for arrival, value in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    worst = heap[0][0]
    arrival = -n
    for value in it:
        k = key(value)
        if worst < k:
            heapreplace(heap, (k, arrival, value))
            worst, _, _ = heap[0]
            arrival -= 1
    heap.sort(reverse=True)
    return [value for _, _, value in heap]
