# Memory: objects that form reference cycles, created in a loop.
class Node:
    def __init__(self):
        self.other = None

def work(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    return n

print(work(1_000_000))
