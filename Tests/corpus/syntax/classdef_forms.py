# mode: ast
class A:
    pass

class B(A):
    x = 1

class C(A, B, metaclass=M, **kw):
    def method(self):
        return self

class D(*bases, key=value):
    """Docstring."""

class E():
    pass
