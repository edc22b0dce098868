def f(**kwargs):
    return kwargs["missing"]
f(a=1, b=2)
