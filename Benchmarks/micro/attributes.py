# Attribute reads and writes on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def work(n):
    p = Point(1, 2)
    for i in range(n):
        p.x = p.y + i
        p.y = p.x - i + 1
    return p.x, p.y

print(work(4_000_000))
