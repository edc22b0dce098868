#!/usr/bin/env python3
"""Writes file_cases.json: sources run as the main script (`python3 FILE`, CPython's file mode,
which checks NUL bytes and UTF-8 line by line) and the SyntaxError CPython 3.11 reports, read
through a sys.excepthook installed by a sitecustomize module. The file is named 'prog.py' in
a temporary directory; the expected message is written with the placeholder FILENAME.
Run from this directory: python3 make_file_cases.py"""
import json, os, subprocess, sys, tempfile

S = [
    b"x = 1\0\n", b"x = 1\ny = 'a\0b'\n", b"\0", b"x = 1\n# \xff\ny = 2\n", b"\xff = 1\n",
    b"x = 1\ny = 2\nz = '\xe9'\n", b"x = (\n# \xff\n", b"x = 0777\n# \xff\n", b"# \xff\nx = 0777\n",
    b"\xc3\xa9\xc3\xa9\xc3\xa9 = $\n", b"# coding: utf-8\n\xc3\xa9\xc3\xa9\xc3\xa9 = $\n",
    b"\xc3\xa9\xc3\xa9\xc3\xa9 = (1\n", b"x = 1 +\n", b"if x:\n  y\n z\n", b"x = $\n",
    b"# coding: latin-1\nx = '\xe9' $\n", b"\xef\xbb\xbfx = $\n", b"x = 'abc\n", b"if x:\n\ty\n        z\n",
    b"x = 1\\ 2\n", b"x = (1,\n 2,\n", b"x = 1\r\ny = $\r\n", b"x = 1\ry = $\r",
    b"# coding: klingon\nx = 1\n", b"# coding: ascii\nx = 1\ny = '\xff'\n",
    b"\xef\xbb\xbf# coding: latin-1\nx=1\n", b"# coding: utf8\nx = 1\n# \xe9\n",
    b"# coding: cp1252\nx='\x81'\n", b"# coding: ascii\nx = 0777\ny = '\xff'\n",
    b"# coding: utf-8\nx = 1\n# \xff\n", b"\xef\xbb\xbfx = 1\n# \xff\n", b"# coding: latin-1\nx = 0777\n",
    b"# coding: utf-8\nx\xff = 1\n",
]

hook = """
import sys
def h(t, e, tb):
    if isinstance(e, SyntaxError):
        print(repr([t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]))
    else:
        print(repr([t.__name__, str(e)]))
sys.excepthook = h
"""
cases = []
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "hook"))
    with open(os.path.join(d, "hook", "sitecustomize.py"), "w") as f:
        f.write(hook)
    prog = os.path.join(d, "prog.py")
    for s in S:
        with open(prog, "wb") as f:
            f.write(s)
        r = subprocess.run([sys.executable, prog], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=os.path.join(d, "hook")))
        out = r.stdout.strip()
        err = eval(out) if out.startswith("[") else None
        if err and isinstance(err[1], str):
            err[1] = err[1].replace(prog, "FILENAME")
        cases.append({"source": list(s), "error": err})
json.dump(cases, open("file_cases.json", "w"), indent=0)
for c in cases: print(bytes(c["source"]), c["error"])
