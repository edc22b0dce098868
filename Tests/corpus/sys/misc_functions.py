import sys
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.intern('hello') == 'hello')
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(sys.is_finalizing(), sys.getswitchinterval())
print(type(sys.getrefcount(object())).__name__)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(1) > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
print(sys.dont_write_bytecode, sys.pycache_prefix)
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
print(sys.platlibdir, sys.abiflags == '', type(sys.prefix).__name__)
