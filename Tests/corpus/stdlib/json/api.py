import json
from collections import OrderedDict
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for o,kw in [(float('nan'),{'allow_nan':False}),({'a':float('inf')},{'allow_nan':False}),({float('inf'):1},{'allow_nan':False}),({(1,2):1},{}),(object(),{}),({1:2,'1':3},{}),({True:1,None:2,1.5:3,2:4},{}),([1,[2,[3]]],{'indent':2}),({'b':1,'a':[]},{'indent':'\t','sort_keys':True}),({'a':{}},{'indent':0}),('é\u2028\x00\ud800😀\x7f',{}),('é\u2028\x00\ud800😀\x7f',{'ensure_ascii':False}),({(1,):2, 'x':1},{'skipkeys':True}),([1.0, 1e100, 1e-7, -0.0, 3.14, 2**70, -2**64],{}),({'a':1,'b':2},{'separators':(',',':')}),({2:1,1:2},{'sort_keys':True}),({2:1,'1':2},{'sort_keys':True}), ([float('nan'), float('inf'), -float('inf')], {}), ({'x': [1, {'y': None}], 'z': 'w'}, {'indent': 4, 'separators': (', ', ' = ')}), (float('nan'), {'allow_nan': False, 'indent': 1}), ({"k": set()}, {'default': list}), ("plain", {}), (None, {}), (True, {}), (12, {}), ([], {'indent': 2}), ({}, {'indent': 2}), ([[]], {'indent': 2}), (OrderedDict([('b', 1), ('a', 2)]), {}), ((1, (2, 3)), {})]:
    check(json.dumps, o, **kw)
a=[]; a.append(a)
check(json.dumps, a)
check(json.dumps, a, indent=1)
d={}; d['d']=d
check(json.dumps, d)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(E().encode([1j, 2]), json.dumps({'c': 3+4j}, cls=E), json.dumps(2j, cls=E, indent=1))
check(json.dumps, 1j)
print(list(json.JSONEncoder().iterencode({'a':[1,2,{'b':None}], 'c':'x'})))
print(list(json.JSONEncoder(indent=2).iterencode({'a':[1,2,{'b':None}], 'c':'x', 'd': [], 'e': 1.5})))
print(list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode('s')), json.JSONEncoder().encode('s'))
check(json.loads, '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e5}}')
for bad in ['[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\x01"', '[', '{', '{"a":', '-', '1.', '1e', '[-]', 'nul', 'tru', '\ufeff1', '1 2', '', ' ', '[1,', '"\\ud800"', '"\\ud800\\u0041"', '["\\', '{"a"', '{"a":1', '[1', '[1,2', '1]', 'NaN', '-Infinity', '-Infinityx', '01', '-0', '1E5', '1.5e-3', '[Infinity,-Infinity,NaN]', '"\\ud83d\\ude00"', '\n\n  [1,\n 2,,]', '{"a": 1, "a": 2}', ' 12345678901234567890123 ', '1.0e+400', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"é😀"', '[1.5E-3, 0.0, -0.0]', 'true false', '{"é": "\\u00e9"}', b'[1, 2]', bytearray(b'{"a": 1}'), '"\u2028\t"', 5, None]:
    check(json.loads, bad)
check(json.loads, '"a\tb"', strict=False)
check(json.loads, '1.5', parse_float=str)
check(json.loads, '[1, 2.5]', parse_int=float, parse_float=lambda s: 'F' + s)
check(json.loads, '[NaN, Infinity]', parse_constant=lambda s: s.lower())
check(json.loads, '{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
check(json.loads, '{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict)
check(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=list, object_hook=dict)
for b in ['[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'), '[1]'.encode('utf-16-be'), '[1]'.encode('utf-32'), '[1]'.encode('utf-32-le'), '[1]'.encode('utf-32-be'), '[1]'.encode('utf-8-sig'), '"é"'.encode()]:
    check(json.loads, b)
try:
    json.loads('{"a": [1, 2,\n  3,, 4]}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError), e.args)
print(json.decoder.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('x [2]', 2))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {'wrapped': d}
print(json.loads('{"a": {"b": 1}}', cls=D))
class R:
    def read(self): return '[3, 4]'
print(json.load(R()))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump([1, {'a': 'b'}], w); print(w.parts)
w = W(); json.dump({'a': [1, 2]}, w, indent=1); print(w.parts)
print(json.__all__, json.__version__)
print(json.dumps({'ü': 'ñ'}, ensure_ascii=False), json.dumps('\x00\x1f\x7f\x80\xff\u0100\uffff\U00010000'))
print(json.encoder.encode_basestring_ascii('a"b\\'), json.encoder.encode_basestring('\n'))
print(json.encoder.py_encode_basestring_ascii('é\n😀"'), json.encoder.py_encode_basestring('é\n😀"\x01'))
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('x"\\ud83d\\ude00"', 2))
check(json.decoder.scanstring, '"abc', 1)
check(json.dumps, {1: 2}, indent=1.5)
check(json.loads, '[' * 100000 + ']' * 100000)
print(json.dumps(list(range(30)), indent=None, separators=(',', ':')))
big = {'k%d' % i: [i, str(i), i * 0.5, None, {'n': i}] for i in range(200)}
print(json.loads(json.dumps(big)) == big, len(json.dumps(big, indent=2, sort_keys=True)))
