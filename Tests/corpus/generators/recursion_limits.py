# Deeply nested generators: yield from chains count toward the recursion limit; closing and
# dropping deep chains; recursive generators.
import sys
sys.setrecursionlimit(200)

def rec(n):
    yield n
    if n:
        yield from rec(n - 1)

count = 0
try:
    for x in rec(500):
        count += 1
except RecursionError as e:
    print("RecursionError after", count, "items:", e)

print(sum(rec(100)))

def nest(n):
    if n == 0:
        yield "leaf"
        return
    try:
        yield from nest(n - 1)
    finally:
        if n % 50 == 0:
            print("finally", n)

g = nest(150)
print(next(g))
g.close()
print("closed")
g = nest(150)
print(next(g))
del g
print("dropped")

def tree(d):
    if d == 0:
        yield 1
        return
    yield from tree(d - 1)
    yield from tree(d - 1)
print(sum(tree(10)))

# a generator that recurses by calling next() on new generators
def chain(n):
    if n == 0:
        yield 0
    else:
        yield next(chain(n - 1)) + 1
try:
    print(next(chain(500)))
except RecursionError as e:
    print("RecursionError:", e)
print(next(chain(50)))
