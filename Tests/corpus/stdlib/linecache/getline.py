import linecache
# a comment on line 2
print(repr(linecache.getline('getline.py', 2)))
print(repr(linecache.getline('getline.py', 0)), repr(linecache.getline('getline.py', 10000)))
lines = linecache.getlines('getline.py')
print(len(lines) > 5, lines[0])
print(repr(linecache.getline('does_not_exist.py', 1)), linecache.getlines('<string>'))
print('getline.py' in linecache.cache, len(linecache.cache['getline.py']))
linecache.checkcache('getline.py')
print('getline.py' in linecache.cache)
linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache('<stdin>', {}), linecache.lazycache('x.py', None))
print(sorted(linecache.__all__))
