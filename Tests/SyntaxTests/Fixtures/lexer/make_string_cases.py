#!/usr/bin/env python3
"""Writes string_cases.json from string_literals.txt (one literal per line; a
literal spanning lines continues until it compiles): STRING token texts with the value CPython 3.11 gives them (code
points for str, bytes as a list) or the SyntaxError message it raises.
Run from this directory: python3 make_string_cases.py"""
import json, random, unicodedata, warnings
warnings.simplefilter("ignore")

lits = open("string_literals.txt", encoding="utf-8").read().strip("\n").split("\n")

# Multi-line literals are written above with a continuation marker: join '''...''' spanning lines.
def group(lines):
    out, cur = [], None
    for l in lines:
        if cur is not None:
            cur += "\n" + l
            try:
                compile(cur, "s", "eval"); out.append(cur); cur = None
            except SyntaxError as e:
                if "triple-quoted" in e.msg: continue
                out.append(cur); cur = None
            continue
        try:
            compile(l, "s", "eval"); out.append(l)
        except SyntaxError as e:
            if "triple-quoted" in e.msg or l.endswith("\\"): cur = l
            else: out.append(l)
    if cur is not None: out.append(cur)
    return out

# Names of random code points (exercise the whole name table).
rnd = random.Random(311)
names = []
for c in range(0x110000):
    try: names.append((unicodedata.name(chr(c)), c))
    except ValueError: pass
extra = []
for nm, c in rnd.sample(names, 3000):
    if rnd.random() < 0.3: nm = nm.lower()
    extra.append("'\\N{%s}'" % nm)

import io, tokenize
def one_string_token(lit):
    try:
        toks = [t for t in tokenize.tokenize(io.BytesIO(lit.encode()).readline)
                if t.type not in (tokenize.ENCODING, tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)]
    except (tokenize.TokenError, SyntaxError):
        return False
    return len(toks) == 1 and toks[0].type == tokenize.STRING

cases = []
for lit in group(lits) + extra:
    if not one_string_token(lit):
        continue
    try:
        v = eval(compile(lit, "s", "eval"))
        if isinstance(v, bytes): cases.append({"text": lit, "bytes": list(v)})
        else: cases.append({"text": lit, "str": [ord(ch) for ch in v]})
    except SyntaxError as e:
        cases.append({"text": lit, "error": e.msg})
with open("string_cases.json", "w") as f:
    json.dump(cases, f, ensure_ascii=True, indent=0)
print(len(cases), "cases")
