def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args, repr(e), isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    "ab\u20acc".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    e.start = 0
    e.reason = "changed"
    print(str(e))
for c in ['UnicodeDecodeError()', 'UnicodeDecodeError(1,2,3,4,5)', 'UnicodeDecodeError("a",b"x",0,1,"r")', 'UnicodeEncodeError("a","x",0,1,"r")',
          'UnicodeEncodeError("a",b"x",0,1,"r")', 'UnicodeDecodeError("a","x",0,1,"r")', 'UnicodeDecodeError("a",bytearray(b"xy"),0,2,"r")',
          'UnicodeDecodeError("a",b"xy",5,9,"r")', 'UnicodeEncodeError("a","xy",5,9,"r")', 'UnicodeEncodeError("a","\u20acy",0,1,"r")',
          'UnicodeTranslateError("xy",0,1,"r")', 'UnicodeEncodeError("a","\U0001f600",0,1,"r")']:
    try:
        e = eval(c)
        print(repr(e), "|", str(e), "|", e.args, e.start, e.end, repr(e.object))
    except Exception as ex:
        print(c, type(ex).__name__ + ":", ex)
