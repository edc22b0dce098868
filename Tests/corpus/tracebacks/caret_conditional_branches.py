x = 1
y = x if x else x + "a"
y2 = x + "b" if x else 2
