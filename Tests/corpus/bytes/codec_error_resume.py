def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# surrogateescape on decoding escapes the leading high bytes, then decoding resumes.
t(lambda: b'\xaf\xad%\xd7c\xfd'.decode('utf-32-be', 'surrogateescape'))
t(lambda: b'\xaf\xad\xd7c'.decode('utf-32-be', 'surrogateescape'))
t(lambda: b'\xff\x00'.decode('utf-16-le', 'surrogateescape'))
# surrogateescape on encoding needs the whole run to be escaped bytes; never for UTF-16/32.
t(lambda: ' é\udc80ﬁ½𝔘'.encode('cp1252', 'surrogateescape'))
t(lambda: 'a\udc80\udcff'.encode('latin-1', 'surrogateescape'))
t(lambda: 'a\udc80'.encode('utf-32-be', 'surrogateescape'))
t(lambda: 'a\udc80'.encode('utf-16', 'surrogateescape'))
t(lambda: 'a\udc80'.encode('utf-8', 'surrogateescape'))
