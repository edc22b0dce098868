import sys
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()))
class Neg:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(e)
class NoInt:
    def __sizeof__(self): return 'x'
try:
    sys.getsizeof(NoInt())
except TypeError as e:
    print(e)
print(sys.getsizeof(NoInt(), 'default'))
