def check(x):
    assert x > 0, f"expected positive, got {x}"
check(-1)
