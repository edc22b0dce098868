try:
    raise ValueError
finally:
    raise SystemExit("from finally")
