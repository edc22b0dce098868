data = [1, 2, "3"]
total = sum(x * 2 + 1 for x in data)
