class D(dict):
    def __missing__(self, key):
        print('missing called for', key)
        return len(str(key))
d = D({'a': 1})
print(d['a'], d['hello'], d.get('hello'), 'hello' in d, d.setdefault('x', 5), d)
print(d.pop('zz', 'pop-default'))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + str(key))
try:
    Raising()['k']
except LookupError as e:
    print('LookupError', e)
class NotCallable(dict):
    __missing__ = 5
try:
    NotCallable()['k']
except TypeError as e:
    print('TypeError', e)
class ViaInstance(dict):
    pass
v = ViaInstance()
v.__missing__ = lambda k: 'instance attr'
try:
    v['k']
except KeyError as e:
    print('KeyError', e)
print(dict.__getitem__(D(), 'q') if False else 'skip')
try:
    dict.__getitem__(D(b=2), 'q')
except KeyError as e:
    print('KeyError via dict.__getitem__', e)
print(D(b=2).__getitem__('bb'))
class Static(dict):
    @staticmethod
    def __missing__(key):
        return 'static ' + key
try:
    print(Static()['s'])
except TypeError as e:
    print('TypeError', e)
