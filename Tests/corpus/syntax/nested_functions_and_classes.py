# mode: ast
def outer(a):
    x = a
    def middle(b):
        def inner(c):
            nonlocal x
            return x + b + c
        return inner
    class Local:
        def method(self):
            return x
    return middle, Local
