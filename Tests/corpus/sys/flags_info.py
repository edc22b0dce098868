import sys
print(sys.flags)
print(sys.flags.optimize, sys.flags.dev_mode, len(sys.flags))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info)
print(sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.float_repr_style)
for t in (type(sys.flags), type(sys.float_info)):
    try:
        t()
    except TypeError as e:
        print(e)
