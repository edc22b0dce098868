def f(*a): raise ValueError("v")
x = f(1,
      2,
      3)
