exec("def f():\n  x = 1\n    y = 2")
