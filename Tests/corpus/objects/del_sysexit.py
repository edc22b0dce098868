# Finalizers run after sys.exit() too.
import sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A("a")
b = A("b")
def f():
    sys.exit(0)
try:
    f()
finally:
    print("finally")
