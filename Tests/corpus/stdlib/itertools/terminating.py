import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=1)), list(it.accumulate('abc')))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], func=None, initial=None)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.chain.from_iterable(x for x in [[1], [2, 3]])), it.chain[int])
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ['ab', [1]])))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)),
      list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice('ABC', 5, 2)), list(it.islice('ABC', None)))
src = iter(range(10))
print(list(it.islice(src, 5, 2)), next(src))
src = iter(range(10))
print(list(it.islice(src, 1, 6, 2)), next(src))
print(list(it.pairwise('ABCDEFG')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.zip_longest('ab', range(3), [None])))
for e in ['it.accumulate()', 'it.accumulate([1], None, 3)', 'list(it.accumulate([1, 2], func=1))',
          'list(it.accumulate(["a", 1]))', 'it.chain(x=1)', 'list(it.chain(1))', 'it.chain.from_iterable()',
          'list(it.chain.from_iterable([1]))', 'it.compress([1])', 'it.compress(1, 2, 3)',
          'it.dropwhile(None)', 'it.dropwhile(x=1)', 'it.takewhile(1)', 'it.filterfalse(None)',
          'it.starmap(1)', 'list(it.starmap(pow, [1]))', 'it.islice([1], -1)', 'it.islice([1], "a")',
          'it.islice([1], 1, 2, 0)', 'it.islice()', 'it.islice([1], 1, 2, 3, 4)', 'it.islice(1, 2)',
          'it.islice([1], start=1)', 'it.islice([1], -1, 2)', 'it.islice([1], 1, -1)', 'it.islice([1], 0.5)',
          'it.pairwise(1)', 'it.pairwise()', 'it.pairwise([1], [2])', 'it.zip_longest(1)',
          'it.zip_longest([1], x=2)']:
    try:
        print(e, '->', repr(eval(e))[:20])
    except (TypeError, ValueError) as exc:
        print(e, '!!', type(exc).__name__, exc)
