# Objects held by containers at exit.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
b = A("b")
lst = [A("l1"), A("l2")]
t = (A("t1"), A("t2"))
d = {"k1": A("d1"), "k2": A("d2")}
h = A("h")
h.child = A("child")
x = A("x")
print("end")
