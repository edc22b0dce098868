import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None, tb.tb_lineno)
sys.excepthook = hook
raise ValueError("to the hook")
