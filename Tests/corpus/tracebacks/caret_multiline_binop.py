a = 1
b = None
c = (a +
     b)
