def f():
    exit(4)
try:
    f()
except SystemExit as e:
    print("code", e.code, e.args)
raise SystemExit("bye")
