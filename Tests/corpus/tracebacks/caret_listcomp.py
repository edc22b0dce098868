data = [1, 2, 0]
inv = [10 // x for x in data]
