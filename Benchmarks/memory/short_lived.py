# Memory: 10 million short-lived objects, lists, closures and bound methods. Peak RSS must stay
# small (the runner reports it): nothing may accumulate.
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

def make_closure(v):
    def inner():
        return v
    return inner

def work(n):
    total = 0
    for i in range(n):
        p = Point(i)            # an instance (+ its attribute dict)
        lst = [i, i + 1]        # a list
        f = make_closure(i)     # a closure (function + cell)
        m = p.get               # a bound method
        total += m() + f() + lst[1] - lst[0]
    return total

print(work(2_500_000))  # 4 objects per iteration: 10 million in all
