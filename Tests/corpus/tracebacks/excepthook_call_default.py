import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("still running")
sys.__excepthook__(KeyError, KeyError("k"), None)
sys.excepthook(ValueError, "not an exception", None)
