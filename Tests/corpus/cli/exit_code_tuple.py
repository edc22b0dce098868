# SystemExit with several arguments: code is the tuple, printed on stderr, status 1.
print("start")
raise SystemExit(2, "two")
