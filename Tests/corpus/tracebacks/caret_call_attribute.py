class Box:
    def open(self, n):
        return n.lid
box = Box()
result = box.open(3) + 1
