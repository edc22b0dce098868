import sys
print(sys.argv)
print(type(sys.path).__name__, type(sys.path[0]).__name__)
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(type(sys.executable).__name__)
print(sys.warnoptions, sys._xoptions)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1])
