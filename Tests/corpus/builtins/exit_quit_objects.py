print(repr(exit))
print(repr(quit))
print(str(exit))
print(type(exit).__name__, type(exit).__module__)
print(repr(help))
print(repr(license))
print(repr(credits))
print(repr(copyright))
print(callable(exit), callable(help))
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
