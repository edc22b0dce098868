# Resurrection from __del__ and objects created during finalization.
import sys
keep = None
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        global keep
        print("Phoenix.__del__", self.n)
        keep = self
p = Phoenix(1)
del p
print("resurrected", keep.n)
keep = None
print("released again, no second __del__")
class Spawner:
    def __del__(self):
        print("Spawner.__del__ creates a child")
        global child
        child = Child()
class Child:
    def __del__(self):
        print("Child.__del__")
s = Spawner()
del s
print("child exists:", type(child).__name__)
del child
print("child deleted")
# __del__ that deletes another global.
class Remover:
    def __del__(self):
        global victim
        print("Remover.__del__ removes victim")
        del victim
class Victim:
    def __del__(self):
        print("Victim.__del__")
victim = Victim()
r = Remover()
del r
print("victim gone:", "victim" not in globals())
