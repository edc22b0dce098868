def inner():
    raise ValueError("deep")
def outer():
    try:
        inner()
    except ValueError as e:
        raise ExceptionGroup("wrapped", [e])
try:
    outer()
except* TypeError:
    pass
