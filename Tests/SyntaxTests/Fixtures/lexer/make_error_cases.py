#!/usr/bin/env python3
"""Writes error_cases.json: sources whose first error is a tokenizer (or decoding) error, with
the SyntaxError CPython 3.11 raises for compile(source, '<test>', 'exec') — once with the source
as bytes ("bytes") and, when it is valid UTF-8, once as str ("text").
Run from this directory: python3 make_error_cases.py"""
import json, warnings
warnings.simplefilter("ignore")

S = [
    # numbers
    b"x = 0777\n", b"x = 0777", b"x = 1__0\n", b"x = 0x\n", b"x = 1e\n", b"x = 1e+\n", b"x = 0x1g\n",
    b"x = 1jx\n", b"x=1.__class__\n", b"x=1.e\n", b"x=1e_1\n", b"x=1_e1\n", b"x=1.5_\n", b"x=0o\n",
    b"x=0b\n", b"x=0b_\n", b"x=0_\n", b"x=00_1\n", b"x=0e\n", b"x = 1_000j_\n", b"x=0o1_\n",
    b"x=0b1_2\n", b"x=0o1_8\n", b"x = 0o8\n", b"x = 0o18\n", b"x = 0b2\n", b"x = 0b12\n", b"x=0_7\n",
    b"x = 0xg\n", b"x = 0x_\n", b"x = 0o_\n", b"x = 12abc\n", b"x = 1.5abc\n", b"x = 1e5x\n",
    b"x = 0b1a\n", b"x = 0o7a\n", b"x = 0xfz\n", b"x = 1_\n", b"x = .5_\n", b"x = 5.e_\n",
    b"x = 00001\n", b"x = 0_0_1\n", b"x = 012.5e1x\n", b"\xc3\xa9 = 0777\n", b"x = 1.0j5\n",
    b"x = 0b\xc3\xa9\n", b"x = 1\xc3\xa9\n", b"x = 1e\xc3\xa9\n", b"x = 0x1__2\n",
    # strings
    b"x = 'abc\n", b"x = '''abc\n\n", b"x = \"\"\"abc", b"x = 'abc", b"x = rb'abc\n",
    b"x = f'abc\ny = 1\n", b"s = '''\nabc\ndef", b"x = 'abc\\\ndef\n", b"x = 'a\\\n", b"x = (\n'''\n",
    b"  \nx = '\n", b"\xc3\xa9\xc3\xa9 = '\n", b"x = 1; y = 'abc\\'\n", b"x = b'abc\n",
    # brackets
    b"x = ())\n", b"x = (]\n", b"x = (\n]\n", b"x = (\n", b"x = (", b"x = [1,\n2,\n", b"x = {\n\n",
    b"x = (1\n\n", b"a=(1\n\nb=2\n", b"a=(1,\n\n\n", b"(1\n)\n)\n", b"x = }\n", b"x = ]\n",
    b"x = [(])\n", b"f(a,\n  b]\n", b"x = (" * 201 + b"\n", b"x = (" * 200 + b"\n",
    b"(" * 199 + b")" * 199 + b"\n", b"\xc3\xa9 = (\n", b"\xc3\xa9 = [1,\n", b"x = {'\xc3\xa9': (]\n",
    # continuation
    b"x = 1\\ 2\n", b"x = 1\\", b"x = 1 +\\\n", b"a = 1\nx = 1\\ 2\n", b"(\n1\\ 2\n", b"x = \\\\\n",
    b"x = 1 \\\n  + 2 \\ 3\n", b"if x:\n    y = 1 \\\n", b"\\ x\n", b"  \\\n", b"x = (1 + \\\n",
    b"x = 1 + \\\n\n", b"\xc3\xa9 = 1\\ 2\n",
    # indentation
    b"if x:\n\ty\n        z\n", b"if x:\n        y\n\tz\n", b"if x:\n    \ty\n\tz\n",
    b"if x:\n  y\n z\n", b"a=1\nif x:\n  y\n z\n", b"if x:\n  pass\n y",
    b"if x:\n    if y:\n        z\n      w\n", b"if x:\n\tif y:\n\t\tz\n  \tw\n",
    b"".join(b" " * i + b"if x:\n" for i in range(100)) + b" " * 100 + b"pass\n",
    b"".join(b" " * i + b"if x:\n" for i in range(99)) + b" " * 99 + b"pass\n",
    b"if x:\n    \xc3\xa9\n  z\n",
    # characters
    b"x = $\n", b"x = a\x01\n", b"x = \xe2\x82\xac\n", b"x = a\xc2\xa0\n", b"x = 1\x7f\n",
    b"x = 1\x0b\n", b"x = \xc3\xa9\xe2\x82\xac\n", b"x = \xe2\x82\x82\n", b"x = a\xe2\x82\x82\n",
    b"x = ?\n", b"x = `\n", b"x = !\n", b"\xe2\x80\x8b = 1\n", b"x\xe2\x80\x8by = 1\n",
    b"\xf0\x9f\x98\x80 = 1\n", b"a\xcc\x81 = 1\n", b"\xcc\x81 = 1\n", b"x = \xef\xbc\x91\n",
    b"x = \xd9\xa1\n", b"\xe2\x84\x98 = 1\n", b"\xe2\x84\xae = 1\n",
    # decoding
    b"\xff = 1\n", b"x = 1\n\xff\n", b"x=1\n# coding: latin-1\n\xe9\n", b"\n\n# coding: latin-1\n\xe9\n",
    b"# coding=UTF_8\n\xe9\n", b"# coding: utf8\n\xe9\n", b"# coding: latin-1\n\x00\n",
    b"\xef\xbb\xbf# coding: UTF8\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"# -*- coding: foo -*-\nx\n", b"# coding: ascii\nx=\"\xff\"\n", b"x=1\0", b"x = 1\nx = '\0'\n",
    b"# vim: set fileencoding=cp1252 :\nx=\"\x81\"\n", b"#!/usr/bin/python\n# coding: koi8-r\n\xc1 = $\n",
    b"\xe9\xe9 = 1\n", b"x = \xc3\xa9\xff\n", b"x\xc3 = 1\n", b"\xc3\xa9\xe2\x82 = 1\n",
    b"#" + b"\xff" * 3 + b"\nx = \xff\n", b"x = 1\n\n\xed\xa0\x80 = 2\n", b"\xf4\x90\x80\x80 = 1\n",
]

# Tokenized without an added final newline (eval / single / func_type input: exec_input = 0).
EVAL = [
    b"1\\", b"x + \\", b"(1", b"f(", b"'abc", b"'''abc", b"[1,\n2", b"1 +\\\n", b"0777", b"1_",
    b"'abc\\", b"# c", b"1 # c", b"(\n", b"\xc3\xa9 + (", b"(1 \\ 2)", b"0x", b"1e", b"\\",
]

def run(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        return None
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    except ValueError as e:
        return ["ValueError", str(e)]

cases = []
for s in S:
    c = {"source": list(s), "bytes": run(s)}
    try:
        t = s.decode("utf-8")
        if "\0" not in t:
            c["text"] = run(t)
    except UnicodeDecodeError:
        pass
    cases.append(c)
for s in EVAL:
    cases.append({"source": list(s), "mode": "eval", "bytes": run(s, "eval"), "text": run(s.decode(), "eval")})
with open("error_cases.json", "w") as f:
    json.dump(cases, f, indent=0)
print(len(cases), "cases")
