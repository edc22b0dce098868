#!/usr/bin/env python3
"""Writes identifier_cases.json from CPython 3.11:
- "nfkc": [input code points, NFKC output] for every single non-ASCII identifier character that
  NFKC changes, and for random identifiers mixing letters, combining marks and Hangul jamo;
- "valid": for a sample of code points, whether chr(c) starts / continues an identifier.
Run from this directory: python3 make_identifier_cases.py"""
import json, random, unicodedata

rnd = random.Random(3131)
cont = [c for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF and ("a" + chr(c)).isidentifier()]
start = [c for c in cont if chr(c).isidentifier()]
marks = [c for c in cont if unicodedata.combining(chr(c))]
jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3))
nfkc = []
for c in cont:
    n = unicodedata.normalize("NFKC", chr(c))
    if n != chr(c):
        nfkc.append([[c], [ord(x) for x in n]])
pools = [start, marks, jamo, list(range(0xAC00, 0xD7A4)), [ord(x) for x in "aeiouAEO_"]]
for _ in range(2000):
    s = [rnd.choice(start)]
    for _ in range(rnd.randint(0, 6)):
        s.append(rnd.choice(rnd.choice(pools)))
    n = unicodedata.normalize("NFKC", "".join(map(chr, s)))
    nfkc.append([s, [ord(x) for x in n]])
valid = []
for c in rnd.sample(range(0x80, 0x110000), 6000) + list(range(0x80, 0x800)):
    if 0xD800 <= c <= 0xDFFF: continue
    valid.append([c, chr(c).isidentifier(), ("a" + chr(c)).isidentifier(), chr(c).isprintable()])
json.dump({"nfkc": nfkc, "valid": valid}, open("identifier_cases.json", "w"), separators=(",", ":"))
print(len(nfkc), "nfkc cases,", len(valid), "code points")
