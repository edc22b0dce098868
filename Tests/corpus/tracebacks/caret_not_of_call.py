def g(x): raise ValueError
return_value = not g(1)
