# The default unraisable hook prints to stderr (only the last line is compared).
# stderr: last-line
class A:
    def __del__(self):
        raise ValueError("from __del__")
a = A()
del a
print("after")
