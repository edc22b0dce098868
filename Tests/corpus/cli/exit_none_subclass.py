# raise SystemExit(None) ends with status 0; a subclass of SystemExit is honoured too.
class Done(SystemExit):
    pass
print("running")
try:
    raise SystemExit(None)
except SystemExit as e:
    print("caught", e.code)
raise Done(0)
