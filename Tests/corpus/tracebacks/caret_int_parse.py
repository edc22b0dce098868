values = ["1", "2", "x3"]
total = sum(int(v) for v in values)
