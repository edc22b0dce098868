import sys
sys.tracebacklimit = 0
def a(): raise ValueError("no traceback")
a()
