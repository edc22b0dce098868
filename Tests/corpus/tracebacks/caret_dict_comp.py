keys = ["a", "b"]
d = {k: k + 1 for k in keys}
