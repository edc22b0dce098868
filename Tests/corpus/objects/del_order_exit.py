# Module-level objects are finalized at exit in CPython's order.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
b = A("b")
_a = A("_a")
c = A("c")
__d = A("__d")
x = A("x")
print("end of script")
