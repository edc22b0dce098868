try:
    raise SystemExit(3)
finally:
    print("finally")
