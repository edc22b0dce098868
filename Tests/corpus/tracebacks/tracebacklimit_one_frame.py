import sys
sys.tracebacklimit = 1
def f(): g()
def g(): 1/0
f()
