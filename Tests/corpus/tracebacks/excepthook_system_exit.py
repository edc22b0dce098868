import sys
def hook(t, v, tb):
    print("in hook")
    sys.exit(7)
sys.excepthook = hook
raise ValueError("x")
