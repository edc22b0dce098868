import itertools as it

print(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)), list(it.product()))
print(list(it.product('ab', [])), list(it.product([1], repeat=0)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), list(it.permutations([], 0)))
print(list(it.permutations('ab', 3)), list(it.permutations('abc', 0)), list(it.permutations('abc', None))[:2])
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations(range(4), 5)))
print(list(it.combinations('abc', 0)), list(it.combinations([], 0)), list(it.combinations([], 1)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)),
      list(it.combinations_with_replacement('a', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))),
      len(list(it.combinations_with_replacement(range(5), 3))))
for e in ['it.product(1)', 'it.product([1], repeat=-1)', 'it.product([1], x=1)', 'it.product(repeat="a")',
          'it.permutations([1], -1)', 'it.permutations()', 'it.permutations([1], r="a")', 'it.permutations([1], 2, 3)',
          'it.combinations([1], -1)', 'it.combinations()', 'it.combinations([1])', 'it.combinations([1], None)',
          'it.combinations([1], 2, 3)', 'it.combinations_with_replacement([1], -1)', 'it.combinations_with_replacement([1])']:
    try:
        print(e, '->', repr(eval(e))[:20])
    except (TypeError, ValueError) as exc:
        print(e, '!!', type(exc).__name__, exc)
class P(it.product):
    pass
print(list(P('ab', 'c')), P.__mro__)
