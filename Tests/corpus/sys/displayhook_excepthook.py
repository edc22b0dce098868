import sys
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
sys.displayhook(None)
sys.displayhook(42)
print(__builtins__._ if hasattr(__builtins__, '_') else __builtins__['_'])
sys.displayhook('text')
try:
    raise ValueError('printed by hook')
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    sys.excepthook(1, 2, 3)
except TypeError as e:
    print(e)
