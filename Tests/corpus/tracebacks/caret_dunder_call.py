class V:
    def __add__(self, other):
        return other.missing
v = V() + 1
