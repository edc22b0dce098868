compile("if True:\n\tx = 1\n        y = 2\n", "tabs.py", "exec")
