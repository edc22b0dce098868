import sys
sys.excepthook = None
raise ValueError("no hook")
