records = [('alice', 30, 'x'), ('bob', 25, 'y'), ('carol', 30, 'z'), ('dave', 25, 'w'), ('eve', 35, 'v'), ('frank', 30, 'u')]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(records, key=lambda r: r[2]), key=lambda r: r[1])
print(two_pass)
nums = [(i % 7, i) for i in range(60)]
s = nums[:]
s.sort(key=lambda p: p[0])
print(s[:15])
s.sort(key=lambda p: p[0], reverse=True)
print(s[:15])
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'g']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
eq = [1.0, 1, True, 1.0, 1]
eq.sort()
print([type(x).__name__ for x in eq])
eq.sort(reverse=True)
print([type(x).__name__ for x in eq])
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({3: 'a', 1: 'b'}), sorted(set([5, 1, 3])))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, 'b'), (1, 'a')]), sorted([-1, -5, 3], key=abs))
