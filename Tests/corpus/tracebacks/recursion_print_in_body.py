# print() of an int counts one level (PyObject_Str) while the recursion goes on: where the
# limit is reached decides the message and the last traceback entry.
def f(n):
    print(n, end=" " if n % 100 else "\n")
    return f(n + 1)
f(0)
