import types
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
try:
    tb.tb_next = tb
except ValueError as e:
    print(e)
try:
    tb.tb_next = 5
except TypeError as e:
    print(e)
tb.tb_next = None
print(tb.tb_next)
