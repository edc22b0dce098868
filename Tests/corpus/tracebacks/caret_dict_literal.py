keys = [[1]]
d = {keys[0]: 1}
