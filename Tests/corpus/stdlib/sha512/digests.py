# The native _sha512 module (the digest random.seed uses for str/bytes seeds).
import _sha512

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for data in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 9]:
    print(len(data), _sha512.sha512(data).hexdigest(), _sha512.sha384(data).hexdigest())
h = _sha512.sha512()
for i in range(300):
    h.update(bytes([i % 256]) * (i % 17))
c = h.copy()
c.update(b'more')
print(h.hexdigest(), c.hexdigest(), h.digest()[:8])
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size)
print(_sha512.sha512(bytearray(b'xyz')).hexdigest() == _sha512.sha512(memoryview(b'xyz')).hexdigest())
print(_sha512.sha512(string=b'k').hexdigest()[:16], _sha512.sha512(b'k', usedforsecurity=False).hexdigest()[:16])
print(type(h).__name__, type(h).__module__)
check(_sha512.sha512, 'text')
check(_sha512.sha512, 5)
check(h.update, 'text')
check(h.update)
check(_sha512.sha512, b'', x=1)
check(_sha512.sha512, b'', b'')
