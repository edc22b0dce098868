for kw in ({'sep': 1}, {'end': 2}, {'file': 1}, {'foo': 1}, {'sep': b'x'}):
    try:
        print('a', **kw)
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __str__(self): raise ValueError('no str')
try:
    print(Bad())
except ValueError as e:
    print('ValueError', e)
class NoWrite: pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
