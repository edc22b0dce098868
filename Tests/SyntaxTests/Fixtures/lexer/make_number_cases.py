#!/usr/bin/env python3
"""Writes number_cases.json: NUMBER token texts and the value CPython 3.11 gives them
(ints as decimal strings, floats / imaginary parts as IEEE-754 bit patterns).
Run from this directory: python3 make_number_cases.py"""
import json, random, struct

rnd = random.Random(1234)
texts = ["0", "00", "0_0", "1", "9", "10", "1_000", "9223372036854775807", "9223372036854775808",
         "18446744073709551615", "18446744073709551616", "0x7fffffffffffffff", "0x8000000000000000",
         "0xFFFFFFFFFFFFFFFF", "0x1_0000_0000_0000_0000", "0o777", "0O1_7", "0b1", "0B1_0_1", "0x0",
         "0b0", "0o0", "0xdead_BEEF", "1" * 100, "0x" + "f" * 60, "0o" + "7" * 80, "0b" + "1" * 200,
         "1.0", "1.", ".5", "0.0", "00.5", "09.5", "1e5", "1E-5", "1e+5", "1_0.0_1e+1_0", "1e308",
         "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "2e-324", "3e-324", "5e-324",
         "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "4.9406564584124654e-324",
         "2.2250738585072011e-308", "2.2250738585072014e-308", "0.1", "0.2", "0.3", "123456789.123456789",
         "9007199254740993", "9007199254740993.0", "9007199254740992.5", "1_2.3_4e5_6", "0e0", "0.e1",
         "1j", "1.5J", ".5j", "1e3j", "0j", "00j", "09j", "1_0j", "1e400j", "0.1j",
         "3.141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117068",
         "0." + "0" * 330 + "1", "1" + "0" * 400 + ".0", "1" + "0" * 400, "0x" + "0" * 30 + "1"]
for _ in range(300):
    k = rnd.choice(["int", "hex", "oct", "bin", "float", "exp"])
    if k == "int":
        n = rnd.randint(0, 10 ** rnd.randint(1, 60)); texts.append(str(n))
    elif k == "hex":
        texts.append(hex(rnd.getrandbits(rnd.randint(1, 200))))
    elif k == "oct":
        texts.append(oct(rnd.getrandbits(rnd.randint(1, 200))))
    elif k == "bin":
        texts.append(bin(rnd.getrandbits(rnd.randint(1, 130))))
    elif k == "float":
        texts.append("%d.%d" % (rnd.randint(0, 10 ** 12), rnd.randint(0, 10 ** rnd.randint(1, 25))))
    else:
        texts.append("%d.%de%d" % (rnd.randint(0, 999), rnd.randint(0, 10 ** 18), rnd.randint(-330, 310)))

def bits(x):
    return str(struct.unpack("<Q", struct.pack("<d", x))[0])

cases = []
for t in texts:
    v = eval(t)
    if isinstance(v, int): cases.append({"text": t, "int": str(v)})
    elif isinstance(v, float): cases.append({"text": t, "float": bits(v)})
    else: cases.append({"text": t, "imag": bits(v.imag)})
json.dump(cases, open("number_cases.json", "w"), indent=0)
print(len(cases), "cases")
