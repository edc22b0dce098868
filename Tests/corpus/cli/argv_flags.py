# args: first 'two words' -x --flag
# sys.argv, __name__/__file__ of the main script, the default sys.flags and the
# configuration attributes the command line sets.
import sys
print(sys.argv)
print(__name__, __file__.rsplit("/", 1)[-1])
print(sys.orig_argv[2:])
print(sys.orig_argv[1].rsplit("/", 1)[-1])
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site, f.no_site,
      f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode,
      f.utf8_mode, f.warn_default_encoding, f.safe_path, f.int_max_str_digits)
print(len(f), type(f).__name__)
print(sys.warnoptions, sys._xoptions)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
