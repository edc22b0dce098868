import sys
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit(-1)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
