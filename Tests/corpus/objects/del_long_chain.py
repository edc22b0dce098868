# timeout: 40
# Freeing long chains of instances must not overflow the native stack.
class Node:
    def __init__(self, nxt): self.nxt = nxt
head = None
for i in range(40000):
    head = Node(head)
head = None
print("chain freed")
class Fin:
    count = 0
    def __init__(self, nxt): self.nxt = nxt
    def __del__(self): Fin.count += 1
head = None
for i in range(5000):
    head = Fin(head)
head = None
print("finalized", Fin.count)
class Slotted:
    __slots__ = ("nxt",)
    def __init__(self, nxt): self.nxt = nxt
head = None
for i in range(40000):
    head = Slotted(head)
del head
print("slotted chain freed")
