print(None, repr(None), str(None), bool(None), type(None).__name__)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(NotImplemented)() is NotImplemented if False else 'skip', type(...)() is ... if False else 'skip')
try:
    type(None)(1)
except TypeError as e:
    print('TypeError', e)
print(None == None, None is None, None != 0, [None] == [None], {None: 1}[None])
print(hash(None) == hash(None), None in [None], None in {None}, None in (0, None))
print([x for x in [None, 0, '', []] if x is not None])
