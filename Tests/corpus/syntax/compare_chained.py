# mode: ast
a < b <= c == d != e > f >= g
a is b is not c in d not in e
x == y
not a < b
1 < x < 10
