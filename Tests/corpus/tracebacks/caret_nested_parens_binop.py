x = 1
y = x + (x + "a")
