# Finalization at exit follows creation order, not the order of the names.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
first = A("first")
second = A("second")
first = A("third")
print("end of script")
