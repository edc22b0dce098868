# Finalizers at exit still see modules, builtins and globals.
import sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n, sys is None, A.__name__, len([1, 2]))
m = A("m")
_n = A("_n")
print("end")
