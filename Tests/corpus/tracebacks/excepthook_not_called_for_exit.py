import sys
def hook(*a): print("hook called")
sys.excepthook = hook
raise SystemExit(5)
