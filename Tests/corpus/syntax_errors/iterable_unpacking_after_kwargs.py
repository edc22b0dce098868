# xfail: parser: location differs (CPython points at the '*' of '*b')
f(**a, *b)
