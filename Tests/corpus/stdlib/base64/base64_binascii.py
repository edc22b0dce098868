import base64, binascii
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\x00']
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d)[:20], base64.b85encode(d)[:30], base64.a85encode(d)[:30])
    print(base64.b32decode(base64.b32encode(d)) == d, base64.b32hexdecode(base64.b32hexencode(d)) == d, base64.b16decode(base64.b16encode(d)) == d, base64.b85decode(base64.b85encode(d)) == d, base64.a85decode(base64.a85encode(d)) == d, base64.b85encode(d, pad=True)[-5:])
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.standard_b64encode(b'x'), base64.standard_b64decode(b'eA=='), base64.urlsafe_b64decode('-_8='))
check(base64.b64decode, 'aGVsbG8'); check(base64.b64decode, 'aGV!sbG8='); check(base64.b64decode, 'aGV!sbG8=', validate=True); check(base64.b64decode, 'é'); check(base64.b64decode, 5)
check(base64.b32decode, 'MZXW6==='); check(base64.b32decode, 'mzxw6==='); check(base64.b32decode, 'mzxw6===', casefold=True); check(base64.b32decode, 'MZXW6'); check(base64.b32decode, 'MZXW6=1='); check(base64.b32decode, 'M1XW6===', map01='L'); check(base64.b32decode, 'MZXW====')
check(base64.b16decode, '0102ab'); check(base64.b16decode, '0102ab', casefold=True); check(base64.b16decode, '0102AB'); check(base64.b16decode, '012')
check(base64.b85decode, b'|NsC0'); check(base64.b85decode, b'|NsC"'); check(base64.b85decode, b'~~~~~'); check(base64.a85decode, b'<~FCfN8~>', adobe=True); check(base64.a85decode, b'FCfN8', adobe=True); check(base64.a85decode, b'zz'); check(base64.a85decode, b'az'); check(base64.a85decode, b'y', foldspaces=True); check(base64.a85decode, b's8W-"')
print(base64.a85encode(b'    ' * 3, foldspaces=True), base64.a85encode(b'\0' * 8), base64.a85encode(b'hello world' * 3, wrapcol=10, adobe=True), base64.a85encode(b'abc', pad=True))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\neHh4\n'))
check(base64.encodebytes, 'x')
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.hexlify(b'\x01\xab\xcd', b':', 2), binascii.hexlify(b'\x01\xab\xcd', ':', -2), binascii.b2a_hex(b'\x00'))
check(binascii.hexlify, 'ab'); check(binascii.hexlify, b'ab', 'xx')
check(binascii.unhexlify, 'abcd'); check(binascii.unhexlify, b'ABcd'); check(binascii.unhexlify, 'abc'); check(binascii.unhexlify, 'zz'); check(binascii.unhexlify, 'é1'); check(binascii.unhexlify, 5); check(binascii.a2b_hex, bytearray(b'00ff'))
check(binascii.b2a_base64, b'hello'); check(binascii.b2a_base64, b'hello', newline=False); check(binascii.b2a_base64, 'x'); check(binascii.b2a_base64, b'')
for s in [b'aGVsbG8=\n', 'aGVsbG8=', b'aGVsbG8', b'a', b'aGV!sbG8=', b'aGVsbG8=extra', b'aGVsbG8===', b'ab=c', b'abc=d=', b'a=bc', b'abcde', b'abcdef', b'====', b'']:
    check(binascii.a2b_base64, s)
    check(binascii.a2b_base64, s, strict_mode=True)
check(binascii.a2b_base64, b'aG=V', strict_mode=True)
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 5), binascii.crc32(b'hello', -1), binascii.crc32(b'hello', 2**40), binascii.crc32(b''), binascii.crc32(b'a' * 1000))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'', 7))
check(binascii.crc32); check(binascii.crc_hqx, b'x')
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, issubclass(binascii.Error, ValueError))
print(base64.__all__)
