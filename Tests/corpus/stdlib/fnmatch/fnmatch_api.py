import fnmatch
pats = ['*.py', 'a*b*c', '?x[!a-c]*', '[]]', '[!]]', '[', '[a-', '[z-a]', 'a**b', '[a-z-9]', '[\\]', '*a*', '[[]', '[a&&b]', '[^x]', 'x|y', '[--a]', '[a-b-c]', '[!]', '[]', '***', '[!-a]', '[a--c]', '*[0-9]', 'data_??.csv', '[*?]', '\\*', '*.[ch]', '[a-]', '[!a-]', '[-a]', '[]-a]', '[!]-a]', '[.-.]', '.*', 'é*', '[é-ü]x']
names = ['', 'a', 'b', 'c', 'x', 'abc', 'a.py', 'ab.py', 'abbc', 'axbyc', 'ac', ']', '!', '[', '[a-', 'z', '-', '9', '\\', '^', '&', '|', 'x|y', 'aXb', 'ab', '.hidden', 'data_01.csv', 'data_1.csv', '*', '?', 'file.c', 'file.h', 'file.cc', 'é', 'éa', 'ñx', 'Ax', '\n', 'a\nb', 'xyz9', 'yx1']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)), ''.join('1' if fnmatch.fnmatchcase(n, p) else '0' for n in names))
print(fnmatch.filter(names, '*a*'), fnmatch.filter(['A.PY', 'a.py'], '*.py'), fnmatch.fnmatch('a.py', '*.py'))
print(fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.fnmatchcase(b'\xe9', b'[\xe0-\xff]'), fnmatch.filter([b'x1', b'y'], b'x?'))
for bad in [(1, 'a'), ('a', 1), (b'a', 'a')]:
    try:
        print(fnmatch.fnmatch(*bad))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(fnmatch.__all__)
