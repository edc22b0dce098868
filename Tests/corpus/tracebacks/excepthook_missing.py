import sys
del sys.excepthook
raise ValueError("missing hook")
