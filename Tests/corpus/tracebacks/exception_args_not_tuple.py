e = BaseException(1, 2)
e.args = [3]
print(e.args, repr(e))
e.args = 5
