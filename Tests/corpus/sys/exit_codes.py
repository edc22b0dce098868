import sys
for arg in ((), (0,), (5,), ('msg',), (None,), (True,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
sys.exit('final message')
