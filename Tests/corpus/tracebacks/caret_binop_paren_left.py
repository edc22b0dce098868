x = 1
y = "s"
z = (x) + y
