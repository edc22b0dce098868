# The _json building blocks as the json package uses them: scanner and encoder objects,
# their attributes, call conventions and argument errors.
import json, _json

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(_json.make_scanner)
check(_json.make_scanner, 1, 2)
check(_json.scanstring)
check(_json.scanstring, 1, 2)
check(_json.scanstring, '"ab"', 1, 0)
check(_json.scanstring, 'ab"', -1)
check(_json.scanstring, 'ab"', 9)
check(_json.scanstring, 'a\x01b"', 0, False)
check(_json.scanstring, 'a\x01b"', 0, True)
check(_json.encode_basestring, 1)
check(_json.encode_basestring_ascii, b'')
sc = _json.make_scanner(json.JSONDecoder())
for args in [('x', -1), (b'1', 0), ('1',), ('1', 0, 1), ('[1]', 5), ('[1, 2] x', 0), ('  1', 0), ('"s"', 0)]:
    try:
        print(repr(sc(*args)))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float, sc.parse_int)
print(type(sc).__name__, _json.make_scanner, _json.make_encoder)
e = _json.make_encoder(None, str, json.encoder.encode_basestring, None, ':', ',', False, False, True)
print(e.markers, e.default, e.encoder, e.indent, e.key_separator, e.item_separator, e.sort_keys, e.skipkeys)
check(_json.make_encoder)
check(_json.make_encoder, *(None,) * 9)
check(_json.make_encoder, {}, str, str, None, 1, 2, 0, 0, 0)
check(_json.make_encoder, [], str, str, None, ':', ',', 0, 0, 0)
check(e)
check(e, 1)
check(e, 1, 0)
check(e, (1, 2.5, 'x', None, True), 0)
e2 = _json.make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)
check(e2, 'x', 0)
e3 = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', True, False, True)
check(e3, {'b': 'x', 'a': ['y']}, 0)
e4 = _json.make_encoder({}, lambda o: [o], json.encoder.encode_basestring_ascii, None, ':', ',', False, True, False)
check(e4, {(1,): 1, 'k': {1, 2}.__class__}, 0)
check(e4, float('nan'), 0)

class L(list):
    def __iter__(self):
        return iter(['iter'])
class T(tuple):
    pass
class Dct(dict):
    def items(self):
        return [('x', 1), ('y', 2)]
print(json.dumps(L([1, 2])), json.dumps(L([1, 2]), indent=1), json.dumps(T((3, 4))))
print(json.dumps(Dct(a=1)), json.dumps(Dct(a=1), indent=1), json.dumps(Dct()))
class S(str):
    pass
class I(int):
    def __repr__(self):
        return 'I!'
class F(float):
    def __repr__(self):
        return 'F!'
print(json.dumps([S('s'), I(3), F(2.5), True, {I(4): F(1.5), F(0.25): S('v')}]))
print(json.dumps([S('s'), I(3), F(2.5)], indent=2))
print(list(json.JSONEncoder().iterencode([S('s'), I(3), F(2.5)])))
class BadItems(dict):
    def items(self):
        return [(1, 2, 3)]
check(json.dumps, BadItems(a=1))
print(json.JSONDecodeError('msg', 'ab\ncd\nef', 7).args, json.JSONDecodeError('m', 'abc', 2).__reduce__())
