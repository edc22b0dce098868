class A:
    def __call__(self, n):
        return self(n + 1)
A()(0)
