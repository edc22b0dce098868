x = None
y = x.a if x else x.b
